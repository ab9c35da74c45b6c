package fr.ccibusiness.directory;

import fr.ccibusiness.account.Member;
import fr.ccibusiness.account.ProfileForm;
import fr.ccibusiness.account.SharingSettings;
import java.io.Serializable;
import java.util.List;

/**
 * A person's page in the directory, as one viewer may see it: the contact e-mail, phone, "about me"
 * and photo are left out (null, false) unless the person chose to show them to this viewer.
 */
public class PersonCard implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String displayName;
    private final String email;
    private final ProfileForm profile;
    private final List<String> companies;
    private final List<String> sharedCommunities;
    private final boolean photo;
    private final boolean connected;

    PersonCard(Member member, List<String> companies, List<String> sharedCommunities, boolean photo, boolean connected,
               boolean sharesCommunity) {
        SharingSettings sharing = member.toSharingSettings();
        this.connected = connected;
        this.photo = photo && sharing.getPhoto().shownTo(connected, sharesCommunity);
        this.displayName = member.getDisplayName();
        this.email = sharing.getEmail().shownTo(connected, sharesCommunity) ? member.getAccount().getEmail() : null;
        this.profile = member.toProfileForm();
        if (!sharing.getPhone().shownTo(connected, sharesCommunity)) {
            profile.setContactPhone(null);
        }
        if (!sharing.getAboutMe().shownTo(connected, sharesCommunity)) {
            profile.setAboutMe(null);
        }
        profile.setHiddenFromDirectory(false);
        this.companies = List.copyOf(companies);
        this.sharedCommunities = List.copyOf(sharedCommunities);
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public ProfileForm getProfile() {
        return profile;
    }

    public List<String> getCompanies() {
        return companies;
    }

    public boolean isPhoto() {
        return photo;
    }

    public boolean isConnected() {
        return connected;
    }

    public List<String> getSharedCommunities() {
        return sharedCommunities;
    }
}
