package fr.ccibusiness.account;

import fr.ccibusiness.privacy.PersonalDataSection;
import fr.ccibusiness.privacy.PersonalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;

/** The account's part of a person's export: the login, the profile and photo, e-mailed links, the connection log. */
@ApplicationScoped
public class AccountPersonalData implements PersonalDataSource {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<PersonalDataSection> sections() {
        return List.of(
                new PersonalDataSection("account", "SELECT a.email, a.status, a.language, a.created_at, a.verified_at,"
                        + " a.retention_warned_at, a.locked_at, a.lock_reason, (SELECT string_agg(r.role, ', ' ORDER BY r.role) FROM app.account_role r"
                        + " WHERE r.account_id = a.id) AS roles FROM app.account a WHERE a.id = ?", "account.id", "account_role.account_id"),
                new PersonalDataSection("profile", "SELECT m.last_name, m.first_name, m.job_title, m.contact_phone, m.website,"
                        + " m.social_url, m.about_me, (SELECT string_agg(c.competence, ', ' ORDER BY c.competence)"
                        + " FROM app.member_competence c WHERE c.account_id = m.account_id) AS competences,"
                        + " m.hidden_from_directory, (SELECT 'photo.jpg' FROM app.member_photo p WHERE p.account_id = m.account_id)"
                        + " AS photo FROM app.member m WHERE m.account_id = ?", "member.account_id"),
                new PersonalDataSection("email_links", "SELECT t.purpose, t.new_email, t.created_at, t.expires_at, t.used_at"
                        + " FROM app.account_token t WHERE t.account_id = ? ORDER BY t.created_at", "account_token.account_id"),
                new PersonalDataSection("connection_log", "SELECT l.occurred_at, l.address, l.outcome FROM app.connection_log l"
                        + " WHERE l.account_id = ? ORDER BY l.occurred_at", "connection_log.account_id"),
                new PersonalDataSection("account_changes", "SELECT c.occurred_at, c.action, c.detail, c.actor_label"
                        + " FROM app.account_change c WHERE c.account_id = ? ORDER BY c.occurred_at", "account_change.account_id"),
                new PersonalDataSection("account_changes_made", "SELECT c.occurred_at, c.action, c.detail FROM app.account_change c"
                        + " WHERE c.actor_id = ? ORDER BY c.occurred_at", "account_change.actor_id"));
    }

    @Override
    public Map<String, byte[]> files(long accountId) {
        MemberPhoto photo = em.find(MemberPhoto.class, accountId);
        return photo == null ? Map.of() : Map.of("photo.jpg", photo.getContent());
    }
}
