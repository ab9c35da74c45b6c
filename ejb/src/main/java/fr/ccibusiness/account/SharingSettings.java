package fr.ccibusiness.account;

import jakarta.validation.constraints.NotNull;
import java.io.Serializable;

/**
 * What a member shows of themselves (contact e-mail, contact phone, "about me", photo) and which
 * e-mails they want about new messages and about new content in their communities.
 */
public class SharingSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private FieldVisibility email = FieldVisibility.COMMUNITIES;
    @NotNull
    private FieldVisibility phone = FieldVisibility.COMMUNITIES;
    @NotNull
    private FieldVisibility aboutMe = FieldVisibility.COMMUNITIES;
    @NotNull
    private FieldVisibility photo = FieldVisibility.COMMUNITIES;
    @NotNull
    private NotificationFrequency messages = NotificationFrequency.EACH;
    @NotNull
    private NotificationFrequency content = NotificationFrequency.NEVER;

    public FieldVisibility getEmail() {
        return email;
    }

    public void setEmail(FieldVisibility email) {
        this.email = email;
    }

    public FieldVisibility getPhone() {
        return phone;
    }

    public void setPhone(FieldVisibility phone) {
        this.phone = phone;
    }

    public FieldVisibility getAboutMe() {
        return aboutMe;
    }

    public void setAboutMe(FieldVisibility aboutMe) {
        this.aboutMe = aboutMe;
    }

    public FieldVisibility getPhoto() {
        return photo;
    }

    public void setPhoto(FieldVisibility photo) {
        this.photo = photo;
    }

    public NotificationFrequency getMessages() {
        return messages;
    }

    public void setMessages(NotificationFrequency messages) {
        this.messages = messages;
    }

    public NotificationFrequency getContent() {
        return content;
    }

    public void setContent(NotificationFrequency content) {
        this.content = content;
    }
}
