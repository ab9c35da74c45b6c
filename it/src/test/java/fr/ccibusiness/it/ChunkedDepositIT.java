package fr.ccibusiness.it;

import static fr.ccibusiness.it.support.Buyers.buyerOf;
import static fr.ccibusiness.it.support.Buyers.companyOf;
import static fr.ccibusiness.it.support.Buyers.deadline;
import static fr.ccibusiness.it.support.Buyers.draft;
import static fr.ccibusiness.it.support.Buyers.organisation;
import static fr.ccibusiness.it.support.Buyers.publish;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ccibusiness.it.support.Db;
import fr.ccibusiness.it.support.Page;
import fr.ccibusiness.it.support.PlatformIT;
import fr.ccibusiness.it.support.Poll;
import fr.ccibusiness.it.support.StoredFiles;
import fr.ccibusiness.it.support.WebClient;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A response's files sent a chunk at a time (/consultation/upload), as the consultation page's script
 * does for a large response over a slow line: limits checked before a byte is sent, each chunk sealed
 * as it arrives (nothing in clear on disk or in the database), a broken or misplaced chunk answered
 * with where to resume, another session's upload out of reach, and the deposit made from what arrived.
 */
class ChunkedDepositIT extends PlatformIT {

    private static final int CHUNK = 1024 * 1024;
    private static final Pattern JSON_VALUE = Pattern.compile("\"(\\w+)\":\"?([^\",}]*)\"?");

    @Test
    void aLargeResponseArrivesInChunksResumesAfterABreakAndIsDepositedSealed() throws Exception {
        String phrase = "morceau-secret-" + UUID.randomUUID().toString().substring(0, 8);
        Published published = published("Envois par morceaux");
        long community = published.community();
        WebClient buyer = published.buyer();
        long consultation = published.consultation();
        Person depositor = member("Morcelle", community);
        companyOf(depositor.id(), "Morceaux Industrie");
        Page form = depositor.web().get("/consultation.xhtml?id=" + consultation);
        String token = form.doc().getElementById("deposit").attr("data-upload-token");
        Map<String, String> withToken = Map.of("X-Upload-Token", token);

        assertEquals(403, depositor.web().call("POST", "/consultation/upload?c=" + consultation, Map.of(), null).statusCode(),
                "a request without the session's token (another site's page) is refused");
        assertEquals(403, depositor.web().call("POST", "/consultation/upload?c=" + consultation,
                Map.of("X-Upload-Token", "forged"), null).statusCode());
        String deposit = value(ok(depositor.web().call("POST", "/consultation/upload?c=" + consultation, withToken, null)), "deposit");

        HttpResponse<String> tooLarge = depositor.web().call("POST", "/consultation/upload?d=" + deposit
                + "&name=offre.pdf&size=" + (501L * 1024 * 1024), withToken, null);
        assertEquals(400, tooLarge.statusCode());
        assertTrue(tooLarge.body().contains("dépasse 500 Mo"), "refused before a byte is sent: " + tooLarge.body());

        byte[] offer = offer(phrase, 3 * CHUNK + 12345);
        String file = value(ok(depositor.web().call("POST", "/consultation/upload?d=" + deposit + "&name=offre.pdf&size="
                + offer.length, withToken, null)), "file");
        String chunks = "/consultation/upload?d=" + deposit + "&f=" + file;
        assertEquals("1048576", value(ok(put(depositor.web(), chunks, token, offer, 0, CHUNK)), "received"));

        HttpResponse<String> misplaced = put(depositor.web(), chunks, token, offer, 2 * CHUNK, 3 * CHUNK);
        assertEquals(409, misplaced.statusCode(), "a chunk past what arrived");
        assertEquals("1048576", value(misplaced, "received"), "says where to resume");
        HttpResponse<String> cut = depositor.web().call("PUT", chunks, Map.of("X-Upload-Token", token,
                "Content-Range", "bytes " + CHUNK + "-" + (2 * CHUNK - 1) + "/" + offer.length),
                Arrays.copyOfRange(offer, CHUNK, CHUNK + 1000));
        assertEquals(409, cut.statusCode(), "a chunk cut short by a broken line is refused...");
        assertEquals(Integer.toString(CHUNK + 1000), value(cut, "received"), "...but kept as far as it came");
        assertEquals(Integer.toString(CHUNK + 1000), value(ok(depositor.web().call("GET", chunks, withToken, null)), "received"));

        Person other = member("Curieux", community);
        companyOf(other.id(), "Curiosités SARL");
        String othersToken = other.web().get("/consultation.xhtml?id=" + consultation).doc().getElementById("deposit")
                .attr("data-upload-token");
        assertEquals(404, other.web().call("GET", chunks, Map.of("X-Upload-Token", othersToken), null).statusCode(),
                "another session's upload is out of reach");
        assertEquals(404, other.web().call("PUT", chunks, Map.of("X-Upload-Token", othersToken,
                "Content-Range", "bytes " + CHUNK + "-" + (2 * CHUNK - 1) + "/" + offer.length),
                Arrays.copyOfRange(offer, CHUNK, 2 * CHUNK)).statusCode());

        ok(put(depositor.web(), chunks, token, offer, CHUNK + 1000, 2 * CHUNK));
        ok(put(depositor.web(), chunks, token, offer, 2 * CHUNK, 3 * CHUNK));
        assertEquals(Integer.toString(offer.length), value(ok(put(depositor.web(), chunks, token, offer, 3 * CHUNK, offer.length)),
                "received"));
        assertFalse(storeHolds(phrase), "sealed as it arrived: nothing in clear in the file store");

        Page deposited = depositor.web().submitWithFiles(form, "deposit", Map.of("deposit:text", "Offre envoyée par morceaux",
                "deposit:staged", deposit, "deposit:company", form.doc().getElementById("deposit:company")
                        .selectFirst("option").attr("value")), "deposit:files", List.of(), "deposit:send");
        assertTrue(deposited.globalMessages().contains("Votre pli est déposé"), deposited.mainText());
        String receipt = deposited.text("receipt");
        assertTrue(receipt.contains("offre.pdf") && receipt.contains(sha256(offer)), receipt);
        assertTrue(receipt.replaceAll("\\D", "").contains(Integer.toString(offer.length)), "its size: " + receipt);
        assertFalse(storeHolds(phrase), "nor once deposited");
        // The store's hash of the sealed bytes, for a restore's check, is made by the sweeper after the deposit.
        long sealedFile = ((Number) Db.single("SELECT f.file_id FROM app.response_file f JOIN app.response_deposit d"
                + " ON d.id = f.deposit_id WHERE d.consultation_id = ? ORDER BY f.id DESC LIMIT 1", consultation)).longValue();
        Poll.until(() -> Db.single("SELECT sha256 FROM app.stored_file WHERE id = ?", sealedFile) != null, Duration.ofSeconds(20),
                "the sweeper to hash the sealed file");
        assertEquals(sha256(Files.readAllBytes(StoredFiles.pathOf(sealedFile))),
                ((String) Db.single("SELECT sha256 FROM app.stored_file WHERE id = ?", sealedFile)).strip());
        assertEquals(0, Db.count("SELECT count(*) FROM app.response_file f JOIN app.response_deposit d ON d.id = f.deposit_id"
                + " WHERE d.consultation_id = ? AND position(convert_to(?, 'UTF8') IN d.sealed_text) > 0", consultation, phrase));
        HttpResponse<String> again = depositor.web().call("POST", "/consultation/upload?d=" + deposit + "&name=autre.pdf&size=10",
                withToken, null);
        assertEquals(404, again.statusCode(), "a deposited upload takes nothing more");

        shiftClock(3);
        try {
            Page opened = buyer.submit(buyer.get("/buyer/consultation.xhtml?id=" + consultation), "opening", Map.of(),
                    "opening:open");
            assertTrue(opened.globalMessages().contains("Les plis sont ouverts"), opened.mainText());
            String link = opened.doc().selectFirst("#opened a.response-file").attr("href");
            assertArrayEquals(offer, buyer.bytes(link).body(), "the chunks make the file, byte for byte");
        } finally {
            shiftClock(0);
        }
    }

    @Test
    void aFileOfTheWrongTypeIsRefusedAtItsFirstChunkAndNobodyElseMayStart() {
        Published published = published("Envois refusés");
        long community = published.community();
        long consultation = published.consultation();
        Person depositor = member("Typée", community);
        companyOf(depositor.id(), "Types Mal Choisis");
        String token = depositor.web().get("/consultation.xhtml?id=" + consultation).doc().getElementById("deposit")
                .attr("data-upload-token");
        Map<String, String> withToken = Map.of("X-Upload-Token", token);
        String deposit = value(ok(depositor.web().call("POST", "/consultation/upload?c=" + consultation, withToken, null)), "deposit");
        byte[] program = new byte[4096];
        program[0] = 'M';
        program[1] = 'Z';
        String file = value(ok(depositor.web().call("POST", "/consultation/upload?d=" + deposit + "&name=offre.pdf&size="
                + program.length, withToken, null)), "file");
        HttpResponse<String> refused = put(depositor.web(), "/consultation/upload?d=" + deposit + "&f=" + file, token, program, 0,
                program.length);
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("n’est ni un PDF"), refused.body());

        long elsewhere = Db.community("SECTOR", "OPEN", "Ailleurs");
        Person outsider = member("Dehors", elsewhere);
        companyOf(outsider.id(), "Hors Cible");
        assertEquals(404, outsider.web().call("POST", "/consultation/upload?c=" + consultation,
                Map.of("X-Upload-Token", tokenOn(outsider.web(), elsewhere)), null).statusCode(),
                "a consultation not shown to them: the same 404 as a missing one");

        Person unlinked = member("Détachée", community);
        companyOf(unlinked.id(), "Ancienne Maison");
        String unlinkedToken = tokenOn(unlinked.web(), community);
        Db.update("DELETE FROM app.company_link WHERE account_id = ?", unlinked.id());
        HttpResponse<String> notLinked = unlinked.web().call("POST", "/consultation/upload?c=" + consultation,
                Map.of("X-Upload-Token", unlinkedToken), null);
        assertEquals(400, notLinked.statusCode());
        assertTrue(notLinked.body().contains("Choisissez une entreprise"), notLinked.body());

        HttpResponse<String> visitor = new WebClient().call("POST", "/consultation/upload?c=" + consultation, Map.of(), null);
        assertFalse(visitor.body().contains("\"deposit\""), "a visitor starts nothing: " + visitor.statusCode());
    }

    private record Published(long community, WebClient buyer, long consultation) {
    }

    /** A consultation published to a new community, its deadline in two days (questions close tomorrow). */
    private static Published published(String label) {
        long community = Db.community("SECTOR", "OPEN", label);
        WebClient buyer = buyerOf(organisation(community));
        long consultation = draft(buyer, Map.of("consultation:communities", Long.toString(community),
                "consultation:responseDeadline", deadline(2), "consultation:questionDeadline", deadline(1)));
        publish(buyer, consultation);
        return new Published(community, buyer, consultation);
    }

    /** The session's upload token, from the deposit form of a consultation published to {@code community}. */
    private static String tokenOn(WebClient web, long community) {
        WebClient buyer = buyerOf(organisation(community));
        long consultation = draft(buyer, Map.of("consultation:communities", Long.toString(community)));
        publish(buyer, consultation);
        return web.get("/consultation.xhtml?id=" + consultation).doc().getElementById("deposit").attr("data-upload-token");
    }

    private static HttpResponse<String> put(WebClient web, String path, String token, byte[] bytes, int from, int to) {
        return web.call("PUT", path, Map.of("X-Upload-Token", token, "Content-Range", "bytes " + from + "-" + (to - 1) + "/"
                + bytes.length), Arrays.copyOfRange(bytes, from, to));
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return response;
    }

    private static String value(HttpResponse<String> response, String name) {
        Matcher found = JSON_VALUE.matcher(response.body());
        while (found.find()) {
            if (found.group(1).equals(name)) {
                return found.group(2);
            }
        }
        throw new AssertionError("No " + name + " in " + response.body());
    }

    /** A PDF of {@code size} bytes, the phrase near its start, random bytes after. */
    private static byte[] offer(String phrase, int size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        out.writeBytes(("%PDF-1.4\n% " + phrase + "\n").getBytes(StandardCharsets.UTF_8));
        byte[] filler = new byte[size - out.size() - 6];
        new Random(7).nextBytes(filler);
        out.writeBytes(filler);
        out.writeBytes("%%EOF\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static boolean storeHolds(String phrase) throws Exception {
        byte[] wanted = phrase.getBytes(StandardCharsets.UTF_8);
        for (Path file : StoredFiles.all()) {
            String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            if (bytes.contains(new String(wanted, StandardCharsets.ISO_8859_1))) {
                return true;
            }
        }
        return false;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
