package fr.ccibusiness.company;

import fr.ccibusiness.privacy.PersonalDataSection;
import fr.ccibusiness.privacy.PersonalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The companies' part of a person's export: their links to companies, and the changes they made to records. */
@ApplicationScoped
public class CompanyPersonalData implements PersonalDataSource {

    @Override
    public List<PersonalDataSection> sections() {
        return List.of(
                new PersonalDataSection("company_links", "SELECT c.siret, c.legal_name, l.status, l.requested_at, l.decided_at"
                        + " FROM app.company_link l JOIN app.company c ON c.id = l.company_id WHERE l.account_id = ?"
                        + " ORDER BY l.requested_at", "company_link.account_id"),
                new PersonalDataSection("company_changes", "SELECT c.siret, c.legal_name, h.changed_at, h.field, h.old_value,"
                        + " h.new_value FROM app.company_change h JOIN app.company c ON c.id = h.company_id"
                        + " WHERE h.account_id = ? ORDER BY h.changed_at", "company_change.account_id"));
    }
}
