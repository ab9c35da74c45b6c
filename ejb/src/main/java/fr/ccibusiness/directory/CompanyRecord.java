package fr.ccibusiness.directory;

import java.util.List;

/**
 * What the directory indexes of a company, as read from the database: its public record, the names
 * of its NAF code, commune and department, and the communities its approved members are active in.
 * Nothing personal: no contact detail is indexed.
 */
record CompanyRecord(long id, String legalName, String nafCode, String nafLabel, String commune, String postalCode,
                     String communeCode, String departmentCode, String departmentName, String activity,
                     String references, String capacities, String workforceBand, List<String> certifications,
                     List<Long> communities) {

    CompanyRecord {
        certifications = List.copyOf(certifications);
        communities = List.copyOf(communities);
    }

    /** The NAF division: the two digits the code begins with. */
    String nafDivision() {
        return nafCode.substring(0, 2);
    }
}
