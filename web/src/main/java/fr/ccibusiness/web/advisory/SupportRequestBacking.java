package fr.ccibusiness.web.advisory;

import fr.ccibusiness.advisory.InvalidSupportException;
import fr.ccibusiness.advisory.RequestView;
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
 * support/request.xhtml?id=…: a member's request as they follow it: its state and dates, the messages
 * with the CCI (never its internal notes), a message to the CCI, withdrawal while it is new, and the
 * rating once it is done. Anyone else's request is not found (the service decides).
 */
@Named
@ViewScoped
public class SupportRequestBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SupportRequestService requests;

    @Inject
    private Uploads uploads;

    private Long id;
    private RequestView detail;
    private String reply;
    private transient List<Part> files = new ArrayList<>();
    private Integer rating;
    private String comment;

    public void load() {
        detail = requests.request(id);
    }

    public void write() {
        try (SentFiles sent = SentFiles.of(files, uploads, "reply:files")) {
            if (sent == null) {
                return;
            }
            requests.write(id, reply, sent.uploads());
            reply = null;
            Messages.pageInfo("support.message.sent");
        } catch (InvalidSupportException e) {
            fieldOrPage("reply", e);
        } catch (InvalidFileException e) {
            SentFiles.refused(e.messageKey(), uploads, "reply:files");
        }
        load();
    }

    public void withdraw() {
        Messages.outcome(() -> requests.withdraw(id), "support.request.withdrawn");
        load();
    }

    public void rate() {
        try {
            requests.rate(id, rating, comment);
            Messages.pageInfo("support.rated");
        } catch (InvalidSupportException e) {
            fieldOrPage("rate", e);
        }
        load();
    }

    private static void fieldOrPage(String form, InvalidSupportException e) {
        Messages.fieldError("state".equals(e.field()) ? null : form + ":" + e.field(), e.messageKey());
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

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }

    public List<Part> getFiles() {
        return files;
    }

    public void setFiles(List<Part> files) {
        this.files = files;
    }

    public Integer getRating() {
        return rating;
    }

    public void setRating(Integer rating) {
        this.rating = rating;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
