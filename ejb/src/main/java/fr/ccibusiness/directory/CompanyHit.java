package fr.ccibusiness.directory;

import java.io.Serializable;

/** A company in the directory's results: nothing personal. */
public class CompanyHit implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String legalName;
    private final String nafCode;
    private final String nafLabel;
    private final String commune;
    private final String postalCode;

    CompanyHit(Object[] row) {
        this.id = ((Number) row[0]).longValue();
        this.legalName = (String) row[1];
        this.nafCode = (String) row[2];
        this.nafLabel = (String) row[3];
        this.commune = (String) row[4];
        this.postalCode = (String) row[5];
    }

    public long getId() {
        return id;
    }

    public String getLegalName() {
        return legalName;
    }

    public String getNafCode() {
        return nafCode;
    }

    public String getNafLabel() {
        return nafLabel;
    }

    public String getCommune() {
        return commune;
    }

    public String getPostalCode() {
        return postalCode;
    }
}
