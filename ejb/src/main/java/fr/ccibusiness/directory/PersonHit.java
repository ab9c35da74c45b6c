package fr.ccibusiness.directory;

import java.io.Serializable;

/** A person in the people directory: name and job title; contact details are on their page. */
public class PersonHit implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String firstName;
    private final String lastName;
    private final String jobTitle;

    PersonHit(Object[] row) {
        this.id = ((Number) row[0]).longValue();
        this.firstName = (String) row[1];
        this.lastName = (String) row[2];
        this.jobTitle = (String) row[3];
    }

    public long getId() {
        return id;
    }

    public String getDisplayName() {
        return firstName + " " + lastName;
    }

    public String getJobTitle() {
        return jobTitle;
    }
}
