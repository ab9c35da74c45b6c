package fr.ccibusiness.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The scheduler on random instances (a thousand of each kind, from fixed seeds, so that a failure is
 * reproduced by its seed): whatever the instance, no invariant of a schedule is broken; on tiny ones it
 * places as many meetings, and as many must-meet ones among them, as an exhaustive search; on bipartite ones with no
 * unavailability it reaches the upper bound.
 */
class MeetingSchedulerTest {

    private static final int INSTANCES = 1000;

    @Test
    void noInvariantIsEverBroken() {
        forEach(random -> random(random, 2 + random.nextInt(14), 1 + random.nextInt(8), 1 + random.nextInt(4), 0.25, 0.3, true),
                problem -> {
                    MeetingSchedule schedule = MeetingScheduler.schedule(problem, 50);
                    assertValid(problem, schedule);
                    assertValid(problem, MeetingScheduler.firstFit(problem));
                    assertTrue(schedule.meetings() <= MeetingFlows.upperBound(problem), "never above the bound");
                });
    }

    @Test
    void onTinyBuyerSupplierInstancesWithoutUnavailabilityItPlacesWhatAnExhaustiveSearchPlaces() {
        forEach(random -> random(random, 2 + random.nextInt(4), 1 + random.nextInt(3), 1 + random.nextInt(2), 0, 0, false),
                problem -> {
                    MeetingSchedule schedule = MeetingScheduler.schedule(problem, 20);
                    int[] best = exhaustive(problem, 0, new int[problem.requests().size()], new int[] {-1, -1});
                    assertEquals(best[0], schedule.meetings(), "all meetings");
                    assertEquals(best[1], count(problem, schedule, true), "must-meet meetings among them");
                });
    }

    /**
     * With unavailability, daily limits below the slots of a day, and supplier–supplier requests (the
     * graph no longer bipartite; the selection by flow, which knows the limits but not who is free when,
     * no longer exact), the schedule may place fewer than an exhaustive search: never more than one
     * fewer, and on a few instances only.
     */
    @Test
    void onTinyInstancesOfAnyKindItPlacesAtMostOneFewerRarely() {
        int[] fewer = new int[1];
        forEach(random -> random(random, 2 + random.nextInt(4), 1 + random.nextInt(3), 1 + random.nextInt(2), 0.2, 0.3, false),
                problem -> {
                    int placed = MeetingScheduler.schedule(problem, 20).meetings();
                    int best = exhaustive(problem, 0, new int[problem.requests().size()], new int[] {-1, -1})[0];
                    assertTrue(placed == best || placed == best - 1, placed + " placed, " + best + " possible");
                    fewer[0] += placed < best ? 1 : 0;
                });
        assertTrue(fewer[0] <= INSTANCES / 50, fewer[0] + " instances of " + INSTANCES + " with one meeting fewer");
    }

    @Test
    void bipartiteWithoutUnavailabilityReachesTheBound() {
        forEach(random -> random(random, 4 + random.nextInt(20), 2 + random.nextInt(10), 1 + random.nextInt(6), 0, 0, false),
                problem -> {
                    MeetingSchedule schedule = MeetingScheduler.schedule(problem, 20);
                    assertValid(problem, schedule);
                    assertEquals(MeetingFlows.upperBound(problem), schedule.meetings(), "the bound");
                });
    }

    /** Runs {@code check} on instances made from seeds 0, 1, 2...; a failure names its seed and instance. */
    private static void forEach(Function<Random, MeetingProblem> instance, java.util.function.Consumer<MeetingProblem> check) {
        for (long seed = 0; seed < INSTANCES; seed++) {
            MeetingProblem problem = instance.apply(new Random(seed));
            try {
                check.accept(problem);
            } catch (AssertionError e) {
                throw new AssertionError("Seed " + seed + ": " + e.getMessage() + "\n" + describe(problem), e);
            }
        }
    }

    private static String describe(MeetingProblem problem) {
        StringBuilder text = new StringBuilder("slots " + problem.slots() + " (" + problem.slotsPerDay() + " a day), tables "
                + problem.tables() + "\n");
        for (int p = 0; p < problem.participants(); p++) {
            text.append(p).append(problem.buyer()[p] ? " buyer" : " supplier").append(" max ").append(problem.maxMeetings()[p])
                    .append(" per day ").append(problem.maxPerDay()[p]).append(" available ")
                    .append(java.util.Arrays.toString(problem.available()[p])).append('\n');
        }
        text.append(problem.requests()).append('\n').append(problem.locked());
        return text.toString();
    }

    /**
     * {@code participants} people (about a third buyers), requests between buyers and suppliers (and,
     * with {@code sameSide}, some between suppliers), unavailability at rate {@code unavailable}, a
     * locked meeting or two, limits below the slots sometimes.
     */
    private static MeetingProblem random(Random random, int participants, int slots, int tables, double unavailable,
                                         double sameSide, boolean locks) {
        boolean[] buyer = new boolean[participants];
        int[] max = new int[participants];
        int[] perDay = new int[participants];
        boolean[][] available = new boolean[participants][slots];
        int slotsPerDay = 1 + random.nextInt(slots);
        for (int p = 0; p < participants; p++) {
            buyer[p] = p % 3 == 0;
            max[p] = 1 + random.nextInt(slots + 1);
            perDay[p] = 1 + random.nextInt(slotsPerDay);
            for (int s = 0; s < slots; s++) {
                available[p][s] = random.nextDouble() >= unavailable;
            }
        }
        List<MeetingProblem.Request> requests = new ArrayList<>();
        int wanted = random.nextInt(participants * 2 + 1);
        for (int i = 0; i < wanted; i++) {
            int a = random.nextInt(participants);
            int b = random.nextInt(participants);
            boolean crossing = buyer[a] != buyer[b];
            if (a != b && (crossing || random.nextDouble() < sameSide && !buyer[a] && !buyer[b])) {
                requests.add(new MeetingProblem.Request(a, b, random.nextBoolean()));
            }
        }
        if (unavailable == 0 && sameSide == 0) {
            requests.removeIf(r -> buyer[r.a()] == buyer[r.b()]);
            java.util.Arrays.fill(perDay, slotsPerDay);
        }
        List<MeetingProblem.Locked> locked = new ArrayList<>();
        if (locks && !requests.isEmpty() && random.nextBoolean()) {
            locked.add(new MeetingProblem.Locked(random.nextInt(requests.size()), random.nextInt(slots), random.nextInt(tables)));
        }
        return new MeetingProblem(slots, slotsPerDay, tables, buyer, available, max, perDay, requests, locked);
    }

    static void assertValid(MeetingProblem problem, MeetingSchedule schedule) {
        int n = problem.participants();
        int[][] at = new int[n][problem.slots()];
        int[][] perDay = new int[n][problem.days()];
        int[] total = new int[n];
        boolean[][] table = new boolean[problem.slots()][Math.max(problem.tables(), 1)];
        for (int r = 0; r < problem.requests().size(); r++) {
            if (!schedule.placed(r)) {
                assertNotNull(schedule.reason()[r], "an unplaced request says why");
                continue;
            }
            int s = schedule.slot()[r];
            int t = schedule.table()[r];
            assertTrue(t >= 0 && t < problem.tables(), "a table of the room");
            assertTrue(!table[s][t], "one meeting per table and slot");
            table[s][t] = true;
            for (int p : new int[] {problem.requests().get(r).a(), problem.requests().get(r).b()}) {
                assertTrue(problem.available()[p][s], "only where both can attend");
                assertEquals(0, at[p][s]++, "nobody in two meetings at once");
                perDay[p][problem.day(s)]++;
                total[p]++;
                assertTrue(perDay[p][problem.day(s)] <= problem.maxPerDay()[p], "daily limit");
                assertTrue(total[p] <= problem.maxMeetings()[p], "overall limit");
            }
        }
        for (MeetingProblem.Locked locked : problem.locked()) {
            int r = locked.request();
            assertTrue(schedule.reason()[r] == MeetingSchedule.Unplaced.LOCKED_CONFLICT
                    || schedule.slot()[r] == locked.slot() && schedule.table()[r] == locked.table(), "a locked meeting stays put");
        }
    }

    private static int count(MeetingProblem problem, MeetingSchedule schedule, boolean must) {
        int count = 0;
        for (int r = 0; r < problem.requests().size(); r++) {
            if (schedule.placed(r) && problem.requests().get(r).mustMeet() == must) {
                count++;
            }
        }
        return count;
    }

    /** The best (meetings, must-meet meetings) over every assignment of slots (or none) to the requests. */
    private static int[] exhaustive(MeetingProblem problem, int r, int[] slots, int[] best) {
        if (r == slots.length) {
            int must = 0;
            int all = 0;
            for (int i = 0; i < slots.length; i++) {
                if (slots[i] >= 0) {
                    all++;
                    must += problem.requests().get(i).mustMeet() ? 1 : 0;
                }
            }
            if (all > best[0] || all == best[0] && must > best[1]) {
                best[0] = all;
                best[1] = must;
            }
            return best;
        }
        for (int s = -1; s < problem.slots(); s++) {
            slots[r] = s;
            if (s < 0 || fitsSoFar(problem, slots, r)) {
                exhaustive(problem, r + 1, slots, best);
            }
        }
        slots[r] = -1;
        return best;
    }

    private static boolean fitsSoFar(MeetingProblem problem, int[] slots, int upTo) {
        MeetingProblem.Request request = problem.requests().get(upTo);
        int s = slots[upTo];
        if (!problem.available()[request.a()][s] || !problem.available()[request.b()][s]) {
            return false;
        }
        int inSlot = 0;
        int[] total = new int[2];
        int[] day = new int[2];
        int[] people = {request.a(), request.b()};
        for (int i = 0; i <= upTo; i++) {
            if (slots[i] < 0) {
                continue;
            }
            MeetingProblem.Request other = problem.requests().get(i);
            if (slots[i] == s) {
                inSlot++;
            }
            for (int k = 0; k < 2; k++) {
                if (other.a() == people[k] || other.b() == people[k]) {
                    if (i != upTo && slots[i] == s) {
                        return false;
                    }
                    total[k]++;
                    if (problem.day(slots[i]) == problem.day(s)) {
                        day[k]++;
                    }
                }
            }
        }
        for (int k = 0; k < 2; k++) {
            if (total[k] > problem.maxMeetings()[people[k]] || day[k] > problem.maxPerDay()[people[k]]) {
                return false;
            }
        }
        return inSlot <= problem.tables();
    }
}
