package fr.ccibusiness.platform;

/** An uploaded file the platform does not take (empty, of a type it does not accept, too large), with the reason to show. */
public class InvalidFileException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidFileException(String messageKey) {
        super(messageKey);
    }
}
