package fr.ccibusiness.advisory;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a CCI's services are received: per service, the number of requests, the ratings' count and
 * average, and the time to the first answer in working days (median and 90th percentile, over the
 * requests answered); per advisor, their ratings' count and average.
 */
public record SatisfactionReport(List<OfferLine> offers, List<AdvisorLine> advisors) implements Serializable {

    public record OfferLine(long offerId, String title, int requests, int ratings, Double averageRating, int answered,
                            Double medianDays, Double p90Days) implements Serializable {
    }

    public record AdvisorLine(String advisor, int requests, int ratings, Double averageRating) implements Serializable {
    }

    /** From rows of (offer id, offer title, advisor id, rating, submitted at, first answered at). */
    static SatisfactionReport of(List<Object[]> rows, Map<Long, String> advisorNames) {
        Map<Long, List<Object[]>> byOffer = new TreeMap<>();
        Map<String, List<Object[]>> byAdvisor = new TreeMap<>();
        for (Object[] row : rows) {
            byOffer.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(row);
            if (row[2] != null) {
                byAdvisor.computeIfAbsent(advisorNames.getOrDefault((Long) row[2], "—"), k -> new ArrayList<>()).add(row);
            }
        }
        List<OfferLine> offers = new ArrayList<>();
        byOffer.forEach((id, lines) -> {
            List<Integer> ratings = ratings(lines);
            List<Double> days = lines.stream().filter(r -> r[5] != null)
                    .map(r -> WorkingDays.between((Instant) r[4], (Instant) r[5])).sorted().toList();
            offers.add(new OfferLine(id, (String) lines.get(0)[1], lines.size(), ratings.size(), average(ratings), days.size(),
                    percentile(days, 50), percentile(days, 90)));
        });
        offers.sort(Comparator.comparing(OfferLine::title));
        List<AdvisorLine> advisors = new ArrayList<>();
        byAdvisor.forEach((name, lines) -> {
            List<Integer> ratings = ratings(lines);
            advisors.add(new AdvisorLine(name, lines.size(), ratings.size(), average(ratings)));
        });
        return new SatisfactionReport(offers, advisors);
    }

    private static List<Integer> ratings(List<Object[]> lines) {
        return lines.stream().filter(r -> r[3] != null).map(r -> ((Number) r[3]).intValue()).toList();
    }

    private static Double average(List<Integer> values) {
        return values.isEmpty() ? null : values.stream().mapToInt(Integer::intValue).average().orElseThrow();
    }

    /** The nearest-rank percentile of sorted values (null when there are none). */
    static Double percentile(List<Double> sorted, int percent) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
