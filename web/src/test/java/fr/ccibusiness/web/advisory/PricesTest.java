package fr.ccibusiness.web.advisory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Prices as people type them in the catalogue's form. */
class PricesTest {

    @Test
    void frenchAndEnglishWritingsAreRead() {
        assertNull(Prices.parse("  "));
        assertEquals(new BigDecimal("690"), Prices.parse("690"));
        assertEquals(new BigDecimal("690.50"), Prices.parse("690,50"));
        assertEquals(new BigDecimal("690.5"), Prices.parse("690.5"));
        assertEquals(new BigDecimal("1200"), Prices.parse("1 200 €"));
        assertEquals(new BigDecimal("1200.00"), Prices.parse("1\u202f200,00\u00a0€"));
    }

    @Test
    void anythingElseIsRefused() {
        for (String typed : new String[] {"douze", "-5", "1,2,3", "12,345", "12345678", "1e3", "€"}) {
            assertThrows(NumberFormatException.class, () -> Prices.parse(typed), typed);
        }
    }
}
