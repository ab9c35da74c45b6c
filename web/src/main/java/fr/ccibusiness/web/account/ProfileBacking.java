package fr.ccibusiness.web.account;

import fr.ccibusiness.account.InvalidPhotoException;
import fr.ccibusiness.account.InvalidProfileException;
import fr.ccibusiness.account.MyAccountService;
import fr.ccibusiness.account.PhotoProcessor;
import fr.ccibusiness.account.ProfileForm;
import fr.ccibusiness.web.support.Messages;
import fr.ccibusiness.web.support.TagList;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
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
    private transient Part photo;
    private boolean hasPhoto;

    @PostConstruct
    void load() {
        profile = myAccount.myProfile();
        competences = TagList.format(profile.getCompetences());
        hasPhoto = myAccount.myPhoto().isPresent();
    }

    /** The photo is read only up to the limit: a larger upload is refused without being loaded. */
    public void uploadPhoto() throws IOException {
        if (photo == null || photo.getSize() == 0 || photo.getSize() > PhotoProcessor.MAX_BYTES) {
            Messages.fieldError("photo:file", "profile.photo.invalid");
            return;
        }
        try (InputStream in = photo.getInputStream()) {
            myAccount.changeMyPhoto(in.readNBytes(PhotoProcessor.MAX_BYTES + 1));
            hasPhoto = true;
            Messages.pageInfo("profile.photo.saved");
        } catch (InvalidPhotoException e) {
            Messages.fieldError("photo:file", e.messageKey());
        }
    }

    public void removePhoto() {
        myAccount.removeMyPhoto();
        hasPhoto = false;
        Messages.pageInfo("profile.photo.removed");
    }

    public Part getPhoto() {
        return photo;
    }

    public void setPhoto(Part photo) {
        this.photo = photo;
    }

    public boolean isHasPhoto() {
        return hasPhoto;
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
