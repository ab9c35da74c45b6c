package fr.ccibusiness.outbox;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/**
 * Every ten seconds, on each server, wakes the senders: for retries that came due, and for mail a
 * stopped server left claimed. Not persistent: each server has its own, and the claims keep two
 * servers from sending the same row.
 */
@Singleton
public class OutboxTimer {

    @Inject
    private OutboxSenders senders;

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    void tick() {
        senders.wake();
    }
}
