package fr.ccibusiness.company;

import fr.ccibusiness.platform.BusinessException;
import java.util.List;

/**
 * A save refused because someone else saved the record after the form was read: applying the whole
 * form would silently put back what they changed. Carries their changes, for the person to see.
 */
public class CompanyChangedMeanwhileException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final transient List<CompanyChange> changes;
    private final long currentVersion;

    CompanyChangedMeanwhileException(List<CompanyChange> changes, long currentVersion) {
        super("company.changedMeanwhile");
        this.changes = List.copyOf(changes);
        this.currentVersion = currentVersion;
    }

    /** What the others changed since the form was read, oldest first. */
    public List<CompanyChange> changes() {
        return changes;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
