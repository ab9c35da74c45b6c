package fr.ccibusiness.dashboard;

import fr.ccibusiness.platform.BusinessException;

/** A range that does not read: its end before its start, or longer than a dashboard covers. */
public class InvalidDashboardException extends BusinessException {

    public InvalidDashboardException() {
        super("dashboard.range.invalid");
    }
}
