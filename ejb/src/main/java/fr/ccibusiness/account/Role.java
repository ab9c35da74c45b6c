package fr.ccibusiness.account;

import java.util.Arrays;

/** The realm's roles. The constants are the names the container sees, for annotations. */
public enum Role {
    MEMBER(Role.Names.MEMBER),
    BUYER(Role.Names.BUYER),
    ANIMATOR(Role.Names.ANIMATOR),
    CCI_STAFF(Role.Names.CCI_STAFF),
    ADMIN(Role.Names.ADMIN),
    DPO(Role.Names.DPO);

    private final String realmName;

    Role(String realmName) {
        this.realmName = realmName;
    }

    public String realmName() {
        return realmName;
    }

    public static Role ofRealmName(String name) {
        return Arrays.stream(values()).filter(r -> r.realmName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown role " + name));
    }

    /** Role names as compile-time constants, for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String MEMBER = "member";
        public static final String BUYER = "buyer";
        public static final String ANIMATOR = "animator";
        public static final String CCI_STAFF = "cci-staff";
        public static final String ADMIN = "admin";
        public static final String DPO = "dpo";

        private Names() {
        }
    }
}
