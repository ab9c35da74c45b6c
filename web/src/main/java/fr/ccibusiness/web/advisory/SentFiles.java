package fr.ccibusiness.web.advisory;

import fr.ccibusiness.advisory.SupportRecords;
import fr.ccibusiness.advisory.Upload;
import fr.ccibusiness.web.support.Messages;
import fr.ccibusiness.web.support.Uploads;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The files a form sent with a request or a message, opened for the service and closed after it. The
 * parts a browser sends for an empty file field are left out; too many files, or one over the
 * platform's limit, and the reason goes next to the field before anything is read.
 */
final class SentFiles implements AutoCloseable {

    private final List<InputStream> opened = new ArrayList<>();
    private final List<Upload> uploads = new ArrayList<>();

    private SentFiles() {
    }

    /** The files of {@code parts}, or null when they are refused (the message is next to {@code fieldId}). */
    static SentFiles of(List<Part> parts, Uploads limits, String fieldId) {
        List<Part> sent = parts == null ? List.of() : parts.stream()
                .filter(p -> p != null && (p.getSize() > 0 || p.getSubmittedFileName() != null && !p.getSubmittedFileName().isBlank()))
                .toList();
        if (sent.size() > SupportRecords.FILES_MAX) {
            Messages.fieldError(fieldId, "support.files.tooMany", SupportRecords.FILES_MAX);
            return null;
        }
        for (Part part : sent) {
            if (!limits.acceptable(part, fieldId)) {
                return null;
            }
        }
        SentFiles files = new SentFiles();
        try {
            for (Part part : sent) {
                InputStream in = part.getInputStream();
                files.opened.add(in);
                files.uploads.add(new Upload(part.getSubmittedFileName(), in));
            }
        } catch (IOException e) {
            files.close();
            throw new UncheckedIOException("Reading an upload", e);
        }
        return files;
    }

    /** A file the service refused (its type, its size, how many), said next to {@code fieldId}. */
    static void refused(String messageKey, Uploads limits, String fieldId) {
        Messages.fieldError(fieldId, messageKey,
                "support.files.tooMany".equals(messageKey) ? SupportRecords.FILES_MAX : limits.getMaxMegabytes());
    }

    List<Upload> uploads() {
        return uploads;
    }

    @Override
    public void close() {
        for (InputStream in : opened) {
            try {
                in.close();
            } catch (IOException e) {
                // The part's temporary file goes with the request anyway.
            }
        }
    }
}
