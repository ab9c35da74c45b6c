package fr.ccibusiness.messaging;

import fr.ccibusiness.network.SharedCommunity;
import java.io.Serializable;
import java.util.List;

/**
 * My conversation with someone: their name, the messages, why I may not write (null when I may), and
 * the communities a report would go to.
 */
public record ThreadView(long personId, String name, List<MessageLine> messages, String refusalKey,
                         List<SharedCommunity> reportCommunities) implements Serializable {
}
