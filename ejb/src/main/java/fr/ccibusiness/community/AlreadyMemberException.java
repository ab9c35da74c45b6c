package fr.ccibusiness.community;

import fr.ccibusiness.platform.BusinessException;

/** The person is already a member of the community, or has asked already. */
public class AlreadyMemberException extends BusinessException {

    public AlreadyMemberException() {
        super("community.alreadyMember");
    }
}
