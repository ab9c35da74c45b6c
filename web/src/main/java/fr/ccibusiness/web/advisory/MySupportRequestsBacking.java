package fr.ccibusiness.web.advisory;

import fr.ccibusiness.advisory.QueueLine;
import fr.ccibusiness.advisory.SupportRequestService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** support/requests.xhtml: the signed-in person's requests to the CCIs, newest first, with where each stands. */
@Named
@RequestScoped
public class MySupportRequestsBacking {

    @Inject
    private SupportRequestService requests;

    private List<QueueLine> mine;

    public List<QueueLine> getMine() {
        if (mine == null) {
            mine = requests.mine();
        }
        return mine;
    }
}
