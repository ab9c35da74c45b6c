package fr.ccibusiness.web.privacy;

import fr.ccibusiness.community.Cci;
import fr.ccibusiness.community.CciService;
import fr.ccibusiness.platform.Settings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** contact.xhtml: who to write to: the DPO for personal data, the CCIs for everything else. */
@Named
@RequestScoped
public class ContactBacking {

    @Inject
    private Settings settings;

    @Inject
    private CciService ccis;

    public String getDpoEmail() {
        return settings.dpoEmail();
    }

    public List<Cci> getNetwork() {
        return ccis.network();
    }
}
