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

    /** A meeting slot as a line, in Paris time and the page's language: "lun. 14 déc. 09:00–09:20" (the end left out when null). */
    public String slot(Instant start, Instant end) {
        java.util.Locale locale = jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale();
        java.time.ZoneId paris = java.time.ZoneId.of("Europe/Paris");
        String from = java.time.format.DateTimeFormatter.ofPattern("EEE d MMM HH:mm", locale).format(start.atZone(paris));
        return end == null ? from : from + "–" + java.time.format.DateTimeFormatter.ofPattern("HH:mm").format(end.atZone(paris));
    }

    /** A file's size for people: "830 o", "12 ko", "4,2 Mo" (decimal units, the page's language). */
    public String bytes(long size) {
        java.util.Locale locale = jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale();
        boolean french = "fr".equals(locale.getLanguage());
        if (size < 1000) {
            return size + (french ? " o" : " B");
        }
        if (size < 1_000_000) {
            return Math.round(size / 1000.0) + (french ? " ko" : " kB");
        }
        return String.format(locale, "%.1f", size / 1_000_000.0) + (french ? " Mo" : " MB");
    }

    /** An instant as the date f:convertDateTime formats. */
    public Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    /** A figure with one decimal, as the exports write it (empty when there is none). */
    public String oneDecimal(Double value) {
        return value == null ? "" : String.format(java.util.Locale.ROOT, "%.1f", value);
    }

    /** An instant's Paris day as 2026-12-05: what the exports write, sortable in a spreadsheet. */
    public String isoDay(Instant instant) {
        return instant == null ? "" : instant.atZone(java.time.ZoneId.of("Europe/Paris")).toLocalDate().toString();
    }

    /** An instant's Paris time to the second as 2026-12-05 14:03:27: what the exports of a trail write. */
    public String isoSecond(Instant instant) {
        return instant == null ? "" : java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
                .format(instant.atZone(java.time.ZoneId.of("Europe/Paris")));
    }
}
