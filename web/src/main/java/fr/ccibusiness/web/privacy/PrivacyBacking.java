package fr.ccibusiness.web.privacy;

import fr.ccibusiness.platform.Settings;
import fr.ccibusiness.privacy.PolicyVersion;
import fr.ccibusiness.privacy.PrivacyPolicyService;
import fr.ccibusiness.retention.RetentionPeriods;
import fr.ccibusiness.web.support.PageLanguage;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** privacy.xhtml: the current version of the policy, the DPO and the CNIL. */
@Named
@RequestScoped
public class PrivacyBacking {

    @Inject
    private PrivacyPolicyService policies;

    @Inject
    private PageLanguage pageLanguage;

    @Inject
    private Settings settings;

    private PolicyVersion policy;

    @PostConstruct
    void load() {
        policy = policies.currentPolicy().orElse(null);
    }

    public boolean isPublished() {
        return policy != null;
    }

    public String getLabel() {
        return policy.getLabel();
    }

    public String getPublishedOn() {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(pageLanguage.getLocale())
                .format(policy.getPublishedOn());
    }

    /** Sanitised when the version was published (PolicyVersion), so it may be rendered as HTML. */
    public String getText() {
        return policy.textIn(pageLanguage.getLocale());
    }

    public String getDpoEmail() {
        return settings.dpoEmail();
    }

    /** How long a consultation's responses and journal are kept after its award (the retention job's rule). */
    public int getConsultationYears() {
        return RetentionPeriods.CONSULTATION_YEARS;
    }

    public int getEventMonths() {
        return RetentionPeriods.EVENT_MONTHS;
    }

    public int getSupportYears() {
        return RetentionPeriods.SUPPORT_YEARS;
    }
}
