package fr.ccibusiness.web.support;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The view root of every page. A read-only page seen by a visitor is not kept ({@code transient}, see the
 * layout) and must cost no session. PrimeFaces' CSP mode writes the page's nonce into the view map,
 * unless the view is transient, but it asks before the page is built, when nobody knows yet, and Mojarra
 * keeps every view map in the session. So a view map asked for before the page is built builds it
 * first (the render would do so a moment later; building is done once), and a page that turns out not
 * to be kept gets a map for this request only.
 */
public class PlatformViewRoot extends UIViewRoot {

    private transient boolean building;

    @Override
    public Map<String, Object> getViewMap(boolean create) {
        if (create && !building && super.getViewMap(false) == null && isAboutToRenderUnbuilt()) {
            build();
            if (isTransient()) {
                return new HashMap<>();
            }
        }
        return super.getViewMap(create);
    }

    private boolean isAboutToRenderUnbuilt() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context != null && context.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE && !context.isPostback()
                && getChildCount() == 0;
    }

    private void build() {
        FacesContext context = FacesContext.getCurrentInstance();
        building = true;
        try {
            context.getApplication().getViewHandler().getViewDeclarationLanguage(context, getViewId())
                    .buildView(context, this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            building = false;
        }
    }
}
