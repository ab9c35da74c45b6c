package fr.ccibusiness.web.account;

import fr.ccibusiness.account.InvalidProfileException;
import fr.ccibusiness.account.MyAccountService;
import fr.ccibusiness.account.ProfileForm;
import fr.ccibusiness.web.support.Messages;
import fr.ccibusiness.web.support.TagList;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** account/profile.xhtml: the optional fields of my profile, and whether the directory lists me. */
@Named
@ViewScoped
public class ProfileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MyAccountService myAccount;

    private ProfileForm profile;
    private String competences;

    @PostConstruct
    void load() {
        profile = myAccount.myProfile();
        competences = TagList.format(profile.getCompetences());
    }

    public void save() {
        profile.setCompetences(TagList.parse(competences));
        if (profile.getCompetences().size() > ProfileForm.COMPETENCES_MAX) {
            Messages.fieldError("profile:competences", "profile.competences.tooMany", ProfileForm.COMPETENCES_MAX);
            return;
        }
        try {
            myAccount.updateMyProfile(profile);
            Messages.pageInfo("account.saved");
        } catch (InvalidProfileException e) {
            Messages.fieldError("profile:competences", e.messageKey());
        }
    }

    public ProfileForm getProfile() {
        return profile;
    }

    public String getCompetences() {
        return competences;
    }

    public void setCompetences(String competences) {
        this.competences = competences;
    }
}
