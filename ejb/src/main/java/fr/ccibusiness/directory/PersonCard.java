package fr.ccibusiness.directory;

import fr.ccibusiness.account.Member;
import fr.ccibusiness.account.ProfileForm;
import java.io.Serializable;
import java.util.List;

/** A person's page in the directory, as shown to someone who shares a community with them. */
public class PersonCard implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String displayName;
    private final String email;
    private final ProfileForm profile;
    private final List<String> companies;
    private final List<String> sharedCommunities;
    private final boolean photo;

    PersonCard(Member member, List<String> companies, List<String> sharedCommunities, boolean photo) {
        this.photo = photo;
        this.displayName = member.getDisplayName();
        this.email = member.getAccount().getEmail();
        this.profile = member.toProfileForm();
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

    public List<String> getSharedCommunities() {
        return sharedCommunities;
    }
}
