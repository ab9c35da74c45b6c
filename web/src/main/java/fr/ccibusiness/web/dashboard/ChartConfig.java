package fr.ccibusiness.web.dashboard;

import fr.ccibusiness.dashboard.Dashboard.Chart;
import fr.ccibusiness.dashboard.Dashboard.Series;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.function.Function;

/**
 * A chart as the configuration Chart.js reads (PrimeFaces' {@code p:chart} takes it as JSON), written
 * with JSON-P: labels and series already translated, colours of sufficient contrast, no animation.
 */
final class ChartConfig {

    /** Colours told apart by people with the commoner colour blindnesses (Okabe–Ito), dark enough on white. */
    private static final List<String> COLOURS = List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9");

    private ChartConfig() {
    }

    static String of(Chart chart, List<String> labels, Function<Series, String> seriesName) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        int i = 0;
        for (Series series : chart.series()) {
            String colour = COLOURS.get(i++ % COLOURS.size());
            JsonArrayBuilder data = Json.createArrayBuilder();
            series.values().forEach(data::add);
            JsonObjectBuilder dataset = Json.createObjectBuilder().add("label", seriesName.apply(series)).add("data", data)
                    .add("borderColor", colour).add("backgroundColor", "line".equals(chart.type()) ? colour : colour + "CC");
            if ("line".equals(chart.type())) {
                dataset.add("fill", false).add("tension", 0.2).add("pointRadius", labels.size() > 60 ? 0 : 2);
            }
            datasets.add(dataset);
        }
        JsonArrayBuilder labelArray = Json.createArrayBuilder();
        labels.forEach(labelArray::add);
        return Json.createObjectBuilder()
                .add("type", chart.type())
                .add("data", Json.createObjectBuilder().add("labels", labelArray).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("animation", false)
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("position", "bottom")))
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }
}
