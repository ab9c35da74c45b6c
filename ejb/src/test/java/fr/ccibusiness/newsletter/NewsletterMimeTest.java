package fr.ccibusiness.newsletter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.BodyPart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class NewsletterMimeTest {

    private final NewsletterMime mime = new NewsletterMime();
    private final Session session = Session.getInstance(new Properties());

    @Test
    void aReaderDecodesExactlyTheRecipientsLinesAroundTheSharedBody() throws Exception {
        String longLine = "Rencontres d’affaires à Caen : inscrivez-vous = avant la fin du mois. ".repeat(6);
        PersonalNewsletter.Framed text = new PersonalNewsletter.Framed("Bonjour Éloïse,\n\n",
                longLine + "\n.point en début de ligne\nespace en fin de ligne \n" + longLine,
                "\n\n-- \nSe désabonner : https://cci.example/newsletter/unsubscribe?t=a=b\n");
        PersonalNewsletter.Framed html = new PersonalNewsletter.Framed("<p>Bonjour Éloïse,</p>",
                "<h2>Agenda</h2><p>" + longLine + "</p>", "<hr><p>Se désabonner · <a href=\"x\">ici</a></p> ");

        for (int round = 0; round < 2; round++) { // the second from the encoded body kept
            MimeMessage message = new MimeMessage(session);
            message.setContent(new MimeMultipart("alternative", mime.part(text, "plain"), mime.part(html, "html")));
            message.saveChanges();
            ByteArrayOutputStream written = new ByteArrayOutputStream();
            message.writeTo(written);
            for (String line : written.toString(java.nio.charset.StandardCharsets.US_ASCII).split("\r\n")) {
                assertTrue(line.length() <= 76, line);
            }

            MimeMultipart read = (MimeMultipart) new MimeMessage(session, new ByteArrayInputStream(written.toByteArray()))
                    .getContent();
            assertEquals(text.whole().replace("\n", "\r\n"), content(read.getBodyPart(0)));
            assertEquals(html.whole(), content(read.getBodyPart(1)));
            assertTrue(read.getBodyPart(1).isMimeType("text/html"));
            assertEquals("quoted-printable", read.getBodyPart(1).getHeader("Content-Transfer-Encoding")[0]);
        }
    }

    @Test
    void theEncodingDecodesToTheSameBytesWithLinesWithin76Characters() throws Exception {
        String[] texts = {"", "a", "=", "fin ", "tab\t\nsuite", "seul\rretour", "crlf\r\nsuite\r\n", "é".repeat(40),
                "x".repeat(75) + "=" + "y".repeat(200), "x".repeat(76) + "\n" + "z".repeat(74) + " \n", ".point\n..deux"};
        for (String text : texts) {
            byte[] encoded = NewsletterMime.encode(text);
            for (String line : new String(encoded, java.nio.charset.StandardCharsets.US_ASCII).split("\r\n")) {
                assertTrue(line.length() <= 76, line);
                assertTrue(!line.endsWith(" ") && !line.endsWith("\t"), line);
            }
            byte[] decoded = jakarta.mail.internet.MimeUtility.decode(new ByteArrayInputStream(encoded), "quoted-printable")
                    .readAllBytes();
            String expected = text.replace("\r\n", "\n").replace("\n", "\r\n");
            assertEquals(expected, new String(decoded, java.nio.charset.StandardCharsets.UTF_8), text);
        }
    }

    private static String content(BodyPart part) throws Exception {
        return (String) part.getContent();
    }
}
