package fr.ccibusiness.it.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for what the server does in the background (jobs, asynchronous counts), up to a deadline. */
public final class Poll {

    private Poll() {
    }

    public static void until(BooleanSupplier condition, Duration deadline, String what) {
        long end = System.nanoTime() + deadline.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Timed out after " + deadline.toSeconds() + " s waiting for " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
