package fr.ccibusiness.reference;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Lookups in the official code lists, for the forms' pickers; public data. */
@Stateless
@PermitAll
public class ReferenceDataService {

    private static final int PICKER_SIZE = 15;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RegionDepartments regionDepartments;

    /** APE codes whose code or label contains the words typed, accents and case ignored. */
    @PermitAll
    @SuppressWarnings("unchecked")
    public List<NafCode> searchNaf(String typed) {
        String query = typed == null ? "" : typed.strip();
        return em.createNativeQuery("SELECT * FROM app.naf_code WHERE level = 4 AND (code LIKE ?1"
                        + " OR public.unaccent(lower(label)) LIKE '%' || public.unaccent(lower(?2)) || '%') ORDER BY code",
                NafCode.class)
                .setParameter(1, query.toUpperCase() + "%").setParameter(2, query)
                .setMaxResults(PICKER_SIZE).getResultList();
    }

    /** Communes whose name starts with the text typed (accents, case, hyphens ignored) or whose postal code does. */
    @PermitAll
    @SuppressWarnings("unchecked")
    public List<Commune> searchCommunes(String typed) {
        String query = typed == null ? "" : typed.strip();
        return em.createNativeQuery("SELECT * FROM app.commune WHERE postal_codes LIKE '%' || ?1 || '%'"
                        + " OR translate(public.unaccent(lower(name)), '-''', '  ') LIKE translate(public.unaccent(lower(?2)), '-''', '  ') || '%'"
                        + " ORDER BY population DESC NULLS LAST, name", Commune.class)
                .setParameter(1, query.matches("\\d{2,5}") ? query : "#").setParameter(2, query)
                .setMaxResults(PICKER_SIZE).getResultList();
    }

    /** The region's departments by code ("14" → "Calvados"), for filters. */
    @PermitAll
    public Map<String, String> departments() {
        return regionDepartments.byCode();
    }

    @PermitAll
    public Optional<NafCode> naf(String code) {
        return Optional.ofNullable(code).map(c -> em.find(NafCode.class, c)).filter(NafCode::isSubclass);
    }

    @PermitAll
    public Optional<Commune> commune(String code) {
        return Optional.ofNullable(code).map(c -> em.find(Commune.class, c));
    }
}
