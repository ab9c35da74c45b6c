package fr.ccibusiness.consultation;

import fr.ccibusiness.account.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A candidate's question to a consultation's buyer: asked before the question deadline, answered once,
 * to the asker alone or to all candidates (then published without who asked).
 */
@Entity
@Table(name = "consultation_question")
@NamedQuery(name = "Question.ofConsultation", query = "SELECT q FROM Question q WHERE q.consultation = :consultation"
        + " ORDER BY q.askedAt")
@NamedQuery(name = "Question.publicOf", query = "SELECT q FROM Question q WHERE q.consultation = :consultation"
        + " AND q.toAll = TRUE ORDER BY q.answeredAt")
@NamedQuery(name = "Question.askedBy", query = "SELECT q FROM Question q WHERE q.consultation = :consultation"
        + " AND q.askedBy = :account ORDER BY q.askedAt")
public class Question {

    public static final int QUESTION_MAX = 4000;
    public static final int ANSWER_MAX = 8000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "consultation_id")
    private Consultation consultation;

    @ManyToOne
    @JoinColumn(name = "asked_by")
    private Account askedBy;

    @Column(nullable = false, length = QUESTION_MAX)
    private String question;

    @Column(name = "asked_at", nullable = false)
    private Instant askedAt;

    @Column(length = ANSWER_MAX)
    private String answer;

    @ManyToOne
    @JoinColumn(name = "answered_by")
    private Account answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "to_all", nullable = false)
    private boolean toAll;

    protected Question() {
    }

    /** A question, refused empty, too long, or once the consultation's questions are closed. */
    Question(Consultation consultation, Account askedBy, String text, Instant now) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty() || clean.length() > QUESTION_MAX) {
            throw new InvalidConsultationException("question.text.invalid");
        }
        if (consultation.state(now) != ConsultationStatus.PUBLISHED || !now.isBefore(consultation.getQuestionDeadline())) {
            throw new InvalidConsultationException("question.text.closed");
        }
        this.consultation = consultation;
        this.askedBy = askedBy;
        this.question = clean;
        this.askedAt = now;
    }

    void answer(String text, boolean everyone, Account by, Instant now) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty() || clean.length() > ANSWER_MAX) {
            throw new InvalidConsultationException("question.answer.invalid");
        }
        if (answer != null) {
            throw new InvalidConsultationException("question.answer.already");
        }
        this.answer = clean;
        this.toAll = everyone;
        this.answeredBy = by;
        this.answeredAt = now;
    }

    public Long getId() {
        return id;
    }

    public Consultation getConsultation() {
        return consultation;
    }

    public Account getAskedBy() {
        return askedBy;
    }

    public String getQuestion() {
        return question;
    }

    public Instant getAskedAt() {
        return askedAt;
    }

    public String getAnswer() {
        return answer;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public boolean isToAll() {
        return toAll;
    }
}
