package fr.ccibusiness.privacy;

import fr.ccibusiness.platform.Csv;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;

/**
 * Builds a person's export: a ZIP with every section of every {@link PersonalDataSource} as one JSON
 * document (machine-readable) and one CSV file per section, the files (photo), and a README that
 * describes each field in the person's language.
 */
@ApplicationScoped
public class PersonalDataExport {

    /** Bundle keys explaining a column that points at the person but is not exported: the rest is table.column. */
    private static final String NOT_EXPORTED = "not-exported.";

    @Resource(lookup = "java:jboss/datasources/CciDS")
    private DataSource dataSource;

    @Inject
    private Instance<PersonalDataSource> sources;

    @Inject
    private Clock clock;

    public byte[] zipFor(long accountId, Locale locale) {
        List<SectionData> data = new ArrayList<>();
        Map<String, byte[]> files = new TreeMap<>();
        List<PersonalDataSource> ordered = new ArrayList<>();
        sources.forEach(ordered::add);
        ordered.sort(Comparator.comparing(s -> s.getClass().getName()));
        for (PersonalDataSource source : ordered) {
            for (PersonalDataSection section : source.sections()) {
                data.add(read(section, accountId));
            }
            files.putAll(source.files(accountId));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            entry(zip, "README.txt", readme(data, ResourceBundle.getBundle("personal-data", locale)));
            entry(zip, "data.json", json(data));
            for (SectionData section : data) {
                entry(zip, "csv/" + section.name() + ".csv", Csv.of(section.columns(), section.rows()));
            }
            for (var file : files.entrySet()) {
                entry(zip, file.getKey(), file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A section as read: its columns in order, and its rows. */
    private record SectionData(String name, List<String> from, List<String> columns, List<Map<String, Object>> rows) {
    }

    private SectionData read(PersonalDataSection section, long accountId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(section.sql())) {
            for (int i = 1; i <= statement.getParameterMetaData().getParameterCount(); i++) {
                statement.setLong(i, accountId);
            }
            try (ResultSet result = statement.executeQuery()) {
                ResultSetMetaData meta = result.getMetaData();
                List<String> columns = new ArrayList<>();
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    columns.add(meta.getColumnLabel(c));
                }
                List<Map<String, Object>> rows = new ArrayList<>();
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= columns.size(); c++) {
                        Object value = result.getObject(c);
                        row.put(columns.get(c - 1), value instanceof Timestamp t ? t.toInstant() : value);
                    }
                    rows.add(row);
                }
                return new SectionData(section.name(), section.from(), columns, rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Export section " + section.name(), e);
        }
    }

    private static byte[] readme(List<SectionData> data, ResourceBundle fields) {
        StringBuilder text = new StringBuilder(fields.getString("readme.intro")).append("\n\n");
        for (SectionData section : data) {
            text.append("== ").append(section.name()).append(" (csv/").append(section.name()).append(".csv): ")
                    .append(fields.getString(section.name())).append('\n');
            for (String column : section.columns()) {
                text.append("  ").append(column).append(": ").append(fields.getString(section.name() + "." + column)).append('\n');
            }
            text.append('\n');
        }
        text.append("== ").append(fields.getString("readme.not-exported")).append('\n');
        Collections.list(fields.getKeys()).stream().filter(key -> key.startsWith(NOT_EXPORTED)).sorted()
                .forEach(key -> text.append("  ").append(key.substring(NOT_EXPORTED.length())).append(": ")
                        .append(fields.getString(key)).append('\n'));
        text.append("\n== ").append(fields.getString("readme.sources")).append('\n');
        for (SectionData section : data) {
            text.append("  ").append(section.name()).append(": ").append(String.join(", ", section.from())).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] json(List<SectionData> data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             JsonGenerator json = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                     .createGenerator(writer)) {
            json.writeStartObject().write("exported_at", clock.instant().toString());
            for (SectionData section : data) {
                json.writeStartArray(section.name());
                for (Map<String, Object> row : section.rows()) {
                    json.writeStartObject();
                    row.forEach((column, value) -> write(json, column, value));
                    json.writeEnd();
                }
                json.writeEnd();
            }
            json.writeEnd();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void write(JsonGenerator json, String name, Object value) {
        if (value == null) {
            json.writeNull(name);
        } else if (value instanceof Boolean b) {
            json.write(name, b);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            json.write(name, ((Number) value).longValue());
        } else {
            json.write(name, value.toString());
        }
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
