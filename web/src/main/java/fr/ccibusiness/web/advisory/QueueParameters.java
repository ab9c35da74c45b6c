package fr.ccibusiness.web.advisory;

import fr.ccibusiness.advisory.QueueFilter;
import fr.ccibusiness.advisory.SupportStatus;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The work queue's filter as the address carries it (cci, status, offer, advisor, overdue), read the
 * same way by the page and its CSV export; a value that does not parse is ignored, not an error. Without
 * a status the queue shows the requests still to work on ({@value #OPEN}); an empty one shows them all.
 */
final class QueueParameters {

    private QueueParameters() {
    }

    static final String OPEN = "OPEN";

    static QueueFilter read(Function<String, String> parameter) {
        String status = parameter.apply("status");
        Set<SupportStatus> statuses = status == null || OPEN.equals(status) ? SupportStatus.OPEN
                : Arrays.stream(SupportStatus.values()).filter(s -> s.name().equals(status)).collect(Collectors.toSet());
        return new QueueFilter(id(parameter.apply("cci")), statuses, id(parameter.apply("offer")), id(parameter.apply("advisor")),
                "true".equals(parameter.apply("overdue")));
    }

    /** The status parameter that gives back {@code statuses}: "" for all of them. */
    static String status(Set<SupportStatus> statuses) {
        return statuses.isEmpty() ? "" : statuses.equals(SupportStatus.OPEN) ? OPEN : statuses.iterator().next().name();
    }

    private static Long id(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
