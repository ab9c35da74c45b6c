package fr.ccibusiness.web.people;

import fr.ccibusiness.account.Role;
import fr.ccibusiness.people.AccountNotFoundException;
import fr.ccibusiness.people.Appointments;
import fr.ccibusiness.people.PeopleConsoleService;
import fr.ccibusiness.people.PersonCard;
import fr.ccibusiness.platform.BusinessException;
import fr.ccibusiness.web.support.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * admin/person.xhtml?id=…: one account in the people console: its state, roles, what it belongs to and
 * was appointed to, its history; lock (with a reason) and unlock, the confirmation sent again, the
 * administrator and DPO roles, appointments as animator, staff or buyer. Whatever id the address
 * holds, the service answers "not found" for an account outside the caller's CCIs.
 */
@Named
@ViewScoped
public class PersonBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PeopleConsoleService people;

    private Long id;
    private PersonCard person;
    private Appointments appointments;
    private String reason;
    private Long communityId;
    private Long cciId;
    private Long organisationId;

    public void load() {
        person = people.person(id);
        appointments = people.appointments();
    }

    /** Before the exporter reads the history: the account read again as an export, which the service audits. */
    public void exportStarts(String format) {
        person = people.exportHistory(id, format);
    }

    /** After the export is written (the exporter's post-processor). */
    public void exportEnds(Object document) {
        // the history read for the export is the one shown
    }

    public void lock() {
        if (act(() -> people.lock(id, reason), "lock:reason", "people.locked")) {
            reason = null;
        }
    }

    public void unlock() {
        act(() -> people.unlock(id), null, "people.unlocked");
    }

    public void resendConfirmation() {
        act(() -> people.resendConfirmation(id), null, "people.confirmation.sent");
    }

    public void grant(Role role) {
        act(() -> people.grant(id, role), null, "people.role.granted");
    }

    public void revoke(Role role) {
        act(() -> people.revoke(id, role), null, "people.role.revoked");
    }

    public void appointAnimator() {
        if (communityId == null) {
            Messages.fieldError("appoint:community", "form.field.required");
            return;
        }
        act(() -> people.appointAnimator(id, communityId), "appoint:community", "people.appointed");
    }

    public void removeAnimator(long community) {
        act(() -> people.removeAnimator(id, community), null, "people.removed");
    }

    public void appointStaff() {
        if (cciId == null) {
            Messages.fieldError("appoint:cci", "form.field.required");
            return;
        }
        act(() -> people.appointStaff(id, cciId), "appoint:cci", "people.appointed");
    }

    public void removeStaff(long cci) {
        act(() -> people.removeStaff(id, cci), null, "people.removed");
    }

    public void appointBuyer() {
        if (organisationId == null) {
            Messages.fieldError("appoint:organisation", "form.field.required");
            return;
        }
        act(() -> people.appointBuyer(id, organisationId), "appoint:organisation", "people.appointed");
    }

    public void removeBuyer(long organisation) {
        act(() -> people.removeBuyer(id, organisation), null, "people.removed");
    }

    /** Runs an action; a refusal is said beside the field it concerns (or at the top), and the page shows the account as it is now. */
    private boolean act(Runnable action, String field, String doneKey) {
        boolean done = false;
        try {
            action.run();
            Messages.pageInfo(doneKey);
            done = true;
        } catch (AccountNotFoundException e) {
            throw e;
        } catch (BusinessException e) {
            Messages.fieldError(field, e.messageKey());
        }
        load();
        return done;
    }

    public List<Role> getGrantableRoles() {
        return List.of(Role.ADMIN, Role.DPO);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PersonCard getPerson() {
        return person;
    }

    public Appointments getAppointments() {
        return appointments;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Long getCommunityId() {
        return communityId;
    }

    public void setCommunityId(Long communityId) {
        this.communityId = communityId;
    }

    public Long getCciId() {
        return cciId;
    }

    public void setCciId(Long cciId) {
        this.cciId = cciId;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }
}
