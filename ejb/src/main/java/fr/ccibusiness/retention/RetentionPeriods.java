package fr.ccibusiness.retention;

import fr.ccibusiness.platform.Settings;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The periods of article 3 as configured (the policy's values by default), turned into the cut-off
 * instants of a run. Months are calendar months in the chamber's time zone.
 */
public record RetentionPeriods(int inactiveMonths, int warningDays, int unverifiedDays, int connectionLogMonths) {

    static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    /** How long a consultation's file is kept after its award or cancellation: the rule for public buyers' files. */
    public static final int CONSULTATION_YEARS = 5;
    /** How long an event, with its registrations and attendance, is kept after it ended: two years of history for its organisers. */
    public static final int EVENT_MONTHS = 24;
    /** How long a CCI keeps a closed support request for its records (its follow-up of the companies it served). */
    public static final int SUPPORT_YEARS = 3;

    public RetentionPeriods {
        if (inactiveMonths < 1 || warningDays < 1 || unverifiedDays < 1 || connectionLogMonths < 1) {
            throw new IllegalArgumentException("Retention periods must be positive");
        }
    }

    public static RetentionPeriods of(Settings settings) {
        return new RetentionPeriods(settings.retentionInactiveMonths(), settings.retentionWarningDays(),
                settings.retentionUnverifiedDays(), settings.retentionConnectionLogMonths());
    }

    /** Accounts created at or before this instant are past the inactivity period. */
    public Instant inactiveCreatedBefore(Instant asOf) {
        return at(asOf).minusMonths(inactiveMonths).toInstant();
    }

    /** Accounts created at or before this instant are due a warning. */
    public Instant warnCreatedBefore(Instant asOf) {
        return at(asOf).minusMonths(inactiveMonths).plusDays(warningDays).toInstant();
    }

    /** A warning sent at or before this instant has given its full notice. */
    public Instant warnedBefore(Instant asOf) {
        return at(asOf).minusDays(warningDays).toInstant();
    }

    public Instant unverifiedCreatedBefore(Instant asOf) {
        return at(asOf).minusDays(unverifiedDays).toInstant();
    }

    public Instant connectionLogsBefore(Instant asOf) {
        return at(asOf).minusMonths(connectionLogMonths).toInstant();
    }

    /** Consultations awarded or cancelled at or before this instant have been kept their five years. */
    public Instant consultationsEndedBefore(Instant asOf) {
        return at(asOf).minusYears(CONSULTATION_YEARS).toInstant();
    }

    /** Events that ended at or before this instant have been kept their two years. */
    public Instant eventsEndedBefore(Instant asOf) {
        return at(asOf).minusMonths(EVENT_MONTHS).toInstant();
    }

    /** Support requests closed at or before this instant have been kept their three years. */
    public Instant supportRequestsClosedBefore(Instant asOf) {
        return at(asOf).minusYears(SUPPORT_YEARS).toInstant();
    }

    /** When an account created at {@code createdAt} and warned at {@code warnedAt} is deleted. */
    public Instant deletionDate(Instant createdAt, Instant warnedAt) {
        Instant endOfPeriod = createdAt.atZone(ZONE).plusMonths(inactiveMonths).toInstant();
        Instant endOfNotice = warnedAt.atZone(ZONE).plusDays(warningDays).toInstant();
        return endOfPeriod.isAfter(endOfNotice) ? endOfPeriod : endOfNotice;
    }

    private static ZonedDateTime at(Instant instant) {
        return instant.atZone(ZONE);
    }
}
