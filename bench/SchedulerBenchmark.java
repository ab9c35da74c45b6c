import fr.ccibusiness.meeting.MeetingProblem;
import fr.ccibusiness.meeting.MeetingSchedule;
import fr.ccibusiness.meeting.MeetingScheduler;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The meeting scheduler on convention-sized instances (issue 17), run by bench/scheduler-benchmark.sh:
 * 3,000 participants (500 buyers, 2,500 suppliers), 15,000 accepted requests whose buyers are drawn
 * from a skewed (Zipf) distribution, so that a few buyers are asked by hundreds and their limits bind;
 * 32 slots (two days of 16), 600 tables, at most 16 meetings a day. Three instances: buyer–supplier
 * only; the same with 20 % of each person's slots unavailable; a tenth of the requests between
 * suppliers. Prints, per instance, the upper bound, the meetings placed and their ratio, the idle gaps
 * (average and worst per participant), the time, and the same for a first-fit greedy baseline.
 */
public class SchedulerBenchmark {

    public static void main(String[] args) {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 2026;
        long gapMillis = args.length > 1 ? Long.parseLong(args[1]) : 1500;
        run("buyer-supplier", instance(seed, 0, 0), gapMillis);
        run("20% unavailable", instance(seed, 0.2, 0), gapMillis);
        run("10% supplier-supplier", instance(seed, 0, 0.1), gapMillis);
    }

    static MeetingProblem instance(long seed, double unavailable, double supplierPairs) {
        Random random = new Random(seed);
        int buyers = 500;
        int participants = 3000;
        int slots = 32;
        boolean[] buyer = new boolean[participants];
        boolean[][] available = MeetingProblem.allAvailable(participants, slots);
        int[] max = new int[participants];
        int[] perDay = new int[participants];
        for (int p = 0; p < participants; p++) {
            buyer[p] = p < buyers;
            max[p] = slots;
            perDay[p] = 16;
            for (int s = 0; s < slots; s++) {
                available[p][s] = random.nextDouble() >= unavailable;
            }
        }
        // Zipf weights over the buyers: the first ones are asked far more than the last.
        double[] cumulative = new double[buyers];
        double sum = 0;
        for (int b = 0; b < buyers; b++) {
            sum += 1.0 / Math.pow(b + 1, 0.5);
            cumulative[b] = sum;
        }
        List<MeetingProblem.Request> requests = new ArrayList<>();
        Set<Long> pairs = new HashSet<>();
        while (requests.size() < 15_000) {
            int a;
            int b = buyers + random.nextInt(participants - buyers);
            if (random.nextDouble() < supplierPairs) {
                a = buyers + random.nextInt(participants - buyers);
            } else {
                int index = Arrays.binarySearch(cumulative, random.nextDouble() * sum);
                a = index >= 0 ? index : -index - 1;
            }
            if (a != b && pairs.add((long) Math.min(a, b) * participants + Math.max(a, b))) {
                requests.add(new MeetingProblem.Request(a, b, random.nextDouble() < 0.3));
            }
        }
        return new MeetingProblem(slots, 16, 600, buyer, available, max, perDay, requests, List.of());
    }

    static void run(String name, MeetingProblem problem, long gapMillis) {
        long started = System.nanoTime();
        long bound = MeetingScheduler.upperBound(problem);
        double boundSeconds = (System.nanoTime() - started) / 1e9;
        int[] asked = new int[problem.participants()];
        problem.requests().forEach(r -> {
            asked[r.a()]++;
            asked[r.b()]++;
        });
        started = System.nanoTime();
        MeetingSchedule schedule = MeetingScheduler.schedule(problem, gapMillis);
        double seconds = (System.nanoTime() - started) / 1e9;
        started = System.nanoTime();
        MeetingSchedule greedy = MeetingScheduler.firstFit(problem);
        double greedySeconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("%-22s requests %,d (the most asked: %d, capacity %d); upper bound %,d (%.1f s)%n", name,
                problem.requests().size(), Arrays.stream(asked).max().orElse(0), problem.capacity(0), bound, boundSeconds);
        System.out.printf("  scheduler : %,d meetings, %.2f %% of the bound, must-meet %,d, idle gaps %.2f avg / %d worst, %.2f s%n",
                schedule.meetings(), 100.0 * schedule.meetings() / bound, mustMeet(problem, schedule),
                average(schedule.idleGaps(problem)), Arrays.stream(schedule.idleGaps(problem)).max().orElse(0), seconds);
        System.out.printf("  first fit : %,d meetings, %.2f %% of the bound, must-meet %,d, idle gaps %.2f avg / %d worst, %.2f s%n",
                greedy.meetings(), 100.0 * greedy.meetings() / bound, mustMeet(problem, greedy),
                average(greedy.idleGaps(problem)), Arrays.stream(greedy.idleGaps(problem)).max().orElse(0), greedySeconds);
    }

    static int mustMeet(MeetingProblem problem, MeetingSchedule schedule) {
        int count = 0;
        for (int r = 0; r < problem.requests().size(); r++) {
            count += schedule.placed(r) && problem.requests().get(r).mustMeet() ? 1 : 0;
        }
        return count;
    }

    static double average(int[] values) {
        return Arrays.stream(values).average().orElse(0);
    }
}
