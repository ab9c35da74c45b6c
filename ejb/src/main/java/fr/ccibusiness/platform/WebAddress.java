package fr.ccibusiness.platform;

import java.net.URI;
import java.net.URISyntaxException;

/** Addresses people type that a page or a calendar will link to. */
public final class WebAddress {

    private WebAddress() {
    }

    /** Whether the text is an absolute http(s) address with a host: no "javascript:" or other scheme reaches a page. */
    public static boolean isWeb(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
