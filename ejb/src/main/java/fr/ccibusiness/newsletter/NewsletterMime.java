package fr.ccibusiness.newsletter;

import fr.ccibusiness.platform.MailSender;
import jakarta.activation.DataHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.PreencodedMimeBodyPart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The MIME messages of a newsletter's dispatch. Its body, the same for every recipient, is encoded
 * (quoted-printable) once; each message encodes only its recipient's own lines, joined to the body by
 * soft line breaks, and hands the relay its parts in blocks rather than byte by byte. A reader
 * decodes exactly what {@link PersonalNewsletter#mail()} holds.
 */
@ApplicationScoped
public class NewsletterMime {

    private static final String ENCODING = "quoted-printable";
    private static final byte[] SOFT_BREAK = {'=', '\r', '\n'};
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    /** Bodies kept encoded: a few newsletters dispatched at once, each in a text and an HTML version. */
    private static final int KEPT = 16;

    @Inject
    private MailSender mail;

    private final Map<String, byte[]> encodedBodies = new ConcurrentHashMap<>();

    public MimeMessage toMime(PersonalNewsletter letter) throws MessagingException {
        return mail.toMime(letter.to(), letter.subject(), letter.headers(), part(letter.text(), "plain"),
                part(letter.html(), "html"));
    }

    MimeBodyPart part(PersonalNewsletter.Framed framed, String subtype) throws MessagingException {
        byte[] body = encodedBody(framed.shared());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(
                body.length + 2 * (framed.before().length() + framed.after().length()));
        appendLines(bytes, encode(framed.before()));
        appendLines(bytes, body);
        bytes.writeBytes(encode(framed.after()));
        String type = "text/" + subtype + "; charset=UTF-8";
        MimeBodyPart part = new PreencodedMimeBodyPart(ENCODING);
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(bytes.toByteArray(), type)));
        part.setHeader("Content-Type", type);
        // Said, so that saving the message does not read the part to choose an encoding.
        part.setHeader("Content-Transfer-Encoding", ENCODING);
        return part;
    }

    private byte[] encodedBody(String body) {
        if (encodedBodies.size() >= KEPT) {
            encodedBodies.clear();
        }
        return encodedBodies.computeIfAbsent(body, NewsletterMime::encode);
    }

    /** Encoded lines followed by the next ones: a soft line break joins them unless the first end a line. */
    private static void appendLines(ByteArrayOutputStream to, byte[] encoded) {
        to.writeBytes(encoded);
        int length = encoded.length;
        if (length > 0 && !(length >= 2 && encoded[length - 2] == '\r' && encoded[length - 1] == '\n')) {
            to.writeBytes(SOFT_BREAK);
        }
    }

    /**
     * Quoted-printable (RFC 2045, 6.7) in one pass over an array: line breaks stay CRLF, spaces and tabs
     * before them are encoded, so are '=' and bytes outside printable ASCII, and a soft line break keeps
     * every line within 76 characters. Jakarta Mail's encoder does the same a byte and a call at a time,
     * through four streams: most of the dispatch's time went there.
     */
    static byte[] encode(String text) {
        byte[] in = text.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[in.length * 3 + in.length / 24 * 3 + 3];
        int length = 0;
        int column = 0;
        for (int i = 0; i < in.length; i++) {
            int b = in[i] & 0xff;
            if (b == '\r' && i + 1 < in.length && in[i + 1] == '\n') {
                continue; // the LF that follows ends the line
            }
            if (b == '\n') {
                out[length++] = '\r';
                out[length++] = '\n';
                column = 0;
                continue;
            }
            boolean lineEnds = i + 1 == in.length || in[i + 1] == '\n' || in[i + 1] == '\r';
            boolean literal = b >= 33 && b <= 126 && b != '=' || (b == ' ' || b == '\t') && !lineEnds;
            int width = literal ? 1 : 3;
            // Room for this character, and for the soft break's '=' unless the line ends right after it.
            if (column + width > (lineEnds ? 76 : 75)) {
                out[length++] = '=';
                out[length++] = '\r';
                out[length++] = '\n';
                column = 0;
            }
            if (literal) {
                out[length++] = (byte) b;
            } else {
                out[length++] = '=';
                out[length++] = HEX[b >> 4];
                out[length++] = HEX[b & 0xf];
            }
            column += width;
        }
        return Arrays.copyOf(out, length);
    }
}
