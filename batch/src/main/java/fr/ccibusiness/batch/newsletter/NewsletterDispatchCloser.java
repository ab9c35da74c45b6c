package fr.ccibusiness.batch.newsletter;

import fr.ccibusiness.newsletter.NewsletterDispatchStore;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;

/** Every recipient was handled: the newsletter is marked sent, with its finishing time. */
@Named
@Dependent
public class NewsletterDispatchCloser extends AbstractBatchlet {

    @Inject
    @BatchProperty
    private String newsletterId;

    @Inject
    private NewsletterDispatchStore store;

    @Override
    @Transactional
    public String process() {
        store.finish(Long.parseLong(newsletterId));
        return BatchStatus.COMPLETED.name();
    }
}
