package fr.ccibusiness.space;

import fr.ccibusiness.platform.BusinessException;

/** A title, text, link or file the space does not accept, with the reason to show next to the field. */
public class InvalidSpaceContentException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidSpaceContentException(String messageKey) {
        super(messageKey);
    }
}
