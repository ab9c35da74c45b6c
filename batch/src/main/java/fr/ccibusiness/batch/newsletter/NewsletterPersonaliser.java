package fr.ccibusiness.batch.newsletter;

import fr.ccibusiness.newsletter.NewsletterDispatchStore;
import fr.ccibusiness.newsletter.NewsletterDispatchStore.Recipient;
import fr.ccibusiness.newsletter.NewsletterRenderer;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Renders each recipient's message, in their language, with their own unsubscribe link. */
@Named
@Dependent
public class NewsletterPersonaliser implements ItemProcessor {

    @Inject
    @BatchProperty
    private String newsletterId;

    @Inject
    private NewsletterDispatchStore store;

    @Inject
    private NewsletterRenderer renderer;

    private NewsletterRenderer.Content content;

    @Override
    public Object processItem(Object item) {
        if (content == null) {
            content = store.content(Long.parseLong(newsletterId));
        }
        Recipient recipient = (Recipient) item;
        return renderer.render(content, recipient.accountId(), recipient.email(), recipient.firstName(), recipient.locale(),
                false);
    }
}
