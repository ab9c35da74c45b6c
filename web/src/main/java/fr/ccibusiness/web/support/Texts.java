package fr.ccibusiness.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;

/** Small text helpers for pages (Expression Language 5 cannot call static methods such as String.join). */
@Named
@ApplicationScoped
public class Texts {

    public String join(Collection<String> values) {
        return values == null ? "" : String.join(", ", values);
    }

    /** An instant as the date f:convertDateTime formats. */
    public Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }
}
