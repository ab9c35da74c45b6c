package fr.ccibusiness.platform;

/**
 * A path whose first runs after a start cost several times what it costs compiled, and which someone
 * waits on: {@link WarmUps} runs a round of it on a background thread once the platform has started,
 * again and again until its rounds stop getting clearly quicker. A round does the real work on
 * throw-away data and keeps nothing.
 */
public interface WarmUp {

    /** What is warmed up, for the log. */
    String name();

    void round() throws Exception;
}
