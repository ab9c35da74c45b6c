package fr.ccibusiness.space;

import java.io.Serializable;
import java.time.Instant;

/** One download, as the DPO reads it; {@code person} is null once that account is erased. */
public record DownloadLine(Instant at, String person, String community, String document, int version, String fileName)
        implements Serializable {
}
