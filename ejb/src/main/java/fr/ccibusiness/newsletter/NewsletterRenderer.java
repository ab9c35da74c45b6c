package fr.ccibusiness.newsletter;

import fr.ccibusiness.community.UnsubscribeTokens;
import fr.ccibusiness.platform.Html;
import fr.ccibusiness.platform.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Renders a newsletter for one recipient, in their language: the sanitised body, a text version,
 * the footer with their own unsubscribe link and the link to their subscriptions, and the RFC 2369
 * / RFC 8058 list headers for one-click unsubscription in mail clients.
 */
@ApplicationScoped
public class NewsletterRenderer {

    @Inject
    private Settings settings;

    @Inject
    private UnsubscribeTokens tokens;

    /**
     * What the renderer needs of a newsletter, detached from the persistence context, with its text
     * version made once for all its recipients.
     */
    public record Content(long id, long communityId, String communityName, String subject, String bodyHtml, String bodyText) {
    }

    public static Content contentOf(Newsletter newsletter) {
        return new Content(newsletter.getId(), newsletter.getCommunity().getId(), newsletter.getCommunity().getName(),
                newsletter.getSubject(), newsletter.getBodyHtml(), Html.toText(newsletter.getBodyHtml()));
    }

    public PersonalNewsletter render(Content content, long accountId, String email, String firstName, Locale locale,
                                     boolean test) {
        ResourceBundle bundle = ResourceBundle.getBundle("mail", locale);
        String unsubscribe = settings.baseUrl() + "/newsletter/unsubscribe?t=" + tokens.tokenFor(accountId, content.communityId());
        String subscriptions = settings.baseUrl() + "/account/data.xhtml";
        String subject = (test ? bundle.getString("newsletter.testPrefix") + " " : "") + content.subject();
        String greeting = format(bundle, locale, "greeting", firstName);
        String why = format(bundle, locale, "newsletter.why", content.communityName());
        String unsubscribeLabel = bundle.getString("newsletter.unsubscribe");
        String manageLabel = bundle.getString("newsletter.manage");

        PersonalNewsletter.Framed text = new PersonalNewsletter.Framed(greeting + "\n\n", content.bodyText(),
                "\n\n-- \n" + why + "\n" + unsubscribeLabel + " : " + unsubscribe + "\n" + manageLabel + " : "
                        + subscriptions + "\n");
        PersonalNewsletter.Framed html = new PersonalNewsletter.Framed(
                "<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\"><title>"
                        + Html.escape(subject) + "</title></head><body style=\"font-family:sans-serif;color:#1f2933\">"
                        + "<p>" + Html.escape(greeting) + "</p>",
                content.bodyHtml(),
                "<hr><p style=\"font-size:small;color:#4a5560\">" + Html.escape(why) + "<br>"
                        + "<a href=\"" + Html.escape(unsubscribe) + "\">" + Html.escape(unsubscribeLabel) + "</a> · "
                        + "<a href=\"" + Html.escape(subscriptions) + "\">" + Html.escape(manageLabel) + "</a></p></body></html>");

        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("List-Id", "<community-" + content.communityId() + ".newsletters." + settings.host() + ">");
        headers.put("List-Unsubscribe", "<" + unsubscribe + ">");
        headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        return new PersonalNewsletter(accountId, email, subject, headers, text, html);
    }

    private static String format(ResourceBundle bundle, Locale locale, String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
