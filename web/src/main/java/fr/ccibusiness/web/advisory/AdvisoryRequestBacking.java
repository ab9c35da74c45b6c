package fr.ccibusiness.web.advisory;

import fr.ccibusiness.advisory.AdvisoryDeskService;
import fr.ccibusiness.advisory.InvalidSupportException;
import fr.ccibusiness.advisory.RequestView;
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
import java.util.Map;

/**
 * advisor/request.xhtml?id=…: a request as its CCI works on it: take it or give it to a colleague,
 * start it, write to the member (with files), keep internal notes, close it done or declined with a
 * reason. The service answers "not found" for another CCI's request, whatever the address says.
 */
@Named
@ViewScoped
public class AdvisoryRequestBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AdvisoryDeskService desk;

    @Inject
    private Uploads uploads;

    private Long id;
    private RequestView detail;
    private Map<Long, String> advisors = Map.of();
    private Long advisorId;
    private String message;
    private transient List<Part> files = new ArrayList<>();
    private String note;
    private String reason;

    public void load() {
        detail = desk.request(id);
        advisors = desk.advisorsFor(id);
        if (advisorId == null) {
            advisorId = detail.advisorId();
        }
    }

    public void take() {
        act(() -> desk.assign(id, null), "assign", "support.taken");
    }

    public void assign() {
        if (advisorId == null) {
            Messages.fieldError("assign:advisor", "support.advisor.required");
            return;
        }
        act(() -> desk.assign(id, advisorId), "assign", "support.assigned");
    }

    public void start() {
        act(() -> desk.start(id), "steps", "support.started");
    }

    public void write() {
        try (SentFiles sent = SentFiles.of(files, uploads, "message:files")) {
            if (sent != null && act(() -> desk.write(id, message, sent.uploads()), "message", "support.message.sent")) {
                message = null;
            }
        } catch (InvalidFileException e) {
            SentFiles.refused(e.messageKey(), uploads, "message:files");
            load();
        }
    }

    public void addNote() {
        if (act(() -> desk.note(id, note), "note", "support.note.added")) {
            note = null;
        }
    }

    public void complete() {
        act(() -> desk.complete(id), "steps", "support.completed");
    }

    public void decline() {
        if (act(() -> desk.decline(id, reason), "decline", "support.declined")) {
            reason = null;
        }
    }

    /** Runs an action; a refused field keeps what was typed and gets the reason beside it. */
    private boolean act(Runnable action, String form, String doneKey) {
        boolean done = false;
        try {
            action.run();
            Messages.pageInfo(doneKey);
            done = true;
        } catch (InvalidSupportException e) {
            Messages.fieldError("state".equals(e.field()) ? null : form + ":" + e.field(), e.messageKey());
        }
        load();
        return done;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public RequestView getDetail() {
        return detail;
    }

    public Map<Long, String> getAdvisors() {
        return advisors;
    }

    public Long getAdvisorId() {
        return advisorId;
    }

    public void setAdvisorId(Long advisorId) {
        this.advisorId = advisorId;
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

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
