package fr.ccibusiness.event;

import java.time.Instant;

/** A registrant as the organiser sees them: who, which company, where they stand, and whether they came. */
public record AttendeeLine(long registrationId, String lastName, String firstName, String email, String company,
                           RegistrationStatus status, Instant registeredAt, Instant checkedInAt) {

    public boolean isCheckedIn() {
        return checkedInAt != null;
    }

    public boolean isConfirmed() {
        return status == RegistrationStatus.CONFIRMED;
    }
}
