package org.vitrine.publish.brochure;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * QR codes as small black-and-white PNG data URIs for the brochure's {@code <img>} tags. ImageIO
 * writes no time stamp in PNGs, so the same text always gives the same bytes.
 */
public final class QrCodes {

    /** Pixels per module: enough that viewers scaling the image up keep the edges sharp. */
    private static final int SCALE = 3;
    private static final Map<EncodeHintType, Object> HINTS = Map.of(
            EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
            EncodeHintType.MARGIN, 2,
            EncodeHintType.CHARACTER_SET, "UTF-8");

    /** {@code data:image/png;base64,...} for the text (a permalink). */
    public String dataUri(String text) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(text));
    }

    static byte[] png(String text) {
        BitMatrix m;
        try {
            m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, HINTS);
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code for " + text, e);
        }
        int w = m.getWidth() * SCALE;
        int h = m.getHeight() * SCALE;
        BufferedImage img = new BufferedImage(m.getWidth() * SCALE, m.getHeight() * SCALE, BufferedImage.TYPE_BYTE_BINARY);
        WritableRaster raster = img.getRaster(); // sample 0 is black, 1 white
        int[] white = new int[SCALE * SCALE];
        java.util.Arrays.fill(white, 1);
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                if (!m.get(x, y)) {
                    raster.setSamples(x * SCALE, y * SCALE, SCALE, SCALE, 0, white);
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
