package fr.ccibusiness.privacy;

import java.util.List;

/**
 * One part of a person's data export (policy article 4, access and portability): a name, which is
 * also the CSV file's name, the SQL that reads it, with the account id as its only parameter
 * {@code ?}, and the columns that point at the person it reads ({@code table.column}, as in the schema).
 * Every column it returns must be described in the {@code personal-data} bundle under
 * {@code name.column}, so the export's README explains each field. Every column of the schema that
 * points at an account is read by a section or explained in the bundle under
 * {@code not-exported.table.column}: a test reads the schema to hold that.
 */
public record PersonalDataSection(String name, String sql, List<String> from) {

    public PersonalDataSection {
        if (!name.matches("[a-z_]+") || !sql.contains("?")) {
            throw new IllegalArgumentException("A section has a lower-case name and reads one account: " + name);
        }
        if (from.isEmpty() || !from.stream().allMatch(column -> column.matches("[a-z_]+\\.[a-z_]+"))) {
            throw new IllegalArgumentException("A section says which table.column it reads the person by: " + name);
        }
        from = List.copyOf(from);
    }

    public PersonalDataSection(String name, String sql, String... from) {
        this(name, sql, List.of(from));
    }
}
