package fr.ccibusiness.platform;

import fr.ccibusiness.account.Role;
import fr.ccibusiness.demo.DemoDataLoader;
import fr.ccibusiness.directory.DirectoryIndex;
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
 * <li>the demo data is loaded, when the run command asks for it, and committed;</li>
 * <li>the directory's index is loaded from what is then committed.</li>
 * </ol>
 * The rule that keeps this free of deadlocks: no start-up bean depends on a bean that writes at
 * start-up. Committed writes fire events (a changed directory), and an observer that is itself a
 * start-up singleton waiting for the writer would wait for ever. Here every step is a plain call,
 * made on this thread with no transaction of its own, and the index lets the demo's events pass
 * until it is loaded: its load reads everything they announced.
 */
@Singleton
@Startup
@DependsOn("FlywayMigrator")
@RunAs(Role.Names.ADMIN)
@TransactionManagement(TransactionManagementType.BEAN)
public class StartupSequence {

    @Inject
    private DemoDataLoader demoData;

    @Inject
    private DirectoryIndex directory;

    @PostConstruct
    void start() {
        demoData.loadIfAsked();
        directory.load();
    }
}
