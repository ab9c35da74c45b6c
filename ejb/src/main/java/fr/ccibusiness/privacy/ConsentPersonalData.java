package fr.ccibusiness.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The consent ledger's part of a person's export: each version of the policy accepted, and when. */
@ApplicationScoped
public class ConsentPersonalData implements PersonalDataSource {

    @Override
    public List<PersonalDataSection> sections() {
        return List.of(new PersonalDataSection("consents", "SELECT p.label AS policy_version, p.published_on, c.given_at"
                + " FROM app.consent c JOIN app.policy_version p ON p.id = c.policy_version_id WHERE c.account_id = ?"
                + " ORDER BY c.given_at", "consent.account_id"));
    }
}
