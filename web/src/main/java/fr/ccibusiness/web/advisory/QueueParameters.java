package fr.ccibusiness.web.advisory;

import fr.ccibusiness.advisory.QueueFilter;
import fr.ccibusiness.advisory.SupportStatus;
import java.util.Arrays;
import java.util.function.Function;

/**
 * The work queue's filter as the address carries it (cci, status, offer, advisor, overdue), read the
 * same way by the page and its CSV export; a value that does not parse is ignored, not an error.
 */
final class QueueParameters {

    private QueueParameters() {
    }

    static QueueFilter read(Function<String, String> parameter) {
        String status = parameter.apply("status");
        return new QueueFilter(id(parameter.apply("cci")),
                Arrays.stream(SupportStatus.values()).filter(s -> s.name().equals(status)).findFirst().orElse(null),
                id(parameter.apply("offer")), id(parameter.apply("advisor")), "true".equals(parameter.apply("overdue")));
    }

    private static Long id(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
