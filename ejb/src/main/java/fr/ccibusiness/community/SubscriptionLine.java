package fr.ccibusiness.community;

import java.time.Instant;

/** One community of mine in "Mes abonnements": whether I receive its newsletter, and since when. */
public record SubscriptionLine(long communityId, String communityName, boolean subscribed, Instant since) {

    public long getCommunityId() {
        return communityId;
    }

    public String getCommunityName() {
        return communityName;
    }

    public boolean isSubscribed() {
        return subscribed;
    }

    public Instant getSince() {
        return since;
    }
}
