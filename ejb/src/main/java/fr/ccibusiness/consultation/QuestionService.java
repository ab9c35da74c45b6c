package fr.ccibusiness.consultation;

import fr.ccibusiness.account.Account;
import fr.ccibusiness.account.Accounts;
import fr.ccibusiness.account.Role.Names;
import fr.ccibusiness.platform.Settings;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Questions and answers of a consultation. A candidate asks until the question deadline (the buyers
 * are told by e-mail); a buyer answers the asker alone, or all candidates (everyone who downloaded a
 * tender document, asked or responded): then the question and answer are published on the
 * consultation without who asked, and e-mailed to them. Only those who may read the consultation reach
 * its questions; the same 404 otherwise.
 */
@Stateless
@RolesAllowed({Names.MEMBER, Names.BUYER})
public class QuestionService {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Accounts accounts;

    @Inject
    private Consultations consultations;

    @Inject
    private ConsultationJournal journal;

    @Inject
    private ConsultationMail mail;

    @Inject
    private Settings settings;

    @Inject
    private Clock clock;

    /** The questions answered to all, for anyone who may read the consultation; never who asked. */
    @PermitAll
    public List<QuestionView> published(long consultationId) {
        Consultation consultation = consultations.readable(consultations.find(consultationId),
                accounts.byEmail(context.getCallerPrincipal().getName()), context.isCallerInRole(Names.ADMIN), clock.instant());
        return em.createNamedQuery("Question.publicOf", Question.class).setParameter("consultation", consultation)
                .getResultStream().map(q -> QuestionView.of(q, null)).toList();
    }

    /** The caller's own questions, with the answers they got. */
    @RolesAllowed(Names.MEMBER)
    public List<QuestionView> mine(long consultationId) {
        Account me = caller();
        Consultation consultation = readable(consultationId, me);
        return em.createNamedQuery("Question.askedBy", Question.class).setParameter("consultation", consultation)
                .setParameter("account", me).getResultStream().map(q -> QuestionView.of(q, null)).toList();
    }

    @RolesAllowed(Names.MEMBER)
    public void ask(long consultationId, String text) {
        Account me = caller();
        Instant now = clock.instant();
        Consultation consultation = readable(consultationId, me);
        Question question = new Question(consultation, me, text, now);
        em.persist(question);
        em.flush();
        journal.record(consultation, JournalKind.QUESTION, me, "question=" + question.getId());
        mail.toAccounts(consultation.getOrganisation().getBuyers().stream().map(Account::getId).toList(), "question-asked",
                settings.baseUrl() + "/buyer/consultation.xhtml?id=" + consultation.getId(),
                consultation.getReference() + " — " + consultation.getTitle());
    }

    /** Every question of the consultation, with who asked, for its buyers. */
    @RolesAllowed(Names.BUYER)
    public List<QuestionView> all(long consultationId) {
        Consultation consultation = consultations.ofBuyer(consultationId, caller());
        List<Question> questions = em.createNamedQuery("Question.ofConsultation", Question.class)
                .setParameter("consultation", consultation).getResultList();
        Map<Long, String> names = accounts.displayNames(questions.stream().filter(q -> q.getAskedBy() != null)
                .map(q -> q.getAskedBy().getId()).collect(Collectors.toSet()));
        return questions.stream().map(q -> QuestionView.of(q, q.getAskedBy() == null ? null
                : names.get(q.getAskedBy().getId()))).toList();
    }

    /** Answers a question, to its asker or to all candidates; each is told by e-mail. */
    @RolesAllowed(Names.BUYER)
    public void answer(long questionId, String text, boolean toAll) {
        Question question = Optional.ofNullable(em.find(Question.class, questionId)).orElseThrow(ConsultationNotFoundException::new);
        Consultation consultation = consultations.ofBuyer(question.getConsultation().getId(), caller());
        question.answer(text, toAll, caller(), clock.instant());
        journal.record(consultation, JournalKind.ANSWER, caller(), "question=" + question.getId() + " toAll=" + toAll);
        List<Long> told = toAll ? candidates(consultation)
                : Optional.ofNullable(question.getAskedBy()).map(a -> List.of(a.getId())).orElse(List.of());
        mail.toAccounts(told, toAll ? "question-answered-all" : "question-answered", mail.link(consultation),
                consultation.getReference() + " — " + consultation.getTitle(), question.getQuestion(), question.getAnswer());
    }

    /** Everyone who downloaded a tender document, asked a question or deposited a response. */
    private List<Long> candidates(Consultation consultation) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT account_id FROM app.tender_download WHERE consultation_id = ?1"
                + " UNION SELECT asked_by FROM app.consultation_question WHERE consultation_id = ?1"
                + " UNION SELECT deposited_by FROM app.response_deposit WHERE consultation_id = ?1")
                .setParameter(1, consultation.getId()).getResultList();
        return ids.stream().filter(Objects::nonNull).map(Number::longValue).toList();
    }

    private Consultation readable(long consultationId, Account me) {
        return consultations.readable(consultations.find(consultationId), Optional.of(me), false, clock.instant());
    }

    private Account caller() {
        return accounts.caller(context);
    }
}
