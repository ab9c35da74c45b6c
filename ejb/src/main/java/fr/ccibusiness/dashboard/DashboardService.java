package fr.ccibusiness.dashboard;

import fr.ccibusiness.account.Account;
import fr.ccibusiness.account.Accounts;
import fr.ccibusiness.account.Role.Names;
import fr.ccibusiness.community.Cci;
import fr.ccibusiness.community.Community;
import fr.ccibusiness.dashboard.Dashboard.Chart;
import fr.ccibusiness.dashboard.Dashboard.Period;
import fr.ccibusiness.dashboard.Dashboard.Series;
import fr.ccibusiness.dashboard.DashboardCounts.Counted;
import fr.ccibusiness.dashboard.DashboardScope.Kind;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dashboards. The platform's is the administrators'; a CCI's, its staff's too; a community's, its
 * animators' as well: checked here, whatever scope the page asks for. Every figure is a SQL aggregate
 * over the range (Paris days), grouped by day, week or month; nothing is loaded as entities.
 */
@Stateless
@RolesAllowed({Names.ADMIN, Names.CCI_STAFF, Names.ANIMATOR})
public class DashboardService {

    /** The longest range a dashboard covers: five years of months. */
    public static final int MAX_DAYS = 5 * 366;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Accounts accounts;

    @Inject
    private DashboardCounts counter;

    /** The scopes the caller may look at, the widest first, with their names. */
    @RolesAllowed({Names.ADMIN, Names.CCI_STAFF, Names.ANIMATOR})
    public Map<DashboardScope, String> scopes() {
        Map<DashboardScope, String> scopes = new LinkedHashMap<>();
        long me = caller().getId();
        if (isAdmin()) {
            scopes.put(DashboardScope.PLATFORM, "");
        }
        String ccis = isAdmin() ? "SELECT id, name FROM app.cci ORDER BY regional DESC, name"
                : "SELECT c.id, c.name FROM app.cci c JOIN app.cci_staff s ON s.cci_id = c.id WHERE s.account_id = ?1 ORDER BY c.name";
        rows(ccis, me).forEach(r -> scopes.put(new DashboardScope(Kind.CCI, ((Number) r[0]).longValue()), (String) r[1]));
        String communities = isAdmin() ? "SELECT id, name FROM app.community ORDER BY name"
                : "SELECT c.id, c.name FROM app.community c WHERE c.cci_id IN (SELECT cci_id FROM app.cci_staff WHERE account_id = ?1)"
                + " OR c.id IN (SELECT community_id FROM app.community_animator WHERE account_id = ?1) ORDER BY c.name";
        rows(communities, me).forEach(r -> scopes.put(new DashboardScope(Kind.COMMUNITY, ((Number) r[0]).longValue()), (String) r[1]));
        return scopes;
    }

    /**
     * The dashboard of {@code scope} from {@code from} to {@code to} (both included, at most
     * {@value #MAX_DAYS} days); a scope the caller may not see is refused as one that does not exist.
     */
    @RolesAllowed({Names.ADMIN, Names.CCI_STAFF, Names.ANIMATOR})
    public Dashboard dashboard(DashboardScope scope, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new InvalidDashboardException();
        }
        String name = allowedName(scope);
        Range range = new Range(from, to, Period.of(from, to));
        boolean platform = scope.kind() == Kind.PLATFORM;
        String communities = platform ? null : scope.kind() == Kind.CCI
                ? "IN (SELECT id FROM app.community WHERE cci_id = " + scope.id() + ")" : "= " + scope.id();
        Map<String, long[]> counts = counter.count(tables(scope, communities), range.bounds());
        List<String> labels = range.labels();
        List<Chart> charts = new ArrayList<>();
        charts.add(new Chart("people", "line", true, labels, List.of(
                platform ? running("confirmedAccounts", counts.get("confirmations"), null, labels.size())
                        : running("members", counts.get("joins"), counts.get("leaves"), labels.size()),
                running("companies", counts.get("companies"), null, labels.size()))));
        charts.add(chart("registrations", "bar", labels, counts, "registrations", "confirmations"));
        charts.add(chart("memberships", "bar", labels, counts, "joins", "leaves"));
        charts.add(chart("activity", "bar", labels, counts, "messages", "downloads"));
        charts.add(chart("newsletters", "bar", labels, counts, "newslettersSent", "unsubscribes"));
        charts.add(chart("purposes", "bar", labels, counts, "consultations", "events", "supportRequests"));
        if (platform) {
            charts.add(rightsByState(range));
        }
        return new Dashboard(scope, name, from, to, range.period(), charts);
    }

    /**
     * What is counted, a statement per table; in a CCI's or a community's dashboard, what concerns its
     * communities ({@code communities}: the right side of a condition on a community's id) only.
     */
    private static List<DashboardCounts.Table> tables(DashboardScope scope, String communities) {
        boolean platform = communities == null;
        String memberOfScope = platform ? "" : " AND EXISTS (SELECT 1 FROM app.membership m WHERE m.account_id = %s"
                + " AND m.status = 'ACTIVE' AND m.community_id " + communities + ")";
        return List.of(
                new DashboardCounts.Table("app.account a", List.of(new Counted("registrations", "a.created_at"), new Counted("confirmations", "a.verified_at")),
                        platform ? "" : String.format(memberOfScope, "a.id")),
                new DashboardCounts.Table("app.company c", List.of(new Counted("companies", "c.created_at")), platform ? ""
                        : " AND EXISTS (SELECT 1 FROM app.company_link l JOIN app.membership m ON m.account_id = l.account_id"
                        + " WHERE l.company_id = c.id AND l.status = 'APPROVED' AND m.status = 'ACTIVE' AND m.community_id " + communities + ")"),
                new DashboardCounts.Table("app.membership m", List.of(new Counted("joins", "CASE WHEN m.status IN ('ACTIVE', 'LEFT') THEN m.decided_at END"),
                        new Counted("leaves", "m.left_at")), platform ? "" : " AND m.community_id " + communities),
                new DashboardCounts.Table("app.message x", List.of(new Counted("messages", "x.sent_at")), platform ? "" : String.format(memberOfScope, "x.sender_id")),
                new DashboardCounts.Table("app.download_log d", List.of(new Counted("downloads", "d.downloaded_at")),
                        platform ? "" : " AND d.community_id " + communities),
                new DashboardCounts.Table("app.newsletter_delivery d JOIN app.newsletter n ON n.id = d.newsletter_id",
                        List.of(new Counted("newslettersSent", "CASE WHEN d.status = 'SENT' THEN d.occurred_at END")),
                        platform ? "" : " AND n.community_id " + communities),
                new DashboardCounts.Table("app.newsletter_subscription s", List.of(new Counted("unsubscribes", "s.unsubscribed_at")),
                        platform ? "" : " AND s.community_id " + communities),
                new DashboardCounts.Table("app.consultation c", List.of(new Counted("consultations", "c.published_at")), platform ? ""
                        : " AND EXISTS (SELECT 1 FROM app.consultation_target t WHERE t.consultation_id = c.id AND t.community_id " + communities + ")"),
                new DashboardCounts.Table("app.event e", List.of(new Counted("events", "CASE WHEN e.status = 'PUBLISHED' THEN e.starts_at END")), platform ? ""
                        : scope.kind() == Kind.CCI ? " AND e.cci_id = " + scope.id() : " AND e.community_id = " + scope.id()),
                new DashboardCounts.Table("app.support_request r", List.of(new Counted("supportRequests", "r.submitted_at")), platform ? ""
                        : scope.kind() == Kind.CCI ? " AND r.cci_id = " + scope.id() : String.format(memberOfScope, "r.requester_id")));
    }

    /** A chart of counts per period, one series per key. */
    private static Chart chart(String key, String type, List<String> labels, Map<String, long[]> counts, String... series) {
        return new Chart(key, type, true, labels, java.util.Arrays.stream(series)
                .map(s -> new Series(s, periods(counts.get(s), labels.size()))).toList());
    }

    /** The counts of the periods (bucket 0, what came before, left out). */
    private static List<Long> periods(long[] buckets, int periods) {
        List<Long> values = new ArrayList<>();
        for (int i = 1; i <= periods; i++) {
            values.add(buckets == null ? 0L : buckets[i]);
        }
        return values;
    }

    /** A running total at the end of each period, from what there was before: {@code added} less {@code removed}. */
    private static Series running(String key, long[] added, long[] removed, int periods) {
        List<Long> totals = new ArrayList<>();
        long running = 0;
        for (int i = 0; i <= periods; i++) {
            running += (added == null ? 0 : added[i]) - (removed == null ? 0 : removed[i]);
            if (i > 0) {
                totals.add(running);
            }
        }
        return new Series(key, totals);
    }

    private Chart rightsByState(Range range) {
        Query query = em.createNativeQuery("SELECT status, count(*) FROM app.rights_request WHERE submitted_at >= ?1 AND submitted_at < ?2"
                + " GROUP BY status");
        range.bindDays(query);
        Map<String, Long> counts = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            counts.put((String) r[0], ((Number) r[1]).longValue());
        }
        List<String> states = List.of("UNVERIFIED", "OPEN", "CLOSED");
        return new Chart("rights", "bar", false, states, List.of(new Series("rightsRequests",
                states.stream().map(s -> counts.getOrDefault(s, 0L)).toList())));
    }

    private String allowedName(DashboardScope scope) {
        if (scope == null) {
            throw new DashboardNotFoundException();
        }
        boolean admin = isAdmin();
        return switch (scope.kind()) {
            case PLATFORM -> {
                if (!admin) {
                    throw new DashboardNotFoundException();
                }
                yield "";
            }
            case CCI -> {
                Cci cci = em.find(Cci.class, scope.id());
                if (cci == null || !(admin || cci.isServedBy(caller()))) {
                    throw new DashboardNotFoundException();
                }
                yield cci.getName();
            }
            case COMMUNITY -> {
                Community community = em.find(Community.class, scope.id());
                if (community == null || !(admin || community.isAnimatedBy(caller()) || community.getCci().isServedBy(caller()))) {
                    throw new DashboardNotFoundException();
                }
                yield community.getName();
            }
        };
    }

    /** The rows of {@code sql}, whose ?1, if it has one, is the caller's account (an unused parameter is ignored). */
    private List<Object[]> rows(String sql, long me) {
        Query query = em.createNativeQuery(sql).setParameter(1, me);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows;
    }

    private boolean isAdmin() {
        return context.isCallerInRole(Names.ADMIN);
    }

    private Account caller() {
        return accounts.caller(context);
    }

    /** The range's periods: their first days and bounds. */
    private static final class Range {

        private final LocalDate from;
        private final LocalDate to;
        private final Period period;
        private final List<LocalDate> starts = new ArrayList<>();

        Range(LocalDate from, LocalDate to, Period period) {
            this.from = from;
            this.to = to;
            this.period = period;
            for (LocalDate start = periodOf(from); !start.isAfter(to); start = next(start)) {
                starts.add(start);
            }
        }

        Period period() {
            return period;
        }

        List<String> labels() {
            return starts.stream().map(LocalDate::toString).toList();
        }

        /** The periods' bounds as instants: the range's start, each next period's start, the day after its end (Paris time). */
        List<java.time.Instant> bounds() {
            List<java.time.Instant> bounds = new ArrayList<>();
            bounds.add(from.atStartOfDay(PARIS).toInstant());
            starts.stream().skip(1).forEach(start -> bounds.add(start.atStartOfDay(PARIS).toInstant()));
            bounds.add(to.plusDays(1).atStartOfDay(PARIS).toInstant());
            return bounds;
        }

        void bindDays(Query query) {
            query.setParameter(1, Timestamp.from(from.atStartOfDay(PARIS).toInstant()));
            query.setParameter(2, Timestamp.from(to.plusDays(1).atStartOfDay(PARIS).toInstant()));
        }

        private LocalDate periodOf(LocalDate day) {
            return switch (period) {
                case DAY -> day;
                case WEEK -> day.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
                case MONTH -> day.withDayOfMonth(1);
            };
        }

        private LocalDate next(LocalDate start) {
            return switch (period) {
                case DAY -> start.plusDays(1);
                case WEEK -> start.plusWeeks(1);
                case MONTH -> start.plusMonths(1);
            };
        }
    }
}
