package fr.ccibusiness.account;

import fr.ccibusiness.platform.BusinessException;

/** Registration needs consent to the privacy policy. */
public class ConsentRequiredException extends BusinessException {

    public ConsentRequiredException() {
        super("registration.consent.required");
    }
}
