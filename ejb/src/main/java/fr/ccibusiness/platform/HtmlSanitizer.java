package fr.ccibusiness.platform;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Rich text written by staff is cleaned once, when it is saved, by the OWASP sanitiser: structure
 * and links survive, scripts, event handlers, styles and foreign resources do not.
 */
public final class HtmlSanitizer {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("h2", "h3", "h4", "p", "ul", "ol", "li", "strong", "em", "b", "i", "br",
                    "blockquote", "address", "a")
            .allowAttributes("href").onElements("a")
            .allowUrlProtocols("https", "mailto")
            .requireRelNofollowOnLinks()
            .toFactory();

    private HtmlSanitizer() {
    }

    public static String sanitize(String html) {
        return html == null ? "" : POLICY.sanitize(html);
    }
}
