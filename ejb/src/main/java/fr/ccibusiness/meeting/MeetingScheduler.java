package fr.ccibusiness.meeting;

import fr.ccibusiness.meeting.MeetingSchedule.Unplaced;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Places a meeting session's accepted requests into (slot, table) pairs.
 * <ol>
 * <li>Locked meetings keep their slot and table; one that a side can no longer attend, or that clashes
 * with another locked one, is reported and left out, never moved.</li>
 * <li>Which requests to place when limits bind: a maximum b-matching of the requests within each
 * participant's capacity (limits, available slots, days), with as many must-meet ones as a maximum one
 * can hold (a minimum-cost flow, JGraphT); requests that do not cross the bipartition
 * (supplier–supplier) are added where both sides still have room, must-meet first.</li>
 * <li>Slots: an edge colouring of the chosen requests, the slots being the colours. Each request takes
 * a slot both sides can attend and that has a free table, next to their other meetings when it can;
 * when none is free for both, an alternating (Kempe) chain of two slots is exchanged so that one
 * becomes free for both, the exchange checked against availability, tables and daily limits. On a
 * bipartite graph with no unavailability this always succeeds (König's theorem, the proof that this
 * procedure follows), so every chosen request is placed.</li>
 * <li>Idle gaps: the same exchanges, tried to move a participant's first or last meeting of a day into
 * a hole of their day, kept when they lower everyone's gaps, until none helps or the time is up.</li>
 * <li>Tables: numbered in each slot, the locked ones first.</li>
 * </ol>
 */
public final class MeetingScheduler {

    private final MeetingProblem problem;
    private final int participants;
    private final int slots;
    /** The request each participant has in each slot, or -1. */
    private final int[][] busy;
    private final int[][] perDay;
    private final int[] total;
    private final int[] inSlot;
    private final int[] slot;
    private final Unplaced[] reason;
    private final boolean[] locked;
    /** Moves made since the outermost attempt began (request, slot, and 1 for a placement, 0 for a removal), to undo it. */
    private final List<int[]> journal = new ArrayList<>();
    private int attempts;

    private MeetingScheduler(MeetingProblem problem) {
        this.problem = problem;
        this.participants = problem.participants();
        this.slots = problem.slots();
        this.busy = new int[participants][slots];
        for (int[] row : busy) {
            Arrays.fill(row, -1);
        }
        this.perDay = new int[participants][problem.days()];
        this.total = new int[participants];
        this.inSlot = new int[slots];
        this.slot = new int[problem.requests().size()];
        Arrays.fill(slot, -1);
        this.reason = new Unplaced[slot.length];
        this.locked = new boolean[slot.length];
        problem.locked().forEach(l -> locked[l.request()] = true);
    }

    /** A schedule, improving idle gaps for at most {@code gapMillis}. */
    public static MeetingSchedule schedule(MeetingProblem problem, long gapMillis) {
        MeetingScheduler scheduler = new MeetingScheduler(problem);
        int[] table = scheduler.placeLocked();
        boolean[] chosen = scheduler.choose();
        scheduler.colour(chosen);
        scheduler.lowerGaps(gapMillis);
        scheduler.numberTables(table);
        return new MeetingSchedule(scheduler.slot, table, scheduler.reason);
    }

    /**
     * An upper bound of the meetings any schedule of this problem can hold (see {@link MeetingFlows}):
     * a schedule that reaches it is the best there is.
     */
    public static long upperBound(MeetingProblem problem) {
        return MeetingFlows.upperBound(problem);
    }

    /** A first-fit schedule (each request, in order, in the first slot free for both): the baseline of the benchmark. */
    public static MeetingSchedule firstFit(MeetingProblem problem) {
        MeetingScheduler scheduler = new MeetingScheduler(problem);
        int[] table = scheduler.placeLocked();
        for (int r = 0; r < scheduler.slot.length; r++) {
            if (scheduler.slot[r] < 0 && scheduler.reason[r] == null) {
                MeetingProblem.Request request = problem.requests().get(r);
                for (int s = 0; s < scheduler.slots; s++) {
                    if (scheduler.fits(request.a(), request.b(), s)) {
                        scheduler.place(r, s);
                        break;
                    }
                }
                if (scheduler.slot[r] < 0) {
                    scheduler.reason[r] = scheduler.whyNot(r);
                }
            }
        }
        scheduler.numberTables(table);
        return new MeetingSchedule(scheduler.slot, table, scheduler.reason);
    }

    private int[] placeLocked() {
        int[] table = new int[slot.length];
        Arrays.fill(table, -1);
        boolean[][] tableTaken = new boolean[slots][Math.max(problem.tables(), 1)];
        for (MeetingProblem.Locked locked : problem.locked()) {
            int r = locked.request();
            MeetingProblem.Request request = problem.requests().get(r);
            int s = locked.slot();
            boolean ok = s >= 0 && s < slots && locked.table() >= 0 && locked.table() < problem.tables()
                    && !tableTaken[s][locked.table()] && slot[r] < 0
                    && problem.available()[request.a()][s] && problem.available()[request.b()][s]
                    && busy[request.a()][s] < 0 && busy[request.b()][s] < 0;
            if (ok) {
                place(r, s);
                table[r] = locked.table();
                tableTaken[s][locked.table()] = true;
            } else if (slot[r] < 0) {
                reason[r] = Unplaced.LOCKED_CONFLICT;
            }
        }
        return table;
    }

    /** The requests to place: as many as the participants can take, must-meet ones preferred. */
    private boolean[] choose() {
        List<MeetingProblem.Request> requests = problem.requests();
        int[] capacity = new int[participants];
        for (int p = 0; p < participants; p++) {
            capacity[p] = Math.max(0, problem.capacity(p) - total[p]);
        }
        long room = (long) slots * problem.tables() - Arrays.stream(inSlot).sum();
        boolean[] chosen = new boolean[requests.size()];
        int[] side = MeetingFlows.sides(participants, requests, r -> slot[r] < 0 && reason[r] == null);
        if (side == null) {
            // Not bipartite: buyers on one side, suppliers on the other; the rest goes by what is left.
            side = new int[participants];
            for (int p = 0; p < participants; p++) {
                side[p] = problem.buyer()[p] ? 0 : 1;
            }
        }
        int[] sides = side;
        boolean[] matched = MeetingFlows.bMatching(requests, r -> slot[r] < 0 && reason[r] == null, sides, capacity, room);
        for (int r = 0; r < matched.length; r++) {
            if (matched[r]) {
                chosen[r] = true;
                capacity[requests.get(r).a()]--;
                capacity[requests.get(r).b()]--;
                room--;
            }
        }
        // Requests within one side (a graph that is not bipartite), must-meet first: where both still have room.
        for (boolean must : new boolean[] {true, false}) {
            for (int r = 0; r < requests.size(); r++) {
                MeetingProblem.Request request = requests.get(r);
                if (!chosen[r] && slot[r] < 0 && reason[r] == null && request.mustMeet() == must
                        && sides[request.a()] == sides[request.b()] && capacity[request.a()] > 0
                        && capacity[request.b()] > 0 && room > 0) {
                    chosen[r] = true;
                    capacity[request.a()]--;
                    capacity[request.b()]--;
                    room--;
                }
            }
        }
        return chosen;
    }

    /** Slots for the chosen requests, the most constrained first; the others are told why not. */
    private void colour(boolean[] chosen) {
        List<MeetingProblem.Request> requests = problem.requests();
        List<Integer> order = new ArrayList<>();
        int[] common = new int[requests.size()];
        for (int r = 0; r < requests.size(); r++) {
            if (chosen[r]) {
                order.add(r);
                for (int s = 0; s < slots; s++) {
                    if (problem.available()[requests.get(r).a()][s] && problem.available()[requests.get(r).b()][s]) {
                        common[r]++;
                    }
                }
            }
        }
        order.sort(Comparator.comparing((Integer r) -> !requests.get(r).mustMeet()).thenComparingInt(r -> common[r]));
        for (int r : order) {
            if (!placeNear(r) && !exchangeAndPlace(r)) {
                reason[r] = whyNot(r);
            }
        }
        for (int r = 0; r < requests.size(); r++) {
            if (slot[r] < 0 && reason[r] == null) {
                MeetingProblem.Request request = requests.get(r);
                if (total[request.a()] >= problem.capacity(request.a()) || total[request.b()] >= problem.capacity(request.b())) {
                    reason[r] = Unplaced.PARTICIPANT_FULL;
                } else if (!placeNear(r) && !exchangeAndPlace(r)) {
                    reason[r] = whyNot(r);
                }
            }
        }
        for (int r : order) {
            if (slot[r] < 0 && reason[r] != Unplaced.LOCKED_CONFLICT) {
                repair(r);
            }
        }
        for (int r = 0; r < requests.size(); r++) {
            if (slot[r] < 0 && reason[r] != Unplaced.LOCKED_CONFLICT && !chosen[r]) {
                repair(r);
            }
        }
        for (int r = 0; r < requests.size(); r++) {
            if (slot[r] < 0 && requests.get(r).mustMeet() && reason[r] != Unplaced.LOCKED_CONFLICT) {
                promote(r);
            }
        }
    }

    /**
     * Places a request by moving what stands in its way in one slot both can attend: the other meetings
     * its two sides have there, and one more meeting when the slot's tables are all taken; each moved
     * meeting goes to a free slot or through an exchange. Undone if one of them finds no place.
     */
    private boolean repair(int r) {
        MeetingProblem.Request request = problem.requests().get(r);
        int a = request.a();
        int b = request.b();
        Unplaced why = reason[r];
        for (int s = 0; s < slots; s++) {
            if (!problem.available()[a][s] || !problem.available()[b][s]) {
                continue;
            }
            List<Integer> blockers = new ArrayList<>();
            for (int p : new int[] {a, b}) {
                if (busy[p][s] >= 0 && !blockers.contains(busy[p][s])) {
                    blockers.add(busy[p][s]);
                }
            }
            if (inSlot[s] - blockers.size() >= problem.tables()) {
                for (int other = 0; other < slot.length; other++) {
                    if (slot[other] == s && !blockers.contains(other) && !locked[other]) {
                        blockers.add(other);
                        break;
                    }
                }
            }
            if (blockers.stream().anyMatch(x -> locked[x])) {
                continue;
            }
            int mark = begin();
            blockers.forEach(this::unplace);
            boolean done = fits(a, b, s);
            if (done) {
                place(r, s);
                for (int x : blockers) {
                    done = done && (placeElsewhere(x, s) || exchangeAndPlace(x));
                }
            }
            if (done) {
                commit();
                return true;
            }
            rollback(mark);
            reason[r] = why;
        }
        return false;
    }

    /** A free slot for both sides of request {@code r} other than {@code not}. */
    private boolean placeElsewhere(int r, int not) {
        MeetingProblem.Request request = problem.requests().get(r);
        for (int s = 0; s < slots; s++) {
            if (s != not && fits(request.a(), request.b(), s)) {
                place(r, s);
                return true;
            }
        }
        return false;
    }

    /** Starts an attempt that may be undone: the journal's mark to undo back to. */
    private int begin() {
        attempts++;
        return journal.size();
    }

    private void commit() {
        if (--attempts == 0) {
            journal.clear();
        }
    }

    /** Undoes the moves made since {@code mark}. */
    private void rollback(int mark) {
        int depth = attempts;
        attempts = 0;
        for (int i = journal.size() - 1; i >= mark; i--) {
            int[] move = journal.remove(i);
            if (move[2] == 1) {
                unplace(move[0]);
            } else {
                place(move[0], move[1]);
            }
        }
        attempts = depth - 1;
        if (attempts == 0) {
            journal.clear();
        }
    }

    /**
     * Places a must-meet request in the place of one would-like meeting of its participants (the count
     * stays, a must-meet one more), when nothing else made room for it.
     */
    private boolean promote(int r) {
        MeetingProblem.Request request = problem.requests().get(r);
        Unplaced why = reason[r];
        for (int p : new int[] {request.a(), request.b()}) {
            for (int s = 0; s < slots; s++) {
                int w = busy[p][s];
                if (w < 0 || locked[w] || problem.requests().get(w).mustMeet()) {
                    continue;
                }
                int mark = begin();
                unplace(w);
                if (placeNear(r) || exchangeAndPlace(r) || repair(r)) {
                    commit();
                    reason[w] = whyNot(w);
                    return true;
                }
                rollback(mark);
                reason[r] = why;
            }
        }
        return false;
    }

    /** The free slot for both next to most of their meetings (then the earliest); false if none. */
    private boolean placeNear(int r) {
        MeetingProblem.Request request = problem.requests().get(r);
        int best = -1;
        int bestScore = -1;
        for (int s = 0; s < slots; s++) {
            if (fits(request.a(), request.b(), s)) {
                int score = neighbours(request.a(), s) + neighbours(request.b(), s);
                if (score > bestScore) {
                    best = s;
                    bestScore = score;
                }
            }
        }
        if (best < 0) {
            return false;
        }
        place(r, best);
        return true;
    }

    private int neighbours(int p, int s) {
        int near = 0;
        if (s > 0 && problem.day(s - 1) == problem.day(s) && busy[p][s - 1] >= 0) {
            near++;
        }
        if (s + 1 < slots && problem.day(s + 1) == problem.day(s) && busy[p][s + 1] >= 0) {
            near++;
        }
        return near;
    }

    /**
     * A slot made free for both sides by exchanging two slots along an alternating chain: alpha free for
     * {@code a}, beta free for {@code b}; the chain from {@code b} through alpha, beta, alpha... swapped,
     * alpha is free for {@code b} too.
     */
    private boolean exchangeAndPlace(int r) {
        MeetingProblem.Request request = problem.requests().get(r);
        for (int[] ends : new int[][] {{request.a(), request.b()}, {request.b(), request.a()}}) {
            int a = ends[0];
            int b = ends[1];
            for (int alpha = 0; alpha < slots; alpha++) {
                if (!usable(a, alpha) || !problem.available()[b][alpha] || busy[b][alpha] < 0) {
                    continue;
                }
                for (int beta = 0; beta < slots; beta++) {
                    if (beta == alpha || !usable(b, beta)) {
                        continue;
                    }
                    List<Integer> chain = chain(b, alpha, beta);
                    if (chain != null && !touches(chain, a) && exchangeable(chain, alpha, beta, 1)) {
                        exchange(chain, alpha, beta);
                        if (fits(request.a(), request.b(), alpha)) {
                            place(r, alpha);
                            return true;
                        }
                        exchange(chain, beta, alpha);
                    }
                }
            }
        }
        return false;
    }

    /** The meetings of the alternating chain from {@code p}, in slots {@code first}, {@code second}, ...; null if too long. */
    private List<Integer> chain(int p, int first, int second) {
        List<Integer> chain = new ArrayList<>();
        int at = p;
        int colour = first;
        int other = second;
        while (busy[at][colour] >= 0) {
            int r = busy[at][colour];
            if (chain.contains(r) || chain.size() > participants) {
                return null;
            }
            chain.add(r);
            MeetingProblem.Request request = problem.requests().get(r);
            at = request.a() == at ? request.b() : request.a();
            int swap = colour;
            colour = other;
            other = swap;
        }
        return chain;
    }

    private boolean touches(List<Integer> chain, int p) {
        for (int r : chain) {
            if (problem.requests().get(r).a() == p || problem.requests().get(r).b() == p) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the chain's meetings may swap slots {@code alpha} and {@code beta}: every side can attend
     * its new slot, no locked meeting moves, tables and daily limits hold ({@code extra}: meetings to be
     * added to alpha afterwards).
     */
    private boolean exchangeable(List<Integer> chain, int alpha, int beta, int extra) {
        int toBeta = 0;
        int toAlpha = 0;
        for (int r : chain) {
            MeetingProblem.Request request = problem.requests().get(r);
            int to = slot[r] == alpha ? beta : alpha;
            if (locked[r] || !problem.available()[request.a()][to] || !problem.available()[request.b()][to]) {
                return false;
            }
            if (to == beta) {
                toBeta++;
            } else {
                toAlpha++;
            }
        }
        if (inSlot[alpha] - toBeta + toAlpha + extra > problem.tables() || inSlot[beta] - toAlpha + toBeta > problem.tables()) {
            return false;
        }
        if (problem.day(alpha) != problem.day(beta)) {
            int[] dayChange = new int[participants];
            for (int r : chain) {
                MeetingProblem.Request request = problem.requests().get(r);
                int delta = slot[r] == alpha ? 1 : -1;
                dayChange[request.a()] += delta;
                dayChange[request.b()] += delta;
            }
            for (int r : chain) {
                for (int p : new int[] {problem.requests().get(r).a(), problem.requests().get(r).b()}) {
                    if (perDay[p][problem.day(beta)] + dayChange[p] > problem.maxPerDay()[p]
                            || perDay[p][problem.day(alpha)] - dayChange[p] > problem.maxPerDay()[p]) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private void exchange(List<Integer> chain, int alpha, int beta) {
        List<int[]> moves = new ArrayList<>();
        for (int r : chain) {
            moves.add(new int[] {r, slot[r] == alpha ? beta : alpha});
            unplace(r);
        }
        for (int[] move : moves) {
            place(move[0], move[1]);
        }
    }

    /**
     * Moves meetings into holes of their participants' days while that lowers the idle gaps of everyone
     * the exchange touches, until no move helps or {@code millis} have passed.
     */
    private void lowerGaps(long millis) {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        boolean improved = true;
        while (improved && System.nanoTime() < deadline) {
            improved = false;
            for (int p = 0; p < participants && System.nanoTime() < deadline; p++) {
                for (int d = 0; d < problem.days(); d++) {
                    improved |= tightenDay(p, d);
                }
            }
        }
    }

    /** One improving move for participant {@code p} on day {@code d}, if there is one. */
    private boolean tightenDay(int p, int d) {
        int[] span = span(p, d);
        if (span == null || span[1] - span[0] + 1 == perDay[p][d]) {
            return false;
        }
        int first = span[0];
        int last = span[1];
        for (int edge : new int[] {first, last}) {
            for (int hole = first + 1; hole < last; hole++) {
                if (busy[p][hole] >= 0 || !problem.available()[p][hole]) {
                    continue;
                }
                List<Integer> chain = chain(p, edge, hole);
                if (chain == null || !exchangeable(chain, edge, hole, 0)) {
                    continue;
                }
                int before = gapsOf(chain);
                exchange(chain, edge, hole);
                if (gapsOf(chain) < before) {
                    return true;
                }
                exchange(chain, hole, edge);
            }
        }
        return false;
    }

    /** The idle gaps of every participant of these meetings, on the days of their slots. */
    private int gapsOf(List<Integer> chain) {
        int gaps = 0;
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (int r : chain) {
            for (int p : new int[] {problem.requests().get(r).a(), problem.requests().get(r).b()}) {
                int d = problem.day(slot[r]);
                if (seen.add((long) p * problem.days() + d)) {
                    gaps += gapsOf(p, d);
                }
            }
        }
        return gaps;
    }

    private int gapsOf(int p, int d) {
        int[] span = span(p, d);
        return span == null ? 0 : span[1] - span[0] + 1 - perDay[p][d];
    }

    /** The first and last slot of {@code p}'s meetings on day {@code d}; null on a day without any. */
    private int[] span(int p, int d) {
        int from = d * problem.slotsPerDay();
        int to = Math.min(slots, from + problem.slotsPerDay()) - 1;
        int first = -1;
        int last = -1;
        for (int s = from; s <= to; s++) {
            if (busy[p][s] >= 0) {
                if (first < 0) {
                    first = s;
                }
                last = s;
            }
        }
        return first < 0 ? null : new int[] {first, last};
    }

    /** Tables in each slot: the locked meetings keep theirs, the others take the free ones in order. */
    private void numberTables(int[] table) {
        boolean[][] taken = new boolean[slots][Math.max(problem.tables(), 1)];
        for (int r = 0; r < slot.length; r++) {
            if (slot[r] >= 0 && table[r] >= 0) {
                taken[slot[r]][table[r]] = true;
            }
        }
        int[] next = new int[slots];
        for (int r = 0; r < slot.length; r++) {
            if (slot[r] >= 0 && table[r] < 0) {
                int s = slot[r];
                while (taken[s][next[s]]) {
                    next[s]++;
                }
                table[r] = next[s];
                taken[s][next[s]] = true;
            }
        }
    }

    private Unplaced whyNot(int r) {
        MeetingProblem.Request request = problem.requests().get(r);
        int a = request.a();
        int b = request.b();
        if (total[a] >= problem.capacity(a) || total[b] >= problem.capacity(b)) {
            return Unplaced.PARTICIPANT_FULL;
        }
        boolean common = false;
        boolean tablesOnly = true;
        for (int s = 0; s < slots; s++) {
            if (problem.available()[a][s] && problem.available()[b][s]) {
                common = true;
                if (usable(a, s) && usable(b, s)) {
                    tablesOnly &= inSlot[s] >= problem.tables();
                } else {
                    tablesOnly = false;
                }
            }
        }
        if (!common) {
            return Unplaced.NO_COMMON_SLOT;
        }
        return tablesOnly ? Unplaced.TABLES_FULL : Unplaced.CONFLICT;
    }

    private boolean fits(int a, int b, int s) {
        return usable(a, s) && usable(b, s) && inSlot[s] < problem.tables();
    }

    /** Whether {@code p} can take a meeting in slot {@code s}: available, free, below their limits. */
    private boolean usable(int p, int s) {
        return problem.available()[p][s] && busy[p][s] < 0 && perDay[p][problem.day(s)] < problem.maxPerDay()[p]
                && total[p] < problem.maxMeetings()[p];
    }

    private void place(int r, int s) {
        if (attempts > 0) {
            journal.add(new int[] {r, s, 1});
        }
        MeetingProblem.Request request = problem.requests().get(r);
        slot[r] = s;
        for (int p : new int[] {request.a(), request.b()}) {
            busy[p][s] = r;
            perDay[p][problem.day(s)]++;
            total[p]++;
        }
        inSlot[s]++;
        reason[r] = null;
    }

    private void unplace(int r) {
        MeetingProblem.Request request = problem.requests().get(r);
        int s = slot[r];
        if (attempts > 0) {
            journal.add(new int[] {r, s, 0});
        }
        for (int p : new int[] {request.a(), request.b()}) {
            busy[p][s] = -1;
            perDay[p][problem.day(s)]--;
            total[p]--;
        }
        inSlot[s]--;
        slot[r] = -1;
    }
}
