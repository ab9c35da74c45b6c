package fr.ccibusiness.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Deployment settings: a system property {@code cci.x.y} wins, then the environment variable
 * {@code CCI_X_Y}, then the development default.
 */
@ApplicationScoped
public class Settings {

    /** Public address of the platform, used in links sent by e-mail. */
    public String baseUrl() {
        String url = value("cci.base-url").orElse("http://localhost:8080");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The platform's host name, from its public address: a domain for identifiers (list ids, calendar UIDs). */
    public String host() {
        String host = java.net.URI.create(baseUrl()).getHost();
        return host == null ? "localhost" : host;
    }

    /** Production mode: HTTPS everywhere, secure cookies. */
    public boolean production() {
        return Boolean.parseBoolean(value("cci.production").orElse("false"));
    }

    /** Demo data is loaded only by the README's run command. */
    public boolean demo() {
        return Boolean.parseBoolean(value("cci.demo").orElse("false"));
    }

    /** The address mail comes from (the mail session's, set by configure.cli from the same variable). */
    public String mailFrom() {
        return value("cci.mail-from").orElse("no-reply@ccibusiness.example.fr");
    }

    /** How often the events' timer expires offers not taken and sends the day-before reminders, in seconds. */
    public int eventsTimerSeconds() {
        return number("cci.events.timer-seconds", 60);
    }

    public String dpoEmail() {
        return value("cci.dpo-email").orElse("dpo@ccibusiness.example.fr");
    }

    /** Requests the public rights form takes from one network address in an hour (each sends an e-mail). */
    public int rightsRequestsPerHour() {
        return number("cci.rights.per-hour", 5);
    }

    /** How long a directory page, as a visitor sees it, is served again without rendering; 0 turns it off. */
    public int directoryCacheSeconds() {
        return number("cci.directory-cache-seconds", 60);
    }

    /** INSEE code of the chamber's region (28: Normandie), whose departments the directory offers. */
    public String regionCode() {
        return value("cci.region-code").orElse("28");
    }

    /** Policy article 3: an account in no community is deleted this many months after its creation. */
    public int retentionInactiveMonths() {
        return number("cci.retention.inactive-months", 6);
    }

    /** Days between the warning e-mail and the deletion of an account in no community. */
    public int retentionWarningDays() {
        return number("cci.retention.warning-days", 15);
    }

    /** A registration whose address was never confirmed is removed after this many days. */
    public int retentionUnverifiedDays() {
        return number("cci.retention.unverified-days", 7);
    }

    /** Connection logs are kept this many months. */
    public int retentionConnectionLogMonths() {
        return number("cci.retention.connection-log-months", 12);
    }

    /** Accounts (or log lines) erased per transaction of the retention job. */
    public int retentionChunkSize() {
        return number("cci.retention.chunk-size", 500);
    }

    /** Newsletter messages sent per transaction of the dispatch job. */
    public int newsletterChunkSize() {
        return number("cci.newsletter.chunk-size", 100);
    }

    /** SMTP connections (and threads) a newsletter is sent over at once. */
    public int newsletterConnections() {
        return number("cci.newsletter.connections", 4);
    }

    /** Attempts at sending one newsletter message before it is marked failed. */
    public int newsletterAttempts() {
        return number("cci.newsletter.attempts", 3);
    }

    /** First wait before retrying a newsletter message; it doubles at each attempt. */
    public int newsletterRetryDelayMs() {
        return number("cci.newsletter.retry-delay-ms", 500);
    }

    /** How often the e-mails about new messages and content that are due go out. */
    public int notificationIntervalSeconds() {
        return number("cci.notifications.interval-seconds", 30);
    }

    /** Threads (per server) that send the outbox's mail, each over its own SMTP connection. */
    public int outboxSenders() {
        return number("cci.outbox.senders", 2);
    }

    /** Largest document accepted in a community space, in megabytes. */
    public int documentMaxMegabytes() {
        return number("cci.documents.max-mb", 20);
    }

    /** The same limit in bytes. */
    public long documentMaxBytes() {
        return documentMaxMegabytes() * 1024L * 1024L;
    }

    /**
     * The largest response to a consultation, all its files together, in megabytes. The page sends
     * files a chunk at a time; a form sent whole (no script) stops at the server's request limit, 210 MB.
     */
    public int responseMaxMegabytes() {
        return number("cci.responses.max-mb", 500);
    }

    /** The most files a response holds. */
    public int responseMaxFiles() {
        return number("cci.responses.max-files", 10);
    }

    /**
     * The file that holds the master key of sealed responses: never in the database, backed up apart
     * from it. The server's configuration names it; by default, in its configuration directory.
     */
    public java.nio.file.Path sealingMasterKeyFile() {
        return java.nio.file.Path.of(value("cci.sealing.master-key-file").orElseGet(() ->
                System.getProperty("jboss.server.config.dir", ".") + "/cci-sealing-master-key.json"));
    }

    /**
     * The file store's directory ({@link FileStore}): backed up with the database, shared by every
     * server of a cluster. By default, a folder named after the database in the server's data
     * directory, so that two databases served by one server never share their files.
     */
    public java.nio.file.Path filesDirectory() {
        return java.nio.file.Path.of(value("cci.files.dir").orElseGet(() ->
                System.getProperty("jboss.server.data.dir", ".") + "/cci-files/" + value("cci.db.name").orElse("ccibusiness")));
    }

    /** How often the file store's sweeper deletes the files whose rows went, in seconds. */
    public int filesSweepSeconds() {
        return number("cci.files.sweep-seconds", 60);
    }

    /** A test server lets its tests move the clock forward; never set in production. */
    public boolean testClock() {
        return Boolean.parseBoolean(value("cci.test-clock").orElse("false"));
    }

    public int httpsPort() {
        return number("cci.https-port", 8443);
    }

    private static int number(String property, int defaultValue) {
        return value(property).map(Integer::parseInt).orElse(defaultValue);
    }

    static Optional<String> value(String property) {
        String fromProperty = System.getProperty(property);
        if (fromProperty != null && !fromProperty.isBlank()) {
            return Optional.of(fromProperty.trim());
        }
        String variable = property.toUpperCase().replace('.', '_').replace('-', '_');
        String fromEnvironment = System.getenv(variable);
        return fromEnvironment == null || fromEnvironment.isBlank()
                ? Optional.empty() : Optional.of(fromEnvironment.trim());
    }
}
