package fr.ccibusiness.privacy;

/**
 * One part of a person's data export (policy article 4, access and portability): a name, which is
 * also the CSV file's name, and the SQL that reads it, with the account id as its only parameter
 * {@code ?}. Every column it returns must be described in the {@code personal-data} bundle under
 * {@code name.column}, so the export's README explains each field.
 */
public record PersonalDataSection(String name, String sql) {

    public PersonalDataSection {
        if (!name.matches("[a-z_]+") || !sql.contains("?")) {
            throw new IllegalArgumentException("A section has a lower-case name and reads one account: " + name);
        }
    }
}
