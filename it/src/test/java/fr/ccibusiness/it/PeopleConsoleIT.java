package fr.ccibusiness.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ccibusiness.it.pages.Browser;
import fr.ccibusiness.it.pages.LoginPage;
import fr.ccibusiness.it.support.Advisory;
import fr.ccibusiness.it.support.Db;
import fr.ccibusiness.it.support.Mailbox;
import fr.ccibusiness.it.support.Page;
import fr.ccibusiness.it.support.PlatformIT;
import fr.ccibusiness.it.support.Sirets;
import fr.ccibusiness.it.support.WebClient;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The people console: an administrator finds a person, locks them (they cannot sign in, are told so,
 * and their open session ends), unlocks them, sends a confirmation again, grants roles and appoints;
 * each change is in the account's history. A CCI's staff see and change the people of their CCI only,
 * whatever id the address holds; nobody else opens the console. Exports hold what is filtered and
 * are written to the audit trail.
 */
class PeopleConsoleIT extends PlatformIT {

    @Test
    void anAdministratorLocksAPersonWhoCannotSignInAndIsToldSoThenUnlocksThem() {
        String token = token();
        Person person = member("Verrou" + token);
        WebClient admin = admin();

        Page list = admin.get("/admin/people.xhtml?name=" + token);
        Element link = list.doc().selectFirst("a.person-link");
        assertNotNull(link, list.mainText());
        assertEquals(1, list.doc().select("a.person-link").size(), list.mainText());
        assertTrue(list.mainText().contains(person.email()), list.mainText());

        Page card = admin.get(link.attr("href"));
        assertEquals("/admin/person.xhtml", card.path());
        Page refused = admin.submit(card, "lock", Map.of("lock:reason", "  "), "lock:lock-button");
        assertTrue(refused.messageFor("lock:reason").contains("Indiquez la raison du blocage"), refused.mainText());
        assertNull(Db.single("SELECT locked_at FROM app.account WHERE id = ?", person.id()));

        Page locked = admin.submit(card, "lock", Map.of("lock:reason", "Démarchage abusif des membres"), "lock:lock-button");
        assertTrue(locked.globalMessages().contains("Le compte est bloqué"), locked.mainText());
        assertEquals("Bloqué", locked.text("person-status"));
        assertTrue(locked.text("changes:history").contains("Compte bloqué") && locked.text("changes:history").contains("Démarchage abusif"),
                locked.text("changes:history"));
        assertTrue(admin.get("/admin/people.xhtml?status=LOCKED&name=" + token).doc().select("a.person-link").size() == 1);
        assertTrue(admin.get("/admin/people.xhtml?status=ACTIVE&name=" + token).doc().select("a.person-link").isEmpty());

        // The session the person had open ends at their next click; signing in again is refused, and they are told why.
        Page kickedOut = person.web().get("/account/index.xhtml");
        assertEquals("/login.xhtml", kickedOut.path(), kickedOut.mainText());
        assertTrue(kickedOut.text("locked-notice").contains("Votre compte a été bloqué"), kickedOut.mainText());
        Page again = signIn(new WebClient(), person.email(), PASSWORD);
        assertTrue(again.globalMessages().contains("Votre compte a été bloqué"), again.mainText());
        Page wrong = signIn(new WebClient(), person.email(), "pas le bon mot de passe");
        assertTrue(wrong.globalMessages().contains("mot de passe incorrect") && !wrong.mainText().contains("bloqué"),
                "a wrong password learns nothing of the lock: " + wrong.mainText());
        assertEquals(1, Db.count("SELECT count(*) FROM app.connection_log WHERE account_id = ? AND outcome = 'LOCKED'", person.id()));
        Db.forgetFailedSignIns();

        Page unlocked = admin.submit(admin.get(link.attr("href")), "unlock", Map.of(), "unlock:unlock-button");
        assertEquals("Actif", unlocked.text("person-status"));
        assertTrue(unlocked.text("changes:history").contains("Compte débloqué"));
        assertEquals("Mon compte", signIn(new WebClient(), person.email(), PASSWORD).h1());
        assertEquals(List.of("UNLOCKED", "LOCKED"), Db.column("SELECT action FROM app.account_change WHERE account_id = ?"
                + " ORDER BY id DESC", person.id()));
        assertEquals(2, Db.count("SELECT count(*) FROM app.audit_entry WHERE ? = ANY(subject_ids) AND what LIKE 'console des personnes%'",
                person.id()), "each page of the table that showed them is in the audit trail (not the one that did not)");
    }

    @Test
    void anAdministratorSendsTheConfirmationAgainGrantsRolesAndAppointsEachInTheHistory() {
        String token = token();
        String email = newEmail();
        register(new WebClient(), email, "Attente" + token, "Jeanne", PASSWORD, PASSWORD, true);
        mailbox.await(email, 1);
        long pending = Db.accountId(email);
        WebClient admin = admin();
        Page card = admin.get("/admin/person.xhtml?id=" + pending);
        assertEquals("Adresse non confirmée", card.text("person-status"));
        Page resent = admin.submit(card, "resend", Map.of(), "resend:resend-button");
        assertTrue(resent.globalMessages().contains("Un nouveau lien de confirmation"), resent.mainText());
        assertTrue(Mailbox.link(mailbox.await(email, 2)).contains("token="), "a second confirmation link arrives");
        assertTrue(resent.text("changes:history").contains("Lien de confirmation renvoyé"));
        assertNotNull(resent.doc().getElementById("appointed"), "a pending account shows its roles");
        assertNull(resent.doc().getElementById("appoint"), "but cannot be appointed before it is confirmed");

        Person person = member("Nomme" + token);
        long cci = Advisory.cci("CCI des nominations");
        long community = Advisory.community(cci, "Communauté des nominations");
        long organisation = organisation(cci);
        Page page = admin.get("/admin/person.xhtml?id=" + person.id());
        page = admin.submit(page, "appointed", Map.of(), button(page, "appointed", "Accorder", 1));
        assertTrue(page.text("person-roles").contains("DPO"), page.text("person-roles"));
        page = admin.submit(page, "appoint", Map.of("appoint:community", Long.toString(community)), "appoint:appoint-animator");
        page = admin.submit(page, "appoint", Map.of("appoint:cci", Long.toString(cci)), "appoint:appoint-staff");
        page = admin.submit(page, "appoint", Map.of("appoint:organisation", Long.toString(organisation)), "appoint:appoint-buyer");
        assertEquals(List.of("animator", "buyer", "cci-staff", "dpo", "member"), roles(person.id()));
        String history = page.text("changes:history");
        for (String line : List.of("Rôle accordé", "Nommé animateur", "Nommé au personnel de la CCI", "Nommé acheteur")) {
            assertTrue(history.contains(line), line + " in " + history);
        }
        page = admin.submit(page, "appointed", Map.of(), page.doc().selectFirst("li.animated button").id());
        page = admin.submit(page, "appointed", Map.of(), page.doc().selectFirst("li.staff-of button").id());
        page = admin.submit(page, "appointed", Map.of(), page.doc().selectFirst("p.buyer-of button").id());
        page = admin.submit(page, "appointed", Map.of(), button(page, "appointed", "Retirer", 0));
        assertEquals(List.of("member"), roles(person.id()), page.mainText());
        assertEquals(8, Db.count("SELECT count(*) FROM app.account_change WHERE account_id = ?", person.id()));

        // Nobody locks themselves or removes their own administrator role.
        long me = ((Number) Db.single("SELECT a.id FROM app.account a JOIN app.account_role r ON r.account_id = a.id"
                + " WHERE r.role = 'admin' ORDER BY a.id DESC LIMIT 1")).longValue();
        Page mine = admin.get("/admin/person.xhtml?id=" + me);
        assertNull(mine.doc().getElementById("lock"), "no lock form on one's own account");
        Page kept = admin.submit(mine, "appointed", Map.of(), button(mine, "appointed", "Retirer", 0));
        assertTrue(kept.globalMessages().contains("propre rôle d’administrateur"), kept.mainText());
        assertTrue(roles(me).contains("admin"));
    }

    @Test
    void aCcisStaffSeeAndChangeThePeopleOfTheirCciOnlyAndNobodyElseOpensTheConsole() {
        String token = token();
        long ours = Advisory.cci("CCI de la console");
        long theirs = Advisory.cci("CCI voisine");
        long ourCommunity = Advisory.community(ours, "Nos membres");
        long theirCommunity = Advisory.community(theirs, "Leurs membres");
        Person ourMember = member("Notre" + token, ourCommunity);
        Person theirMember = member("Leur" + token, theirCommunity);
        Person ourAdmin = member("Administrateur" + token, ourCommunity);
        Db.update("INSERT INTO app.account_role (account_id, role) VALUES (?, 'admin')", ourAdmin.id());
        Person staff = member("Personnel" + token);
        Advisory.staff(staff.id(), ours);
        WebClient web = personSignedIn(staff.email()).web();

        Page list = web.get("/admin/people.xhtml?name=" + token);
        String text = list.mainText();
        assertTrue(text.contains(ourMember.email()) && text.contains(staff.email()), text);
        assertFalse(text.contains(theirMember.email()), "another CCI's member is not listed: " + text);
        assertFalse(web.get("/admin/people.xhtml?community=" + theirCommunity).mainText().contains(theirMember.email()));
        assertEquals(404, web.get("/admin/person.xhtml?id=" + theirMember.id()).status());

        Page ourCard = web.get("/admin/person.xhtml?id=" + ourMember.id());
        assertEquals(200, ourCard.status());
        assertNull(ourCard.doc().selectFirst("button[id$=':grant']"), "staff grant no platform role");
        assertNull(ourCard.doc().getElementById("appoint:cci"), "nor appoint staff");
        String options = ourCard.doc().getElementById("appoint:community").text();
        assertTrue(options.contains("Nos membres") && !options.contains("Leurs membres"), options);

        // Every action of the page, sent with the other CCI's member in the address: not found, nothing changed.
        String elsewhere = "/admin/person.xhtml?id=" + theirMember.id();
        assertEquals(404, tampered(web, ourCard, "lock", Map.of("lock:reason", "Abus"), "lock:lock-button", elsewhere).status());
        assertEquals(404, tampered(web, ourCard, "appoint", Map.of("appoint:community", Long.toString(ourCommunity)),
                "appoint:appoint-animator", elsewhere).status());
        assertNull(Db.single("SELECT locked_at FROM app.account WHERE id = ?", theirMember.id()));
        assertEquals(List.of("member"), roles(theirMember.id()));

        // Within their CCI: a member is locked and appointed; an administrator is not theirs to lock.
        Page locked = web.submit(web.get("/admin/person.xhtml?id=" + ourMember.id()), "lock", Map.of("lock:reason", "Usurpation d’identité"),
                "lock:lock-button");
        assertEquals("Bloqué", locked.text("person-status"), locked.mainText());
        web.submit(web.submit(locked, "unlock", Map.of(), "unlock:unlock-button"), "appoint",
                Map.of("appoint:community", Long.toString(ourCommunity)), "appoint:appoint-animator");
        assertTrue(roles(ourMember.id()).contains("animator"));
        Page adminCard = web.get("/admin/person.xhtml?id=" + ourAdmin.id());
        assertEquals(200, adminCard.status());
        assertNull(adminCard.doc().getElementById("lock"), "no lock form for an administrator");
        Page forced = tampered(web, web.get("/admin/person.xhtml?id=" + ourMember.id()), "lock", Map.of("lock:reason", "Abus"), "lock:lock-button",
                "/admin/person.xhtml?id=" + ourAdmin.id());
        assertFalse(forced.globalMessages().contains("Le compte est bloqué"), forced.mainText());
        assertNull(Db.single("SELECT locked_at FROM app.account WHERE id = ?", ourAdmin.id()));

        for (String role : List.of("animator", "buyer", "dpo")) {
            assertEquals(404, signedInWithRole(role).get("/admin/people.xhtml").status(), role);
        }
        assertEquals(404, theirMember.web().get("/admin/people.xhtml").status(), "a member");
    }

    @Test
    void exportsHoldWhatIsFilteredAndAreWrittenToTheAuditTrail() {
        String token = token();
        Person first = member("Export" + token + "a");
        Person second = member("Export" + token + "b");
        member("Autre" + UUID.randomUUID().toString().substring(0, 6));
        WebClient admin = admin();
        Page list = admin.get("/admin/people.xhtml?name=" + token);

        Page csv = admin.submit(list, "people", Map.of(), "people:csv");
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("personnes.csv"), csv.headers().toString());
        String body = csv.body();
        assertTrue(body.contains(first.email()) && body.contains(second.email()), body);
        assertEquals(3, body.strip().lines().count(), "a header and the two people filtered: " + body);
        assertTrue(body.lines().findFirst().orElse("").contains("Adresse e-mail"), body);
        assertEquals(1, Db.count("SELECT count(*) FROM app.audit_entry WHERE what LIKE 'export CSV%' AND subject_ids @> CAST(? AS BIGINT[])",
                "{" + first.id() + "," + second.id() + "}"));

        var excel = admin.submitForBytes(admin.get("/admin/people.xhtml?name=" + token), "people", Map.of(), "people:xlsx");
        assertEquals('P', excel[0]);
        assertEquals('K', excel[1]);
        assertEquals(1, Db.count("SELECT count(*) FROM app.audit_entry WHERE what LIKE 'export Excel%' AND ? = ANY(subject_ids)", first.id()));
        // After an export the table's pages are views again, not exports.
        admin.get("/admin/people.xhtml?name=" + token);
        assertEquals(2, Db.count("SELECT count(*) FROM app.audit_entry WHERE what LIKE 'export%' AND ? = ANY(subject_ids)", first.id()));

        // A person's history, exported from their card: what was done to the account, by whom, audited as an export.
        Page card = admin.get("/admin/person.xhtml?id=" + first.id());
        admin.submit(card, "lock", Map.of("lock:reason", "Vérification de l’export"), "lock:lock-button");
        Page history = admin.submit(admin.get("/admin/person.xhtml?id=" + first.id()), "changes", Map.of(), "changes:csv");
        assertTrue(history.headers().firstValue("Content-Disposition").orElse("").contains("historique-compte.csv"), history.headers().toString());
        assertTrue(history.body().contains("Vérification de l’export"), history.body());
        assertEquals(1, Db.count("SELECT count(*) FROM app.audit_entry WHERE what LIKE 'export CSV de l’historique du compte%'"
                + " AND subject_ids = CAST(? AS BIGINT[])", "{" + first.id() + "}"));
    }

    @Test
    void inABrowserAnAdministratorFindsAPersonAndLocksThemAndTheyCannotSignIn() {
        String token = token();
        Person person = member("Navigateur" + token);
        // Enough people for the table's whole paginator (ten page buttons) to be checked by axe too.
        Db.subscribers(Db.community("SECTOR", "OPEN", "Console"), "console-" + token, 300, "fr");
        String email = newEmail();
        registerConfirmed(new WebClient(), email, "Console", "Admin");
        Db.update("INSERT INTO app.account_role (account_id, role) VALUES (?, 'admin')", Db.accountId(email));
        try (Browser browser = new Browser("fr")) {
            browser.open("/index.xhtml");
            browser.clickAndWaitForPage("cookie-refuse");
            LoginPage.open(browser).signIn(email, PASSWORD);
            browser.open("/admin/people.xhtml");
            browser.type("filter:name", token);
            browser.clickAndWaitForPage("filter:apply");
            assertTrue(browser.text("people:table").contains(person.email()), browser.text("people:table"));
            browser.clickFirstAndWaitForPage("a.person-link");
            assertTrue(browser.heading().contains("Navigateur" + token), browser.heading());
            browser.type("lock:reason", "Compte usurpé, signalé par l’entreprise");
            browser.clickAndWaitForPage("lock:lock-button");
            assertTrue(browser.text("page-messages").contains("Le compte est bloqué"), browser.text("page-messages"));
            assertEquals("Bloqué", browser.text("person-status"));
        }
        try (Browser browser = new Browser("fr")) {
            browser.open("/index.xhtml");
            browser.clickAndWaitForPage("cookie-refuse");
            LoginPage.open(browser).signIn(person.email(), PASSWORD);
            assertEquals("/login.xhtml", browser.path());
            assertTrue(browser.text("page-messages").contains("Votre compte a été bloqué"), browser.text("page-messages"));
        }
        Db.forgetFailedSignIns();
    }

    /**
     * The console with the keyboard alone: from the name filter, Enter filters; Tab reaches the first
     * person's link through the filters, the exports and the sort headers, each with its focus visible;
     * on their page, the reason is typed, Tab goes to the lock button, Enter locks.
     */
    @Test
    void inABrowserTheConsoleIsUsedWithTheKeyboardAlone() {
        String token = token();
        Person person = member("Clavier" + token);
        String email = newEmail();
        registerConfirmed(new WebClient(), email, "Clavier", "Admin");
        Db.update("INSERT INTO app.account_role (account_id, role) VALUES (?, 'admin')", Db.accountId(email));
        try (Browser browser = browserOf(personSignedIn(email))) {
            browser.open("/admin/people.xhtml");
            browser.find("filter:name").click();
            browser.keys(token);
            browser.enterAndWaitForPage();
            assertTrue(browser.text("people:table").contains(person.email()), browser.text("people:table"));
            browser.find("filter:name").click();
            List<String> path = browser.tabTo("A.person-link", 40);
            assertTrue(browser.focused().startsWith("A.person-link"), "the first person is reached by Tab: " + path);
            // A date field is several stops (day, month, year, its calendar button) whose ring the browser draws inside
            // the field: the field's own style is read at its first stop only.
            java.util.function.UnaryOperator<String> field = step -> step.replace(" (focus not visible)", "");
            List<String> stops = java.util.stream.IntStream.range(0, path.size())
                    .filter(i -> i == 0 || !field.apply(path.get(i)).equals(field.apply(path.get(i - 1))))
                    .mapToObj(path::get).toList();
            assertTrue(stops.stream().noneMatch(step -> step.contains("focus not visible")), "every field shows its focus: " + path);
            browser.enterAndWaitForPage();
            assertTrue(browser.heading().contains("Clavier" + token), browser.heading());
            browser.find("lock:reason").click();
            browser.keys("Compte partagé entre plusieurs personnes", org.openqa.selenium.Keys.TAB);
            assertEquals("lock:lock-button", browser.focused());
            browser.enterAndWaitForPage();
            assertEquals("Bloqué", browser.text("person-status"));
        }
    }

    /**
     * A person appointed as animator, then removed, with the keyboard alone: the community chosen by typing
     * its name in the list, Tab to the button, Enter; Tab to the appointment's button, Enter.
     */
    @Test
    void inABrowserAPersonIsAppointedAndRemovedWithTheKeyboardAlone() {
        String token = token();
        Person person = member("Nommee" + token);
        long community = Advisory.community(Advisory.cci("CCI " + token), "Zz" + token);
        String email = newEmail();
        registerConfirmed(new WebClient(), email, "Clavier", "Nomination");
        Db.update("INSERT INTO app.account_role (account_id, role) VALUES (?, 'admin')", Db.accountId(email));
        try (Browser browser = browserOf(personSignedIn(email))) {
            browser.open("/admin/person.xhtml?id=" + person.id());
            browser.script("document.getElementById('appoint:community').focus()");
            browser.keys("Zz" + token);
            assertEquals(Long.toString(community), browser.value("appoint:community"), "the community chosen by typing its name");
            List<String> path = new java.util.ArrayList<>(browser.tabTo("appoint:appoint-animator", 2));
            assertEquals("appoint:appoint-animator", browser.focused(), path.toString());
            browser.enterAndWaitForPage();
            assertTrue(roles(person.id()).contains("animator"), browser.text("person-roles"));

            String remove = (String) browser.script("return document.querySelector('li.animated button').id");
            browser.script("const t = document.getElementById('appointments-title'); t.setAttribute('tabindex', '-1'); t.focus()");
            path.addAll(browser.tabTo(remove, 10));
            assertEquals(remove, browser.focused(), "the appointment's button is reached by Tab: " + path);
            browser.enterAndWaitForPage();
            assertFalse(roles(person.id()).contains("animator"), browser.text("person-roles"));
            assertTrue(path.stream().noneMatch(step -> step.contains("focus not visible")), "every step shows its focus: " + path);
        }
    }

    private static WebClient admin() {
        String email = newEmail();
        registerConfirmed(new WebClient(), email, "Administratrice", "Console");
        Db.update("INSERT INTO app.account_role (account_id, role) VALUES (?, 'admin')", Db.accountId(email));
        return personSignedIn(email).web();
    }

    private static String token() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static List<Object> roles(long accountId) {
        return Db.column("SELECT role FROM app.account_role WHERE account_id = ? ORDER BY role", accountId);
    }

    private static long organisation(long cci) {
        return ((Number) Db.single("INSERT INTO app.buyer_organisation (name, siret, kind, cci_id, created_at)"
                + " VALUES ('Achats ' || ?, ?, 'PRIVATE', ?, now()) RETURNING id", UUID.randomUUID().toString().substring(0, 6),
                Sirets.random().replace(" ", ""), cci)).longValue();
    }

    /** The id of the {@code index}-th button of the form whose text is {@code text}. */
    private static String button(Page page, String formId, String text, int index) {
        return page.doc().getElementById(formId).select("button").stream().filter(b -> b.text().equals(text))
                .toList().get(index).id();
    }

    /** A form of one's own page, sent to the same page with another account's id in its address, as a forger would. */
    private static Page tampered(WebClient web, Page page, String formId, Map<String, String> values, String buttonId, String target) {
        page.doc().getElementById(formId).attr("action", target);
        return web.submit(page, formId, values, buttonId);
    }
}
