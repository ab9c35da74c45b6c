package fr.ccibusiness.dashboard;

import fr.ccibusiness.platform.BusinessException;

/** No such scope, or one the caller may not look at: the same answer. */
public class DashboardNotFoundException extends BusinessException {

    public DashboardNotFoundException() {
        super("dashboard.notFound");
    }
}
