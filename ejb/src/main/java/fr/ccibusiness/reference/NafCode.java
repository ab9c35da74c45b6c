package fr.ccibusiness.reference;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A NAF rev. 2 code; level 4 ("56.10A") is the APE code a company carries. */
@Entity
@Cacheable
@Table(name = "naf_code")
public class NafCode {

    public static final int SUBCLASS_LEVEL = 4;

    @Id
    private String code;

    @Column(nullable = false)
    private String label;

    @Column(nullable = false)
    private short level;

    protected NafCode() {
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public boolean isSubclass() {
        return level == SUBCLASS_LEVEL;
    }

    /** "56.10A — Restauration traditionnelle", as pickers show and accept it. */
    public String getDisplay() {
        return code + " — " + label;
    }
}
