package fr.ccibusiness.community;

import fr.ccibusiness.account.ProfileForm;
import fr.ccibusiness.company.CompanyForm;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * An optional field of the profile, company record or identity sheet that a community needs before it
 * admits someone (policy article 2: "selon les communautés"). Company fields are met when one of the
 * person's approved companies has them.
 */
public enum AdmissionRequirement {
    JOB_TITLE(Target.PROFILE, (ProfileForm p) -> p.getJobTitle()),
    CONTACT_PHONE(Target.PROFILE, (ProfileForm p) -> p.getContactPhone()),
    WEBSITE(Target.PROFILE, (ProfileForm p) -> p.getWebsite()),
    ABOUT_ME(Target.PROFILE, (ProfileForm p) -> p.getAboutMe()),
    COMPETENCES(Target.PROFILE, (ProfileForm p) -> p.getCompetences()),
    COMPANY(Target.COMPANY, (CompanyForm c) -> c.getSiret()),
    COMPANY_ACTIVITY(Target.COMPANY, (CompanyForm c) -> c.getActivity()),
    COMPANY_EMAIL(Target.COMPANY, (CompanyForm c) -> c.getEmail()),
    COMPANY_WEBSITE(Target.COMPANY, (CompanyForm c) -> c.getWebsite()),
    LEGAL_FORM(Target.COMPANY, (CompanyForm c) -> c.getLegalForm()),
    WORKFORCE(Target.COMPANY, (CompanyForm c) -> c.getWorkforceBand()),
    TURNOVER(Target.COMPANY, (CompanyForm c) -> c.getTurnoverBand()),
    YEAR_FOUNDED(Target.COMPANY, (CompanyForm c) -> c.getYearFounded()),
    CERTIFICATIONS(Target.COMPANY, (CompanyForm c) -> c.getCertifications()),
    MAIN_REFERENCES(Target.COMPANY, (CompanyForm c) -> c.getMainReferences()),
    CAPACITIES(Target.COMPANY, (CompanyForm c) -> c.getCapacities());

    /** Where the person completes the field: their profile or their company's record. */
    public enum Target {
        PROFILE,
        COMPANY
    }

    private final Target target;
    private final Function<ProfileForm, Object> profileField;
    private final Function<CompanyForm, Object> companyField;

    AdmissionRequirement(Target target, ProfileField profileField) {
        this.target = target;
        this.profileField = profileField::value;
        this.companyField = null;
    }

    AdmissionRequirement(Target target, CompanyField companyField) {
        this.target = target;
        this.profileField = null;
        this.companyField = companyField::value;
    }

    public Target getTarget() {
        return target;
    }

    public boolean isMetBy(ProfileForm profile, List<CompanyForm> approvedCompanies) {
        if (target == Target.PROFILE) {
            return isFilled(profileField.apply(profile));
        }
        Predicate<CompanyForm> filled = company -> isFilled(companyField.apply(company));
        return approvedCompanies.stream().anyMatch(filled);
    }

    private static boolean isFilled(Object value) {
        if (value instanceof String text) {
            return !text.isBlank();
        }
        if (value instanceof Collection<?> values) {
            return !values.isEmpty();
        }
        return value != null;
    }

    @FunctionalInterface
    private interface ProfileField {
        Object value(ProfileForm profile);
    }

    @FunctionalInterface
    private interface CompanyField {
        Object value(CompanyForm company);
    }
}
