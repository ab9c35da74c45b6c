package fr.ccibusiness.web.dpo;

import fr.ccibusiness.batch.retention.RetentionRunView;
import fr.ccibusiness.batch.retention.RetentionService;
import fr.ccibusiness.platform.BusinessException;
import fr.ccibusiness.platform.Settings;
import fr.ccibusiness.web.support.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** dpo/retention.xhtml: the runs of the retention job; administrators start, stop and resume them. */
@Named
@ViewScoped
public class RetentionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RetentionService retention;

    @Inject
    private Settings settings;

    private List<RetentionRunView> runs;
    private long warningsNotSent;

    @PostConstruct
    void load() {
        runs = retention.latestRuns();
        warningsNotSent = retention.warningsNotSent();
    }

    public long getWarningsNotSent() {
        return warningsNotSent;
    }

    public void runNow() {
        act(() -> retention.runNow(), "retention.started");
    }

    public void stop(long executionId) {
        act(() -> retention.stop(executionId), "retention.stopping");
    }

    public void resume(long executionId) {
        act(() -> retention.resume(executionId), "retention.resumed");
    }

    public void refresh() {
        load();
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Messages.pageInfo(doneKey);
        } catch (BusinessException e) {
            Messages.pageError(e.messageKey());
        }
        load();
    }

    public List<RetentionRunView> getRuns() {
        return runs;
    }

    public int getInactiveMonths() {
        return settings.retentionInactiveMonths();
    }

    public int getWarningDays() {
        return settings.retentionWarningDays();
    }

    public int getUnverifiedDays() {
        return settings.retentionUnverifiedDays();
    }

    public int getConnectionLogMonths() {
        return settings.retentionConnectionLogMonths();
    }
}
