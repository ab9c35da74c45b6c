package fr.ccibusiness.web.consultation;

import fr.ccibusiness.account.Role.Names;
import fr.ccibusiness.consultation.BuyerConsultationService;
import fr.ccibusiness.consultation.ConsultationDetail;
import fr.ccibusiness.consultation.ConsultationForm;
import fr.ccibusiness.consultation.InvalidConsultationException;
import fr.ccibusiness.consultation.JournalCheck;
import fr.ccibusiness.consultation.JournalLine;
import fr.ccibusiness.consultation.OpenedResponses;
import fr.ccibusiness.consultation.OpeningService;
import fr.ccibusiness.consultation.QuestionService;
import fr.ccibusiness.consultation.QuestionView;
import fr.ccibusiness.consultation.ValueBand;
import fr.ccibusiness.platform.BusinessException;
import fr.ccibusiness.web.support.Messages;
import fr.ccibusiness.web.support.Uploads;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * buyer/consultation.xhtml?id=…: a consultation as its organisation's buyers run it (a new draft
 * without id): what it says, its audience and deadlines, its tender documents, publication,
 * cancellation and its journal. An administrator reads it and its journal. The service checks that the
 * consultation is the caller's organisation's, whatever the address says.
 */
@Named
@ViewScoped
public class BuyerConsultationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private BuyerConsultationService service;

    @Inject
    private OpeningService opening;

    @Inject
    private QuestionService questionService;

    @Inject
    private Uploads uploads;

    private Long id;
    private ConsultationForm form = new ConsultationForm();
    private ConsultationDetail detail;
    private List<JournalLine> journal = List.of();
    private JournalCheck check;
    private OpenedResponses responses;
    private List<QuestionView> questions = List.of();
    private Long answerTo;
    private String answer;
    private boolean answerToAll = true;
    private List<Long> winners = new ArrayList<>();
    private Map<Long, String> communities = Map.of();
    private String cancelReason;
    private String documentTitle;
    private transient Part documentFile;
    private Long versionOf;
    private transient Part versionFile;

    public void load() {
        if (buyer()) {
            communities = service.publishableCommunities();
        }
        if (id != null) {
            detail = service.consultation(id);
            journal = service.journal(id);
            if (buyer()) {
                form = service.form(id);
                responses = opening.responses(id);
                questions = questionService.all(id);
            }
        }
    }

    /** Saves the form: a new draft (then the page moves to its address), or the changes of this one. */
    public String save() {
        try {
            if (id == null) {
                long created = service.createDraft(form);
                Messages.flashInfo("consultation.created");
                return "/buyer/consultation?faces-redirect=true&id=" + created;
            }
            service.describe(id, form);
            Messages.pageInfo("consultation.saved");
            reload();
        } catch (InvalidConsultationException e) {
            refuse(e);
        }
        return null;
    }

    public void publish() {
        act(() -> service.publish(id), "consultation.published");
    }

    public void cancel() {
        if (act(() -> service.cancel(id, cancelReason), "consultation.cancelled")) {
            cancelReason = null;
        }
    }

    public void uploadDocument() throws IOException {
        if (uploads.acceptable(documentFile, "document:file")) {
            try (InputStream content = documentFile.getInputStream()) {
                if (act(() -> service.addDocument(id, documentTitle, documentFile.getSubmittedFileName(), content),
                        "consultation.document.added", "document:file")) {
                    documentTitle = null;
                }
            }
        }
    }

    public void uploadVersion() throws IOException {
        if (versionOf != null && uploads.acceptable(versionFile, "version:file")) {
            try (InputStream content = versionFile.getInputStream()) {
                act(() -> service.addVersion(versionOf, versionFile.getSubmittedFileName(), content), "consultation.version.added",
                        "version:file");
            }
        }
    }

    /** Answers the chosen question, to its asker or to all candidates. */
    public void answerQuestion() {
        try {
            questionService.answer(answerTo == null ? -1 : answerTo, answer, answerToAll);
            Messages.pageInfo(answerToAll ? "question.answeredAll" : "question.answered");
            answer = null;
            answerTo = null;
        } catch (InvalidConsultationException e) {
            Messages.fieldError("answer:text", e.messageKey());
        } finally {
            reload();
        }
    }

    /** The questions still waiting for an answer, to choose one. */
    public List<QuestionView> getUnanswered() {
        return questions.stream().filter(q -> q.answer() == null).toList();
    }

    public List<QuestionView> getQuestions() {
        return questions;
    }

    public Long getAnswerTo() {
        return answerTo;
    }

    public void setAnswerTo(Long answerTo) {
        this.answerTo = answerTo;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public boolean isAnswerToAll() {
        return answerToAll;
    }

    public void setAnswerToAll(boolean answerToAll) {
        this.answerToAll = answerToAll;
    }

    /** Awards the consultation to the responses ticked; every candidate is told. */
    public void award() {
        try {
            opening.award(id, winners);
            Messages.pageInfo("award.done");
        } catch (InvalidConsultationException e) {
            Messages.fieldError("award:winners", e.messageKey());
        } finally {
            reload();
        }
    }

    public List<Long> getWinners() {
        return winners;
    }

    public void setWinners(List<Long> winners) {
        this.winners = winners == null ? new ArrayList<>() : new ArrayList<>(winners);
    }

    /** Opens the responses, once the deadline has passed. */
    public void openResponses() {
        act(() -> opening.open(id), "responses.opened");
    }

    public void verifyJournal() {
        check = service.verifyJournal(id);
    }

    private boolean act(Runnable action, String doneKey) {
        return act(action, doneKey, null);
    }

    /**
     * Runs an action; a refusal goes next to the field it is about (a file's, to {@code fileField}) or at
     * the top, and what was typed stays.
     */
    private boolean act(Runnable action, String doneKey, String fileField) {
        try {
            action.run();
            Messages.pageInfo(doneKey);
            return true;
        } catch (InvalidConsultationException e) {
            refuse(e);
            return false;
        } catch (BusinessException e) {
            if (fileField == null) {
                Messages.pageError(e.messageKey());
            } else {
                Messages.fieldError(fileField, e.messageKey(), uploads.getMaxMegabytes());
            }
            return false;
        } finally {
            reload();
        }
    }

    private void refuse(InvalidConsultationException e) {
        String field = switch (e.field()) {
            case "state" -> null;
            case "reason" -> "cancel:reason";
            case "documentTitle" -> "document:title";
            default -> "consultation:" + e.field();
        };
        if (field == null) {
            Messages.pageError(e.messageKey());
        } else {
            Messages.fieldError(field, e.messageKey());
        }
    }

    private void reload() {
        if (id != null) {
            detail = service.consultation(id);
            journal = service.journal(id);
            if (buyer()) {
                responses = opening.responses(id);
                questions = questionService.all(id);
            }
        }
    }

    private static boolean buyer() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Names.BUYER);
    }

    public boolean isBuyer() {
        return buyer();
    }

    public ValueBand[] getValueBands() {
        return ValueBand.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ConsultationForm getForm() {
        return form;
    }

    public ConsultationDetail getDetail() {
        return detail;
    }

    public List<JournalLine> getJournal() {
        return journal;
    }

    public OpenedResponses getResponses() {
        return responses;
    }

    public JournalCheck getCheck() {
        return check;
    }

    public Map<Long, String> getCommunities() {
        return communities;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }

    public String getDocumentTitle() {
        return documentTitle;
    }

    public void setDocumentTitle(String documentTitle) {
        this.documentTitle = documentTitle;
    }

    public Part getDocumentFile() {
        return documentFile;
    }

    public void setDocumentFile(Part documentFile) {
        this.documentFile = documentFile;
    }

    public Long getVersionOf() {
        return versionOf;
    }

    public void setVersionOf(Long versionOf) {
        this.versionOf = versionOf;
    }

    public Part getVersionFile() {
        return versionFile;
    }

    public void setVersionFile(Part versionFile) {
        this.versionFile = versionFile;
    }
}
