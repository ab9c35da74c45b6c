package fr.ccibusiness.web.dashboard;

import fr.ccibusiness.dashboard.Dashboard;
import fr.ccibusiness.dashboard.Dashboard.Chart;
import fr.ccibusiness.dashboard.DashboardScope;
import fr.ccibusiness.dashboard.DashboardService;
import fr.ccibusiness.dashboard.InvalidDashboardException;
import fr.ccibusiness.web.support.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * admin/dashboard.xhtml?scope=cci-3&amp;from=2025-12-01&amp;to=2026-11-30: a scope's activity over a
 * range of days (the last twelve months by default), in charts with their tables beside them. The scope
 * and range are in the address (bookmarkable); the service says who may see which scope.
 */
@Named
@ViewScoped
public class DashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject
    private DashboardService dashboards;

    private Map<DashboardScope, String> scopes;
    private String scope;
    private List<LocalDate> range = new ArrayList<>();
    private Dashboard dashboard;
    private final Map<String, String> configs = new HashMap<>();

    /** The page's view action: the scope and range of the address (a scope the caller may not see is "not found"). */
    public void load() {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        scopes = dashboards.scopes();
        DashboardScope asked = DashboardScope.parse(parameters.get("scope"));
        DashboardScope shown = asked != null ? asked : scopes.keySet().stream().findFirst().orElse(null);
        LocalDate to = day(parameters.get("to"), LocalDate.now(PARIS));
        LocalDate from = day(parameters.get("from"), to.minusYears(1).plusDays(1));
        range = new ArrayList<>(List.of(from, to));
        if (shown == null) {
            return;
        }
        scope = shown.key();
        try {
            dashboard = dashboards.dashboard(shown, from, to);
        } catch (InvalidDashboardException e) {
            Messages.fieldError("filter:range", e.messageKey());
        }
    }

    /** The scope and range chosen become the page's address. */
    public String apply() {
        if (range == null || range.size() != 2) {
            Messages.fieldError("filter:range", "dashboard.range.invalid");
            return null;
        }
        return "/admin/dashboard.xhtml?scope=" + scope + "&from=" + range.get(0) + "&to=" + range.get(1) + "&faces-redirect=true";
    }

    /** The chart's Chart.js configuration, its labels and series in the page's language. */
    public String config(Chart chart) {
        return configs.computeIfAbsent(chart.key(), key -> ChartConfig.of(chart, labels(chart),
                series -> Messages.text("dashboard.series." + series.key())));
    }

    /** The chart's labels as people read them: the periods' dates, or the names of what is counted. */
    public List<String> labels(Chart chart) {
        if (!chart.timeline()) {
            return chart.labels().stream().map(label -> Messages.text("dashboard.label." + label)).toList();
        }
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        DateTimeFormatter format = switch (dashboard.period()) {
            case DAY -> DateTimeFormatter.ofPattern("d MMM yyyy", locale);
            case WEEK -> DateTimeFormatter.ofPattern("'" + Messages.text("dashboard.weekOf") + "' d MMM yyyy", locale);
            case MONTH -> DateTimeFormatter.ofPattern("MMM yyyy", locale);
        };
        return chart.labels().stream().map(label -> format.format(LocalDate.parse(label))).toList();
    }

    private static LocalDate day(String text, LocalDate otherwise) {
        try {
            return text == null || text.isBlank() ? otherwise : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return otherwise;
        }
    }

    public Map<DashboardScope, String> getScopes() {
        return scopes;
    }

    /** A scope's name in the list: the platform, a CCI or a community, with its name. */
    public String scopeLabel(DashboardScope option) {
        return switch (option.kind()) {
            case PLATFORM -> Messages.text("dashboard.scope.platform");
            case CCI -> Messages.text("dashboard.scope.cci", scopes.get(option));
            case COMMUNITY -> Messages.text("dashboard.scope.community", scopes.get(option));
        };
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public List<LocalDate> getRange() {
        return range;
    }

    public void setRange(List<LocalDate> range) {
        this.range = range;
    }

    public Dashboard getDashboard() {
        return dashboard;
    }
}
