package fr.ccibusiness.retention;

import fr.ccibusiness.account.AccountEraser;
import fr.ccibusiness.account.Member;
import fr.ccibusiness.platform.MailComposer;
import fr.ccibusiness.platform.OutgoingMail;
import fr.ccibusiness.platform.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * What each retention rule selects and what it does, at a given "as of" instant. Candidates are read
 * in id order after the last id handled (the job's checkpoint); applying a rule checks every id
 * against the rule again in the same statement, so an id handled twice after a restart, or that
 * stopped qualifying meanwhile (the person joined a community), is left alone.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class RetentionRules {

    private static final String IN_NO_COMMUNITY =
            " AND NOT EXISTS (SELECT 1 FROM app.membership m WHERE m.account_id = a.id AND m.status IN ('ACTIVE', 'REQUESTED'))"
            + " AND NOT EXISTS (SELECT 1 FROM app.account_role r WHERE r.account_id = a.id AND r.role <> 'member')";
    /** A warning still in the outbox is under way: not queued twice. */
    private static final String WARNING_NOT_UNDER_WAY = " AND NOT EXISTS (SELECT 1 FROM app.outbox_mail o"
            + " WHERE o.account_id = a.id AND o.kind = '" + RetentionWarnings.KIND + "' AND o.status IN ('PENDING', 'SENDING'))";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Settings settings;

    @Inject
    private AccountEraser eraser;

    @Inject
    private MailComposer composer;

    @Inject
    private Event<OutgoingMail> outbox;

    /** The next {@code limit} ids the rule applies to, after {@code afterId}, in id order. */
    @SuppressWarnings("unchecked")
    public List<Long> candidates(RetentionRule rule, Instant asOf, long afterId, int limit) {
        Condition condition = condition(rule, asOf);
        Query query = em.createNativeQuery("SELECT " + condition.alias() + ".id " + condition.from()
                + " AND " + condition.alias() + ".id > ?9 ORDER BY " + condition.alias() + ".id LIMIT ?8");
        condition.bind(query).setParameter(9, afterId).setParameter(8, limit);
        return ((List<Number>) query.getResultList()).stream().map(Number::longValue).toList();
    }

    /** Applies the rule to those of {@code ids} that still qualify; returns how many it applied to. */
    public int apply(RetentionRule rule, Instant asOf, List<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        List<Long> qualifying = stillQualifying(rule, asOf, ids);
        return switch (rule) {
            case UNVERIFIED, INACTIVE -> eraser.erase(qualifying);
            case WARN_INACTIVE -> warn(qualifying, asOf);
            case CONNECTION_LOGS -> em.createNativeQuery("DELETE FROM app.connection_log WHERE id = ANY(CAST(?1 AS BIGINT[]))")
                    .setParameter(1, AccountEraser.array(qualifying)).executeUpdate();
            case UNCONFIRMED_REQUESTS -> em.createNativeQuery("DELETE FROM app.rights_request WHERE id = ANY(CAST(?1 AS BIGINT[]))"
                    + " AND status = 'UNVERIFIED'").setParameter(1, AccountEraser.array(qualifying)).executeUpdate();
            case CONSULTATIONS -> purgeConsultations(qualifying);
            case EVENTS -> purgeEvents(qualifying);
            case SUPPORT_REQUESTS -> purgeSupportRequests(qualifying);
        };
    }

    @SuppressWarnings("unchecked")
    private List<Long> stillQualifying(RetentionRule rule, Instant asOf, List<Long> ids) {
        Condition condition = condition(rule, asOf);
        Query query = em.createNativeQuery("SELECT " + condition.alias() + ".id " + condition.from()
                + " AND " + condition.alias() + ".id = ANY(CAST(?9 AS BIGINT[]))");
        condition.bind(query).setParameter(9, AccountEraser.array(ids));
        return ((List<Number>) query.getResultList()).stream().map(Number::longValue).toList();
    }

    private int warn(List<Long> ids, Instant asOf) {
        if (ids.isEmpty()) {
            return 0;
        }
        // Not stamped here: the warning counts from when the relay accepted it (RetentionWarnings), and an
        // account whose warning has not left is neither warned again meanwhile nor deleted.
        em.createNativeQuery("DELETE FROM app.outbox_mail WHERE kind = 'retention-warning' AND status = 'FAILED'"
                + " AND account_id = ANY(CAST(?1 AS BIGINT[]))").setParameter(1, AccountEraser.array(ids)).executeUpdate();
        RetentionPeriods periods = periods();
        List<Member> members = em.createQuery("SELECT m FROM Member m JOIN FETCH m.account WHERE m.accountId IN :ids",
                Member.class).setParameter("ids", ids).getResultList();
        for (Member member : members) {
            var account = member.getAccount();
            var locale = account.getLocale();
            String date = periods.deletionDate(account.getCreatedAt(), asOf).atZone(RetentionPeriods.ZONE)
                    .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
            outbox.fire(composer.compose(account.getEmail(), locale, RetentionWarnings.KIND,
                    settings.baseUrl() + "/communities.xhtml", member.getFirstName(), date, periods.inactiveMonths())
                    .forAccount(account.getId()));
        }
        return members.size();
    }

    /**
     * Deletes consultations with everything of theirs: the files go with their rows (triggers), and the
     * journal, which refuses any other delete, is opened for this transaction only.
     */
    private int purgeConsultations(List<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        String array = AccountEraser.array(ids);
        em.createNativeQuery("SELECT set_config('app.journal_purge', 'on', true)").getSingleResult();
        for (String sql : new String[] {
                "DELETE FROM app.notification WHERE consultation_id = ANY(CAST(?1 AS BIGINT[]))",
                "DELETE FROM app.response_file WHERE deposit_id IN (SELECT id FROM app.response_deposit"
                        + " WHERE consultation_id = ANY(CAST(?1 AS BIGINT[])))",
                "DELETE FROM app.response_deposit WHERE consultation_id = ANY(CAST(?1 AS BIGINT[]))",
                "DELETE FROM app.consultation_key WHERE consultation_id = ANY(CAST(?1 AS BIGINT[]))",
                "DELETE FROM app.consultation_lot WHERE consultation_id = ANY(CAST(?1 AS BIGINT[]))",
                "DELETE FROM app.consultation_question WHERE consultation_id = ANY(CAST(?1 AS BIGINT[]))",
                "DELETE FROM app.tender_download WHERE consultation_id = ANY(CAST(?1 AS BIGINT[]))",
                "DELETE FROM app.consultation_follower WHERE consultation_id = ANY(CAST(?1 AS BIGINT[]))",
                "DELETE FROM app.tender_document_version WHERE document_id IN (SELECT id FROM app.tender_document"
                        + " WHERE consultation_id = ANY(CAST(?1 AS BIGINT[])))",
                "DELETE FROM app.tender_document WHERE consultation_id = ANY(CAST(?1 AS BIGINT[]))",
                "DELETE FROM app.consultation_target WHERE consultation_id = ANY(CAST(?1 AS BIGINT[]))",
                "DELETE FROM app.consultation_naf WHERE consultation_id = ANY(CAST(?1 AS BIGINT[]))",
                "DELETE FROM app.consultation_certification WHERE consultation_id = ANY(CAST(?1 AS BIGINT[]))",
                "DELETE FROM app.consultation_competence WHERE consultation_id = ANY(CAST(?1 AS BIGINT[]))",
                "DELETE FROM app.consultation_place WHERE consultation_id = ANY(CAST(?1 AS BIGINT[]))",
                "DELETE FROM app.consultation_journal WHERE consultation_id = ANY(CAST(?1 AS BIGINT[]))"}) {
            em.createNativeQuery(sql).setParameter(1, array).executeUpdate();
        }
        int purged = em.createNativeQuery("DELETE FROM app.consultation WHERE id = ANY(CAST(?1 AS BIGINT[]))")
                .setParameter(1, array).executeUpdate();
        em.createNativeQuery("SELECT set_config('app.journal_purge', 'off', true)").getSingleResult();
        return purged;
    }

    /** Deletes events with their audiences, registrations (attendance included) and meeting sessions. */
    private int purgeEvents(List<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        String array = AccountEraser.array(ids);
        String sessions = "(SELECT id FROM app.meeting_session WHERE event_id = ANY(CAST(?1 AS BIGINT[])))";
        for (String sql : new String[] {
                "DELETE FROM app.meeting WHERE session_id IN " + sessions,
                "DELETE FROM app.meeting_request WHERE session_id IN " + sessions,
                "DELETE FROM app.meeting_participant WHERE session_id IN " + sessions,
                "DELETE FROM app.meeting_session WHERE event_id = ANY(CAST(?1 AS BIGINT[]))",
                "DELETE FROM app.event_registration WHERE event_id = ANY(CAST(?1 AS BIGINT[]))",
                "DELETE FROM app.event_invitation WHERE event_id = ANY(CAST(?1 AS BIGINT[]))",
                "DELETE FROM app.event_audience WHERE event_id = ANY(CAST(?1 AS BIGINT[]))"}) {
            em.createNativeQuery(sql).setParameter(1, array).executeUpdate();
        }
        return em.createNativeQuery("DELETE FROM app.event WHERE id = ANY(CAST(?1 AS BIGINT[]))").setParameter(1, array)
                .executeUpdate();
    }

    /** Deletes support requests with their messages, notes and files (the bytes leave the store with their rows). */
    private int purgeSupportRequests(List<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        String array = AccountEraser.array(ids);
        String attachments = "(SELECT id FROM app.support_attachment WHERE request_id = ANY(CAST(?1 AS BIGINT[])))";
        for (String sql : new String[] {
                "DELETE FROM app.support_download WHERE attachment_id IN " + attachments,
                "DELETE FROM app.support_attachment WHERE request_id = ANY(CAST(?1 AS BIGINT[]))",
                "DELETE FROM app.support_entry WHERE request_id = ANY(CAST(?1 AS BIGINT[]))"}) {
            em.createNativeQuery(sql).setParameter(1, array).executeUpdate();
        }
        return em.createNativeQuery("DELETE FROM app.support_request WHERE id = ANY(CAST(?1 AS BIGINT[]))").setParameter(1, array)
                .executeUpdate();
    }

    private RetentionPeriods periods() {
        return RetentionPeriods.of(settings);
    }

    private Condition condition(RetentionRule rule, Instant asOf) {
        RetentionPeriods periods = periods();
        return switch (rule) {
            case UNVERIFIED -> new Condition("a", "FROM app.account a WHERE a.status = 'PENDING_VERIFICATION'"
                    + " AND a.created_at <= ?1", periods.unverifiedCreatedBefore(asOf), null);
            case WARN_INACTIVE -> new Condition("a", "FROM app.account a WHERE a.status = 'ACTIVE' AND a.created_at <= ?1"
                    + " AND a.retention_warned_at IS NULL" + IN_NO_COMMUNITY + WARNING_NOT_UNDER_WAY,
                    periods.warnCreatedBefore(asOf), null);
            case INACTIVE -> new Condition("a", "FROM app.account a WHERE a.status = 'ACTIVE' AND a.created_at <= ?1"
                    + " AND a.retention_warned_at <= ?2" + IN_NO_COMMUNITY,
                    periods.inactiveCreatedBefore(asOf), periods.warnedBefore(asOf));
            case CONNECTION_LOGS -> new Condition("l", "FROM app.connection_log l WHERE l.occurred_at < ?1",
                    periods.connectionLogsBefore(asOf), null);
            case UNCONFIRMED_REQUESTS -> new Condition("r", "FROM app.rights_request r WHERE r.status = 'UNVERIFIED'"
                    + " AND r.submitted_at <= ?1", periods.unverifiedCreatedBefore(asOf), null);
            case CONSULTATIONS -> new Condition("k", "FROM app.consultation k WHERE (k.awarded_at IS NOT NULL OR k.cancelled_at IS NOT NULL)"
                    + " AND COALESCE(k.awarded_at, k.cancelled_at) <= ?1", periods.consultationsEndedBefore(asOf), null);
            case EVENTS -> new Condition("e", "FROM app.event e WHERE e.ends_at <= ?1", periods.eventsEndedBefore(asOf), null);
            case SUPPORT_REQUESTS -> new Condition("s", "FROM app.support_request s WHERE s.status IN ('DONE', 'DECLINED', 'WITHDRAWN')"
                    + " AND s.closed_at <= ?1", periods.supportRequestsClosedBefore(asOf), null);
        };
    }

    /** A rule's FROM … WHERE, with one or two instants as ?1 and ?2. */
    private record Condition(String alias, String from, Instant first, Instant second) {

        Query bind(Query query) {
            query.setParameter(1, Timestamp.from(first));
            if (second != null) {
                query.setParameter(2, Timestamp.from(second));
            }
            return query;
        }
    }
}
