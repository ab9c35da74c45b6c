package fr.ccibusiness.meeting;

import java.util.Arrays;

/**
 * The scheduler's answer: per request (by its index), its slot and table, or why it was not placed.
 */
public record MeetingSchedule(int[] slot, int[] table, Unplaced[] reason) {

    /** Why a request has no meeting. */
    public enum Unplaced {
        /** One side has as many meetings as their limits (or available slots) allow. */
        PARTICIPANT_FULL,
        /** The two sides have no slot they can both attend. */
        NO_COMMON_SLOT,
        /** Every slot both can attend is taken by another meeting of one of them, and no exchange freed one. */
        CONFLICT,
        /** Every table is taken in every slot both could use. */
        TABLES_FULL,
        /** A locked meeting one side can no longer attend, or that clashes with another locked one: reported, kept out. */
        LOCKED_CONFLICT
    }

    public boolean placed(int request) {
        return slot[request] >= 0;
    }

    public int meetings() {
        return (int) Arrays.stream(slot).filter(s -> s >= 0).count();
    }

    /**
     * Idle slots of each participant: per day, the free slots between their first and their last
     * meeting; the sum over days, per participant.
     */
    public int[] idleGaps(MeetingProblem problem) {
        int[][] first = new int[problem.participants()][problem.days()];
        int[][] last = new int[problem.participants()][problem.days()];
        int[][] count = new int[problem.participants()][problem.days()];
        for (int[] row : first) {
            Arrays.fill(row, Integer.MAX_VALUE);
        }
        for (int r = 0; r < slot.length; r++) {
            if (slot[r] >= 0) {
                int d = problem.day(slot[r]);
                for (int p : new int[] {problem.requests().get(r).a(), problem.requests().get(r).b()}) {
                    first[p][d] = Math.min(first[p][d], slot[r]);
                    last[p][d] = Math.max(last[p][d], slot[r]);
                    count[p][d]++;
                }
            }
        }
        int[] gaps = new int[problem.participants()];
        for (int p = 0; p < gaps.length; p++) {
            for (int d = 0; d < problem.days(); d++) {
                if (count[p][d] > 0) {
                    gaps[p] += last[p][d] - first[p][d] + 1 - count[p][d];
                }
            }
        }
        return gaps;
    }
}
