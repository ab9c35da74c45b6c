package fr.ccibusiness.web.directory;

import fr.ccibusiness.directory.DirectoryService;
import fr.ccibusiness.directory.PersonCard;
import fr.ccibusiness.directory.PersonNotFoundException;
import fr.ccibusiness.network.ContactLine;
import fr.ccibusiness.network.ContactRefusedException;
import fr.ccibusiness.network.ContactState;
import fr.ccibusiness.network.NetworkService;
import fr.ccibusiness.web.support.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * person.xhtml?id=…: a person's page, as far as the directory lets me see them (else not found), and
 * what I can do: ask to connect, answer their request, write, block.
 */
@Named
@ViewScoped
public class PersonPageBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DirectoryService directory;

    @Inject
    private NetworkService network;

    private Long id;
    private PersonCard person;
    private ContactState contact;
    private ContactLine theirRequest;
    private boolean blocked;
    private String message;

    public void load() {
        person = directory.person(id);
        contact = network.contactState(id);
        theirRequest = network.requestFrom(id).orElse(null);
        blocked = network.haveBlocked(id);
    }

    public void requestContact() {
        try {
            network.requestContact(id, message);
            Messages.pageInfo("network.requested");
            message = null;
        } catch (ContactRefusedException e) {
            Messages.fieldError("contact:message", e.messageKey());
        }
        reloadIfStillVisible();
    }

    public void accept() {
        act(() -> network.answer(theirRequest.requestId(), true), "network.accepted");
    }

    public void decline() {
        act(() -> network.answer(theirRequest.requestId(), false), "network.declined");
    }

    public void block() {
        act(() -> network.block(id), "network.blockedDone");
    }

    public void unblock() {
        act(() -> network.unblock(id), "network.unblocked");
    }

    private void act(Runnable action, String doneKey) {
        Messages.outcome(action, doneKey);
        reloadIfStillVisible();
    }

    /** After blocking someone, their page may no longer be mine to see: the page then shows what it showed. */
    private void reloadIfStillVisible() {
        try {
            load();
        } catch (PersonNotFoundException e) {
            contact = ContactState.NONE;
        }
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

    public ContactState getContact() {
        return contact;
    }

    public ContactLine getTheirRequest() {
        return theirRequest;
    }

    public boolean isBlocked() {
        return blocked;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }
}
