package fr.ccibusiness.web.dpo;

import fr.ccibusiness.platform.BusinessException;
import fr.ccibusiness.rights.InvalidRightsRequestException;
import fr.ccibusiness.rights.RequestDetail;
import fr.ccibusiness.rights.RightsRequest;
import fr.ccibusiness.rights.RightsRequestService;
import fr.ccibusiness.web.support.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** dpo/requests.xhtml: the DPO's queue of rights requests, and the request being worked. */
@Named
@ViewScoped
public class RightsQueueBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RightsRequestService requests;

    private boolean withClosed;
    private List<RightsRequest> queue;
    private LocalDate today;
    private RequestDetail selected;
    private int extensionMonths = 2;
    private String extensionReason;
    private String reply;
    private boolean closeWithReply = true;
    private String lastName;
    private String firstName;

    @PostConstruct
    void load() {
        today = requests.today();
        queue = requests.queue(withClosed);
    }

    public void open(long requestId) {
        selected = requests.detail(requestId);
        lastName = selected.request().getLastName();
        firstName = selected.request().getFirstName();
        extensionReason = null;
        reply = null;
    }

    public void filter() {
        load();
    }

    /** Before the exporter reads the table: the queue is read again as an export, which the service audits. */
    public void exportStarts(String format) {
        queue = requests.exportQueue(withClosed, format);
    }

    /** After the export is written (the exporter's post-processor). */
    public void exportEnds(Object document) {
        // the queue read for the export is the one shown
    }

    public void extend() {
        act(() -> requests.extend(id(), extensionMonths, extensionReason), "rights.dpo.extended", "requests:reason");
    }

    public void rectify() {
        act(() -> requests.rectifyNames(id(), lastName, firstName), "rights.dpo.rectified", "requests:lastName");
    }

    public void erase() {
        act(() -> requests.erase(id()), "rights.dpo.erased", null);
    }

    public void answer() {
        act(() -> requests.reply(id(), reply, closeWithReply), "rights.dpo.replied", "requests:reply");
    }

    public void sendDigest() {
        int open = requests.sendDigest();
        Messages.pageInfo("rights.dpo.digestSent", open);
    }

    private void act(Runnable action, String doneKey, String field) {
        long id = id();
        try {
            action.run();
            Messages.pageInfo(doneKey);
            load();
            open(id);
        } catch (InvalidRightsRequestException e) {
            Messages.fieldError(field, e.messageKey());
        } catch (BusinessException e) {
            if (field == null) {
                Messages.pageError(e.messageKey());
            } else {
                Messages.fieldError(field, e.messageKey());
            }
        }
    }

    private long id() {
        return selected.request().getId();
    }

    public boolean overdue(RightsRequest request) {
        return request.isOverdue(today);
    }

    public long daysLeft(RightsRequest request) {
        return request.daysLeft(today);
    }

    public String rowClass(RightsRequest request) {
        return request.isOverdue(today) ? "overdue" : null;
    }

    public List<RightsRequest> getQueue() {
        return queue;
    }

    public RequestDetail getSelected() {
        return selected;
    }

    public boolean isWithClosed() {
        return withClosed;
    }

    public void setWithClosed(boolean withClosed) {
        this.withClosed = withClosed;
    }

    public int getExtensionMonths() {
        return extensionMonths;
    }

    public void setExtensionMonths(int extensionMonths) {
        this.extensionMonths = extensionMonths;
    }

    public String getExtensionReason() {
        return extensionReason;
    }

    public void setExtensionReason(String extensionReason) {
        this.extensionReason = extensionReason;
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }

    public boolean isCloseWithReply() {
        return closeWithReply;
    }

    public void setCloseWithReply(boolean closeWithReply) {
        this.closeWithReply = closeWithReply;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }
}
