package fr.ccibusiness.web.privacy;

import fr.ccibusiness.account.MyAccountService;
import fr.ccibusiness.community.CommunityNotFoundException;
import fr.ccibusiness.community.NewsletterSubscriptionService;
import fr.ccibusiness.community.SubscriptionLine;
import fr.ccibusiness.web.support.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** account/data.xhtml, "Mes données": download, opposition, newsletter subscriptions (policy articles 4 and 7). */
@Named
@ViewScoped
public class MyDataBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MyAccountService myAccount;

    @Inject
    private NewsletterSubscriptionService newsletters;

    private boolean hiddenFromDirectory;
    private List<SubscriptionLine> subscriptions;

    @PostConstruct
    void load() {
        hiddenFromDirectory = myAccount.myProfile().isHiddenFromDirectory();
        subscriptions = newsletters.mySubscriptions();
    }

    public void saveDirectoryChoice() {
        myAccount.hideMeFromDirectory(hiddenFromDirectory);
        Messages.pageInfo(hiddenFromDirectory ? "mydata.directory.hidden" : "mydata.directory.listed");
    }

    public void subscribe(long communityId) {
        try {
            newsletters.subscribe(communityId);
            Messages.pageInfo("mydata.newsletters.subscribed");
        } catch (CommunityNotFoundException e) {
            Messages.pageError("mydata.newsletters.notMember");
        }
        load();
    }

    public void unsubscribe(long communityId) {
        newsletters.unsubscribe(communityId);
        Messages.pageInfo("mydata.newsletters.unsubscribed");
        load();
    }

    public void unsubscribeFromAll() {
        int ended = newsletters.unsubscribeFromAll();
        Messages.pageInfo("mydata.newsletters.allStopped", ended);
        load();
    }

    public boolean isHiddenFromDirectory() {
        return hiddenFromDirectory;
    }

    public void setHiddenFromDirectory(boolean hiddenFromDirectory) {
        this.hiddenFromDirectory = hiddenFromDirectory;
    }

    public List<SubscriptionLine> getSubscriptions() {
        return subscriptions;
    }
}
