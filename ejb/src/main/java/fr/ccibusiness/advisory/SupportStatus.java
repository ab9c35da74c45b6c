package fr.ccibusiness.advisory;

import java.util.EnumSet;
import java.util.Set;

/** Where a support request stands: NEW → ASSIGNED → IN_PROGRESS → DONE or DECLINED; WITHDRAWN by the member while NEW. */
public enum SupportStatus {
    NEW, ASSIGNED, IN_PROGRESS, DONE, DECLINED, WITHDRAWN;

    /** The states the CCI still has work in. */
    public static final Set<SupportStatus> OPEN = EnumSet.of(NEW, ASSIGNED, IN_PROGRESS);

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}
