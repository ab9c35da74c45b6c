package fr.ccibusiness.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Brings the database schema up to date before any other bean touches it. */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class FlywayMigrator {

    public static final String SCHEMA = "app";

    @Resource(lookup = "java:jboss/datasources/CciDS")
    private DataSource dataSource;

    @Inject
    private Logger log;

    @PostConstruct
    void migrate() {
        var result = Flyway.configure(FlywayMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .schemas(SCHEMA)
                .locations("classpath:db/migration")
                .javaMigrations(new V36__MoveLargeObjectsToDisk())
                .load()
                .migrate();
        log.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migration(s) applied)");
    }
}
