package fr.ccibusiness.web.advisory;

import fr.ccibusiness.advisory.AdvisoryDeskService;
import fr.ccibusiness.advisory.QueueFilter;
import fr.ccibusiness.advisory.SupportStatus;
import fr.ccibusiness.web.support.ExportedTable;
import fr.ccibusiness.web.support.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;

/**
 * advisor/queue.xhtml?status=…&amp;offer=…&amp;advisor=…&amp;overdue=true: the CCI's work queue, filtered
 * by the address (bookmarkable), paged and sorted by the database, exported as filtered (CSV, Excel:
 * an export the service audits); overdue requests stand out. The service keeps each of the CCI's staff to their own CCI.
 */
@Named
@ViewScoped
public class AdvisoryQueueBacking implements ExportedTable, Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AdvisoryDeskService desk;

    private QueueFilter filter;
    private QueueModel model;
    private Map<String, Map<Long, String>> choices;
    private long myId;

    @PostConstruct
    void init() {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        filter = QueueParameters.read(parameters::get);
        model = new QueueModel(desk, filter);
        choices = desk.choices();
        myId = desk.myId();
    }

    public void sendMyDigest() {
        Messages.pageInfo(desk.sendMyDigest() ? "support.digest.sent" : "support.digest.nothing");
    }

    /** The caller's account id: the "my requests" link filters the queue on it. */
    public long getMyId() {
        return myId;
    }

    public QueueFilter getFilter() {
        return filter;
    }

    public QueueModel getModel() {
        return model;
    }

    @Override
    public QueueModel exportedList() {
        return model;
    }

    public SupportStatus[] getStatuses() {
        return SupportStatus.values();
    }

    /** The status chosen in the filter: OPEN, one state's name, or "" for all. */
    public String getStatus() {
        return QueueParameters.status(filter.statuses());
    }

    public Map<Long, String> getCcis() {
        return choices.get("c");
    }

    public Map<Long, String> getOffers() {
        return choices.get("o");
    }

    public Map<Long, String> getAdvisors() {
        return choices.get("a");
    }
}
