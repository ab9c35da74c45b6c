package fr.ccibusiness.web.network;

import fr.ccibusiness.network.NetworkOverview;
import fr.ccibusiness.network.NetworkService;
import fr.ccibusiness.network.Suggestion;
import fr.ccibusiness.web.support.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** network/index.xhtml: requests to answer, mine waiting, my connections, suggestions, the people I blocked. */
@Named
@ViewScoped
public class NetworkBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private NetworkService network;

    private NetworkOverview overview;
    private List<Suggestion> suggestions;

    @PostConstruct
    void load() {
        overview = network.myNetwork();
        suggestions = network.suggestions();
    }

    public void accept(long requestId) {
        act(() -> network.answer(requestId, true), "network.accepted");
    }

    public void decline(long requestId) {
        act(() -> network.answer(requestId, false), "network.declined");
    }

    public void withdraw(long requestId) {
        act(() -> network.withdraw(requestId), "network.withdrawn");
    }

    public void remove(long personId) {
        act(() -> network.removeConnection(personId), "network.removed");
    }

    public void unblock(long personId) {
        act(() -> network.unblock(personId), "network.unblocked");
    }

    private void act(Runnable action, String doneKey) {
        Messages.outcome(action, doneKey);
        load();
    }

    public NetworkOverview getOverview() {
        return overview;
    }

    public List<Suggestion> getSuggestions() {
        return suggestions;
    }
}
