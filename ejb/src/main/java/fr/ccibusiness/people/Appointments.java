package fr.ccibusiness.people;

import fr.ccibusiness.people.PersonCard.Ref;
import java.io.Serializable;
import java.util.List;

/** Where the caller may appoint someone: communities (animators), CCIs (staff), organisations (buyers). */
public record Appointments(List<Ref> communities, List<Ref> ccis, List<Ref> organisations) implements Serializable {
}
