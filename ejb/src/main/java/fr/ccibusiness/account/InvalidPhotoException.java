package fr.ccibusiness.account;

import fr.ccibusiness.platform.BusinessException;

/** Not a JPEG or PNG image of at most 2 MB. */
public class InvalidPhotoException extends BusinessException {

    public InvalidPhotoException() {
        super("profile.photo.invalid");
    }
}
