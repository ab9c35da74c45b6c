package fr.ccibusiness.web.support;

import fr.ccibusiness.platform.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

/**
 * The platform's limit on uploaded documents, for the pages that take them: shown before the upload,
 * checked by the page's script before sending, checked here on arrival, and by the file store while
 * it streams (which stops past the limit anyway).
 */
@Named
@ApplicationScoped
public class Uploads {

    @Inject
    private Settings settings;

    /** Whether there is an upload within the limit by its size; if not, the reason goes next to {@code fieldId}. */
    public boolean acceptable(Part part, String fieldId) {
        if (part == null || part.getSize() == 0) {
            Messages.fieldError(fieldId, "file.empty");
            return false;
        }
        if (part.getSize() > settings.documentMaxBytes()) {
            Messages.fieldError(fieldId, "file.tooLarge", settings.documentMaxMegabytes());
            return false;
        }
        return true;
    }

    public int getMaxMegabytes() {
        return settings.documentMaxMegabytes();
    }

    public long getMaxBytes() {
        return settings.documentMaxBytes();
    }

    public String getTooLargeMessage() {
        return Messages.text("file.tooLarge", settings.documentMaxMegabytes());
    }
}
