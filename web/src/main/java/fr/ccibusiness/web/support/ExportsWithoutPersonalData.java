package fr.ccibusiness.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The exporter of /WEB-INF/includes/exports.xhtml for a table that names nobody (counts, runs of a job):
 * its export is not an access to anyone's data, so nothing is audited.
 */
@Named
@ApplicationScoped
public class ExportsWithoutPersonalData {

    public void exportStarts(String format) {
        // nobody's data: nothing to audit
    }

    public void exportEnds(Object document) {
        // nothing to undo
    }
}
