package fr.ccibusiness.web.newsletter;

import fr.ccibusiness.community.NewsletterSubscriptionService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** unsubscribe.xhtml?t=…: the newsletter's unsubscribe link, without signing in; one button. */
@Named
@ViewScoped
public class UnsubscribeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private NewsletterSubscriptionService subscriptions;

    private String token;
    private String community;
    private boolean done;

    /** f:viewAction: which newsletter the link is for (nothing if the token is forged). */
    public void load() {
        community = subscriptions.communityOfLink(token).orElse(null);
    }

    public void unsubscribe() {
        community = subscriptions.unsubscribeWithLink(token).orElse(null);
        done = community != null;
    }

    public boolean isValid() {
        return community != null;
    }

    public boolean isDone() {
        return done;
    }

    public String getCommunity() {
        return community;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
