package fr.ccibusiness.web.support;

import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.concurrent.atomic.AtomicBoolean;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.export.DataExporters;

/**
 * Every table's CSV export is {@link SpreadsheetSafeCsvExporter}: registered with PrimeFaces once, on
 * the first request Faces serves (declared in faces-config.xml). PrimeFaces' context cannot be made
 * earlier, while the application starts: Undertow refuses what it asks of the servlet context then.
 */
public class ExportersRegistration implements PhaseListener {

    private static final long serialVersionUID = 1L;
    private static final AtomicBoolean REGISTERED = new AtomicBoolean();

    @Override
    public void beforePhase(PhaseEvent event) {
        if (!REGISTERED.get()) {
            DataExporters.register(DataTable.class, SpreadsheetSafeCsvExporter.class, "csv");
            REGISTERED.set(true);
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // registered before
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }
}
