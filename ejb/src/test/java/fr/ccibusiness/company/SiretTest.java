package fr.ccibusiness.company;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SiretTest {

    @Test
    void acceptsRealSiretsAsPeopleTypeThem() {
        assertTrue(Siret.isValid("55210055400013"));
        assertTrue(Siret.isValid("552 100 554 00013"));
        assertTrue(Siret.isValid("732 829 320 00074"));
        assertEquals("552100554", Siret.sirenOf("552 100 554 00013"));
    }

    @Test
    void refusesAWrongCheckDigitOrShape() {
        assertFalse(Siret.isValid("55210055400014"));
        assertFalse(Siret.isValid("5521005540001"));
        assertFalse(Siret.isValid("5521005540001A"));
        assertFalse(Siret.isValid(""));
        assertFalse(Siret.isValid(null));
    }

    @Test
    void refusesASiretWhoseSirenFailsEvenIfTheWholePasses() {
        // 14 digits passing Luhn, but the SIREN 123456780 does not.
        String candidate = "12345678000000";
        for (int last = 0; last <= 9; last++) {
            String siret = candidate.substring(0, 13) + last;
            if (Siret.luhn(siret)) {
                assertFalse(Siret.luhn(siret.substring(0, 9)));
                assertFalse(Siret.isValid(siret));
            }
        }
    }

    @Test
    void laPosteEstablishmentsAddUpToAMultipleOfFive() {
        assertTrue(Siret.isValid("35600000000001"), "digits add up to 15, though Luhn fails");
        assertFalse(Siret.luhn("35600000000001"));
        assertFalse(Siret.isValid("35600000000048"), "passes Luhn, but the digits add up to 26");
    }
}
