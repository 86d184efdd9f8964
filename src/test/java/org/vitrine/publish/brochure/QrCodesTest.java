package org.vitrine.publish.brochure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDIndexed;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

class QrCodesTest {

    static final String URL = "https://achats.example-region.fr/vitrine/needs/chu-beaumont-nettoyage-des-locaux-3f2a.html";

    @Test
    void decodesBackToThePermalink() throws Exception {
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(QrCodes.png(URL)));
        int[] rgb = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(img.getWidth(), img.getHeight(), rgb)));
        assertEquals(URL, new QRCodeReader().decode(bitmap).getText());
    }

    @Test
    void isAPalettePngThatPdfBoxEmbedsAsItIs() throws Exception {
        // A grey PNG is decoded and compressed again by PDFBox (LosslessFactory, DeviceGray) for each code.
        try (PDDocument doc = new PDDocument()) {
            PDImageXObject image = PDImageXObject.createFromByteArray(doc, QrCodes.png(URL), "qr.png");
            assertTrue(image.getColorSpace() instanceof PDIndexed, image.getColorSpace().getName());
            assertEquals(1, image.getBitsPerComponent());
        }
    }

    @Test
    void smallAndDeterministic() {
        byte[] png = QrCodes.png(URL);
        assertArrayEquals(png, QrCodes.png(URL));
        assertTrue(png.length < 2_000, "a small PNG: " + png.length);
    }
}
