package fr.ccibusiness.people;

import fr.ccibusiness.account.Role;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * The console's filters, each optional: a part of the name, of the address, of a company's name; a
 * community the person is an active member of; a role; a state; the day of registration between two
 * dates (Paris days, both included).
 */
public record PeopleFilter(String name, String email, String company, Long communityId, Role role, PersonStatus status,
        LocalDate createdFrom, LocalDate createdTo) implements Serializable {

    public static final PeopleFilter NONE = new PeopleFilter(null, null, null, null, null, null, null, null);
}
