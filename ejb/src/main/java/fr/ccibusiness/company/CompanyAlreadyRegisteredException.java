package fr.ccibusiness.company;

import fr.ccibusiness.platform.BusinessException;

/**
 * The SIRET belongs to a company already on the platform: nobody takes over its record by typing
 * its number; the person may ask to join it instead.
 */
public class CompanyAlreadyRegisteredException extends BusinessException {

    private final String siret;

    public CompanyAlreadyRegisteredException(String siret) {
        super("company.siret.taken");
        this.siret = siret;
    }

    public String siret() {
        return siret;
    }
}
