package fr.ccibusiness.advisory;

import java.io.Serializable;
import java.util.Set;

/**
 * What the work queue shows: each part optional (a CCI, the states, a service, an advisor, only the
 * overdue). No state means every state.
 */
public record QueueFilter(Long cciId, Set<SupportStatus> statuses, Long offerId, Long advisorId, boolean overdueOnly)
        implements Serializable {

    public QueueFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }
}
