package fr.ccibusiness.consultation;

import java.time.Instant;
import java.util.List;

/**
 * The responses of a consultation as its buyers see them: before the opening, how many are sealed
 * (on time, and late); after it, the last on-time response of each company with its text and files,
 * the late ones apart, never opened.
 */
public record OpenedResponses(boolean opened, Instant openedAt, int sealed, List<Response> responses, List<Late> late) {

    public record Response(long depositId, String lot, String company, String siret, Instant finishedAt, String text,
                           List<File> files) {

        /** What the award's choice shows: the lot, if any, and the company. */
        public String getLabel() {
            return lot == null ? company : lot + " : " + company;
        }
    }

    public record File(long id, String name, long sizeBytes, String sha256) {
    }

    public record Late(String lot, String company, Instant finishedAt) {
    }
}
