package fr.ccibusiness.batch.console;

import java.util.List;

/** A batch job of the platform with its latest executions, newest first; whether the console may start it. */
public record JobView(String name, boolean startable, List<ExecutionView> executions) {

    public boolean isRunning() {
        return executions.stream().anyMatch(ExecutionView::isRunning);
    }
}
