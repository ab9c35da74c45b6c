package fr.ccibusiness.account;

import fr.ccibusiness.company.CompanyForm;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The optional fields of a person's profile (policy article 2): job title, contact phone, website and
 * social link, "about me", competence domains; and the opposition to appearing in the directory.
 */
public class ProfileForm implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int JOB_TITLE_MAX = 100;
    public static final int ABOUT_MAX = 2000;
    public static final int COMPETENCE_MAX = 60;
    public static final int COMPETENCES_MAX = 30;

    @Size(max = JOB_TITLE_MAX, message = "{company.length}")
    private String jobTitle;

    @Size(max = 30, message = "{company.length}")
    @Pattern(regexp = CompanyForm.PHONE, message = "{company.phone.invalid}")
    private String contactPhone;

    @Size(max = CompanyForm.URL_MAX, message = "{company.length}")
    @Pattern(regexp = CompanyForm.WEB_URL, message = "{company.url.invalid}")
    private String website;

    @Size(max = CompanyForm.URL_MAX, message = "{company.length}")
    @Pattern(regexp = CompanyForm.WEB_URL, message = "{company.url.invalid}")
    private String socialUrl;

    @Size(max = ABOUT_MAX, message = "{company.length}")
    private String aboutMe;

    @Size(max = COMPETENCES_MAX, message = "{profile.competences.tooMany}")
    private List<String> competences = new ArrayList<>();

    private boolean hiddenFromDirectory;

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getSocialUrl() {
        return socialUrl;
    }

    public void setSocialUrl(String socialUrl) {
        this.socialUrl = socialUrl;
    }

    public String getAboutMe() {
        return aboutMe;
    }

    public void setAboutMe(String aboutMe) {
        this.aboutMe = aboutMe;
    }

    public List<String> getCompetences() {
        return competences;
    }

    public void setCompetences(List<String> competences) {
        this.competences = competences == null ? new ArrayList<>() : new ArrayList<>(competences);
    }

    public boolean isHiddenFromDirectory() {
        return hiddenFromDirectory;
    }

    public void setHiddenFromDirectory(boolean hiddenFromDirectory) {
        this.hiddenFromDirectory = hiddenFromDirectory;
    }
}
