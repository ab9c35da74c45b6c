package fr.ccibusiness.consultation;

import fr.ccibusiness.account.Account;
import fr.ccibusiness.community.Community;
import fr.ccibusiness.reference.Commune;
import fr.ccibusiness.reference.NafCode;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the consultations' services share: finding a consultation, the buyer's organisation, the page's view. */
@Dependent
public class Consultations {

    @PersistenceContext
    private EntityManager em;

    public Consultation find(long id) {
        return Optional.ofNullable(em.find(Consultation.class, id)).orElseThrow(ConsultationNotFoundException::new);
    }

    /**
     * The consultation if {@code me} may read it: its organisation's buyers and administrators in any
     * state; once published, anyone when it is public, else its target communities' active members.
     */
    public Consultation readable(Consultation consultation, Optional<Account> me, boolean admin, Instant now) {
        boolean insider = me.isPresent() && (admin || consultation.getOrganisation().hasBuyer(me.get()));
        boolean reader = consultation.state(now) != ConsultationStatus.DRAFT && (consultation.isPublicAccess()
                || me.map(this::activeCommunities).orElse(List.of()).stream()
                .anyMatch(id -> consultation.getCommunities().stream().anyMatch(c -> c.getId().equals(id))));
        if (!insider && !reader) {
            throw new ConsultationNotFoundException();
        }
        return consultation;
    }

    /** A consultation of {@code buyer}'s organisation, whatever its state; any other id is "not found". */
    public Consultation ofBuyer(long id, Account buyer) {
        Consultation consultation = find(id);
        if (!consultation.getOrganisation().hasBuyer(buyer)) {
            throw new ConsultationNotFoundException();
        }
        return consultation;
    }

    public Optional<BuyerOrganisation> organisationOf(Account buyer) {
        return em.createNamedQuery("BuyerOrganisation.ofBuyer", BuyerOrganisation.class).setParameter("account", buyer)
                .getResultStream().findFirst();
    }

    /** The communities where this account is an active member, by id. */
    public List<Long> activeCommunities(Account account) {
        return em.createQuery("SELECT m.community.id FROM Membership m WHERE m.account = :account"
                        + " AND m.status = fr.ccibusiness.community.MembershipStatus.ACTIVE", Long.class)
                .setParameter("account", account).getResultList();
    }

    public ConsultationDetail detail(Consultation c, boolean manager, Instant now) {
        List<TenderDocument> documents = em.createNamedQuery("TenderDocument.ofConsultation", TenderDocument.class)
                .setParameter("consultation", c).getResultList();
        Map<Long, Long> downloads = manager ? downloadCounts(c) : Map.of();
        List<ConsultationDetail.Document> views = documents.stream().map(d -> new ConsultationDetail.Document(d.getId(),
                d.getTitle(), d.getVersions().stream().map(v -> new ConsultationDetail.Version(v.getId(), v.getNumber(),
                        v.getFileName(), v.getSizeBytes(), v.getSha256(), v.getUploadedAt(),
                        downloads.getOrDefault(v.getId(), 0L))).toList())).toList();
        List<String> communities = c.getCommunities().stream().map(Community::getName).sorted(Comparator.naturalOrder()).toList();
        BuyerOrganisation organisation = c.getOrganisation();
        List<ConsultationDetail.LotView> lots = c.getLots().stream()
                .map(l -> new ConsultationDetail.LotView(l.getId(), l.getLabel())).toList();
        return new ConsultationDetail(c.getId(), c.getReference(), c.getTitle(), organisation.getName(), organisation.getKind(),
                c.getObjectHtml(), c.getValueBand(), c.getQuestionDeadline(), c.getResponseDeadline(), c.isPublicAccess(),
                communities, criteria(c), lots, c.state(now), c.getPublishedAt(), c.getCancelledAt(), c.getCancelReason(), winners(c), views,
                manager ? c.getNotifiedCount() : null, manager);
    }

    private ConsultationDetail.Criteria criteria(Consultation c) {
        return new ConsultationDetail.Criteria(
                c.getNafCodes().stream().sorted().map(code -> Optional.ofNullable(em.find(NafCode.class, code))
                        .map(n -> code + " — " + n.getLabel()).orElse(code)).toList(),
                c.getCertifications().stream().sorted().toList(), c.getCompetences().stream().sorted().toList(),
                c.getPlaces().stream().map(code -> Optional.ofNullable(em.find(Commune.class, code)).map(Commune::getName).orElse(code))
                        .sorted().toList());
    }

    private List<String> winners(Consultation c) {
        return em.createQuery("SELECT d FROM ResponseDeposit d WHERE d.consultation = :c AND d.awarded = TRUE", ResponseDeposit.class)
                .setParameter("c", c).getResultStream().map(d -> d.getLot() == null ? d.getCompany().getLegalName()
                        : d.getLot().getLabel() + " : " + d.getCompany().getLegalName()).sorted().toList();
    }

    private Map<Long, Long> downloadCounts(Consultation c) {
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery("SELECT d.version.id, count(d) FROM TenderDownload d WHERE d.consultation = :c GROUP BY d.version.id",
                Object[].class).setParameter("c", c).getResultStream()
                .forEach(row -> counts.put((Long) row[0], ((Number) row[1]).longValue()));
        return counts;
    }
}
