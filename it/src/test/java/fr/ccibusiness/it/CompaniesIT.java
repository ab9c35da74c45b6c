package fr.ccibusiness.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ccibusiness.it.support.Db;
import fr.ccibusiness.it.support.Mailbox;
import fr.ccibusiness.it.support.Page;
import fr.ccibusiness.it.support.PlatformIT;
import fr.ccibusiness.it.support.Sirets;
import fr.ccibusiness.it.support.WebClient;
import fr.ccibusiness.it.support.Images;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import javax.imageio.ImageIO;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Company records with official codes, unique SIRETs, join requests, history; the member's profile. */
class CompaniesIT extends PlatformIT {

    private static final String NAF = "25.62B — Mécanique industrielle";
    private static final String CAEN = "Caen (14000) — 14118";

    @Test
    void aMemberRegistersACompanyWithOfficialCodesAndBecomesItsFirstMember() {
        WebClient web = signedInMember("Leroy", "Nina");
        String siret = Sirets.random();

        Page saved = saveCompany(web, web.get("/account/company.xhtml"), Map.of("company:siret", siret,
                "company:legalName", "Ateliers <b>Normands</b>", "company:certifications", "ISO 9001, EN 9100"));

        assertTrue(saved.globalMessages().contains("vous en êtes le premier membre"), saved.mainText());
        assertEquals("Ateliers <b>Normands</b>", saved.h1(), "shown as typed, escaped");
        assertFalse(saved.body().contains("Ateliers <b>Normands"));
        long id = companyId(siret);
        assertEquals(List.of("25.62B", "14118", "14000"), List.of(
                Db.single("SELECT naf_code FROM app.company WHERE id = ?", id),
                Db.single("SELECT commune_code FROM app.company WHERE id = ?", id),
                Db.single("SELECT postal_code FROM app.company WHERE id = ?", id)));
        assertEquals(List.of("EN 9100", "ISO 9001"), Db.column("SELECT certification FROM app.company_certification"
                + " WHERE company_id = ? ORDER BY 1", id));
        assertEquals("APPROVED", Db.single("SELECT status FROM app.company_link WHERE company_id = ?", id));
        assertEquals(NAF, saved.valueOf("company:naf_input"));
    }

    @Test
    void badCompanyInputIsRefusedNextToTheFieldAndNothingIsSaved() {
        WebClient web = signedInMember("Perrin", "Yann");
        String siret = Sirets.random();
        String wrongCheckDigit = siret.substring(0, siret.length() - 1)
                + (char) ('0' + (siret.charAt(siret.length() - 1) - '0' + 1) % 10);

        Page badSiret = saveCompany(web, web.get("/account/company.xhtml"), Map.of("company:siret", wrongCheckDigit));
        assertEquals("Ce SIRET n’est pas valide (14 chiffres, clé de contrôle).", badSiret.messageFor("company:siret"));

        Page badPostalCode = saveCompany(web, badSiret, Map.of("company:siret", siret, "company:postalCode", "76000"));
        assertEquals("Ce code postal n’est pas celui de la commune choisie.",
                badPostalCode.messageFor("company:postalCode"));

        Page missing = saveCompany(web, badPostalCode, Map.of("company:siret", siret, "company:phone", "",
                "company:website", "javascript:alert(1)"));
        assertEquals("Ce champ est obligatoire.", missing.messageFor("company:phone"));
        assertEquals("Indiquez une adresse web complète, commençant par https://.", missing.messageFor("company:website"));
        assertEquals("Ateliers du Bocage", missing.valueOf("company:legalName"), "what was typed is kept");

        assertNull(Db.single("SELECT id FROM app.company WHERE siret = ?", Sirets.digits(siret)));
    }

    @Test
    void anExistingSiretBecomesARequestThatAMemberOfTheCompanyDecides() {
        String founderEmail = newEmail();
        WebClient founder = signedIn(founderEmail, "Fabre", "Marc");
        String siret = Sirets.random();
        saveCompany(founder, founder.get("/account/company.xhtml"), Map.of("company:siret", siret));
        long id = companyId(siret);

        String joinerEmail = newEmail();
        WebClient joiner = signedIn(joinerEmail, "Caron", "Lou");
        Page taken = saveCompany(joiner, joiner.get("/account/company.xhtml"),
                Map.of("company:siret", siret, "company:legalName", "Reprise hostile"));
        assertEquals("Cette entreprise est déjà inscrite sur la plateforme.", taken.messageFor("company:siret"));
        assertEquals("Ateliers du Bocage", Db.single("SELECT legal_name FROM app.company WHERE id = ?", id));

        Page requested = joiner.submit(taken, "company", Map.of(), "company:join");
        assertTrue(requested.globalMessages().contains("demande de rattachement a été envoyée"), requested.mainText());
        assertEquals(404, joiner.get("/account/company.xhtml?id=" + id).status(), "not a member yet");
        assertTrue(Mailbox.subject(mailbox.await(founderEmail, 2)).startsWith("Demande de rattachement à Ateliers du Bocage"));

        Page companies = founder.get("/account/companies.xhtml");
        assertTrue(companies.text("join-requests").contains(joinerEmail), companies.mainText());
        Page approved = founder.submit(companies, "requests", Map.of(), approveButton(companies));
        assertTrue(approved.globalMessages().contains("acceptée"), approved.mainText());

        assertTrue(Mailbox.subject(mailbox.await(joinerEmail, 2)).startsWith("Vous êtes rattaché·e à Ateliers du Bocage"));
        assertEquals(200, joiner.get("/account/company.xhtml?id=" + id).status());
        assertEquals(2, Db.count("SELECT count(*) FROM app.company_link WHERE company_id = ? AND status = 'APPROVED'", id));
    }

    @Test
    void nobodyOutsideTheCompanyCanOpenItsRecordAndTheHistoryKeepsWhoChangedWhat() {
        String email = newEmail();
        WebClient member = signedIn(email, "Gauthier", "Rémi");
        String siret = Sirets.random();
        Page created = saveCompany(member, member.get("/account/company.xhtml"), Map.of("company:siret", siret));
        long id = companyId(siret);

        Page edited = member.submit(created, "company", Map.of("company:phone", "+33 2 35 00 00 01",
                "company:certifications", "MASE"), "company:save");
        assertTrue(edited.globalMessages().contains("2 modifications enregistrées"), edited.globalMessages());
        String history = edited.text("company-history");
        assertTrue(history.contains("Rémi Gauthier") && history.contains("+33 2 35 00 00 01"), history);

        Page outsider = signedInMember("Henry", "Lila").get("/account/company.xhtml?id=" + id);
        assertEquals(404, outsider.status());
        assertEquals("Page introuvable", outsider.h1());
        assertEquals(404, member.get("/account/company.xhtml?id=999999999").status());

        deleteAccount(member);
        assertEquals(2, Db.count("SELECT count(*) FROM app.company_change WHERE company_id = ? AND account_id IS NULL", id),
                "the history stays, without its author");
        assertEquals(0, Db.count("SELECT count(*) FROM app.company_link WHERE company_id = ?", id));
    }

    @Test
    void theProfileHoldsOnlyThePolicysOptionalFieldsAndTheOpposition() {
        String email = newEmail();
        WebClient web = signedIn(email, "Marie", "Jules");
        Page form = web.get("/account/profile.xhtml");

        Page refused = web.submit(form, "profile", Map.of("profile:website", "javascript:alert(1)"), "profile:save");
        assertEquals("Indiquez une adresse web complète, commençant par https://.", refused.messageFor("profile:website"));

        Page saved = web.submit(refused, "profile", Map.of("profile:website", "https://jules.example.fr",
                "profile:jobTitle", "Responsable achats", "profile:aboutMe", "<img src=x onerror=alert(1)> Passionné",
                "profile:competences", "usinage, soudure,usinage", "profile:hidden", "on"), "profile:save");
        assertTrue(saved.globalMessages().contains("enregistrées"), saved.mainText());
        long id = Db.accountId(email);
        assertEquals("<img src=x onerror=alert(1)> Passionné", Db.single("SELECT about_me FROM app.member WHERE account_id = ?", id));
        assertEquals(true, Db.single("SELECT hidden_from_directory FROM app.member WHERE account_id = ?", id));
        assertEquals(List.of("soudure", "usinage"), Db.column("SELECT competence FROM app.member_competence"
                + " WHERE account_id = ? ORDER BY 1", id));
        assertFalse(web.get("/account/profile.xhtml").body().contains("<img src=x"), "shown escaped");
        assertEquals(Map.of("member", 8), Map.of("member", (int) Db.count("SELECT count(*) FROM information_schema.columns"
                + " WHERE table_schema = 'app' AND table_name = 'member' AND column_name NOT IN ('account_id', 'version', 'search_vector',"
                + " 'email_visibility', 'phone_visibility', 'about_visibility', 'photo_visibility', 'message_notification',"
                + " 'content_notification')")),
                "names, job title, phone, website, social link, about me, opposition (and the person's own sharing choices): nothing else");
    }

    @Test
    void aPhotoIsCheckedFromItsBytesAndKeptWithoutItsMetadata() throws Exception {
        String email = newEmail();
        WebClient web = signedIn(email, "Picard", "Anaïs");

        Page renamed = web.submitWithFile(web.get("/account/profile.xhtml"), "photo", "photo:file", "photo.jpg",
                "image/jpeg", "MZ\u0090 an executable named photo.jpg".getBytes(StandardCharsets.ISO_8859_1), "photo:upload");
        assertEquals("Choisissez une image JPEG ou PNG de 2 Mo au plus.", renamed.messageFor("photo:file"));
        assertEquals(404, web.bytes("/photo").statusCode());

        Page saved = web.submitWithFile(renamed, "photo", "photo:file", "IMG_0042.JPG", "image/jpeg",
                Images.jpegWithGps(1600, 1200), "photo:upload");
        assertTrue(saved.globalMessages().contains("photo est enregistrée"), saved.mainText());
        HttpResponse<byte[]> photo = web.bytes("/photo");
        assertEquals(200, photo.statusCode());
        assertEquals("image/jpeg", photo.headers().firstValue("Content-Type").orElse(""));
        BufferedImage kept = ImageIO.read(new ByteArrayInputStream(photo.body()));
        assertEquals(400, kept.getWidth());
        String raw = new String(photo.body(), StandardCharsets.ISO_8859_1);
        assertFalse(raw.contains("GPS") || raw.contains("Exif"), "no metadata kept");
        assertEquals(404, new WebClient().bytes("/photo?id=" + Db.accountId(email)).statusCode(), "not for visitors");
        assertEquals(404, signedInMember("Autre", "Personne").bytes("/photo?id=" + Db.accountId(email)).statusCode(),
                "not for someone sharing no community");
    }

    private static WebClient signedInMember(String lastName, String firstName) {
        return signedIn(newEmail(), lastName, firstName);
    }

    private static WebClient signedIn(String email, String lastName, String firstName) {
        WebClient web = new WebClient();
        registerConfirmed(web, email, lastName, firstName);
        signIn(web, email, PASSWORD);
        return web;
    }

    /** A complete, valid company form, with some fields replaced. */
    private static Page saveCompany(WebClient web, Page form, Map<String, String> overrides) {
        Map<String, String> fields = new HashMap<>(Map.of("company:legalName", "Ateliers du Bocage",
                "company:naf_input", NAF, "company:street", "12 rue des Forges", "company:postalCode", "14000",
                "company:commune_input", CAEN, "company:phone", "02 31 45 67 89"));
        fields.putAll(overrides);
        return web.submit(form, "company", fields, "company:save");
    }

    private static long companyId(String siret) {
        return ((Number) Db.single("SELECT id FROM app.company WHERE siret = ?", Sirets.digits(siret))).longValue();
    }

    private static String approveButton(Page companies) {
        return companies.doc().select("#join-requests button[id$=approve]").first().attr("name");
    }

    private static void deleteAccount(WebClient web) {
        Page form = web.get("/account/delete.xhtml");
        web.submit(form, "delete", Map.of("delete:currentPassword", PASSWORD), "delete:submit");
    }
}
