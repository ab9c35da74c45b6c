package fr.ccibusiness.network;

import java.io.Serializable;
import java.util.List;

/** My network: requests waiting for my answer, mine waiting for theirs, my connections, whom I blocked. */
public record NetworkOverview(List<ContactLine> incoming, List<ContactLine> outgoing, List<ContactLine> connections,
                              List<ContactLine> blocked) implements Serializable {
}
