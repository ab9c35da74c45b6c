package fr.ccibusiness.web.messaging;

import fr.ccibusiness.messaging.ConversationLine;
import fr.ccibusiness.messaging.MessagingService;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** messages/index.xhtml: my conversations, the latest first, with what I have not read. */
@Named
@RequestScoped
public class ConversationsBacking {

    @Inject
    private MessagingService messaging;

    private List<ConversationLine> conversations;

    @PostConstruct
    void load() {
        conversations = messaging.myConversations();
    }

    public List<ConversationLine> getConversations() {
        return conversations;
    }
}
