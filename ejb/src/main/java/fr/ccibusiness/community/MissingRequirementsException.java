package fr.ccibusiness.community;

import fr.ccibusiness.platform.BusinessException;
import java.util.List;

/** The person lacks fields the community requires: exactly which ones, so the page can say what to complete. */
public class MissingRequirementsException extends BusinessException {

    private final List<AdmissionRequirement> missing;

    public MissingRequirementsException(List<AdmissionRequirement> missing) {
        super("community.requirements.missing");
        this.missing = List.copyOf(missing);
    }

    public List<AdmissionRequirement> missing() {
        return missing;
    }
}
