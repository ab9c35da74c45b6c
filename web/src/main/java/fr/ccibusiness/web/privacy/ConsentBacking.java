package fr.ccibusiness.web.privacy;

import fr.ccibusiness.privacy.PolicyVersion;
import fr.ccibusiness.privacy.PrivacyPolicyService;
import fr.ccibusiness.web.support.Messages;
import fr.ccibusiness.web.support.PageLanguage;
import fr.ccibusiness.web.support.UserSession;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** account/consent.xhtml: a new version of the policy, to accept before going on (or to leave). */
@Named
@ViewScoped
public class ConsentBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PrivacyPolicyService policies;

    @Inject
    private UserSession userSession;

    @Inject
    private PageLanguage pageLanguage;

    private PolicyVersion policy;
    private boolean agree;

    @PostConstruct
    void load() {
        policy = policies.currentPolicy().orElse(null);
    }

    public String accept() {
        if (!agree) {
            Messages.fieldError("consent:agree", "consent.required");
            return null;
        }
        policies.acceptCurrentPolicy();
        userSession.consentGiven();
        Messages.flashInfo("consent.thanks");
        return "/account/index?faces-redirect=true";
    }

    public boolean isPending() {
        return userSession.isConsentPending() && policy != null;
    }

    public String getLabel() {
        return policy.getLabel();
    }

    public String getPublishedOn() {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(pageLanguage.getLocale())
                .format(policy.getPublishedOn());
    }

    /** Sanitised when the version was published, so it may be rendered as HTML. */
    public String getText() {
        return policy.textIn(pageLanguage.getLocale());
    }

    public boolean isAgree() {
        return agree;
    }

    public void setAgree(boolean agree) {
        this.agree = agree;
    }
}
