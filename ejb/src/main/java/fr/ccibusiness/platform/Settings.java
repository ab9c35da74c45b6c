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

    /** Production mode: HTTPS everywhere, secure cookies. */
    public boolean production() {
        return Boolean.parseBoolean(value("cci.production").orElse("false"));
    }

    /** Demo data is loaded only by the README's run command. */
    public boolean demo() {
        return Boolean.parseBoolean(value("cci.demo").orElse("false"));
    }

    public String dpoEmail() {
        return value("cci.dpo-email").orElse("dpo@ccibusiness.example.fr");
    }

    /** How long a company search stays answered from memory; 0 turns the cache off. */
    public int directoryCacheSeconds() {
        return Integer.parseInt(value("cci.directory-cache-seconds").orElse("60"));
    }

    /** INSEE code of the chamber's region (28: Normandie), whose departments the directory offers. */
    public String regionCode() {
        return value("cci.region-code").orElse("28");
    }

    public int httpsPort() {
        return Integer.parseInt(value("cci.https-port").orElse("8443"));
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
