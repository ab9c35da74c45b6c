package fr.ccibusiness.newsletter;

/** A newsletter's figures: recipients, sent, failed, and how many unsubscribed from the community since it went out. */
public record NewsletterReport(Newsletter newsletter, long unsubscribedSince) {

    public Newsletter getNewsletter() {
        return newsletter;
    }

    public long getUnsubscribedSince() {
        return unsubscribedSince;
    }
}
