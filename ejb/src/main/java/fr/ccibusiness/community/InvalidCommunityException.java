package fr.ccibusiness.community;

import fr.ccibusiness.platform.BusinessException;

/** A community needs a kind, a name, a description and a join policy within their limits. */
public class InvalidCommunityException extends BusinessException {

    public InvalidCommunityException() {
        super("community.invalid");
    }
}
