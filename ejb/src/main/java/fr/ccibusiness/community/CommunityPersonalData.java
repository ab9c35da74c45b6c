package fr.ccibusiness.community;

import fr.ccibusiness.privacy.PersonalDataSection;
import fr.ccibusiness.privacy.PersonalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The communities' part of a person's export: memberships, newsletter subscriptions, animation and staff roles. */
@ApplicationScoped
public class CommunityPersonalData implements PersonalDataSource {

    @Override
    public List<PersonalDataSection> sections() {
        return List.of(
                new PersonalDataSection("memberships", "SELECT c.name AS community, m.status, m.requested_at, m.decided_at,"
                        + " m.left_at, m.decision_message FROM app.membership m JOIN app.community c ON c.id = m.community_id"
                        + " WHERE m.account_id = ? ORDER BY m.requested_at", "membership.account_id"),
                new PersonalDataSection("newsletter_subscriptions", "SELECT c.name AS community, s.subscribed_at, s.source,"
                        + " s.unsubscribed_at FROM app.newsletter_subscription s JOIN app.community c ON c.id = s.community_id"
                        + " WHERE s.account_id = ? ORDER BY s.subscribed_at", "newsletter_subscription.account_id"),
                new PersonalDataSection("animated_communities", "SELECT c.name AS community FROM app.community_animator a"
                        + " JOIN app.community c ON c.id = a.community_id WHERE a.account_id = ? ORDER BY c.name", "community_animator.account_id"),
                new PersonalDataSection("cci_staff", "SELECT c.name AS cci FROM app.cci_staff s JOIN app.cci c ON c.id = s.cci_id"
                        + " WHERE s.account_id = ? ORDER BY c.name", "cci_staff.account_id"));
    }
}
