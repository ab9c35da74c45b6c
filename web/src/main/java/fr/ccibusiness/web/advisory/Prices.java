package fr.ccibusiness.web.advisory;

import java.math.BigDecimal;

/** A price in euros as people type it: "690", "690,50", "690.50", "1 200 €"; empty means free. */
final class Prices {

    private Prices() {
    }

    /** The amount, or null when nothing was typed; {@link NumberFormatException} when it is not an amount. */
    static BigDecimal parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String plain = typed.replace("€", "").replaceAll("[\\s\\u00a0\\u202f]", "").replace(',', '.');
        if (!plain.matches("\\d{1,7}(\\.\\d{1,2})?")) {
            throw new NumberFormatException(typed);
        }
        return new BigDecimal(plain);
    }
}
