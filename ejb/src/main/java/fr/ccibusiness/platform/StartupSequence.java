package fr.ccibusiness.platform;

import fr.ccibusiness.account.Role;
import fr.ccibusiness.demo.DemoDataLoader;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

/**
 * The order of the work done when the platform starts, in one place, before it answers a request:
 * <ol>
 * <li>the schema is migrated ({@link FlywayMigrator}, the only bean this one depends on);</li>
 * <li>the demo data is loaded, when the run command asks for it, and committed.</li>
 * </ol>
 * The directory's index starts on its own ({@link fr.ccibusiness.directory.DirectoryIndex}): it indexes
 * what is committed when it starts, and reads the rest, the demo included, from the change log. So do
 * the warm-ups ({@link WarmUps}), on a background thread: they read and write nothing of the database.
 * The rule that keeps this free of deadlocks: no start-up bean depends on a bean that writes at
 * start-up. Committed writes fire events (a changed directory), and an observer that is itself a
 * start-up singleton waiting for the writer would wait for ever. Here every step is a plain call,
 * made on this thread with no transaction of its own.
 */
@Singleton
@Startup
@DependsOn("FlywayMigrator")
@RunAs(Role.Names.ADMIN)
@TransactionManagement(TransactionManagementType.BEAN)
public class StartupSequence {

    @Inject
    private DemoDataLoader demoData;

    @PostConstruct
    void start() {
        demoData.loadIfAsked();
    }
}
