package fr.ccibusiness.newsletter;

import fr.ccibusiness.platform.BusinessException;

/**
 * A draft saved from a form read before another animator's save: saving it would silently replace
 * their text. Carries the subject they saved and the version to save over, if the person chooses to.
 */
public class NewsletterChangedMeanwhileException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final String currentSubject;
    private final long currentVersion;

    NewsletterChangedMeanwhileException(String currentSubject, long currentVersion) {
        super("newsletter.changedMeanwhile");
        this.currentSubject = currentSubject;
        this.currentVersion = currentVersion;
    }

    public String currentSubject() {
        return currentSubject;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
