package fr.ccibusiness.consultation;

import fr.ccibusiness.platform.BusinessException;

/** An attempt to read a response before the consultation was opened after its deadline: refused, whoever asks. */
public class ResponsesSealedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ResponsesSealedException() {
        super("response.sealed");
    }
}
