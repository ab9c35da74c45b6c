package fr.ccibusiness.web.support;

import java.util.Optional;

/** Where a plain-HTTP request goes in production: the same path on HTTPS. */
public final class HttpsRedirect {

    private HttpsRedirect() {
    }

    public static Optional<String> target(boolean secure, String host, int httpsPort, String path, String query) {
        if (secure) {
            return Optional.empty();
        }
        String port = httpsPort == 443 ? "" : ":" + httpsPort;
        String hostPart = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return Optional.of("https://" + hostPart + port + path + (query == null ? "" : "?" + query));
    }
}
