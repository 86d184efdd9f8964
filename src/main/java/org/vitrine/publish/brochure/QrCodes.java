package org.vitrine.publish.brochure;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * QR codes as small black-and-white PNGs for the brochure's {@code <img>} tags (served by {@link QrImages}). The PNG is
 * written here rather than by ImageIO (which took half of a code's time): a 1-bit palette image
 * (black, white), no time stamp, so the same text always gives the same bytes. A palette PNG is also
 * one PDFBox embeds as it is (its compressed rows become the PDF image stream), where a grey one was
 * decoded and compressed again for every code of the brochure.
 */
final class QrCodes {

    private QrCodes() {
    }

    /** Pixels per module: enough that viewers scaling the image up keep the edges sharp. */
    static final int SCALE = 3;
    /**
     * Level L (7 % of the code restorable): a permalink of 75 to 90 characters fits version 4 or 5 (33 or 37
     * modules) instead of 5 or 6 at level M, so each module is larger on the page: a printed brochure scanned
     * at 100 dpi decodes where level M lost a code in four. A printed page is not damaged the way a poster is.
     */
    static final ErrorCorrectionLevel LEVEL = ErrorCorrectionLevel.L;
    /**
     * The quiet zone, in modules, white around the code inside its image: the 4 the QR standard asks (ISO/IEC 18004),
     * so that no box rule or text comes nearer (it was 2, and a live banner's rule stood 1 mm from the code).
     */
    static final int QUIET_ZONE = 4;
    private static final Map<EncodeHintType, Object> HINTS = Map.of(
            EncodeHintType.ERROR_CORRECTION, LEVEL,
            EncodeHintType.MARGIN, QUIET_ZONE,
            EncodeHintType.CHARACTER_SET, "UTF-8");
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    /** Palette index 0 black, 1 white: a set bit is a white pixel. */
    private static final byte[] PALETTE = {0, 0, 0, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF};

    static byte[] png(String text) {
        BitMatrix m;
        try {
            m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, HINTS);
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code for " + text, e);
        }
        int w = m.getWidth() * SCALE;
        int h = m.getHeight() * SCALE;
        int rowBytes = (w + 7) / 8;
        // Each image row: filter type 0 (none), then the pixels, 8 a byte, most significant bit first.
        byte[] rows = new byte[(rowBytes + 1) * h];
        byte[] row = new byte[rowBytes];
        for (int y = 0; y < m.getHeight(); y++) {
            java.util.Arrays.fill(row, (byte) 0);
            for (int x = 0; x < w; x++) {
                if (!m.get(x / SCALE, y)) {
                    row[x >> 3] |= (byte) (0x80 >>> (x & 7));
                }
            }
            for (int i = 0; i < SCALE; i++) {
                System.arraycopy(row, 0, rows, (y * SCALE + i) * (rowBytes + 1) + 1, rowBytes);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        out.writeBytes(SIGNATURE);
        ByteBuffer header = ByteBuffer.allocate(13).putInt(w).putInt(h)
                .put((byte) 1).put((byte) 3).put((byte) 0).put((byte) 0).put((byte) 0); // 1 bit, palette
        chunk(out, "IHDR", header.array());
        chunk(out, "PLTE", PALETTE);
        chunk(out, "IDAT", deflate(rows));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(512);
            byte[] buffer = new byte[1024];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /** Length, type, data and the CRC-32 of type and data. */
    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
