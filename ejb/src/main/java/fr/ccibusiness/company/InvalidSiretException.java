package fr.ccibusiness.company;

import fr.ccibusiness.platform.BusinessException;

/** The SIRET is not 14 digits with valid check digits. */
public class InvalidSiretException extends BusinessException {

    public InvalidSiretException() {
        super("company.siret.invalid");
    }
}
