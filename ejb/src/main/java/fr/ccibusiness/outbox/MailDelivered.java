package fr.ccibusiness.outbox;

import java.time.Instant;

/**
 * The relay accepted a mail of the outbox; fired in the transaction that takes it out, so what depends
 * on a mail having left (a retention warning counts from then) is written with it.
 */
public record MailDelivered(String kind, Long accountId, Instant at) {
}
