package fr.ccibusiness.web.privacy;

import fr.ccibusiness.platform.Settings;
import fr.ccibusiness.rights.InvalidRightsRequestException;
import fr.ccibusiness.rights.RightsKind;
import fr.ccibusiness.rights.RightsRequest;
import fr.ccibusiness.rights.RightsRequestForm;
import fr.ccibusiness.rights.RightsRequestService;
import fr.ccibusiness.rights.TooManyRightsRequestsException;
import fr.ccibusiness.web.support.Messages;
import fr.ccibusiness.web.support.PageLanguage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;

/** rights.xhtml, "Exercer mes droits": the public form for people who cannot or do not want to sign in. */
@Named
@ViewScoped
public class RightsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RightsRequestService requests;

    @Inject
    private PageLanguage pageLanguage;

    @Inject
    private Settings settings;

    private final RightsRequestForm form = new RightsRequestForm();
    private boolean sent;

    public void send() {
        try {
            requests.submit(form, pageLanguage.getLocale(),
                    ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()).getRemoteAddr());
            sent = true;
        } catch (InvalidRightsRequestException e) {
            Messages.fieldError("rights:" + e.field(), e.messageKey());
        } catch (TooManyRightsRequestsException e) {
            Messages.pageError(e.messageKey());
        }
    }

    public RightsRequestForm getForm() {
        return form;
    }

    public List<RightsKind> getKinds() {
        return List.of(RightsKind.values());
    }

    public boolean isSent() {
        return sent;
    }

    public int getMessageMax() {
        return RightsRequest.MESSAGE_MAX;
    }

    public String getDpoEmail() {
        return settings.dpoEmail();
    }
}
