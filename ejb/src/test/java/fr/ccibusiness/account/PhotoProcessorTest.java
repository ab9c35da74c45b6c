package fr.ccibusiness.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PhotoProcessorTest {

    @Test
    void aJpegWithGpsMetadataIsResizedAndLosesItsMetadata() throws IOException {
        byte[] upload = withExif(image("jpeg", 1200, 800), "GPS 49.18N 0.37W");

        byte[] kept = PhotoProcessor.process(upload);

        BufferedImage result = ImageIO.read(new ByteArrayInputStream(kept));
        assertEquals(400, result.getWidth());
        assertEquals(267, result.getHeight());
        String text = new String(kept, StandardCharsets.ISO_8859_1);
        assertFalse(text.contains("Exif") || text.contains("GPS"), "no metadata survives");
    }

    @Test
    void aPngBecomesAJpegAndSmallImagesKeepTheirSize() throws IOException {
        byte[] kept = PhotoProcessor.process(image("png", 100, 50));

        assertTrue(PhotoProcessor.isJpeg(kept));
        assertEquals(100, ImageIO.read(new ByteArrayInputStream(kept)).getWidth());
    }

    @Test
    void anythingElseIsRefused() throws IOException {
        assertThrows(InvalidPhotoException.class,
                () -> PhotoProcessor.process("MZ this is an executable named photo.jpg".getBytes(StandardCharsets.US_ASCII)));
        assertThrows(InvalidPhotoException.class, () -> PhotoProcessor.process(image("gif", 10, 10)));
        byte[] truncated = java.util.Arrays.copyOf(image("jpeg", 200, 200), 40);
        assertThrows(InvalidPhotoException.class, () -> PhotoProcessor.process(truncated));
        assertThrows(InvalidPhotoException.class, () -> PhotoProcessor.process(new byte[PhotoProcessor.MAX_BYTES + 1]));
        assertThrows(InvalidPhotoException.class, () -> PhotoProcessor.process(new byte[0]));
    }

    static byte[] image(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(width / 2, height / 2, 0x0b4f8a);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** A JPEG with an APP1 "Exif" segment right after the start-of-image marker, as cameras write. */
    static byte[] withExif(byte[] jpeg, String payload) {
        byte[] body = ("Exif\0\0" + payload).getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xff);
        out.write(0xe1);
        out.write((body.length + 2) >> 8);
        out.write((body.length + 2) & 0xff);
        out.write(body, 0, body.length);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }
}
