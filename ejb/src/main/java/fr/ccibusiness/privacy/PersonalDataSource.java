package fr.ccibusiness.privacy;

import java.util.List;
import java.util.Map;

/**
 * Implemented by each feature that keeps personal data, as a CDI bean: the export of "Mes données"
 * finds every implementation, so a new feature registers its part by declaring one (and its rows go
 * on {@code AccountErasure}).
 */
public interface PersonalDataSource {

    List<PersonalDataSection> sections();

    /** Files that go into the export as they are (a photo), by file name. */
    default Map<String, byte[]> files(long accountId) {
        return Map.of();
    }
}
