package fr.ccibusiness.web.company;

import fr.ccibusiness.company.Company;
import fr.ccibusiness.company.CompanyAlreadyRegisteredException;
import fr.ccibusiness.company.CompanyChange;
import fr.ccibusiness.company.CompanyChangedMeanwhileException;
import fr.ccibusiness.company.CompanyForm;
import fr.ccibusiness.company.CompanyService;
import fr.ccibusiness.company.InvalidCompanyFieldException;
import fr.ccibusiness.company.InvalidSiretException;
import fr.ccibusiness.company.LegalForm;
import fr.ccibusiness.company.TurnoverBand;
import fr.ccibusiness.company.WorkforceBand;
import fr.ccibusiness.reference.Commune;
import fr.ccibusiness.reference.NafCode;
import fr.ccibusiness.reference.ReferenceDataService;
import fr.ccibusiness.web.support.Messages;
import fr.ccibusiness.web.support.TagList;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Date;
import java.util.List;

/**
 * account/company.xhtml: register a company (no id) or edit one of mine (?id=), with the pickers of
 * official codes, and its history.
 */
@Named
@ViewScoped
public class CompanyEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String SEPARATOR = " — ";

    @Inject
    private CompanyService companies;

    @Inject
    private ReferenceDataService references;

    private Long id;
    private CompanyForm form = new CompanyForm();
    private String nafChoice;
    private String communeChoice;
    private String certifications;
    private String takenSiret;
    private List<CompanyChange> history = List.of();
    /** The record as this form was read: what the person changed is what differs from it. */
    private CompanyForm read;
    /** What others saved while this form was open, shown when a save is refused for it. */
    private List<CompanyChange> changedMeanwhile = List.of();

    /** Loads the company to edit; a company that is not mine answers as missing (CompanyNotFoundException → 404). */
    public void load() {
        if (id != null && nafChoice == null) {
            Company company = companies.company(id);
            form = company.toForm();
            read = company.toForm();
            nafChoice = company.getNaf().getDisplay();
            communeChoice = company.getCommune().getDisplay();
            certifications = TagList.format(form.getCertifications());
            history = companies.history(id);
        }
    }

    public List<String> completeNaf(String typed) {
        return references.searchNaf(typed).stream().map(NafCode::getDisplay).toList();
    }

    public List<String> completeCommune(String typed) {
        return references.searchCommunes(typed).stream().map(Commune::getDisplay).toList();
    }

    public String save() {
        form.setNafCode(codeBefore(nafChoice));
        form.setCommuneCode(codeAfter(communeChoice));
        form.setCertifications(TagList.parse(certifications));
        try {
            if (id == null) {
                Company company = companies.registerCompany(form);
                Messages.flashInfo("company.created");
                return "/account/company?faces-redirect=true&id=" + company.getId();
            }
            int changed = companies.updateCompany(id, form).size();
            Messages.pageInfo("company.saved", changed);
            history = companies.history(id);
            read = companies.company(id).toForm();
            changedMeanwhile = List.of();
        } catch (CompanyChangedMeanwhileException e) {
            carryOverOnto(companies.company(id), e.changes());
            Messages.pageError(e.messageKey());
        } catch (InvalidSiretException e) {
            Messages.fieldError("company:siret", e.messageKey());
        } catch (CompanyAlreadyRegisteredException e) {
            takenSiret = e.siret();
            Messages.fieldError("company:siret", e.messageKey());
        } catch (InvalidCompanyFieldException e) {
            Messages.fieldError(fieldId(e.field()), e.messageKey());
        }
        return null;
    }

    /**
     * Someone saved the record while this form was open: the form now shows their values except where this
     * person typed something else, nothing is saved, and the next save applies the form as it stands.
     */
    private void carryOverOnto(Company current, List<CompanyChange> theirs) {
        CompanyForm now = current.toForm();
        form.rebase(read, now);
        read = now;
        if (form.getNafCode().equals(current.getNaf().getCode())) {
            nafChoice = current.getNaf().getDisplay();
        }
        if (form.getCommuneCode().equals(current.getCommune().getCode())) {
            communeChoice = current.getCommune().getDisplay();
        }
        certifications = TagList.format(form.getCertifications());
        changedMeanwhile = theirs;
        history = companies.history(id);
    }

    /** From the "this SIRET is registered" notice: ask to join that company instead. */
    public String requestToJoin() {
        companies.requestToJoin(takenSiret);
        Messages.flashInfo("companies.join.sent");
        return "/account/companies?faces-redirect=true";
    }

    private static String fieldId(String field) {
        return switch (field) {
            case "nafCode" -> "company:naf";
            case "communeCode" -> "company:commune";
            default -> "company:" + field;
        };
    }

    /** "56.10A — Restauration traditionnelle" → "56.10A". */
    private static String codeBefore(String display) {
        return display == null || !display.contains(SEPARATOR) ? display : display.substring(0, display.indexOf(SEPARATOR));
    }

    /** "Caen (14000) — 14118" → "14118". */
    private static String codeAfter(String display) {
        return display == null || !display.contains(SEPARATOR) ? display
                : display.substring(display.lastIndexOf(SEPARATOR) + SEPARATOR.length());
    }

    public Date changedAt(CompanyChange change) {
        return Date.from(change.getChangedAt());
    }

    public LegalForm[] getLegalForms() {
        return LegalForm.values();
    }

    public WorkforceBand[] getWorkforceBands() {
        return WorkforceBand.values();
    }

    public TurnoverBand[] getTurnoverBands() {
        return TurnoverBand.values();
    }

    public boolean isCreating() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CompanyForm getForm() {
        return form;
    }

    public String getNafChoice() {
        return nafChoice;
    }

    public void setNafChoice(String nafChoice) {
        this.nafChoice = nafChoice;
    }

    public String getCommuneChoice() {
        return communeChoice;
    }

    public void setCommuneChoice(String communeChoice) {
        this.communeChoice = communeChoice;
    }

    public String getCertifications() {
        return certifications;
    }

    public void setCertifications(String certifications) {
        this.certifications = certifications;
    }

    public String getTakenSiret() {
        return takenSiret;
    }

    public List<CompanyChange> getHistory() {
        return history;
    }

    public List<CompanyChange> getChangedMeanwhile() {
        return changedMeanwhile;
    }
}
