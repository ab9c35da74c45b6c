package fr.ccibusiness.web.home;

import fr.ccibusiness.community.Cci;
import fr.ccibusiness.community.CciService;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** index.xhtml: the six purposes of the platform and the network of CCIs. */
@Named
@RequestScoped
public class HomeBacking {

    /** Keys of the purposes in the message bundle, in the policy's order (article 1). */
    private static final List<String> PURPOSES = List.of("identify", "network", "reserved", "consultations",
            "events", "support");

    @Inject
    private CciService ccis;

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


}
