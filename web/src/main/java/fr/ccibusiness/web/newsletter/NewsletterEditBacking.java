package fr.ccibusiness.web.newsletter;

import fr.ccibusiness.batch.newsletter.NewsletterDispatchService;
import fr.ccibusiness.community.Community;
import fr.ccibusiness.newsletter.InvalidNewsletterException;
import fr.ccibusiness.newsletter.Newsletter;
import fr.ccibusiness.newsletter.NewsletterChangedMeanwhileException;
import fr.ccibusiness.newsletter.NewsletterService;
import fr.ccibusiness.newsletter.NewsletterStatus;
import fr.ccibusiness.newsletter.PersonalNewsletter;
import fr.ccibusiness.platform.BusinessException;
import fr.ccibusiness.web.support.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * animation/newsletter.xhtml?community=…[&amp;id=…]: write, preview, test, schedule, send, cancel one
 * newsletter, and follow its dispatch. Every action goes through the services, which check that the
 * caller animates the community.
 */
@Named
@ViewScoped
public class NewsletterEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject
    private NewsletterService newsletters;

    @Inject
    private NewsletterDispatchService dispatch;

    private Long communityId;
    private Long id;
    private Community community;
    private Newsletter newsletter;
    private String subject;
    private String body;
    private LocalDateTime sendAt;
    private PersonalNewsletter preview;
    private boolean paused;
    /** The version of the draft the form was read from, or last saved as by this person. */
    private Long readVersion;

    /** f:viewAction: the community (refused if not mine), and the newsletter if one is opened. */
    public void load() {
        community = newsletters.animatedCommunity(communityId);
        if (id != null) {
            refresh();
            subject = newsletter.getSubject();
            body = newsletter.getBodyHtml();
            readVersion = newsletter.getVersion();
        }
    }

    /** Re-reads the figures: after an action, and at each tick of the progress bar. */
    public void refresh() {
        newsletter = newsletters.newsletter(id);
        paused = newsletter.isSending() && dispatch.isPaused(id);
    }

    public void save() {
        if (saved()) {
            Messages.pageInfo("newsletter.saved");
        }
    }

    public void showPreview() {
        if (saved()) {
            preview = newsletters.preview(id);
        }
    }

    public void sendTest() {
        if (saved()) {
            newsletters.sendTest(id);
            Messages.pageInfo("newsletter.testSent");
        }
    }

    public void schedule() {
        if (sendAt == null) {
            Messages.fieldError("newsletter:sendAt", "form.field.required");
            return;
        }
        if (saved()) {
            act(() -> newsletters.schedule(id, sendAt.atZone(PARIS).toInstant()), "newsletter.scheduled");
            readVersion = newsletter.getVersion(); // scheduling is this person's own change: the draft stays editable
        }
    }

    public void sendNow() {
        if (saved()) {
            act(() -> dispatch.sendNow(id), "newsletter.sending");
        }
    }

    public void cancel() {
        act(() -> newsletters.cancel(id), "newsletter.cancelled");
    }

    public void pause() {
        act(() -> dispatch.pause(id), "newsletter.paused");
    }

    public void resume() {
        act(() -> dispatch.resume(id), "newsletter.resumed");
    }

    public void resendFailed() {
        act(() -> dispatch.resendFailed(id), "newsletter.resending");
    }

    /** Saves what is typed (a new newsletter gets its id); false, with the message by the field, if refused. */
    private boolean saved() {
        try {
            id = newsletters.save(communityId, id, readVersion, subject, body);
            refresh();
            body = newsletter.getBodyHtml();
            readVersion = newsletter.getVersion();
            return true;
        } catch (NewsletterChangedMeanwhileException e) {
            // What this person typed stays in the form; saving again replaces the other version, knowingly.
            readVersion = e.currentVersion();
            Messages.pageError(e.messageKey(), e.currentSubject());
            return false;
        } catch (InvalidNewsletterException e) {
            Messages.fieldError("newsletter:" + e.field(), e.messageKey());
            return false;
        } catch (BusinessException e) {
            Messages.pageError(e.messageKey());
            return false;
        }
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Messages.pageInfo(doneKey);
        } catch (InvalidNewsletterException e) {
            Messages.fieldError("newsletter:" + e.field(), e.messageKey());
        } catch (BusinessException e) {
            Messages.pageError(e.messageKey());
        }
        refresh();
    }

    public boolean isEditable() {
        return newsletter == null || newsletter.isEditable();
    }

    public boolean isSending() {
        return newsletter != null && newsletter.isSending();
    }

    /** Scheduled or being sent (and not paused): the page follows it. */
    public boolean isLive() {
        return newsletter != null && !paused
                && (newsletter.getStatus() == NewsletterStatus.SCHEDULED || newsletter.getStatus() == NewsletterStatus.SENDING);
    }

    public boolean isPaused() {
        return paused;
    }

    public java.util.Date getScheduledAt() {
        return newsletter == null || newsletter.getScheduledAt() == null ? null : java.util.Date.from(newsletter.getScheduledAt());
    }

    public Long getCommunityId() {
        return communityId;
    }

    public void setCommunityId(Long communityId) {
        this.communityId = communityId;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Community getCommunity() {
        return community;
    }

    public Newsletter getNewsletter() {
        return newsletter;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public LocalDateTime getSendAt() {
        return sendAt;
    }

    public void setSendAt(LocalDateTime sendAt) {
        this.sendAt = sendAt;
    }

    public PersonalNewsletter getPreview() {
        return preview;
    }

    /** The body of the e-mail as it will arrive: sanitised content between our own escaped parts. */
    public String getPreviewHtml() {
        if (preview == null) {
            return null;
        }
        String html = preview.mail().html();
        return html.substring(html.indexOf("<body") + html.substring(html.indexOf("<body")).indexOf('>') + 1,
                html.lastIndexOf("</body>"));
    }

    public String getPreviewSubject() {
        return preview == null ? null : preview.mail().subject();
    }

    public String getPreviewText() {
        return preview == null ? null : preview.mail().text();
    }
}
