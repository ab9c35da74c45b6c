package fr.ccibusiness.consultation;

import fr.ccibusiness.account.Account;
import fr.ccibusiness.community.Cci;
import fr.ccibusiness.community.Community;
import fr.ccibusiness.platform.FileStore;
import fr.ccibusiness.platform.StoredFile;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * The demo's buyer: an organisation of the aeronautics sector with the demo buyer account, allowed to
 * publish to two communities, with a consultation reserved to the community of the demo member, a
 * public one, and a draft; each with a tender document and its journal.
 */
@Dependent
public class DemoConsultations {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private FileStore files;

    @Inject
    private ConsultationJournal journal;

    @Inject
    private Clock clock;

    public void load(Account buyer, Cci cci, Community reserved, Community other) {
        Instant now = clock.instant();
        BuyerOrganisation organisation = new BuyerOrganisation("Normandie Aéro Systèmes", "99914200300014", BuyerKind.PRIVATE,
                cci, now);
        organisation.addBuyer(buyer);
        organisation.allow(reserved);
        organisation.allow(other);
        em.persist(organisation);
        consultation(organisation, buyer, "NAS-2026-014", "Usinage de pièces de structure en titane",
                "<p>Usinage 5 axes de <strong>ferrures et cadres en Ti-6Al-4V</strong> pour un programme d’aérostructures :"
                        + " environ 1 200 pièces par an, EN 9100 exigée.</p>", ValueBand.FROM_1M_TO_5M, 30, false, Set.of(reserved), true,
                "EN 9100", "14118");
        consultation(organisation, buyer, "NAS-2026-017", "Nettoyage industriel du site de Colombelles",
                "<p>Nettoyage des ateliers, bureaux et zones propres (ISO 8) du site de Colombelles, 12 000 m².</p>",
                ValueBand.FROM_221K_TO_1M, 21, true, Set.of(), true, "", "14118");
        consultation(organisation, buyer, "NAS-2027-002", "Maintenance des ponts roulants",
                "<p>Maintenance préventive et curative de 14 ponts roulants (2 à 20 t).</p>", ValueBand.FROM_40K_TO_221K, 45, false,
                Set.of(reserved, other), false, "", "");
    }

    private void consultation(BuyerOrganisation organisation, Account buyer, String reference, String title, String object,
                              ValueBand band, int days, boolean publicAccess, Set<Community> targets, boolean publish,
                              String certifications, String places) {
        Instant now = clock.instant();
        ConsultationForm form = new ConsultationForm();
        form.setReference(reference);
        form.setTitle(title);
        form.setObjectHtml(object);
        form.setValueBand(band);
        form.setResponseDeadline(LocalDateTime.ofInstant(now.plus(Duration.ofDays(days)), Consultation.PARIS)
                .truncatedTo(ChronoUnit.HOURS).withHour(12));
        form.setPublicAccess(publicAccess);
        form.setCertifications(certifications);
        form.setPlaces(places);
        Consultation consultation = new Consultation(organisation, form, targets, buyer, now);
        em.persist(consultation);
        journal.record(consultation, JournalKind.CREATED, buyer, "reference=\"" + reference + "\"");
        TenderDocument rules = new TenderDocument(consultation, "Règlement de la consultation", now);
        em.persist(rules);
        byte[] pdf = ("%PDF-1.4\n% " + reference + " — règlement de la consultation (démonstration)\n%%EOF\n")
                .getBytes(StandardCharsets.UTF_8);
        StoredFile file = StoredFile.accept("reglement-" + reference + ".pdf", new ByteArrayInputStream(pdf), pdf.length, files);
        TenderDocumentVersion version = rules.addVersion(file, buyer, now);
        em.flush();
        journal.record(consultation, JournalKind.DOCUMENT_VERSION, buyer, "document=\"" + rules.getTitle() + "\" version=1 file=\""
                + version.getFileName() + "\" size=" + version.getSizeBytes() + " sha256=" + version.getSha256());
        if (publish) {
            consultation.publish(now);
            journal.record(consultation, JournalKind.PUBLISHED, buyer, "reference=\"" + reference + "\"");
        }
    }
}
