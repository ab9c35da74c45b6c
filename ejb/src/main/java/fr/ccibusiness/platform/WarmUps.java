package fr.ccibusiness.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs every {@link WarmUp} of the platform, one after the other on a background thread, once it has
 * started: the virtual machine compiles their paths before the first visitors need them, instead of
 * while they wait. Each is timed by the thread's processor time, not the clock's, since the rest of the
 * start shares the cores meanwhile. A failing warm-up is logged and skipped: it only costs speed.
 */
@Singleton
@Startup
public class WarmUps {

    /**
     * At most this many rounds of a warm-up; it stops sooner once {@value #STEADY} rounds in a row each took
     * more than {@value #CONVERGED} times as long as the one before: the compiled code serves (after a
     * redeployment in a running server, from the second round). Fewer may be a pause while the compiler is
     * busy elsewhere: sealing at the integration tests' first deployments took 1,027, 582, 513, then 46 ms,
     * and 838, 576, 575, 571 ms where two such rounds ended it. While the tests' own requests keep the
     * compiler busy, even three may pass first (2 of 39 deployments: 1,030, 585, 564, 552, 551 ms); the
     * warm-up then ends early, which only costs speed. Every start of ./run.sh here ended compiled.
     */
    static final int MAX_ROUNDS = 10;
    static final int STEADY = 3;
    static final double CONVERGED = 0.8;

    @Inject
    @Any
    private Instance<WarmUp> warmUps;

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private Logger log;

    private Future<?> running;

    @PostConstruct
    void start() {
        List<WarmUp> all = warmUps.stream().toList();
        running = executor.submit(() -> {
            for (WarmUp warmUp : all) {
                if (Thread.currentThread().isInterrupted()) {
                    return; // the platform stops
                }
                warm(warmUp);
            }
        });
    }

    @PreDestroy
    void stop() {
        running.cancel(true);
    }

    private void warm(WarmUp warmUp) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        List<Long> millis = new ArrayList<>();
        try {
            while (millis.size() < MAX_ROUNDS && !converged(millis) && !Thread.currentThread().isInterrupted()) {
                long started = cpu.getCurrentThreadCpuTime();
                warmUp.round();
                millis.add((cpu.getCurrentThreadCpuTime() - started) / 1_000_000);
            }
            log.info(() -> "Warmed up: " + warmUp.name() + ", " + millis + " ms of processor time per round");
        } catch (Exception e) {
            if (!Thread.currentThread().isInterrupted()) {
                log.log(Level.WARNING, "Warm-up failed, left cold: " + warmUp.name(), e);
            }
        }
    }

    static boolean converged(List<Long> millis) {
        int rounds = millis.size();
        if (rounds <= STEADY) {
            return false;
        }
        for (int round = rounds - STEADY; round < rounds; round++) {
            if (millis.get(round) <= CONVERGED * millis.get(round - 1)) {
                return false;
            }
        }
        return true;
    }
}
