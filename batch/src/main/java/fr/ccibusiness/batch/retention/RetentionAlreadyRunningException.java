package fr.ccibusiness.batch.retention;

import fr.ccibusiness.platform.BusinessException;

/** A retention run is under way: it is not started twice. */
public class RetentionAlreadyRunningException extends BusinessException {

    public RetentionAlreadyRunningException() {
        super("retention.alreadyRunning");
    }
}
