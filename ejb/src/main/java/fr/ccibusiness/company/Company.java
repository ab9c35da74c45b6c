package fr.ccibusiness.company;

import fr.ccibusiness.reference.Commune;
import fr.ccibusiness.reference.NafCode;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A company's establishment, identified by its SIRET, with its record (fiche entreprise) and identity
 * sheet (fiche signalétique). It outlives the people who leave it. Every change goes through
 * {@link #update}, which reports what changed for the history.
 */
@Entity
@Table(name = "company")
@NamedQuery(name = "Company.bySiret", query = "SELECT c FROM Company c WHERE c.siret = :siret")
public class Company {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = Siret.LENGTH)
    private String siret;

    @Column(name = "legal_name", nullable = false, length = CompanyForm.NAME_MAX)
    private String legalName;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "naf_code")
    private NafCode naf;

    @Column(nullable = false, length = 200)
    private String street;

    @Column(name = "postal_code", nullable = false, length = 5)
    private String postalCode;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "commune_code")
    private Commune commune;

    /** The commune's department, kept here for the directory's filter. */
    @Column(name = "department_code", nullable = false, length = 3)
    private String departmentCode;

    @Column(length = CompanyForm.TEXT_MAX)
    private String activity;

    @Column(nullable = false, length = 30)
    private String phone;

    @Column(length = 254)
    private String email;

    @Column(length = CompanyForm.URL_MAX)
    private String website;

    @Column(name = "social_url", length = CompanyForm.URL_MAX)
    private String socialUrl;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_form", length = 30)
    private LegalForm legalForm;

    @Enumerated(EnumType.STRING)
    @Column(name = "workforce_band", length = 30)
    private WorkforceBand workforceBand;

    @Enumerated(EnumType.STRING)
    @Column(name = "turnover_band", length = 30)
    private TurnoverBand turnoverBand;

    @Column(name = "year_founded")
    private Integer yearFounded;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "company_certification", joinColumns = @JoinColumn(name = "company_id"))
    @Column(name = "certification", length = CompanyForm.CERTIFICATION_MAX)
    private Set<String> certifications = new TreeSet<>();

    @Column(name = "main_references", length = CompanyForm.TEXT_MAX)
    private String mainReferences;

    @Column(length = CompanyForm.TEXT_MAX)
    private String capacities;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Company() {
    }

    public static Company register(CompanyForm form, NafCode naf, Commune commune, Instant now) {
        if (!Siret.isValid(form.getSiret())) {
            throw new InvalidSiretException();
        }
        Company company = new Company();
        company.siret = Siret.normalize(form.getSiret());
        company.createdAt = now;
        company.apply(form, naf, commune, now);
        return company;
    }

    /** One changed field: its name in the form, what it held and what it holds now. */
    public record FieldChange(String field, String before, String after) {
    }

    /** Applies the form (the SIRET never changes) and tells what changed. */
    public List<FieldChange> update(CompanyForm form, NafCode newNaf, Commune newCommune, Instant now) {
        Map<String, String> before = snapshot();
        apply(form, newNaf, newCommune, now);
        Map<String, String> after = snapshot();
        return before.keySet().stream()
                .filter(field -> !Objects.equals(before.get(field), after.get(field)))
                .map(field -> new FieldChange(field, before.get(field), after.get(field)))
                .toList();
    }

    private void apply(CompanyForm form, NafCode newNaf, Commune newCommune, Instant now) {
        if (newNaf == null || !newNaf.isSubclass()) {
            throw new InvalidCompanyFieldException("nafCode");
        }
        if (newCommune == null) {
            throw new InvalidCompanyFieldException("communeCode");
        }
        if (!newCommune.hasPostalCode(form.getPostalCode())) {
            throw new InvalidCompanyFieldException("postalCode");
        }
        if (form.getYearFounded() != null && form.getYearFounded() > Year.now().getValue()) {
            throw new InvalidCompanyFieldException("yearFounded");
        }
        legalName = form.getLegalName().strip();
        naf = newNaf;
        street = form.getStreet().strip();
        postalCode = form.getPostalCode();
        commune = newCommune;
        departmentCode = newCommune.getDepartmentCode();
        activity = blankToNull(form.getActivity());
        phone = form.getPhone().strip();
        email = blankToNull(form.getEmail());
        website = blankToNull(form.getWebsite());
        socialUrl = blankToNull(form.getSocialUrl());
        legalForm = form.getLegalForm();
        workforceBand = form.getWorkforceBand();
        turnoverBand = form.getTurnoverBand();
        yearFounded = form.getYearFounded();
        certifications = new TreeSet<>();
        for (String certification : form.getCertifications()) {
            String tag = certification == null ? "" : certification.strip();
            if (tag.length() > CompanyForm.CERTIFICATION_MAX) {
                throw new InvalidCompanyFieldException("certifications");
            }
            if (!tag.isEmpty()) {
                certifications.add(tag);
            }
        }
        mainReferences = blankToNull(form.getMainReferences());
        capacities = blankToNull(form.getCapacities());
        updatedAt = now;
    }

    public CompanyForm toForm() {
        CompanyForm form = new CompanyForm();
        form.setSiret(siret);
        form.setLegalName(legalName);
        form.setNafCode(naf.getCode());
        form.setStreet(street);
        form.setPostalCode(postalCode);
        form.setCommuneCode(commune.getCode());
        form.setActivity(activity);
        form.setPhone(phone);
        form.setEmail(email);
        form.setWebsite(website);
        form.setSocialUrl(socialUrl);
        form.setLegalForm(legalForm);
        form.setWorkforceBand(workforceBand);
        form.setTurnoverBand(turnoverBand);
        form.setYearFounded(yearFounded);
        form.setCertifications(certifications.stream().sorted().toList());
        form.setMainReferences(mainReferences);
        form.setCapacities(capacities);
        form.setVersion(version);
        return form;
    }

    private Map<String, String> snapshot() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("legalName", legalName);
        values.put("nafCode", naf == null ? null : naf.getCode());
        values.put("street", street);
        values.put("postalCode", postalCode);
        values.put("communeCode", commune == null ? null : commune.getCode());
        values.put("activity", activity);
        values.put("phone", phone);
        values.put("email", email);
        values.put("website", website);
        values.put("socialUrl", socialUrl);
        values.put("legalForm", legalForm == null ? null : legalForm.name());
        values.put("workforceBand", workforceBand == null ? null : workforceBand.name());
        values.put("turnoverBand", turnoverBand == null ? null : turnoverBand.name());
        values.put("yearFounded", yearFounded == null ? null : yearFounded.toString());
        values.put("certifications", certifications == null || certifications.isEmpty() ? null : String.join(", ", certifications));
        values.put("mainReferences", mainReferences);
        values.put("capacities", capacities);
        return values;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getSiret() {
        return siret;
    }

    public String getSiren() {
        return Siret.sirenOf(siret);
    }

    public String getLegalName() {
        return legalName;
    }

    /** The certifications the company declared (EN 9100, ISO 9001…), in order. */
    public java.util.Set<String> getCertifications() {
        return java.util.Collections.unmodifiableSet(certifications);
    }

    public NafCode getNaf() {
        return naf;
    }

    public String getStreet() {
        return street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public Commune getCommune() {
        return commune;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public String getWebsite() {
        return website;
    }
}
