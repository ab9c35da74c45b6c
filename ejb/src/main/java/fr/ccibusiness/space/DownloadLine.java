package fr.ccibusiness.space;

import java.io.Serializable;
import java.time.Instant;

/**
 * One download, as the DPO reads it; {@code accountId} and {@code person} are null once that account is
 * erased.
 */
public record DownloadLine(long id, Instant at, Long accountId, String person, String community, String document, int version,
                           String fileName) implements Serializable {
}
