package fr.ccibusiness.audience;

import fr.ccibusiness.account.Role.Names;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Counts page views for the audience measurement the visitor accepted, and shows the counts to the
 * administrators. Nothing identifies the visitor: the web tier calls {@link #recordView} only when
 * the consent cookie says yes, with the page's path and nothing else.
 */
@Stateless
public class AudienceService {

    private static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    private static final int PAGE_MAX = 200;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** One view of {@code page} today; anyone who browses may cause it, once they have consented. */
    @PermitAll
    @Asynchronous
    public void recordView(String page) {
        String key = page.length() > PAGE_MAX ? page.substring(0, PAGE_MAX) : page;
        em.createNativeQuery("INSERT INTO app.audience_page_views (day, page, views) VALUES (?1, ?2, 1)"
                + " ON CONFLICT (day, page) DO UPDATE SET views = app.audience_page_views.views + 1")
                .setParameter(1, Date.valueOf(LocalDate.now(clock.withZone(ZONE)))).setParameter(2, key).executeUpdate();
    }

    /** The counts of the last {@code days} days, newest first, most viewed pages first. */
    @RolesAllowed({Names.ADMIN, Names.DPO})
    @SuppressWarnings("unchecked")
    public List<PageViews> lastDays(int days) {
        LocalDate since = LocalDate.now(clock.withZone(ZONE)).minusDays(days - 1L);
        List<Object[]> rows = em.createNativeQuery("SELECT day, page, views FROM app.audience_page_views WHERE day >= ?1"
                + " ORDER BY day DESC, views DESC, page").setParameter(1, Date.valueOf(since)).getResultList();
        return rows.stream().map(r -> new PageViews(((Date) r[0]).toLocalDate(), (String) r[1], ((Number) r[2]).longValue()))
                .toList();
    }
}
