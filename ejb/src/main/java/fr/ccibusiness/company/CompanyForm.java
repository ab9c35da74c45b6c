package fr.ccibusiness.company;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The company record and identity sheet as a form: exactly the fields of the policy (article 2),
 * with its mandatory / optional split: the company phone is required, its e-mail is not.
 */
public class CompanyForm implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int NAME_MAX = 200;
    public static final int TEXT_MAX = 2000;
    public static final int URL_MAX = 300;
    public static final int CERTIFICATION_MAX = 60;
    public static final int CERTIFICATIONS_MAX = 20;
    public static final String PHONE = "^\\+?[0-9][0-9 .()-]{5,24}$";
    /** Only web addresses: a javascript: or data: link must never reach a page. */
    public static final String WEB_URL = "^https?://[^\\s<>\"]+$";

    @NotBlank
    private String siret;

    @NotBlank
    @Size(max = NAME_MAX, message = "{company.length}")
    private String legalName;

    @NotBlank
    private String nafCode;

    @NotBlank
    @Size(max = 200, message = "{company.length}")
    private String street;

    @NotBlank
    @Pattern(regexp = "^[0-9]{5}$", message = "{company.postalCode.invalid}")
    private String postalCode;

    @NotBlank
    private String communeCode;

    @Size(max = TEXT_MAX, message = "{company.length}")
    private String activity;

    @NotBlank
    @Pattern(regexp = PHONE, message = "{company.phone.invalid}")
    private String phone;

    @Email
    @Size(max = 254, message = "{company.length}")
    private String email;

    @Size(max = URL_MAX, message = "{company.length}")
    @Pattern(regexp = WEB_URL, message = "{company.url.invalid}")
    private String website;

    @Size(max = URL_MAX, message = "{company.length}")
    @Pattern(regexp = WEB_URL, message = "{company.url.invalid}")
    private String socialUrl;

    private LegalForm legalForm;
    private WorkforceBand workforceBand;
    private TurnoverBand turnoverBand;

    @Min(value = 1600, message = "{company.yearFounded.invalid}")
    @Max(value = 2100, message = "{company.yearFounded.invalid}")
    private Integer yearFounded;

    @Size(max = CERTIFICATIONS_MAX, message = "{company.certifications.tooMany}")
    private List<String> certifications = new ArrayList<>();

    @Size(max = TEXT_MAX, message = "{company.length}")
    private String mainReferences;

    @Size(max = TEXT_MAX, message = "{company.length}")
    private String capacities;

    /** The version of the record this form was read from; null when registering a company. */
    private Long version;

    public String getSiret() {
        return siret;
    }

    public void setSiret(String siret) {
        this.siret = siret;
    }

    public String getLegalName() {
        return legalName;
    }

    public void setLegalName(String legalName) {
        this.legalName = legalName;
    }

    public String getNafCode() {
        return nafCode;
    }

    public void setNafCode(String nafCode) {
        this.nafCode = nafCode;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getCommuneCode() {
        return communeCode;
    }

    public void setCommuneCode(String communeCode) {
        this.communeCode = communeCode;
    }

    public String getActivity() {
        return activity;
    }

    public void setActivity(String activity) {
        this.activity = activity;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getSocialUrl() {
        return socialUrl;
    }

    public void setSocialUrl(String socialUrl) {
        this.socialUrl = socialUrl;
    }

    public LegalForm getLegalForm() {
        return legalForm;
    }

    public void setLegalForm(LegalForm legalForm) {
        this.legalForm = legalForm;
    }

    public WorkforceBand getWorkforceBand() {
        return workforceBand;
    }

    public void setWorkforceBand(WorkforceBand workforceBand) {
        this.workforceBand = workforceBand;
    }

    public TurnoverBand getTurnoverBand() {
        return turnoverBand;
    }

    public void setTurnoverBand(TurnoverBand turnoverBand) {
        this.turnoverBand = turnoverBand;
    }

    public Integer getYearFounded() {
        return yearFounded;
    }

    public void setYearFounded(Integer yearFounded) {
        this.yearFounded = yearFounded;
    }

    public List<String> getCertifications() {
        return certifications;
    }

    public void setCertifications(List<String> certifications) {
        this.certifications = certifications == null ? new ArrayList<>() : new ArrayList<>(certifications);
    }

    public String getMainReferences() {
        return mainReferences;
    }

    public void setMainReferences(String mainReferences) {
        this.mainReferences = mainReferences;
    }

    public String getCapacities() {
        return capacities;
    }

    public void setCapacities(String capacities) {
        this.capacities = capacities;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    /**
     * This form, edited from {@code read}, carried over onto {@code current} (the record as someone else
     * saved it meanwhile): what this form changed stays, every other field takes the current value, and
     * the version becomes the current one. So saving it again loses neither person's changes.
     */
    public void rebase(CompanyForm read, CompanyForm current) {
        for (Property<?> property : PROPERTIES) {
            property.rebase(this, read, current);
        }
        version = current.version;
    }

    /** The fields this form edits (the SIRET never changes), as getter and setter. */
    private static final List<Property<?>> PROPERTIES = List.of(
            new Property<>(CompanyForm::getLegalName, CompanyForm::setLegalName),
            new Property<>(CompanyForm::getNafCode, CompanyForm::setNafCode),
            new Property<>(CompanyForm::getStreet, CompanyForm::setStreet),
            new Property<>(CompanyForm::getPostalCode, CompanyForm::setPostalCode),
            new Property<>(CompanyForm::getCommuneCode, CompanyForm::setCommuneCode),
            new Property<>(CompanyForm::getActivity, CompanyForm::setActivity),
            new Property<>(CompanyForm::getPhone, CompanyForm::setPhone),
            new Property<>(CompanyForm::getEmail, CompanyForm::setEmail),
            new Property<>(CompanyForm::getWebsite, CompanyForm::setWebsite),
            new Property<>(CompanyForm::getSocialUrl, CompanyForm::setSocialUrl),
            new Property<>(CompanyForm::getLegalForm, CompanyForm::setLegalForm),
            new Property<>(CompanyForm::getWorkforceBand, CompanyForm::setWorkforceBand),
            new Property<>(CompanyForm::getTurnoverBand, CompanyForm::setTurnoverBand),
            new Property<>(CompanyForm::getYearFounded, CompanyForm::setYearFounded),
            new Property<>(CompanyForm::getCertifications, CompanyForm::setCertifications),
            new Property<>(CompanyForm::getMainReferences, CompanyForm::setMainReferences),
            new Property<>(CompanyForm::getCapacities, CompanyForm::setCapacities));

    private record Property<T>(Function<CompanyForm, T> getter, BiConsumer<CompanyForm, T> setter) {

        void rebase(CompanyForm edited, CompanyForm read, CompanyForm current) {
            if (same(getter.apply(edited), getter.apply(read))) {
                setter.accept(edited, getter.apply(current));
            }
        }

        /** Blank and missing are the same value, as the record stores them. */
        private static boolean same(Object a, Object b) {
            return Objects.equals(blankToNull(a), blankToNull(b));
        }

        private static Object blankToNull(Object value) {
            return value instanceof String text && text.isBlank() ? null
                    : value instanceof List<?> list && list.isEmpty() ? null : value;
        }
    }
}
