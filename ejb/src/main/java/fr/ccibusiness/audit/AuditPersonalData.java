package fr.ccibusiness.audit;

import fr.ccibusiness.privacy.PersonalDataSection;
import fr.ccibusiness.privacy.PersonalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The audit trail's part of a person's export: who read or changed their data (the recipients, GDPR
 * article 15(1)(c): by role and action, as the trail records them), and what they did themselves in a
 * role that is audited. The other person's name, which the trail keeps, is left out of both.
 */
@ApplicationScoped
public class AuditPersonalData implements PersonalDataSource {

    @Override
    public List<PersonalDataSection> sections() {
        return List.of(
                new PersonalDataSection("audit_about_me", "SELECT e.occurred_at, e.actor_role, e.what"
                        + " FROM (SELECT CAST(? AS BIGINT) AS id) me JOIN app.audit_entry e ON e.subject_account_id = me.id"
                        + " OR me.id = ANY(e.subject_ids) ORDER BY e.occurred_at, e.id", "audit_entry.subject_account_id"),
                new PersonalDataSection("audit_my_actions", "SELECT e.occurred_at, e.actor_role, e.what FROM app.audit_entry e"
                        + " WHERE e.actor_id = ? ORDER BY e.occurred_at, e.id", "audit_entry.actor_id"));
    }
}
