package fr.ccibusiness.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ccibusiness.it.support.Db;
import fr.ccibusiness.it.support.Mailbox;
import fr.ccibusiness.it.support.Page;
import fr.ccibusiness.it.support.PlatformIT;
import fr.ccibusiness.it.support.Sirets;
import fr.ccibusiness.it.support.WebClient;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Communities: administration, joining with admission requirements, approval by animators, and their limits. */
class CommunitiesIT extends PlatformIT {

    @Test
    void anAdministratorCreatesACciACommunityAndNamesItsAnimator() {
        String animatorEmail = newEmail();
        registerConfirmed(new WebClient(), animatorEmail, "Aubert", "Chloé");
        WebClient admin = signedInWithRole("admin");
        String code = "cci-" + unique();

        Page page = admin.get("/admin/communities.xhtml");
        page = admin.submit(page, "cci", Map.of("cci:code", code, "cci:name", "CCI de test " + code,
                "cci:city", "Alençon"), "cci:create");
        assertTrue(page.globalMessages().contains("est ajoutée"), page.mainText());
        long cciId = ((Number) Db.single("SELECT id FROM app.cci WHERE code = ?", code)).longValue();

        String name = "Filière bois " + unique();
        page = admin.submit(page, "community", Map.of("community:cci", String.valueOf(cciId), "community:kind", "SECTOR",
                "community:name", name, "community:description", "Scieries, menuiseries et charpentes.",
                "community:policy", "APPROVAL", "community:requirements", "JOB_TITLE"), "community:create");
        assertTrue(page.globalMessages().contains(name), page.mainText());
        long communityId = communityId(name);
        assertEquals(List.of("JOB_TITLE"), Db.column("SELECT requirement FROM app.community_requirement WHERE community_id = ?",
                communityId));

        page = admin.submit(page, "animator", Map.of("animator:community", String.valueOf(communityId),
                "animator:email", animatorEmail), "animator:appoint");
        assertTrue(page.globalMessages().contains("anime désormais"), page.mainText());
        assertEquals(1, Db.count("SELECT count(*) FROM app.community_animator WHERE community_id = ? AND account_id = ?",
                communityId, Db.accountId(animatorEmail)));
        assertEquals(1, Db.count("SELECT count(*) FROM app.account_role WHERE account_id = ? AND role = 'animator'",
                Db.accountId(animatorEmail)));
    }

    @Test
    void joiningAnOpenCommunitySubscribesToItsNewsletterAndLeavingEndsBoth() {
        long community = community("OPEN");
        String email = newEmail();
        WebClient member = signedIn(email);

        Page joined = member.submit(member.get("/community.xhtml?id=" + community), "membership", Map.of(), "membership:join");

        assertTrue(joined.globalMessages().contains("Bienvenue"), joined.mainText());
        long account = Db.accountId(email);
        assertEquals("ACTIVE", Db.single("SELECT status FROM app.membership WHERE community_id = ? AND account_id = ?",
                community, account));
        assertEquals("JOIN", Db.single("SELECT source FROM app.newsletter_subscription WHERE community_id = ?"
                + " AND account_id = ? AND unsubscribed_at IS NULL AND subscribed_at IS NOT NULL", community, account));

        Page left = member.submit(joined, "membership", Map.of(), "membership:leave");
        assertTrue(left.globalMessages().contains("désabonné"), left.mainText());
        assertEquals("LEFT", Db.single("SELECT status FROM app.membership WHERE community_id = ? AND account_id = ?",
                community, account));
        assertNotNull(Db.single("SELECT unsubscribed_at FROM app.newsletter_subscription WHERE community_id = ?"
                + " AND account_id = ?", community, account));
    }

    @Test
    void missingAdmissionRequirementsAreListedUntilCompleted() {
        long community = community("OPEN", "JOB_TITLE", "COMPANY", "CERTIFICATIONS");
        String email = newEmail();
        WebClient member = signedIn(email);

        Page refused = member.submit(member.get("/community.xhtml?id=" + community), "membership", Map.of(), "membership:join");
        assertTrue(refused.globalMessages().contains("complétez d’abord"), refused.mainText());
        assertEquals(List.of("Votre fonction (profil) — Mon profil", "Être rattaché·e à une entreprise — Mes entreprises",
                "Les certifications (fiche signalétique) — Mes entreprises"), refused.doc().select("#missing li").eachText());
        assertNull(Db.single("SELECT id FROM app.membership WHERE community_id = ?", community));

        member.submit(member.get("/account/profile.xhtml"), "profile", Map.of("profile:jobTitle", "Gérante"), "profile:save");
        Page stillMissing = member.submit(member.get("/community.xhtml?id=" + community), "membership", Map.of(),
                "membership:join");
        assertEquals(2, stillMissing.doc().select("#missing li").size());

        member.submit(member.get("/account/company.xhtml"), "company", Map.of("company:siret", Sirets.random(),
                "company:legalName", "Menuiserie Vasseur", "company:naf_input", "16.23Z — Fabrication de charpentes"
                        + " et d'autres menuiseries", "company:street", "3 route de Falaise", "company:postalCode", "14000",
                "company:commune_input", "Caen (14000) — 14118", "company:phone", "02 31 11 22 33",
                "company:certifications", "PEFC"), "company:save");
        Page joined = member.submit(member.get("/community.xhtml?id=" + community), "membership", Map.of(),
                "membership:join");
        assertTrue(joined.globalMessages().contains("Bienvenue"), joined.mainText());
    }

    @Test
    void anAnimatorApprovesRequestsOfTheirCommunityOnlyAndThePersonIsTold() {
        String animatorEmail = newEmail();
        WebClient animator = signedIn(animatorEmail);
        long mine = community("APPROVAL");
        long other = community("APPROVAL");
        appoint(animatorEmail, mine);
        animator = signIn(animatorEmail);

        String applicantEmail = newEmail();
        WebClient applicant = signedIn(applicantEmail);
        Page requested = applicant.submit(applicant.get("/community.xhtml?id=" + mine), "membership", Map.of(),
                "membership:join");
        assertTrue(requested.globalMessages().contains("transmise aux animateurs"), requested.mainText());
        assertTrue(Mailbox.subject(mailbox.await(animatorEmail, 2)).startsWith("Demande d’adhésion à"));
        applicant.submit(applicant.get("/community.xhtml?id=" + other), "membership", Map.of(), "membership:join");

        Page page = animator.get("/animation/community.xhtml?id=" + mine);
        assertTrue(page.text("pending-requests").contains(applicantEmail), page.mainText());
        String message = page.doc().select("#pending-requests input[id$=message]").first().attr("name");
        String approve = page.doc().select("#pending-requests button[id$=approve]").first().attr("name");
        Page approved = animator.submit(page, "requests", Map.of(message, "Bienvenue parmi nous, <b>Jeanne</b> !"), approve);
        assertTrue(approved.globalMessages().contains("acceptée"), approved.mainText());
        assertTrue(approved.text("community-members").contains(applicantEmail));

        var mail = mailbox.await(applicantEmail, 2);
        assertTrue(Mailbox.subject(mail).startsWith("Bienvenue dans la communauté"));
        assertTrue(Mailbox.part(mail, "text/plain").contains("Bienvenue parmi nous, <b>Jeanne</b> !"));
        assertTrue(Mailbox.part(mail, "text/html").contains("&lt;b&gt;Jeanne&lt;/b&gt;"), "escaped in HTML");
        assertEquals(1, Db.count("SELECT count(*) FROM app.newsletter_subscription WHERE community_id = ?"
                + " AND account_id = ?", mine, Db.accountId(applicantEmail)));

        assertEquals(404, animator.get("/animation/community.xhtml?id=" + other).status(), "not their community");
        assertEquals("REQUESTED", Db.single("SELECT status FROM app.membership WHERE community_id = ?", other));
        assertEquals(404, applicant.get("/animation/index.xhtml").status(), "a member is no animator: 403 shown as 404");
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static WebClient signedIn(String email) {
        WebClient web = new WebClient();
        registerConfirmed(web, email, "Membre", "Test");
        signIn(web, email, PASSWORD);
        return web;
    }

    private static WebClient signIn(String email) {
        WebClient web = new WebClient();
        PlatformIT.signIn(web, email, PASSWORD);
        return web;
    }

    /** A confirmed account with an extra realm role, signed in after the role was granted. */
    /** A community with admission requirements, created straight in the database: joining it is what is tested. */
    private static long community(String policy, String... requirements) {
        long id = Db.community("SECTOR", policy, "Communauté");
        for (String requirement : requirements) {
            Db.update("INSERT INTO app.community_requirement (community_id, requirement) VALUES (?, ?)", id, requirement);
        }
        return id;
    }

    private static void appoint(String email, long communityId) {
        long account = Db.accountId(email);
        Db.update("INSERT INTO app.community_animator (community_id, account_id) VALUES (?, ?)", communityId, account);
        Db.update("INSERT INTO app.account_role (account_id, role) VALUES (?, 'animator')", account);
    }

    private static long communityId(String name) {
        return ((Number) Db.single("SELECT id FROM app.community WHERE name = ?", name)).longValue();
    }

    @Test
    void aTerritoryOfThirtyThousandMembersIsListedAPageAtATimeWithOneAuditRowPerPage() throws Exception {
        long community = Db.community("TERRITORY", "OPEN", "Grand territoire");
        Db.subscribers(community, "territoire-" + UUID.randomUUID().toString().substring(0, 8), 30_000, "fr");
        Person animator = animatorOf(community);
        long before = Db.count("SELECT count(*) FROM app.audit_entry WHERE actor_id = ?", animator.id());

        Page page = animator.web().get("/animation/community.xhtml?id=" + community);
        assertEquals(200, page.status(), page.mainText());
        assertEquals(25, page.doc().select("#community-members tbody tr").size(), "one page of the lazy table");
        assertTrue(page.text("community-members").matches(".*30\\D?000 membre\\(s\\).*"), page.text("community-members"));
        assertEquals(before + 1, Db.count("SELECT count(*) FROM app.audit_entry WHERE actor_id = ?", animator.id()),
                "one audit row for the page viewed, not one per member");
        assertEquals(25L, ((Number) Db.single("SELECT cardinality(subject_ids) FROM app.audit_entry WHERE actor_id = ?"
                + " ORDER BY id DESC LIMIT 1", animator.id())).longValue(), "naming the 25 people shown");

        String shown = page.doc().select("#community-members .member-email").first().text();
        WebClient dpo = signedInWithRole("dpo");
        Page trail = dpo.submit(dpo.get("/dpo/audit.xhtml"), "audit", Map.of("audit:subject", shown), "audit:search");
        assertTrue(trail.doc().select("[id$=':what']").text().contains("Grand territoire"), trail.mainText());

        // The whole list to CSV: every member, read and audited 2,000 at a time as an export.
        Page csv = animator.web().submit(animator.web().get("/animation/community.xhtml?id=" + community), "members", Map.of(),
                "members:csv");
        assertEquals(30_001, csv.body().strip().lines().count(), "a header and the 30,000 members");
        assertTrue(csv.body().contains(shown));
        assertEquals(15, Db.count("SELECT count(*) FROM app.audit_entry WHERE actor_id = ? AND what LIKE 'export CSV de la liste des membres%'",
                animator.id()));

        // The DPO's searches by a part of a name or address are served by trigram indexes.
        try (java.sql.Connection connection = Db.connect(); java.sql.Statement statement = connection.createStatement()) {
            statement.execute("SET enable_seqscan = off");
            StringBuilder plan = new StringBuilder();
            try (java.sql.ResultSet rows = statement.executeQuery("EXPLAIN SELECT * FROM app.audit_entry"
                    + " WHERE lower(actor_label) LIKE '%animatr%' OR lower(subject_label) LIKE '%territoire%'")) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            assertTrue(plan.toString().contains("audit_entry_actor_trgm") && plan.toString().contains("audit_entry_subject_trgm"),
                    plan.toString());
        }
    }
}
