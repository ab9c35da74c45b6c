package fr.ccibusiness.batch.console;

import java.util.Date;

/** One step of an execution, as the console shows it: its state and counts. */
public record StepView(String name, String status, Date start, Date end, long read, long written, long skipped) {
}
