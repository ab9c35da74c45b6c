package fr.ccibusiness.web.consultation;

import fr.ccibusiness.account.Role.Names;
import fr.ccibusiness.consultation.ConsultationCatalogue;
import fr.ccibusiness.consultation.ConsultationDetail;
import fr.ccibusiness.consultation.ConsultationStatus;
import fr.ccibusiness.consultation.DepositReceipt;
import fr.ccibusiness.consultation.InvalidConsultationException;
import fr.ccibusiness.consultation.QuestionService;
import fr.ccibusiness.consultation.QuestionView;
import fr.ccibusiness.consultation.ResponseService;
import fr.ccibusiness.consultation.StagedDeposit;
import fr.ccibusiness.platform.InvalidFileException;
import fr.ccibusiness.platform.Settings;
import fr.ccibusiness.web.support.Messages;
import fr.ccibusiness.web.support.Texts;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * consultation.xhtml?id=…: a consultation as a candidate or visitor reads it, with its tender
 * documents; for a member linked to a company, the deposit of a response and its receipts.
 */
@Named
@ViewScoped
public class ConsultationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ConsultationCatalogue catalogue;

    @Inject
    private ResponseService responses;

    @Inject
    private QuestionService questions;

    @Inject
    private Settings settings;

    @Inject
    private Texts texts;

    private Long id;
    private ConsultationDetail detail;
    private Map<Long, String> companies = Map.of();
    private List<DepositReceipt> receipts = List.of();
    private List<QuestionView> answered = List.of();
    private List<QuestionView> myQuestions = List.of();
    private String question;
    private String followName;
    private String followEmail;
    private DepositReceipt receipt;
    private Long companyId;
    private Long lotId;
    private String text;
    private transient List<Part> files = new ArrayList<>();
    private String staged;

    @Inject
    private DepositUploads depositUploads;

    public void load() {
        detail = catalogue.consultation(id);
        answered = questions.published(id);
        if (member()) {
            myQuestions = questions.mine(id);
            companies = responses.companies();
            receipts = responses.receipts(id);
            if (companyId == null && !companies.isEmpty()) {
                companyId = companies.keySet().iterator().next();
            }
        }
    }

    /** Deposits the response: its receipt shows at once (and leaves by e-mail); a refusal goes next to its field. */
    public void deposit() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        List<InputStream> opened = new ArrayList<>();
        try {
            List<ResponseService.Upload> uploads = new ArrayList<>();
            for (Part part : files == null ? List.<Part>of() : files) {
                if (part.getSize() > 0) {
                    InputStream content = part.getInputStream();
                    opened.add(content);
                    uploads.add(new ResponseService.Upload(part.getSubmittedFileName(), content));
                }
            }
            receipt = staged == null || staged.isBlank() ? responses.deposit(id, companyId == null ? -1 : companyId, lotId,
                    text, uploads, DepositStartFilter.startedAt((HttpServletRequest) external.getRequest())) : depositStaged();
            Messages.pageInfo(receipt.late() ? "deposit.done.late" : "deposit.done");
            text = null;
        } catch (InvalidConsultationException e) {
            Messages.fieldError("state".equals(e.field()) ? null : "deposit:" + e.field(), e.messageKey(),
                    settings.responseMaxFiles());
        } catch (InvalidFileException e) {
            Messages.fieldError("deposit:files", e.messageKey(), settings.responseMaxMegabytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            opened.forEach(ConsultationBacking::closeQuietly);
            load();
        }
    }

    /** The response whose files the page's script uploaded a chunk at a time. */
    private DepositReceipt depositStaged() {
        StagedDeposit uploaded = depositUploads.find(staged)
                .orElseThrow(() -> new InvalidConsultationException("deposit.files.incomplete"));
        DepositReceipt done = responses.deposit(companyId == null ? -1 : companyId, lotId, text, uploaded);
        depositUploads.deposited(uploaded);
        staged = null;
        return done;
    }

    /** Asks to be told of the consultation's changes (a visitor leaves an address, a name if they wish). */
    public void follow() {
        try {
            catalogue.follow(id, followName, followEmail);
            Messages.pageInfo("follow.done");
            followName = null;
            followEmail = null;
        } catch (InvalidConsultationException e) {
            Messages.fieldError("follow:" + e.field(), e.messageKey());
        }
    }

    /** Asks the buyer a question; refused, with the reason next to the field, after the question deadline. */
    public void ask() {
        try {
            questions.ask(id, question);
            Messages.pageInfo("question.asked");
            question = null;
        } catch (InvalidConsultationException e) {
            Messages.fieldError("ask:question", e.messageKey());
        } finally {
            load();
        }
    }

    /** Whether questions are still taken: published, and before the question deadline (by the server's clock). */
    public boolean isAsking() {
        return detail.state() == ConsultationStatus.PUBLISHED && texts.getNow().toInstant().isBefore(detail.questionDeadline());
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // the upload's temporary file goes with the request anyway
        }
    }

    private static boolean member() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Names.MEMBER);
    }

    public boolean isMayDeposit() {
        return member() && !companies.isEmpty() && detail.state() == ConsultationStatus.PUBLISHED;
    }

    public boolean isMember() {
        return member();
    }

    public int getMaxMegabytes() {
        return settings.responseMaxMegabytes();
    }

    public long getMaxBytes() {
        return settings.responseMaxMegabytes() * 1024L * 1024L;
    }

    public int getMaxFiles() {
        return settings.responseMaxFiles();
    }

    /** The largest chunk the upload takes in one request: the page's script sizes its chunks up to it. */
    public int getMaxChunk() {
        return StagedDeposit.MAX_CHUNK;
    }

    public String getTooLargeMessage() {
        return Messages.text("file.tooLarge", settings.responseMaxMegabytes());
    }

    public String getTooManyMessage() {
        return Messages.text("deposit.files.tooMany", settings.responseMaxFiles());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ConsultationDetail getDetail() {
        return detail;
    }

    public Map<Long, String> getCompanies() {
        return companies;
    }

    public List<DepositReceipt> getReceipts() {
        return receipts;
    }

    public DepositReceipt getReceipt() {
        return receipt;
    }

    public List<QuestionView> getAnswered() {
        return answered;
    }

    public List<QuestionView> getMyQuestions() {
        return myQuestions;
    }

    public String getFollowName() {
        return followName;
    }

    public void setFollowName(String followName) {
        this.followName = followName;
    }

    public String getFollowEmail() {
        return followEmail;
    }

    public void setFollowEmail(String followEmail) {
        this.followEmail = followEmail;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public Long getLotId() {
        return lotId;
    }

    public void setLotId(Long lotId) {
        this.lotId = lotId;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public void setCompanyId(Long companyId) {
        this.companyId = companyId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getStaged() {
        return staged;
    }

    public void setStaged(String staged) {
        this.staged = staged;
    }

    public List<Part> getFiles() {
        return files;
    }

    public void setFiles(List<Part> files) {
        this.files = files;
    }
}
