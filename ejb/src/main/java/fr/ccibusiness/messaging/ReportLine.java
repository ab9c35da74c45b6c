package fr.ccibusiness.messaging;

import java.io.Serializable;
import java.time.Instant;

/** A report in the moderation queue: the message, who sent it, who reported it, why and where. */
public record ReportLine(long id, String community, String sender, String reporter, String body, Instant sentAt,
                         String reason, Instant reportedAt) implements Serializable {
}
