package fr.ccibusiness.account;

/** What a password must be (OWASP ASVS: length over composition rules). */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    /** Bounded so that hashing cost cannot be driven up by a huge input. */
    public static final int MAX_LENGTH = 128;

    private PasswordRules() {
    }

    public static boolean isAcceptable(String password) {
        return password != null
                && password.codePointCount(0, password.length()) >= MIN_LENGTH
                && password.length() <= MAX_LENGTH
                && !password.isBlank();
    }

    public static void check(String password) {
        if (!isAcceptable(password)) {
            throw new WeakPasswordException();
        }
    }
}
