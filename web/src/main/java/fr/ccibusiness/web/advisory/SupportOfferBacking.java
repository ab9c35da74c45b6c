package fr.ccibusiness.web.advisory;

import fr.ccibusiness.advisory.InvalidSupportException;
import fr.ccibusiness.advisory.OfferDetail;
import fr.ccibusiness.advisory.SupportCatalogueService;
import fr.ccibusiness.advisory.SupportRequestService;
import fr.ccibusiness.platform.InvalidFileException;
import fr.ccibusiness.web.support.Messages;
import fr.ccibusiness.web.support.Uploads;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * service.xhtml?id=…: a service of a CCI's catalogue and, for a member it is open to, the request
 * form (which company, a message, files). A refused field keeps what was typed.
 */
@Named
@ViewScoped
public class SupportOfferBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SupportCatalogueService catalogue;

    @Inject
    private SupportRequestService requests;

    @Inject
    private Uploads uploads;

    private Long id;
    private OfferDetail detail;
    private Long companyId;
    private String message;
    private transient List<Part> files = new ArrayList<>();

    public void load() {
        detail = catalogue.offer(id);
        if (companyId == null && detail.companies().size() == 1) {
            companyId = detail.companies().keySet().iterator().next();
        }
    }

    /** Sends the request; the page then moves to it. */
    public String submit() {
        try (SentFiles sent = SentFiles.of(files, uploads, "request:files")) {
            if (sent == null) {
                return null;
            }
            long created = requests.submit(id, companyId, message, sent.uploads());
            Messages.flashInfo("support.request.sent");
            return "/support/request?faces-redirect=true&id=" + created;
        } catch (InvalidSupportException e) {
            // The service's state or audience are the page's business; a field's refusal goes next to it.
            boolean page = "state".equals(e.field()) || "offer".equals(e.field());
            Messages.fieldError(page ? null : "request:" + e.field(), e.messageKey());
        } catch (InvalidFileException e) {
            SentFiles.refused(e.messageKey(), uploads, "request:files");
        }
        return null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public OfferDetail getDetail() {
        return detail;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public void setCompanyId(Long companyId) {
        this.companyId = companyId;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public List<Part> getFiles() {
        return files;
    }

    public void setFiles(List<Part> files) {
        this.files = files;
    }
}
