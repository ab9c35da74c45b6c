package fr.ccibusiness.web.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CookieChoiceServletTest {

    @Test
    void theAnswerReturnsToAPageOfThisSiteOnly() {
        assertEquals("/directory.xhtml?q=bois", CookieChoiceServlet.safeBack("/directory.xhtml?q=bois"));
        for (String elsewhere : new String[] {null, "", "https://evil.example/", "//evil.example/", "/\\evil.example",
                "/index.xhtml\r\nSet-Cookie: x=y"}) {
            assertEquals("/index.xhtml", CookieChoiceServlet.safeBack(elsewhere), String.valueOf(elsewhere));
        }
    }
}
