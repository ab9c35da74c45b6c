package fr.ccibusiness.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Date;

/** Small text helpers for pages (Expression Language 5 cannot call static methods such as String.join). */
@Named
@ApplicationScoped
public class Texts {

    @Inject
    private Clock clock;

    /** The server's clock (the tests' clock on a test server), shown beside deadlines. */
    public Date getNow() {
        return Date.from(clock.instant());
    }

    public String join(Collection<String> values) {
        return values == null ? "" : String.join(", ", values);
    }

    /** A calendar day as the date f:convertDateTime formats with timeZone="UTC": the same day, wherever the server is. */
    public Date day(LocalDate day) {
        return day == null ? null : Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** An instant as the date f:convertDateTime formats. */
    public Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }
}
