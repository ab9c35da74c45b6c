package fr.ccibusiness.web.account;

import fr.ccibusiness.account.FieldVisibility;
import fr.ccibusiness.account.MyAccountService;
import fr.ccibusiness.account.NotificationFrequency;
import fr.ccibusiness.account.SharingSettings;
import fr.ccibusiness.web.support.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** account/sharing.xhtml: who sees my contact e-mail, phone, "about me" and photo; which e-mails I want. */
@Named
@ViewScoped
public class SharingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MyAccountService myAccount;

    private SharingSettings settings;

    @PostConstruct
    void load() {
        settings = myAccount.mySharing();
    }

    public void save() {
        myAccount.changeMySharing(settings);
        Messages.pageInfo("sharing.saved");
    }

    public FieldVisibility[] getVisibilities() {
        return FieldVisibility.values();
    }

    public NotificationFrequency[] getFrequencies() {
        return NotificationFrequency.values();
    }

    public SharingSettings getSettings() {
        return settings;
    }
}
