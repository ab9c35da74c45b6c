import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Creates the platform's databases that are missing, and says nothing of those that exist: run by the
 * build (ear/pom.xml) as a single-file program, since CREATE DATABASE has no IF NOT EXISTS.
 * <p>
 * Arguments: the JDBC address of the server's maintenance database, the user, the password, then the
 * names of the databases. The run database's name is taken from CCI_DB_NAME when it is set, as the
 * server takes it (configure.cli), so that {@code CCI_DB_NAME=other ./run.sh} starts on a database
 * that exists.
 */
public class CreateDatabases {

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    public static void main(String[] args) throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", args[1]);
        login.setProperty("password", args[2]);
        try (Connection connection = DriverManager.getConnection(args[0], login);
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?");
             Statement create = connection.createStatement()) {
            for (int i = 3; i < args.length; i++) {
                String name = i == 3 && System.getenv("CCI_DB_NAME") != null ? System.getenv("CCI_DB_NAME") : args[i];
                if (!NAME.matcher(name).matches()) {
                    throw new IllegalArgumentException("Not a database name for the platform: " + name);
                }
                exists.setString(1, name);
                try (ResultSet found = exists.executeQuery()) {
                    if (!found.next()) {
                        create.execute("CREATE DATABASE " + name);
                        System.out.println("Database " + name + " created");
                    }
                }
            }
        }
    }
}
