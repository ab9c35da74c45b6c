package fr.ccibusiness.directory;

import java.util.Arrays;
import java.util.Optional;

/**
 * The 21 sections of the NAF (rév. 2), each a range of divisions: "C", the manufacturing industry, is
 * divisions 10 to 33. The reference table holds divisions and below; the sections are this.
 */
public enum NafSection {
    A(1, 3), B(5, 9), C(10, 33), D(35, 35), E(36, 39), F(41, 43), G(45, 47), H(49, 53), I(55, 56), J(58, 63),
    K(64, 66), L(68, 68), M(69, 75), N(77, 82), O(84, 84), P(85, 85), Q(86, 88), R(90, 93), S(94, 96), T(97, 98),
    U(99, 99);

    private final int firstDivision;
    private final int lastDivision;

    NafSection(int firstDivision, int lastDivision) {
        this.firstDivision = firstDivision;
        this.lastDivision = lastDivision;
    }

    /** The section of a NAF code ("25.62B" → C), if its first two characters are a division. */
    public static Optional<NafSection> of(String nafCode) {
        if (nafCode == null || nafCode.length() < 2 || !Character.isDigit(nafCode.charAt(0)) || !Character.isDigit(nafCode.charAt(1))) {
            return Optional.empty();
        }
        int division = Integer.parseInt(nafCode.substring(0, 2));
        return Arrays.stream(values()).filter(s -> s.firstDivision <= division && division <= s.lastDivision).findFirst();
    }
}
