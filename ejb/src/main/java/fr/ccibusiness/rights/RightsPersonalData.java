package fr.ccibusiness.rights;

import fr.ccibusiness.privacy.PersonalDataSection;
import fr.ccibusiness.privacy.PersonalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The rights requests' part of a person's export: the steps they took on requests as the data
 * protection officer (the requests themselves are the requesters' data, found by their e-mail).
 */
@ApplicationScoped
public class RightsPersonalData implements PersonalDataSource {

    @Override
    public List<PersonalDataSection> sections() {
        return List.of(new PersonalDataSection("rights_actions_taken", "SELECT a.occurred_at, a.action, r.kind"
                + " FROM app.rights_request_action a JOIN app.rights_request r ON r.id = a.request_id"
                + " WHERE a.actor_id = ? ORDER BY a.occurred_at, a.id", "rights_request_action.actor_id"));
    }
}
