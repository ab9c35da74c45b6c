package fr.ccibusiness.batch.newsletter;

import fr.ccibusiness.newsletter.NewsletterDispatchStore;
import fr.ccibusiness.newsletter.NewsletterDispatchStore.Recipient;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/** Reads its partition's recipients a page at a time, after the last account handled (the checkpoint). */
@Named
@Dependent
public class SubscriberReader extends AbstractItemReader {

    private static final int PAGE = 500;

    @Inject
    @BatchProperty
    private String newsletterId;

    @Inject
    @BatchProperty
    private String mode;

    @Inject
    @BatchProperty
    private String partition;

    @Inject
    @BatchProperty
    private String partitions;

    @Inject
    private NewsletterDispatchStore store;

    private long newsletter;
    private long community;
    private long lastAccountId;
    private final Deque<Recipient> page = new ArrayDeque<>();

    @Override
    public void open(Serializable checkpoint) {
        newsletter = Long.parseLong(newsletterId);
        community = store.content(newsletter).communityId();
        lastAccountId = checkpoint == null ? 0 : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        if (page.isEmpty()) {
            page.addAll(store.next(newsletter, community, "failed".equals(mode), Integer.parseInt(partition),
                    Integer.parseInt(partitions), lastAccountId, PAGE));
            if (page.isEmpty()) {
                return null;
            }
        }
        Recipient next = page.poll();
        lastAccountId = next.accountId();
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastAccountId;
    }
}
