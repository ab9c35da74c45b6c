package fr.ccibusiness.audit;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the DPO looks for in the audit trail: a part of the reader's name or address, a part of the name
 * or address of the person read, and days (Europe/Paris, both included); blank or absent criteria
 * match everything.
 */
public record AuditFilter(String actor, String subject, LocalDate from, LocalDate to) implements Serializable {

    boolean hasActor() {
        return actor != null && !actor.isBlank();
    }

    boolean hasSubject() {
        return subject != null && !subject.isBlank();
    }
}
