package fr.ccibusiness.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The person behind an account: the personal fields of the policy (article 2). Registration asks
 * only for the names; the optional fields are filled in later, as communities require them.
 */
@Entity
@Table(name = "member")
public class Member {

    public static final int NAME_MAX = 100;

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @MapsId
    @OneToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(name = "last_name", nullable = false, length = NAME_MAX)
    private String lastName;

    @Column(name = "first_name", nullable = false, length = NAME_MAX)
    private String firstName;

    @Column(name = "job_title", length = ProfileForm.JOB_TITLE_MAX)
    private String jobTitle;

    @Column(name = "contact_phone", length = 30)
    private String contactPhone;

    @Column(length = 300)
    private String website;

    @Column(name = "social_url", length = 300)
    private String socialUrl;

    @Column(name = "about_me", length = ProfileForm.ABOUT_MAX)
    private String aboutMe;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "member_competence", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "competence", length = ProfileForm.COMPETENCE_MAX)
    private Set<String> competences = new TreeSet<>();

    /** Opposition (policy article 4): not listed in the directory. */
    @Column(name = "hidden_from_directory", nullable = false)
    private boolean hiddenFromDirectory;

    @Enumerated(EnumType.STRING)
    @Column(name = "email_visibility", nullable = false, length = 20)
    private FieldVisibility emailVisibility = FieldVisibility.COMMUNITIES;

    @Enumerated(EnumType.STRING)
    @Column(name = "phone_visibility", nullable = false, length = 20)
    private FieldVisibility phoneVisibility = FieldVisibility.COMMUNITIES;

    @Enumerated(EnumType.STRING)
    @Column(name = "about_visibility", nullable = false, length = 20)
    private FieldVisibility aboutVisibility = FieldVisibility.COMMUNITIES;

    @Enumerated(EnumType.STRING)
    @Column(name = "photo_visibility", nullable = false, length = 20)
    private FieldVisibility photoVisibility = FieldVisibility.COMMUNITIES;

    @Enumerated(EnumType.STRING)
    @Column(name = "message_notification", nullable = false, length = 10)
    private NotificationFrequency messageNotification = NotificationFrequency.EACH;

    @Enumerated(EnumType.STRING)
    @Column(name = "content_notification", nullable = false, length = 10)
    private NotificationFrequency contentNotification = NotificationFrequency.NEVER;

    @Version
    private long version;

    protected Member() {
    }

    public Member(Account account, String lastName, String firstName) {
        this.account = account;
        rename(lastName, firstName);
    }

    /** Names are kept as typed (trimmed): markup in them is harmless because every page escapes it. */
    public final void rename(String newLastName, String newFirstName) {
        this.lastName = requireName(newLastName);
        this.firstName = requireName(newFirstName);
    }

    /** The optional profile fields; blanks are stored as nothing. Shown escaped, like every free text. */
    public void updateProfile(ProfileForm form) {
        jobTitle = blankToNull(form.getJobTitle());
        contactPhone = blankToNull(form.getContactPhone());
        website = blankToNull(form.getWebsite());
        socialUrl = blankToNull(form.getSocialUrl());
        aboutMe = blankToNull(form.getAboutMe());
        if (aboutMe != null && aboutMe.length() > ProfileForm.ABOUT_MAX) {
            throw new InvalidProfileException();
        }
        Set<String> tags = new TreeSet<>();
        for (String competence : form.getCompetences()) {
            String tag = competence == null ? "" : competence.strip();
            if (tag.length() > ProfileForm.COMPETENCE_MAX || tags.size() >= ProfileForm.COMPETENCES_MAX) {
                throw new InvalidProfileException();
            }
            if (!tag.isEmpty()) {
                tags.add(tag);
            }
        }
        competences = tags;
        hiddenFromDirectory = form.isHiddenFromDirectory();
    }

    public ProfileForm toProfileForm() {
        ProfileForm form = new ProfileForm();
        form.setJobTitle(jobTitle);
        form.setContactPhone(contactPhone);
        form.setWebsite(website);
        form.setSocialUrl(socialUrl);
        form.setAboutMe(aboutMe);
        form.setCompetences(competences.stream().sorted().toList());
        form.setHiddenFromDirectory(hiddenFromDirectory);
        return form;
    }

    public void changeSharing(SharingSettings settings) {
        emailVisibility = Objects.requireNonNull(settings.getEmail());
        phoneVisibility = Objects.requireNonNull(settings.getPhone());
        aboutVisibility = Objects.requireNonNull(settings.getAboutMe());
        photoVisibility = Objects.requireNonNull(settings.getPhoto());
        messageNotification = Objects.requireNonNull(settings.getMessages());
        contentNotification = Objects.requireNonNull(settings.getContent());
    }

    public SharingSettings toSharingSettings() {
        SharingSettings settings = new SharingSettings();
        settings.setEmail(emailVisibility);
        settings.setPhone(phoneVisibility);
        settings.setAboutMe(aboutVisibility);
        settings.setPhoto(photoVisibility);
        settings.setMessages(messageNotification);
        settings.setContent(contentNotification);
        return settings;
    }

    public NotificationFrequency getMessageNotification() {
        return messageNotification;
    }

    public void hideFromDirectory(boolean hidden) {
        hiddenFromDirectory = hidden;
    }

    public boolean isHiddenFromDirectory() {
        return hiddenFromDirectory;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Account getAccount() {
        return account;
    }

    public String getLastName() {
        return lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    /** The competence domains the person chose to show (opt.), in order. */
    public java.util.Set<String> getCompetences() {
        return java.util.Collections.unmodifiableSet(competences);
    }

    public String getDisplayName() {
        return firstName + " " + lastName;
    }

    private static String requireName(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > NAME_MAX || trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidNameException();
        }
        return trimmed;
    }
}
