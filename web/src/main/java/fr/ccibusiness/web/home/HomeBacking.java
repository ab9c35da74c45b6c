package fr.ccibusiness.web.home;

import fr.ccibusiness.community.Cci;
import fr.ccibusiness.community.CciService;
import fr.ccibusiness.web.support.UserSession;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;

/** index.xhtml: the six purposes of the platform and the network of CCIs. */
@Named
@RequestScoped
public class HomeBacking {

    /** Keys of the purposes in the message bundle, in the policy's order (article 1). */
    private static final List<String> PURPOSES = List.of("identify", "network", "reserved", "consultations",
            "events", "support");

    @Inject
    private CciService ccis;

    @Inject
    private UserSession userSession;

    private List<Cci> network;
    private boolean deleted;

    @PostConstruct
    void load() {
        network = ccis.network();
    }

    public List<String> getPurposes() {
        return PURPOSES;
    }

    public List<Cci> getNetwork() {
        return network;
    }

    public boolean isDeleted() {
        return deleted;
    }

    public void setDeleted(boolean deleted) {
        this.deleted = deleted;
    }

    public String getLanguage() {
        return userSession.getLocale().getLanguage();
    }

    /** After sign-out or deletion the session is new: the link carries the language the person chose. */
    public void setLanguage(String language) {
        if (language != null) {
            userSession.setLocale(Locale.forLanguageTag(language));
        }
    }
}
