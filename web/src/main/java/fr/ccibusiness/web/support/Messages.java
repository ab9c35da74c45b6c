package fr.ccibusiness.web.support;

import fr.ccibusiness.platform.BusinessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Translated messages from the {@code msg} bundle, placed next to a field or at the top of the page. */
public final class Messages {

    private Messages() {
    }

    public static String text(String key, Object... args) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, context.getViewRoot().getLocale()).format(args);
    }

    /** A message outside a page (a servlet's answer), in {@code language}. */
    public static String text(Locale language, String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle("messages", language).getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, language).format(args);
    }

    /** An error shown next to the component {@code clientId}; the page keeps what was typed. */
    public static void fieldError(String clientId, String key, Object... args) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, args);
    }

    public static void pageError(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_ERROR, key, args);
    }

    public static void pageInfo(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_INFO, key, args);
    }

    /** An info message that survives the redirect that follows a successful form. */
    public static void flashInfo(String key, Object... args) {
        pageInfo(key, args);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    /**
     * Runs a use case started by a button: its success message at the top of the page, or the
     * translated reason the service refused it. Returns whether it was done.
     */
    public static boolean outcome(Runnable action, String doneKey) {
        try {
            action.run();
            pageInfo(doneKey);
            return true;
        } catch (BusinessException e) {
            pageError(e.messageKey());
            return false;
        }
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... args) {
        String summary = text(key, args);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, summary, summary));
    }
}
