package fr.ccibusiness.dashboard;

import fr.ccibusiness.account.Account;
import fr.ccibusiness.account.Accounts;
import fr.ccibusiness.account.Role.Names;
import fr.ccibusiness.community.Cci;
import fr.ccibusiness.community.Community;
import fr.ccibusiness.dashboard.Dashboard.Chart;
import fr.ccibusiness.dashboard.Dashboard.Period;
import fr.ccibusiness.dashboard.Dashboard.Series;
import fr.ccibusiness.dashboard.DashboardScope.Kind;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
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
    private static final String SCOPE = "<scope>";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Accounts accounts;

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
        Range range = new Range(scope, from, to, Period.of(from, to));
        List<Chart> charts = new ArrayList<>();
        boolean platform = scope.kind() == Kind.PLATFORM;
        charts.add(new Chart("people", "line", true, range.labels(), List.of(
                platform ? range.cumulative("confirmedAccounts", "a.verified_at", "FROM app.account a", "", "")
                        : members(range),
                range.cumulative("companies", "c.created_at", "FROM app.company c", "", " AND EXISTS (SELECT 1 FROM app.company_link l"
                        + " JOIN app.membership m ON m.account_id = l.account_id WHERE l.company_id = c.id AND l.status = 'APPROVED'"
                        + " AND m.status = 'ACTIVE' AND m.community_id " + SCOPE + ")"))));
        String accountInScope = " AND EXISTS (SELECT 1 FROM app.membership m WHERE m.account_id = a.id AND m.community_id " + SCOPE + ")";
        charts.add(new Chart("registrations", "bar", true, range.labels(), List.of(
                range.counted("registrations", "a.created_at", "FROM app.account a", "", accountInScope),
                range.counted("confirmations", "a.verified_at", "FROM app.account a", "", accountInScope))));
        charts.add(new Chart("memberships", "bar", true, range.labels(), List.of(
                range.counted("joins", "m.decided_at", "FROM app.membership m", " AND m.status IN ('ACTIVE', 'LEFT')",
                        " AND m.community_id " + SCOPE),
                range.counted("leaves", "m.left_at", "FROM app.membership m", "", " AND m.community_id " + SCOPE))));
        charts.add(new Chart("activity", "bar", true, range.labels(), List.of(
                range.counted("messages", "x.sent_at", "FROM app.message x", "", " AND EXISTS (SELECT 1 FROM app.membership m"
                        + " WHERE m.account_id = x.sender_id AND m.status = 'ACTIVE' AND m.community_id " + SCOPE + ")"),
                range.counted("downloads", "d.downloaded_at", "FROM app.download_log d", "", " AND d.community_id " + SCOPE))));
        charts.add(new Chart("newsletters", "bar", true, range.labels(), List.of(
                range.counted("newslettersSent", "d.occurred_at", "FROM app.newsletter_delivery d JOIN app.newsletter n ON n.id = d.newsletter_id",
                        " AND d.status = 'SENT'", " AND n.community_id " + SCOPE),
                range.counted("unsubscribes", "s.unsubscribed_at", "FROM app.newsletter_subscription s", "", " AND s.community_id " + SCOPE))));
        charts.add(new Chart("purposes", "bar", true, range.labels(), List.of(
                range.counted("consultations", "c.published_at", "FROM app.consultation c", "", " AND EXISTS (SELECT 1"
                        + " FROM app.consultation_target t WHERE t.consultation_id = c.id AND t.community_id " + SCOPE + ")"),
                range.counted("events", "e.starts_at", "FROM app.event e", " AND e.status = 'PUBLISHED'",
                        scope.kind() == Kind.CCI ? " AND e.cci_id = ?3" : " AND e.community_id = ?3"),
                range.counted("supportRequests", "r.submitted_at", "FROM app.support_request r", "",
                        scope.kind() == Kind.CCI ? " AND r.cci_id = ?3" : " AND EXISTS (SELECT 1 FROM app.membership m"
                                + " WHERE m.account_id = r.requester_id AND m.community_id = ?3)"))));
        if (platform) {
            charts.add(rightsByState(range));
        }
        return new Dashboard(scope, name, from, to, range.period(), charts);
    }

    /** A community's or CCI's active memberships at the end of each period: those before, plus joins, less leaves. */
    private Series members(Range range) {
        String condition = " AND m.community_id " + range.communities();
        long before = range.count("SELECT count(*) FROM app.membership m WHERE m.status IN ('ACTIVE', 'LEFT') AND m.decided_at < ?1"
                + " AND (m.left_at IS NULL OR m.left_at >= ?1)" + condition);
        List<Long> joins = range.counted("joins", "m.decided_at", "FROM app.membership m", " AND m.status IN ('ACTIVE', 'LEFT')",
                " AND m.community_id " + SCOPE).values();
        List<Long> leaves = range.counted("leaves", "m.left_at", "FROM app.membership m", "", " AND m.community_id " + SCOPE).values();
        List<Long> members = new ArrayList<>();
        long running = before;
        for (int i = 0; i < joins.size(); i++) {
            running += joins.get(i) - leaves.get(i);
            members.add(running);
        }
        return new Series("members", members);
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

    private List<Object[]> rows(String sql, long me) {
        Query query = em.createNativeQuery(sql);
        if (sql.contains("?1")) {
            query.setParameter(1, me);
        }
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

    /** The range's periods and the queries that count in them, for one scope. */
    private final class Range {

        private final DashboardScope scope;
        private final LocalDate from;
        private final LocalDate to;
        private final Period period;
        private final List<LocalDate> starts = new ArrayList<>();

        Range(DashboardScope scope, LocalDate from, LocalDate to, Period period) {
            this.scope = scope;
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

        /** The scope's communities as a SQL condition's right side ({@code ?3} bound to the scope's id). */
        String communities() {
            return scope.kind() == Kind.CCI ? "IN (SELECT id FROM app.community WHERE cci_id = ?3)" : "= ?3";
        }

        /**
         * How many rows of {@code from} have {@code column} in each period: {@code always} is added to the
         * conditions for every scope, {@code scoped} (where {@value #SCOPE} stands for the scope's communities)
         * for a CCI or a community only.
         */
        Series counted(String key, String column, String fromClause, String always, String scoped) {
            String sql = "SELECT CAST(date_trunc('" + period.sqlUnit() + "', " + column + " AT TIME ZONE 'Europe/Paris') AS DATE), count(*) "
                    + fromClause + " WHERE " + column + " >= ?1 AND " + column + " < ?2" + always + scopedCondition(scoped) + " GROUP BY 1";
            Query query = em.createNativeQuery(sql);
            bindDays(query);
            Map<LocalDate, Long> counts = new HashMap<>();
            for (Object row : query.getResultList()) {
                Object[] r = (Object[]) row;
                counts.put(((Date) r[0]).toLocalDate(), ((Number) r[1]).longValue());
            }
            return new Series(key, starts.stream().map(s -> counts.getOrDefault(s, 0L)).toList());
        }

        /** Like {@link #counted}, as a running total from what there was before the range. */
        Series cumulative(String key, String column, String fromClause, String always, String scoped) {
            long running = count("SELECT count(*) " + fromClause + " WHERE " + column + " < ?1" + always + scopedCondition(scoped));
            List<Long> totals = new ArrayList<>();
            for (long added : counted(key, column, fromClause, always, scoped).values()) {
                running += added;
                totals.add(running);
            }
            return new Series(key, totals);
        }

        long count(String sql) {
            Query query = em.createNativeQuery(sql);
            bindDays(query);
            return ((Number) query.getSingleResult()).longValue();
        }

        void bindDays(Query query) {
            // A parameter the statement does not use is ignored: each statement takes the ones it names.
            query.setParameter(1, Timestamp.from(from.atStartOfDay(PARIS).toInstant()));
            query.setParameter(2, Timestamp.from(to.plusDays(1).atStartOfDay(PARIS).toInstant()));
            if (scope.kind() != Kind.PLATFORM) {
                query.setParameter(3, scope.id());
            }
        }

        private String scopedCondition(String scoped) {
            return scope.kind() == Kind.PLATFORM ? "" : scoped.replace(SCOPE, communities());
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
