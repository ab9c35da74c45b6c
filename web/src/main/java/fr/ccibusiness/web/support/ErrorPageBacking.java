package fr.ccibusiness.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

/** The error pages: a refused page answers 404 like a missing one; an expired form, 400. */
@Named
@RequestScoped
public class ErrorPageBacking {

    public void answerNotFound() {
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
    }

    /** A form sent after its view expired is a request the server can no longer take: not a server error. */
    public void answerExpired() {
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_BAD_REQUEST);
    }
}
