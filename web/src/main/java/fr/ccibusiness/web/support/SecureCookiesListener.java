package fr.ccibusiness.web.support;

import fr.ccibusiness.platform.Settings;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/** In production the session cookie is {@code Secure}; HttpOnly and SameSite=Lax come from web.xml. */
@WebListener
public class SecureCookiesListener implements ServletContextListener {

    @Inject
    private Settings settings;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (settings.production()) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
