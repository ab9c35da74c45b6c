package fr.ccibusiness.web.privacy;

import fr.ccibusiness.rights.RightsRequest;
import fr.ccibusiness.rights.RightsRequestService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Date;
import java.util.Optional;

/** rights-confirm.xhtml?token=…: the link of the confirmation e-mail puts the request in the DPO's queue. */
@Named
@RequestScoped
public class RightsConfirmBacking {

    @Inject
    private RightsRequestService requests;

    private String token;
    private Optional<RightsRequest> confirmed = Optional.empty();

    /** f:viewAction: GET only, once per request. */
    public void confirm() {
        confirmed = requests.confirm(token);
    }

    public boolean isConfirmed() {
        return confirmed.isPresent();
    }

    public java.util.Date getDueOn() {
        return confirmed.map(r -> Date.valueOf(r.getDueOn())).orElse(null);
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
