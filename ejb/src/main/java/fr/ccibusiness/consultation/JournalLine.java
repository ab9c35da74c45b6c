package fr.ccibusiness.consultation;

import java.time.Instant;

/** A journal entry as its readers see it: the actor's name while the account exists, else only its number. */
public record JournalLine(int seq, Instant recordedAt, JournalKind kind, Long actorNumber, String actorName, String detail,
                          String hash) {
}
