package fr.ccibusiness.it;

import static fr.ccibusiness.it.support.Buyers.buyerOf;
import static fr.ccibusiness.it.support.Buyers.companyOf;
import static fr.ccibusiness.it.support.Buyers.deadline;
import static fr.ccibusiness.it.support.Buyers.draft;
import static fr.ccibusiness.it.support.Buyers.linkTo;
import static fr.ccibusiness.it.support.Buyers.organisation;
import static fr.ccibusiness.it.support.Buyers.publish;
import static fr.ccibusiness.it.support.Buyers.upload;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ccibusiness.it.support.Db;
import fr.ccibusiness.it.support.Mailbox;
import fr.ccibusiness.it.support.Page;
import fr.ccibusiness.it.support.PlatformIT;
import fr.ccibusiness.it.support.StoredFiles;
import fr.ccibusiness.it.support.WebClient;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Responses (plis): sealed from the first byte, so that nobody reads one before the deadline (not a
 * colleague, not the buyer, not an administrator, not the database); a receipt for each deposit; the
 * deadline judged on the upload's start and finish; the opening after it, its comparison table and
 * decrypted files, late and replaced responses kept apart.
 */
class SealedResponsesIT extends PlatformIT {

    @Test
    void nobodyReadsAResponseBeforeTheDeadlineAndTheDatabaseHoldsNoReadableResponse() throws Exception {
        String phrase = "quintessence-" + UUID.randomUUID().toString().substring(0, 8);
        String filePhrase = "tarif-confidentiel-" + UUID.randomUUID().toString().substring(0, 8);
        String tenderPhrase = "cahier-en-clair-" + UUID.randomUUID().toString().substring(0, 8);
        Setup setup = published("Scellé");
        Person depositor = member("Déposante", setup.community());
        long company = companyOf(depositor.id(), "Forges du Scellé");
        Person colleague = member("Collègue", setup.community());
        linkTo(colleague.id(), company);
        upload(setup.buyer(), setup.consultation(), "Cahier", "cahier.pdf", pdf(tenderPhrase));

        byte[] offer = pdf(filePhrase);
        Page deposited = deposit(depositor.web(), setup.consultation(), "Notre offre : " + phrase, "offre.pdf", offer);
        assertTrue(deposited.globalMessages().contains("Votre pli est déposé"), deposited.mainText());
        String receipt = deposited.text("receipt");
        assertTrue(receipt.contains("Forges du Scellé"), receipt);
        assertTrue(receipt.contains("offre.pdf") && receipt.contains(sha256(offer)), receipt);
        assertTrue(receipt.matches(".*\\d{2}:\\d{2}:\\d{2}.*"), "the time to the second: " + receipt);
        assertFalse(deposited.body().contains(phrase), "the page gives back a receipt, not the response");
        String mail = Mailbox.part(mailbox.await(depositor.email(), 2), "text/plain");
        assertTrue(mail.contains(sha256(offer)) && mail.contains("Forges du Scellé"), mail);

        String pdfLink = deposited.doc().selectFirst("#receipt a.receipt-pdf").attr("href").replaceFirst("^.*?/consultation/", "/consultation/");
        String pdfText = pdfText(depositor.web().bytes(pdfLink).body());
        assertTrue(pdfText.contains("Forges du Scellé") && pdfText.contains(sha256(offer)) && pdfText.contains("offre.pdf"), pdfText);
        assertEquals(200, colleague.web().bytes(pdfLink).statusCode(), "the company's receipt, for its members");
        assertEquals(404, setup.buyer().bytes(pdfLink).statusCode());
        Page colleagues = colleague.web().get("/consultation.xhtml?id=" + setup.consultation());
        assertTrue(colleagues.text("receipts").contains(sha256(offer)), "a colleague sees the receipt");
        assertFalse(colleagues.body().contains(phrase), "and nothing of the content");
        Page buyers = setup.buyer().get("/buyer/consultation.xhtml?id=" + setup.consultation());
        assertEquals("1 pli reçu dans les délais, scellé.", buyers.text("responses-sealed"));
        assertFalse(buyers.body().contains(phrase) || buyers.body().contains("offre.pdf"), "the buyer sees a count");
        assertTrue(buyers.doc().getElementById("opening") == null, "no opening before the deadline");
        long file = ((Number) Db.single("SELECT f.id FROM app.response_file f JOIN app.response_deposit d ON d.id = f.deposit_id"
                + " WHERE d.consultation_id = ?", setup.consultation())).longValue();
        assertEquals(404, setup.buyer().bytes("/buyer/response-file?f=" + file).statusCode());
        WebClient admin = signedInWithRole("admin");
        assertFalse(admin.get("/buyer/consultation.xhtml?id=" + setup.consultation()).body().contains(phrase));
        assertEquals(404, admin.bytes("/buyer/response-file?f=" + file).statusCode());
        assertEquals(404, depositor.web().bytes("/buyer/response-file?f=" + file).statusCode());

        Map<String, List<String>> places = placesHolding(phrase, filePhrase, tenderPhrase);
        assertEquals(List.of(), places.get(phrase), "the text is nowhere in clear");
        assertEquals(List.of(), places.get(filePhrase), "the file is nowhere in clear");
        assertTrue(places.get(tenderPhrase).contains("file store"), "the scan finds what is stored in clear");
    }

    @Test
    void afterTheDeadlineTheBuyerOpensTheLastResponseOfEachCompanyAndLateOnesStayApart() throws Exception {
        Setup setup = published("Ouverture");
        Person alice = member("Alice", setup.community());
        companyOf(alice.id(), "Alpha Usinage");
        Person bruno = member("Bruno", setup.community());
        companyOf(bruno.id(), "Bêta Mécanique");
        Person carla = member("Carla", setup.community());
        companyOf(carla.id(), "Gamma Tardive");
        deposit(alice.web(), setup.consultation(), "Première offre Alpha", "alpha-1.pdf", pdf("alpha-1"));
        byte[] alphaFinal = pdf("alpha-2");
        deposit(alice.web(), setup.consultation(), "Offre finale Alpha", "alpha-2.pdf", alphaFinal);
        deposit(bruno.web(), setup.consultation(), "Offre Bêta", "beta.pdf", pdf("beta"));
        Page history = alice.web().get("/consultation.xhtml?id=" + setup.consultation());
        assertTrue(history.text("receipts").contains("Remplacé par un pli ultérieur"), history.mainText());

        Page formBeforeTheDeadline = bruno.web().get("/consultation.xhtml?id=" + setup.consultation());
        try {
            Page late = lateDeposit(carla.web(), setup.consultation());
            assertTrue(late.globalMessages().contains("après la date limite"), late.mainText());
            assertTrue(late.text("receipt").contains("Hors délai"), late.mainText());
            Page refused = bruno.web().submitWithFile(formBeforeTheDeadline, "deposit",
                    withCompany(formBeforeTheDeadline, Map.of("deposit:text", "Trop tard")),
                    "deposit:files", "beta-2.pdf", "application/pdf", pdf("beta-2"), "deposit:send");
            assertTrue(refused.globalMessages().contains("La date limite de réponse est passée"), refused.mainText());
            assertTrue(refused.text("deposit-closed").contains("ne reçoit plus de plis"), "and no form any more");
            assertEquals(1, Db.count("SELECT count(*) FROM app.response_deposit d JOIN app.company c ON c.id = d.company_id"
                    + " WHERE d.consultation_id = ? AND c.legal_name = 'Bêta Mécanique'", setup.consultation()), "nothing kept");

            Page closed = setup.buyer().get("/buyer/consultation.xhtml?id=" + setup.consultation());
            assertEquals("2 plis reçus dans les délais, scellés.", closed.text("responses-sealed"));
            assertTrue(closed.text("late").contains("Gamma Tardive"), "the late one is listed apart");
            Page opened = setup.buyer().submit(closed, "opening", Map.of(), "opening:open");
            assertTrue(opened.globalMessages().contains("Les plis sont ouverts"), opened.mainText());
            String table = opened.text("opened");
            assertTrue(table.contains("Offre finale Alpha") && table.contains("Offre Bêta"), table);
            assertFalse(table.contains("Première offre Alpha"), "the replaced response stays sealed");
            assertFalse(table.contains("Gamma Tardive"), "the late one is never opened");
            String link = opened.doc().select("#opened a.response-file").stream().filter(a -> a.text().equals("alpha-2.pdf"))
                    .findFirst().orElseThrow().attr("href");
            assertArrayEquals(alphaFinal, setup.buyer().bytes(link).body(), "decrypted as it streams, byte for byte");
            assertEquals(404, alice.web().bytes(link).statusCode(), "for the buyer only");
            List<Object> kinds = Db.column("SELECT kind FROM app.consultation_journal WHERE consultation_id = ? ORDER BY seq",
                    setup.consultation());
            assertTrue(kinds.containsAll(List.of("DEPOSIT", "OPENED", "RESPONSE_READ")), kinds.toString());

            long alpha = ((Number) Db.single("SELECT d.id FROM app.response_deposit d JOIN app.company c ON c.id = d.company_id"
                    + " WHERE d.consultation_id = ? AND c.legal_name = 'Alpha Usinage' AND d.replaced_at IS NULL", setup.consultation()))
                    .longValue();
            Page none = setup.buyer().submit(opened, "award", Map.of(), "award:confirm");
            assertTrue(none.messageFor("award:winners").contains("Cochez au moins une offre"), none.mainText());
            Page awarded = setup.buyer().submit(none, "award", Map.of("award:winners", Long.toString(alpha)), "award:confirm");
            assertTrue(awarded.globalMessages().contains("La consultation est attribuée"), awarded.mainText());
            assertTrue(Mailbox.part(mailbox.await(alice.email(), 4), "text/plain").contains("L’offre de Alpha Usinage est retenue"));
            assertTrue(Mailbox.part(mailbox.await(bruno.email(), 3), "text/plain").contains("n’est pas retenue"));
            Page outcome = bruno.web().get("/consultation.xhtml?id=" + setup.consultation());
            assertEquals("Attribuée", outcome.text("state"));
            assertEquals("Alpha Usinage", outcome.text("winners"));
            assertTrue(outcome.text("receipts").contains("Non retenu"), outcome.text("receipts"));
            assertTrue(setup.buyer().submit(awarded, "journal", Map.of(), "journal:verify").text("journal:check").contains("intact"));
        } finally {
            shiftClock(0);
        }
    }

    @Test
    void aDepositIsRefusedWithoutACompanyOrContentAndNothingIsKept() {
        Setup setup = published("Refus");
        Person loner = member("Solitaire", setup.community());
        Page page = loner.web().get("/consultation.xhtml?id=" + setup.consultation());
        assertTrue(page.text("deposit-no-company").contains("rattachez votre compte"), page.mainText());
        companyOf(loner.id(), "Seule SARL");
        Page form = loner.web().get("/consultation.xhtml?id=" + setup.consultation());
        assertTrue(form.text("deposit-rules").contains("200 Mo au plus"), "the limits are said before the upload");
        Page empty = loner.web().submitWithFiles(form, "deposit", withCompany(form, Map.of("deposit:text", " ")), "deposit:files",
                List.of(), "deposit:send");
        assertTrue(empty.messageFor("deposit:text").contains("Écrivez votre réponse"), empty.mainText());
        Page wrongType = deposit(loner.web(), setup.consultation(), "Offre", "offre.pdf", new byte[] {'M', 'Z', 1, 2});
        assertTrue(wrongType.messageFor("deposit:files").contains("n’est ni un PDF"), wrongType.mainText());
        assertEquals(0, Db.count("SELECT count(*) FROM app.response_deposit WHERE consultation_id = ?", setup.consultation()));
    }

    @Test
    void aConsultationInLotsIsAnsweredOpenedAndAwardedLotByLot() {
        long community = Db.community("SECTOR", "OPEN", "Lots");
        WebClient buyer = buyerOf(organisation(community));
        long consultation = draft(buyer, Map.of("consultation:communities", Long.toString(community),
                "consultation:responseDeadline", deadline(2), "consultation:questionDeadline", deadline(1),
                "consultation:lots", "Tournage\nFraisage"));
        Page published = publish(buyer, consultation);
        assertTrue(published.text("lots").contains("Lot 1 — Tournage") && published.text("lots").contains("Lot 2 — Fraisage"));
        List<Object> lots = Db.column("SELECT id FROM app.consultation_lot WHERE consultation_id = ? ORDER BY number", consultation);
        Person alice = member("Alice", community);
        companyOf(alice.id(), "Alpha Lots");
        Person bruno = member("Bruno", community);
        companyOf(bruno.id(), "Bêta Lots");

        Page noLot = deposit(alice.web(), consultation, "Sans lot", "x.pdf", pdf("x"));
        assertTrue(noLot.messageFor("deposit:lot").contains("Choisissez le lot"), noLot.mainText());
        depositForLot(alice.web(), consultation, lots.get(0), "Alpha tournage, première");
        depositForLot(alice.web(), consultation, lots.get(1), "Alpha fraisage");
        Page last = depositForLot(alice.web(), consultation, lots.get(0), "Alpha tournage, finale");
        assertTrue(last.text("receipt").contains("Lot 1 — Tournage"), last.text("receipt"));
        depositForLot(bruno.web(), consultation, lots.get(0), "Bêta tournage");
        try {
            shiftClock(3);
            Page opened = buyer.submit(buyer.get("/buyer/consultation.xhtml?id=" + consultation), "opening", Map.of(), "opening:open");
            String table = opened.text("opened");
            assertTrue(table.contains("Alpha tournage, finale") && table.contains("Alpha fraisage") && table.contains("Bêta tournage"),
                    table);
            assertFalse(table.contains("première"), "a company's earlier response to a lot stays sealed, not its other lot's");
            long betaTurning = depositId(consultation, "Bêta Lots", lots.get(0));
            Page awarded = buyer.submit(opened, "award", Map.of("award:winners", Long.toString(betaTurning)), "award:confirm");
            assertTrue(awarded.globalMessages().contains("attribuée"), awarded.mainText());
            assertEquals("Lot 1 — Tournage : Bêta Lots", bruno.web().get("/consultation.xhtml?id=" + consultation).text("winners"));
            assertTrue(alice.web().get("/consultation.xhtml?id=" + consultation).text("receipts").contains("Non retenu"),
                    "Alpha's responses, to both lots, were not retained");
        } finally {
            shiftClock(0);
        }
    }

    private static Page depositForLot(WebClient member, long consultation, Object lot, String text) {
        Page form = member.get("/consultation.xhtml?id=" + consultation);
        Map<String, String> fields = new java.util.HashMap<>(withCompany(form, Map.of("deposit:text", text)));
        fields.put("deposit:lot", lot.toString());
        Page done = member.submitWithFile(form, "deposit", fields, "deposit:files", "offre.pdf", "application/pdf", pdf(text),
                "deposit:send");
        assertTrue(done.globalMessages().contains("Votre pli est déposé"), done.mainText());
        return done;
    }

    private static long depositId(long consultation, String company, Object lot) {
        return ((Number) Db.single("SELECT d.id FROM app.response_deposit d JOIN app.company c ON c.id = d.company_id"
                + " WHERE d.consultation_id = ? AND c.legal_name = ? AND d.lot_id = ? AND d.replaced_at IS NULL", consultation, company,
                ((Number) lot).longValue())).longValue();
    }

    private record Setup(long community, WebClient buyer, long consultation) {
    }

    /** A consultation published to a new community, its deadline in two days (questions close tomorrow). */
    private static Setup published(String label) {
        long community = Db.community("SECTOR", "OPEN", label);
        WebClient buyer = buyerOf(organisation(community));
        long consultation = draft(buyer, Map.of("consultation:communities", Long.toString(community),
                "consultation:responseDeadline", deadline(2), "consultation:questionDeadline", deadline(1)));
        publish(buyer, consultation);
        return new Setup(community, buyer, consultation);
    }

    private static Page deposit(WebClient member, long consultation, String text, String fileName, byte[] content) {
        Page form = member.get("/consultation.xhtml?id=" + consultation);
        return member.submitWithFile(form, "deposit", withCompany(form, Map.of("deposit:text", text)), "deposit:files", fileName,
                "application/pdf", content, "deposit:send");
    }

    /** The fields with the company the form offers first, as a browser sends the select's value. */
    private static Map<String, String> withCompany(Page form, Map<String, String> fields) {
        Map<String, String> all = new java.util.HashMap<>(fields);
        all.put("deposit:company", form.doc().getElementById("deposit:company").selectFirst("option").attr("value"));
        return all;
    }

    /**
     * A deposit whose upload starts before the deadline and finishes after it: the first 16 MB are sent
     * (more than the sockets hold, so the server is reading the body: its start is recorded), then the
     * server's clock moves past the deadline, then the rest is sent.
     */
    private static Page lateDeposit(WebClient member, long consultation) throws Exception {
        byte[] head = pdf("tardif");
        int firstPart = 16 * 1024 * 1024;
        CountDownLatch firstPartRead = new CountDownLatch(1);
        CountDownLatch clockMoved = new CountDownLatch(1);
        InputStream slow = new InputStream() {
            private long sent;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0];
            }

            @Override
            public int read(byte[] buffer, int from, int length) {
                if (sent == firstPart) {
                    firstPartRead.countDown();
                    try {
                        if (!clockMoved.await(60, TimeUnit.SECONDS)) {
                            throw new IllegalStateException("the clock did not move");
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                }
                if (sent >= firstPart + 1024) {
                    return -1;
                }
                int n = (int) Math.min(length, (sent < firstPart ? firstPart : firstPart + 1024) - sent);
                for (int i = 0; i < n; i++) {
                    buffer[from + i] = sent + i < head.length ? head[(int) (sent + i)] : (byte) ' ';
                }
                sent += n;
                return n;
            }
        };
        Page form = member.get("/consultation.xhtml?id=" + consultation);
        CompletableFuture<Page> answer = CompletableFuture.supplyAsync(() -> member.submitWithFiles(form, "deposit",
                withCompany(form, Map.of("deposit:text", "Offre tardive")), "deposit:files",
                List.of(new WebClient.Upload("tardif.pdf", "application/pdf", slow)), "deposit:send"));
        assertTrue(firstPartRead.await(60, TimeUnit.SECONDS), "the first part was sent");
        shiftClock(3);
        clockMoved.countDown();
        return answer.get(60, TimeUnit.SECONDS);
    }

    /**
     * For each phrase, every text or bytea column of every table, the large objects, and the files of the
     * file store that hold it in clear (one pass over each column for all the phrases).
     */
    private static Map<String, List<String>> placesHolding(String... phrases) throws IOException {
        Map<String, List<String>> found = new java.util.LinkedHashMap<>();
        for (String phrase : phrases) {
            found.put(phrase, new ArrayList<>());
        }
        List<Object> columns = Db.column("SELECT c.table_schema || '.' || c.table_name || '.' || c.column_name || '.' || c.data_type"
                + " FROM information_schema.columns c JOIN information_schema.tables t ON t.table_schema = c.table_schema"
                + "   AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'"
                + " WHERE c.table_schema NOT IN ('pg_catalog', 'information_schema')"
                + " AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'bytea')");
        columns.add("pg_catalog.pg_largeobject.data.bytea");
        for (Object column : columns) {
            String[] name = column.toString().split("\\.");
            StringBuilder tests = new StringBuilder();
            for (int i = 0; i < phrases.length; i++) {
                tests.append(i == 0 ? "" : ", ").append("coalesce(bool_or(").append(name[3].equals("bytea")
                        ? "position(convert_to(?, 'UTF8') IN " + name[2] + ") > 0" : "strpos(CAST(" + name[2] + " AS text), ?) > 0")
                        .append("), false)");
            }
            String hits = Db.single("SELECT concat_ws(',', " + tests + ") FROM " + name[0] + "." + name[1], (Object[]) phrases)
                    .toString();
            String[] flags = hits.split(",");
            for (int i = 0; i < phrases.length; i++) {
                if (i < flags.length && flags[i].equals("t")) {
                    found.get(phrases[i]).add(name[1].equals("pg_largeobject") ? "pg_largeobject" : name[0] + "." + name[1] + "." + name[2]);
                }
            }
        }
        for (Path file : StoredFiles.all()) {
            String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            for (String phrase : phrases) {
                if (bytes.contains(new String(phrase.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))
                        && !found.get(phrase).contains("file store")) {
                    found.get(phrase).add("file store");
                }
            }
        }
        return found;
    }

    private static byte[] pdf(String phrase) {
        return ("%PDF-1.4\n% " + phrase + "\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** The text of a PDF, as OpenPDF extracts it, page after page. */
    private static String pdfText(byte[] pdf) throws Exception {
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
        try {
            com.lowagie.text.pdf.parser.PdfTextExtractor extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
