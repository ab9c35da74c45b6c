package fr.ccibusiness.web.messaging;

import fr.ccibusiness.messaging.MessageLine;
import fr.ccibusiness.messaging.MessageRefusedException;
import fr.ccibusiness.messaging.MessagingService;
import fr.ccibusiness.messaging.ThreadView;
import fr.ccibusiness.web.support.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.primefaces.PrimeFaces;

/**
 * messages/conversation.xhtml?with=… (a person) or ?conversation=… (a thread whose other person is
 * gone): the messages, the form to write, and reporting a message I received.
 */
@Named
@ViewScoped
public class ConversationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MessagingService messaging;

    private Long with;
    private Long conversation;
    private ThreadView thread;
    private String body;
    private final Map<Long, String> reasons = new HashMap<>();
    private final Map<Long, Long> communities = new HashMap<>();
    private Long reportRefusedFor;

    public void load() {
        thread = with != null ? messaging.thread(with) : messaging.formerThread(conversation == null ? 0 : conversation);
    }

    /** The poll's check: redraws the thread when a message came since it was drawn. */
    public void refresh() {
        long before = lastMessageId();
        load();
        if (lastMessageId() != before) {
            PrimeFaces.current().ajax().update("thread");
        }
    }

    private long lastMessageId() {
        return thread.messages().stream().mapToLong(MessageLine::id).max().orElse(0);
    }

    public void send() {
        try {
            messaging.send(with, body);
            body = null;
        } catch (MessageRefusedException e) {
            // A refusal for the person (blocked, no shared community any more) replaces the form with its reason.
            if (!e.messageKey().startsWith("messages.refused.")) {
                Messages.fieldError("compose:body", e.messageKey());
            }
        }
        load();
    }

    public void report(long messageId) {
        reportRefusedFor = null;
        try {
            messaging.report(messageId, communities.get(messageId), reasons.get(messageId));
            Messages.pageInfo("messages.report.done");
            reasons.remove(messageId);
        } catch (MessageRefusedException e) {
            int row = thread.messages().stream().map(MessageLine::id).toList().indexOf(messageId);
            if ("messages.report.reason".equals(e.messageKey()) && row >= 0) {
                reportRefusedFor = messageId;
                Messages.fieldError("thread:messages:" + row + ":reason", e.messageKey());
            } else {
                Messages.pageError(e.messageKey());
            }
        }
        load();
    }

    /** The message whose report was just refused for its reason: its form stays open. */
    public Long getReportRefusedFor() {
        return reportRefusedFor;
    }

    public Long getWith() {
        return with;
    }

    public void setWith(Long with) {
        this.with = with;
    }

    public Long getConversation() {
        return conversation;
    }

    public void setConversation(Long conversation) {
        this.conversation = conversation;
    }

    public ThreadView getThread() {
        return thread;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    /** The reason typed for each message one may report, by message id. */
    public Map<Long, String> getReasons() {
        return reasons;
    }

    /** The community chosen for each report, by message id. */
    public Map<Long, Long> getCommunities() {
        return communities;
    }
}
