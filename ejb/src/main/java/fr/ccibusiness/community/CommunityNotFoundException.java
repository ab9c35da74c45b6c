package fr.ccibusiness.community;

import fr.ccibusiness.platform.BusinessException;

/** No such community, or not one the caller may act on (told apart from nobody). */
public class CommunityNotFoundException extends BusinessException {

    public CommunityNotFoundException() {
        super("community.notFound");
    }
}
