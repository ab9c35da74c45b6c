package fr.ccibusiness.reference;

import fr.ccibusiness.platform.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The departments of the chamber's region, read once: official data loaded by a migration does not change while running. */
@ApplicationScoped
public class RegionDepartments {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Settings settings;

    private volatile Map<String, String> departments;

    @SuppressWarnings("unchecked")
    Map<String, String> byCode() {
        Map<String, String> cached = departments;
        if (cached == null) {
            Map<String, String> read = new LinkedHashMap<>();
            for (Object[] row : (List<Object[]>) em.createNativeQuery("SELECT code, name FROM app.department"
                    + " WHERE region_code = ?1 ORDER BY code").setParameter(1, settings.regionCode()).getResultList()) {
                read.put((String) row[0], (String) row[1]);
            }
            cached = Collections.unmodifiableMap(read);
            departments = cached;
        }
        return cached;
    }
}
