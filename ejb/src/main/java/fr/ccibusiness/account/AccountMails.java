package fr.ccibusiness.account;

import fr.ccibusiness.platform.MailComposer;
import fr.ccibusiness.platform.OutgoingMail;
import fr.ccibusiness.platform.Settings;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The e-mails of the account use cases, queued to leave when the transaction commits. */
@Dependent
public class AccountMails {

    @Inject
    private MailComposer composer;

    @Inject
    private Settings settings;

    @Inject
    private Event<OutgoingMail> outbox;

    void verification(Member member, String secret) {
        send(member, member.getAccount().getEmail(), "verify", link("/confirm-email.xhtml", secret));
    }

    void alreadyRegistered(Member member) {
        send(member, member.getAccount().getEmail(), "already-registered", settings.baseUrl() + "/forgot-password.xhtml");
    }

    void passwordReset(Member member, String secret) {
        send(member, member.getAccount().getEmail(), "reset", link("/reset-password.xhtml", secret));
    }

    void passwordChanged(Member member) {
        send(member, member.getAccount().getEmail(), "password-changed", settings.baseUrl() + "/forgot-password.xhtml");
    }

    void emailChangeRequested(Member member, String newEmail, String secret) {
        send(member, newEmail, "change-email", link("/confirm-email.xhtml", secret));
        send(member, member.getAccount().getEmail(), "change-email-notice", null, newEmail);
    }

    void accountDeleted(Member member, String email) {
        send(member, email, "deleted", null);
    }

    private void send(Member member, String to, String key, String link, Object... extra) {
        Object[] args = new Object[extra.length + 1];
        args[0] = member.getFirstName();
        System.arraycopy(extra, 0, args, 1, extra.length);
        outbox.fire(composer.compose(to, member.getAccount().getLocale(), key, link, args));
    }

    private String link(String page, String secret) {
        return settings.baseUrl() + page + "?token=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
    }
}
