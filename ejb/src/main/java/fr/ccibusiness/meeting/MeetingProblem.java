package fr.ccibusiness.meeting;

import java.util.Arrays;
import java.util.List;

/**
 * What the scheduler of a meeting session places: participants (numbered from 0), each with the slots
 * they can attend and their limits; slots numbered from 0 in time order, {@code slotsPerDay} a day;
 * a number of tables per slot; the accepted requests, each between two participants, must-meet or
 * not; and the meetings the organiser locked (published), which keep their slot and table.
 *
 * @param buyer       per participant: a buyer (else a supplier); requests mostly join one of each
 * @param available   per participant, per slot: whether they can attend it
 * @param maxMeetings per participant: the most meetings in the whole session
 * @param maxPerDay   per participant: the most meetings in one day
 */
public record MeetingProblem(int slots, int slotsPerDay, int tables, boolean[] buyer, boolean[][] available, int[] maxMeetings,
                             int[] maxPerDay, List<Request> requests, List<Locked> locked) {

    /** An accepted request between participants {@code a} and {@code b}. */
    public record Request(int a, int b, boolean mustMeet) {
    }

    /** A meeting the organiser locked: request number (its index), slot and table. */
    public record Locked(int request, int slot, int table) {
    }

    public MeetingProblem {
        if (slots <= 0 || slotsPerDay <= 0 || tables < 0) {
            throw new IllegalArgumentException("A session needs slots and tables");
        }
        if (available.length != maxMeetings.length || available.length != maxPerDay.length || available.length != buyer.length) {
            throw new IllegalArgumentException("One availability row and one pair of limits per participant");
        }
        for (boolean[] row : available) {
            if (row.length != slots) {
                throw new IllegalArgumentException("One availability per slot");
            }
        }
        for (Request request : requests) {
            if (request.a() == request.b() || request.a() < 0 || request.b() < 0 || request.a() >= available.length
                    || request.b() >= available.length) {
                throw new IllegalArgumentException("A request between two different participants: " + request);
            }
        }
        requests = List.copyOf(requests);
        locked = List.copyOf(locked);
    }

    /** Everyone available everywhere, the same limits for all. */
    public static boolean[][] allAvailable(int participants, int slots) {
        boolean[][] available = new boolean[participants][slots];
        for (boolean[] row : available) {
            Arrays.fill(row, true);
        }
        return available;
    }

    public int participants() {
        return available.length;
    }

    public int day(int slot) {
        return slot / slotsPerDay;
    }

    public int days() {
        return (slots + slotsPerDay - 1) / slotsPerDay;
    }

    /** The most meetings participant {@code p} can have: their limit, their available slots, their days' limits. */
    public int capacity(int p) {
        int[] perDay = new int[days()];
        for (int s = 0; s < slots; s++) {
            if (available[p][s]) {
                perDay[day(s)]++;
            }
        }
        int byDays = 0;
        for (int count : perDay) {
            byDays += Math.min(count, maxPerDay[p]);
        }
        return Math.min(maxMeetings[p], byDays);
    }
}
