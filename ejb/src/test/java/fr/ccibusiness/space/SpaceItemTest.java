package fr.ccibusiness.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SpaceItemTest {

    @Test
    void linksAreWebAddressesOnly() {
        assertEquals("https://www.cci.fr/normandie", SpaceItem.webAddress(" https://www.cci.fr/normandie "));
        for (String bad : new String[] {"javascript:alert(1)", "data:text/html,x", "//evil.example", "ftp://x.fr", "https://"}) {
            assertThrows(InvalidSpaceContentException.class, () -> SpaceItem.webAddress(bad), bad);
        }
    }
}
