package fr.ccibusiness.platform;

/** A file over the size its use allows; stopped as soon as it went past it. */
public class FileTooLargeException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public FileTooLargeException() {
        super("file.tooLarge");
    }
}
