package fr.ccibusiness.event;

import fr.ccibusiness.privacy.PersonalDataSection;
import fr.ccibusiness.privacy.PersonalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The events' part of a person's export: their registrations (with where they stood and whether they came), and the events they created. */
@ApplicationScoped
public class EventPersonalData implements PersonalDataSource {

    @Override
    public List<PersonalDataSection> sections() {
        return List.of(new PersonalDataSection("event_registrations", "SELECT e.title AS event, e.starts_at, r.status,"
                        + " r.registered_at, r.offered_at, r.offer_expires_at, r.confirmed_at, r.cancelled_at, r.checked_in_at"
                        + " FROM app.event_registration r JOIN app.event e ON e.id = r.event_id WHERE r.account_id = ?"
                        + " ORDER BY e.starts_at", "event_registration.account_id"),
                new PersonalDataSection("event_invitations", "SELECT e.title AS event, e.starts_at, i.invited_at"
                        + " FROM app.event_invitation i JOIN app.event e ON e.id = i.event_id WHERE i.account_id = ?"
                        + " ORDER BY i.invited_at", "event_invitation.account_id"),
                new PersonalDataSection("events_created", "SELECT e.created_at, e.title, e.starts_at, e.status"
                        + " FROM app.event e WHERE e.created_by = ? ORDER BY e.created_at", "event.created_by"));
    }
}
