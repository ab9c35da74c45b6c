package fr.ccibusiness.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class HttpsRedirectTest {

    @Test
    void plainHttpGoesToTheSamePathOnHttps() {
        assertEquals(Optional.of("https://cci.example.fr/login.xhtml?x=1"),
                HttpsRedirect.target(false, "cci.example.fr", 443, "/login.xhtml", "x=1"));
        assertEquals(Optional.of("https://localhost:8443/"), HttpsRedirect.target(false, "localhost", 8443, "/", null));
        assertEquals(Optional.of("https://[::1]:8443/"), HttpsRedirect.target(false, "::1", 8443, "/", null));
    }

    @Test
    void httpsStaysWhereItIs() {
        assertEquals(Optional.empty(), HttpsRedirect.target(true, "cci.example.fr", 443, "/", null));
    }
}
