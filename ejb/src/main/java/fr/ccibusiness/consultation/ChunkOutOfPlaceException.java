package fr.ccibusiness.consultation;

import jakarta.ejb.ApplicationException;

/** A chunk of a staged file that does not start where the file stands: the sender resumes from {@link #received()}. */
@ApplicationException(rollback = false)
public class ChunkOutOfPlaceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long received;

    public ChunkOutOfPlaceException(long received) {
        super("The file stands at byte " + received);
        this.received = received;
    }

    public long received() {
        return received;
    }
}
