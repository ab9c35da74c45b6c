package fr.ccibusiness.it.support;

import java.util.concurrent.ThreadLocalRandom;

/** Valid, random SIRETs for tests (Luhn on the SIREN and on the whole), formatted as people type them. */
public final class Sirets {

    private Sirets() {
    }

    public static String random() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String siren = withCheckDigit(String.format("%08d", random.nextInt(100_000_000)));
        if (siren.startsWith("356000000")) {
            return random();
        }
        String siret = withCheckDigit(siren + String.format("%04d", random.nextInt(10_000)));
        return siret.substring(0, 3) + " " + siret.substring(3, 6) + " " + siret.substring(6, 9) + " " + siret.substring(9);
    }

    public static String digits(String typed) {
        return typed.replace(" ", "");
    }

    private static String withCheckDigit(String digits) {
        for (int check = 0; check <= 9; check++) {
            if (luhn(digits + check)) {
                return digits + check;
            }
        }
        throw new IllegalStateException();
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
