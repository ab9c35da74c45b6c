package fr.ccibusiness.consultation;

import java.time.Instant;

/** A question as a page shows it; {@code asker} is filled in for the buyer only, never on the published ones. */
public record QuestionView(long id, String asker, String question, Instant askedAt, String answer, Instant answeredAt,
                           boolean toAll) {

    static QuestionView of(Question q, String asker) {
        return new QuestionView(q.getId(), asker, q.getQuestion(), q.getAskedAt(), q.getAnswer(), q.getAnsweredAt(), q.isToAll());
    }
}
