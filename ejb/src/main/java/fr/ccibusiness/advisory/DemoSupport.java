package fr.ccibusiness.advisory;

import fr.ccibusiness.account.Account;
import fr.ccibusiness.community.Cci;
import fr.ccibusiness.community.Community;
import fr.ccibusiness.company.Company;
import fr.ccibusiness.company.CompanyLink;
import fr.ccibusiness.company.CompanyLinkStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The demo's support services: the catalogue of the CCI the demo advisor serves (one service reserved
 * to its agri-food community), the demo member's requests (one under way with messages, one done and
 * rated) and a queue of generated members' requests in every state, two of them overdue, so that the
 * advisor's queue, digest and satisfaction page show something on the first run.
 */
@Dependent
public class DemoSupport {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    public void load(Cci cci, Account advisor, Account member, Community agrifood) {
        Instant now = clock.instant();
        SupportOffer export = offer(cci, advisor, OfferCategory.EXPORT, "Diagnostic export", "<p>Un conseiller export vient dans"
                + " l’entreprise faire le point sur vos produits, vos marchés cibles et vos moyens, puis vous remet un plan d’action"
                + " à 12 mois avec les aides mobilisables (Team France Export, assurance prospection Bpifrance).</p>",
                null, "Une demi-journée sur site", 5, Set.of(), now);
        SupportOffer training = offer(cci, advisor, OfferCategory.TRAINING, "Formation : répondre aux marchés publics",
                "<p>Deux jours pour lire un DCE, préparer un mémoire technique convaincant et déposer une offre dématérialisée"
                        + " sans erreur.</p><ul><li>Lecture du règlement de consultation</li><li>Le mémoire technique</li>"
                        + "<li>Le dépôt sur un profil d’acheteur</li></ul>",
                new BigDecimal("690.00"), "2 jours", 5, Set.of(), now);
        offer(cci, advisor, OfferCategory.FINANCING, "Financer sa croissance : prêts d’honneur et aides régionales",
                "<p>Un rendez-vous pour identifier les financements adaptés à votre projet (prêt d’honneur, AD Normandie, Bpifrance)"
                        + " et préparer le dossier.</p>", null, "1 heure", 3, Set.of(), now);
        offer(cci, advisor, OfferCategory.DIGITAL, "Diagnostic cybersécurité", "<p>Un audit de premier niveau de vos postes,"
                + " sauvegardes et accès distants, avec des recommandations classées par priorité.</p>",
                new BigDecimal("350.00"), "Une journée", 5, Set.of(), now);
        SupportOffer hygiene = offer(cci, advisor, OfferCategory.ENVIRONMENT, "Accompagnement hygiène et sécurité alimentaire",
                "<p>Réservé aux membres de la filière agroalimentaire : mise en place du plan de maîtrise sanitaire et préparation"
                        + " des audits IFS et BRC.</p>", null, "3 demi-journées", 10, Set.of(agrifood), now);

        Company company = em.createNamedQuery("CompanyLink.ofAccount", CompanyLink.class).setParameter("account", member)
                .getResultStream().filter(l -> l.getStatus() == CompanyLinkStatus.APPROVED).map(CompanyLink::getCompany)
                .findFirst().orElse(null);
        if (company != null) {
            SupportRequest going = request(export, company, member, "Nous souhaitons vendre nos pièces usinées en Allemagne et en"
                    + " Espagne : par où commencer ?", now.minus(Duration.ofDays(6)));
            going.assign(advisor, now.minus(Duration.ofDays(6)).plus(Duration.ofHours(2)));
            say(going, true, advisor, "Bonjour, je vous propose une visite mardi prochain à 10 h pour le diagnostic. Pouvez-vous"
                    + " me transmettre votre plaquette commerciale ?", now.minus(Duration.ofDays(5)));
            going.start(now.minus(Duration.ofDays(5)));
            say(going, false, member, "Mardi 10 h nous convient. Je vous envoie la plaquette par retour.", now.minus(Duration.ofDays(4)));
            em.persist(SupportEntry.note(going, advisor, "Entreprise déjà accompagnée en 2024 sur le salon Midest.",
                    now.minus(Duration.ofDays(4))));
            SupportRequest done = request(training, company, member, "Deux personnes de l’équipe commerciale souhaitent suivre la"
                    + " formation de mars.", now.minus(Duration.ofDays(60)));
            done.assign(advisor, now.minus(Duration.ofDays(60)));
            say(done, true, advisor, "Inscriptions enregistrées pour la session des 12 et 13 mars.", now.minus(Duration.ofDays(59)));
            done.start(now.minus(Duration.ofDays(59)));
            done.complete(now.minus(Duration.ofDays(30)));
            done.rate(5, "Formation très concrète, nous avons déposé notre première offre la semaine suivante.", now.minus(Duration.ofDays(29)));
        }

        List<CompanyLink> others = em.createQuery("SELECT l FROM CompanyLink l JOIN FETCH l.company JOIN FETCH l.account"
                        + " WHERE l.status = fr.ccibusiness.company.CompanyLinkStatus.APPROVED AND l.account <> :member ORDER BY l.id",
                CompanyLink.class).setParameter("member", member).setMaxResults(12).getResultList();
        String[] asks = {"Nous préparons notre premier salon à l’étranger.", "Pouvez-vous nous aider à monter un dossier de prêt ?",
                "Nous avons subi une tentative d’intrusion le mois dernier.", "Nouvelle collaboratrice à former aux marchés publics."};
        SupportOffer[] offers = {export, training, export, hygiene};
        for (int i = 0; i < others.size(); i++) {
            CompanyLink link = others.get(i);
            SupportOffer offer = offers[i % offers.length];
            Instant at = now.minus(Duration.ofDays(2L + i * 3L));
            SupportRequest request = request(offer.isAllMembers() ? offer : export, link.getCompany(), link.getAccount(),
                    asks[i % asks.length], at);
            switch (i % 4) {
                case 0 -> { }
                case 1 -> request.assign(advisor, at.plus(Duration.ofHours(3)));
                case 2 -> {
                    request.assign(advisor, at.plus(Duration.ofHours(1)));
                    say(request, true, advisor, "Bonjour, pouvez-vous préciser votre calendrier ?", at.plus(Duration.ofDays(1)));
                    request.start(at.plus(Duration.ofDays(1)));
                    request.complete(at.plus(Duration.ofDays(2)));
                    request.rate(3 + i % 3, null, at.plus(Duration.ofDays(3)));
                }
                default -> request.decline("Votre projet relève de l’accompagnement de la CCI de votre département.",
                        at.plus(Duration.ofDays(1)));
            }
        }
    }

    private SupportOffer offer(Cci cci, Account advisor, OfferCategory category, String title, String html, BigDecimal price,
                               String duration, int targetDays, Set<Community> audience, Instant now) {
        OfferForm form = new OfferForm();
        form.setTitle(title);
        form.setCategory(category);
        form.setDescriptionHtml(html);
        form.setAllMembers(audience.isEmpty());
        form.setPriceEuros(price);
        form.setDuration(duration);
        form.setTargetDays(targetDays);
        SupportOffer offer = new SupportOffer(cci, form, audience, Set.of(advisor), now);
        em.persist(offer);
        return offer;
    }

    private SupportRequest request(SupportOffer offer, Company company, Account member, String text, Instant at) {
        SupportRequest request = new SupportRequest(offer, company, member, text, at);
        em.persist(request);
        return request;
    }

    private void say(SupportRequest request, boolean fromCci, Account author, String text, Instant at) {
        if (fromCci) {
            request.answered(at);
        }
        em.persist(SupportEntry.message(request, fromCci, author, text, at));
    }
}
