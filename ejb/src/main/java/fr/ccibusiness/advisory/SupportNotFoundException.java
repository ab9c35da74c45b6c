package fr.ccibusiness.advisory;

import fr.ccibusiness.platform.BusinessException;

/** A service, request or file that does not exist for the caller: never told apart from one of another CCI or person. */
public class SupportNotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public SupportNotFoundException() {
        super("support.notFound");
    }
}
