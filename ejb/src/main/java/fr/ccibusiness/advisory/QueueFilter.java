package fr.ccibusiness.advisory;

import java.io.Serializable;

/** What the work queue shows: each part optional (a CCI, a state, a service, an advisor, only the overdue). */
public record QueueFilter(Long cciId, SupportStatus status, Long offerId, Long advisorId, boolean overdueOnly) implements Serializable {

    public static final QueueFilter ALL = new QueueFilter(null, null, null, null, false);
}
