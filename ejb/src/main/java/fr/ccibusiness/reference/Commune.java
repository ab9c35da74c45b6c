package fr.ccibusiness.reference;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/** A commune of INSEE's official code list, with its postal codes and department. */
@Entity
@Cacheable
@Table(name = "commune")
public class Commune {

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "department_code", nullable = false)
    private String departmentCode;

    @Column(name = "postal_codes", nullable = false)
    private String postalCodes;

    protected Commune() {
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public List<String> getPostalCodes() {
        return Arrays.asList(postalCodes.split(" "));
    }

    public boolean hasPostalCode(String postalCode) {
        return getPostalCodes().contains(postalCode);
    }

    /** "Caen (14000) — 14118", as pickers show and accept it. */
    public String getDisplay() {
        return name + " (" + String.join(", ", getPostalCodes()) + ") — " + code;
    }
}
