package fr.ccibusiness.company;

import fr.ccibusiness.platform.BusinessException;

/** No such company for this person: missing, or not theirs to see (told apart from nobody). */
public class CompanyNotFoundException extends BusinessException {

    public CompanyNotFoundException() {
        super("company.notFound");
    }
}
