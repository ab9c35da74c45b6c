package fr.ccibusiness.directory;

import fr.ccibusiness.platform.BusinessException;

/** No such person for this searcher: missing, hidden, or sharing no community (told apart from nobody). */
public class PersonNotFoundException extends BusinessException {

    public PersonNotFoundException() {
        super("directory.person.notFound");
    }
}
