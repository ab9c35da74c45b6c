package fr.ccibusiness.account;

import java.util.Locale;
import java.util.regex.Pattern;

/** E-mail addresses are logins: compared and stored trimmed and in lower case. */
public final class EmailAddress {

    public static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\".]{2,}$");

    private EmailAddress() {
    }

    public static String normalize(String address) {
        return address == null ? "" : address.trim().toLowerCase(Locale.ROOT);
    }

    public static boolean isValid(String address) {
        String normalized = normalize(address);
        return normalized.length() <= MAX_LENGTH && SHAPE.matcher(normalized).matches();
    }
}
