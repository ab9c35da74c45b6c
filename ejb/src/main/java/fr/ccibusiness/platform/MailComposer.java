package fr.ccibusiness.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Builds the French or English text and HTML of a message from the {@code mail} bundle. A message
 * {@code key} has {@code key.subject}, {@code key.body} (paragraphs separated by blank lines) and
 * optionally {@code key.action} (the label of the link). Arguments are escaped in the HTML part.
 */
@ApplicationScoped
public class MailComposer {

    public OutgoingMail compose(String to, Locale locale, String key, String link, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle("mail", locale);
        String subject = format(bundle, locale, key + ".subject", args);
        String greeting = format(bundle, locale, "greeting", args);
        String body = format(bundle, locale, key + ".body", args);
        String signature = bundle.getString("signature");

        StringBuilder text = new StringBuilder().append(greeting).append("\n\n").append(body);
        if (link != null) {
            text.append("\n\n").append(link);
        }
        text.append("\n\n").append(signature).append('\n');

        Object[] escaped = Arrays.stream(args).map(a -> Html.escape(String.valueOf(a))).toArray();
        StringBuilder html = new StringBuilder()
                .append("<!DOCTYPE html><html lang=\"").append(locale.getLanguage()).append("\">")
                .append("<head><meta charset=\"utf-8\"><title>").append(Html.escape(subject))
                .append("</title></head><body style=\"font-family:sans-serif;color:#1f2933\">")
                .append("<p>").append(format(bundle, locale, "greeting", escaped)).append("</p>");
        for (String paragraph : format(bundle, locale, key + ".body", escaped).split("\n\n")) {
            html.append("<p>").append(paragraph.replace("\n", "<br>")).append("</p>");
        }
        if (link != null) {
            String label = bundle.containsKey(key + ".action") ? bundle.getString(key + ".action") : link;
            html.append("<p><a href=\"").append(Html.escape(link)).append("\">").append(Html.escape(label))
                    .append("</a></p><p style=\"font-size:small\">").append(Html.escape(link)).append("</p>");
        }
        html.append("<p>").append(Html.escape(signature)).append("</p></body></html>");
        return new OutgoingMail(key, to, subject, text.toString(), html.toString());
    }

    private static String format(ResourceBundle bundle, Locale locale, String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
