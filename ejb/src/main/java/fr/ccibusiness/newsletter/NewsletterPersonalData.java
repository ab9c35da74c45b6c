package fr.ccibusiness.newsletter;

import fr.ccibusiness.account.AccountEraser;
import fr.ccibusiness.account.AccountErasure;
import fr.ccibusiness.privacy.PersonalDataSection;
import fr.ccibusiness.privacy.PersonalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The newsletters' part of a person's data: what was sent to them (export, and deleted with them),
 * and the newsletters they wrote, which stay in their community without their name.
 */
@ApplicationScoped
public class NewsletterPersonalData implements PersonalDataSource {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<PersonalDataSection> sections() {
        return List.of(
                new PersonalDataSection("newsletters_received", "SELECT c.name AS community, n.subject, d.status, d.occurred_at"
                        + " FROM app.newsletter_delivery d JOIN app.newsletter n ON n.id = d.newsletter_id"
                        + " JOIN app.community c ON c.id = n.community_id WHERE d.account_id = ? ORDER BY d.occurred_at", "newsletter_delivery.account_id"),
                new PersonalDataSection("newsletters_written", "SELECT c.name AS community, n.subject, n.status, n.created_at"
                        + " FROM app.newsletter n JOIN app.community c ON c.id = n.community_id WHERE n.author_id = ?"
                        + " ORDER BY n.created_at", "newsletter.author_id"));
    }

    void erase(@Observes AccountErasure erasure) {
        String ids = AccountEraser.array(erasure.accountIds());
        em.createNativeQuery("DELETE FROM app.newsletter_delivery WHERE account_id = ANY(CAST(?1 AS BIGINT[]))")
                .setParameter(1, ids).executeUpdate();
        em.createNativeQuery("UPDATE app.newsletter SET author_id = NULL WHERE author_id = ANY(CAST(?1 AS BIGINT[]))")
                .setParameter(1, ids).executeUpdate();
    }
}
