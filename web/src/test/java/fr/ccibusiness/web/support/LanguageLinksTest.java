package fr.ccibusiness.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageLinksTest {

    @Test
    void theLanguageParameterIsDroppedAndTheRestKept() {
        assertEquals("?q=usinage&page=2", LanguageLinks.queryWithout("q=usinage&lang=en&page=2", "lang"));
        assertEquals("", LanguageLinks.queryWithout("lang=fr", "lang"));
        assertEquals("", LanguageLinks.queryWithout(null, "lang"));
        assertEquals("?language=x", LanguageLinks.queryWithout("language=x", "lang"));
    }
}
