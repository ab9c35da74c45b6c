package fr.ccibusiness.company;

/**
 * The SIRET of an establishment: the 9-digit SIREN of the company and a 5-digit NIC. Both carry a
 * Luhn check digit, except La Poste (SIREN 356 000 000), whose many establishments are numbered so
 * that the SIRET's digits add up to a multiple of 5.
 */
public final class Siret {

    public static final int LENGTH = 14;
    static final String LA_POSTE_SIREN = "356000000";

    private Siret() {
    }

    /** Digits only: spaces and dots as people type them ("552 100 554 00015") are dropped. */
    public static String normalize(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s.\\u00a0-]", "");
    }

    public static boolean isValid(String typed) {
        String siret = normalize(typed);
        if (siret.length() != LENGTH || !siret.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        if (siret.startsWith(LA_POSTE_SIREN)) {
            return siret.chars().map(c -> c - '0').sum() % 5 == 0;
        }
        return luhn(siret) && luhn(siret.substring(0, 9));
    }

    public static String sirenOf(String siret) {
        return normalize(siret).substring(0, 9);
    }

    static boolean luhn(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }
}
