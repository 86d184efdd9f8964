package org.vitrine.publish;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.GenericMultipleBarcodeReader;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.InflaterInputStream;
import javax.imageio.ImageIO;

/**
 * What an image says to a reader or a program, for {@link SecretGuard} (issue 16, safetyH: images were not read): a
 * PNG's text chunks (tEXt, zTXt and iTXt decompressed, any other chunk but the pixels as bytes, what follows IEND), the
 * codes drawn in an image (QR codes and the other formats zxing reads, as a phone's camera would), and an SVG's drawing
 * of a code (its rects and paths rasterised) and its embedded {@code data:} images. Never the network, never a file.
 */
final class ImageTexts {

    /** A text chunk may not decompress to more than this: a plan's comment is a few lines, not a bomb. */
    static final int MAX_INFLATED = 16 << 20;
    /** Images larger than this many pixels are scaled down before codes are looked for (memory). */
    private static final long MAX_PIXELS = 25_000_000L;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private ImageTexts() {
    }

    /** The texts a PNG carries beside its pixels; the whole file as bytes when it is not a PNG that can be read. */
    static List<String> pngTexts(byte[] b) {
        List<String> out = new ArrayList<>();
        if (b.length < PNG.length || !java.util.Arrays.equals(b, 0, PNG.length, PNG, 0, PNG.length)) {
            out.add(latin1(b, 0, b.length));
            return out;
        }
        int pos = PNG.length;
        while (pos + 8 <= b.length) {
            int length = ByteBuffer.wrap(b, pos, 4).getInt();
            String type = new String(b, pos + 4, 4, StandardCharsets.ISO_8859_1);
            if (length < 0 || (long) pos + 12 + length > b.length) {
                out.add(latin1(b, pos, b.length)); // a broken chunk: the rest read as bytes
                return out;
            }
            int data = pos + 8;
            switch (type) {
                case "IDAT" -> { } // the pixels, compressed: read through the image's codes
                case "zTXt" -> {
                    int nul = nul(b, data, data + length);
                    out.add(latin1(b, data, nul));
                    out.add(new String(inflated(b, nul + 2, data + length), StandardCharsets.ISO_8859_1));
                }
                case "iTXt" -> {
                    int nul = nul(b, data, data + length);
                    boolean compressed = nul + 1 < data + length && b[nul + 1] != 0;
                    int lang = nul(b, Math.min(nul + 3, data + length), data + length);
                    int translated = nul(b, Math.min(lang + 1, data + length), data + length);
                    int text = Math.min(translated + 1, data + length);
                    out.add(new String(b, data, text - data, StandardCharsets.UTF_8));
                    out.add(new String(compressed ? inflated(b, text, data + length) : java.util.Arrays.copyOfRange(b, text, data + length),
                            StandardCharsets.UTF_8));
                }
                case "iCCP" -> {
                    int nul = nul(b, data, data + length);
                    out.add(latin1(b, data, nul));
                    out.add(new String(inflated(b, nul + 2, data + length), StandardCharsets.ISO_8859_1));
                }
                default -> out.add(latin1(b, data, data + length)); // tEXt, eXIf, a private chunk…
            }
            pos = data + length + 4;
            if (type.equals("IEND")) {
                break;
            }
        }
        if (pos < b.length) {
            out.add(latin1(b, pos, b.length)); // after IEND
        }
        return out;
    }

    /**
     * The texts of the codes drawn in an encoded image (PNG, JPEG, GIF, BMP); none when ImageIO cannot read it.
     * {@code read}: the codes already read, by their pixels' digest (see {@link #codes(BufferedImage, Map)}).
     */
    static List<String> codes(byte[] image, Map<String, List<String>> read) {
        BufferedImage img;
        try {
            img = ImageIO.read(new ByteArrayInputStream(image));
        } catch (IOException | RuntimeException unreadable) {
            return List.of();
        }
        return img == null ? List.of() : codes(img, read);
    }

    /**
     * The texts of the codes drawn in {@code img}: QR codes (several), and the other formats zxing reads. The same
     * pixels are read once: {@code read} keeps, by the digest of the pixels zxing is given, the codes found in them
     * (the floor plan is in assets/ and in the brochure; an image with no code in it costs zxing's four passes).
     */
    static List<String> codes(BufferedImage img, Map<String, List<String>> read) {
        BufferedImage rgb = bounded(img);
        int w = rgb.getWidth();
        int h = rgb.getHeight();
        int[] px = rgb.getRGB(0, 0, w, h, null, 0, w);
        String key = digest(w, h, px);
        List<String> known = read.get(key);
        if (known == null) {
            known = List.copyOf(codes(w, h, px));
            read.put(key, known);
        }
        return known;
    }

    /** SHA-256 of the size and the pixels: two images with the same digest are the same image. */
    private static String digest(int w, int h, int[] px) {
        java.security.MessageDigest md;
        try {
            md = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException every) {
            throw new IllegalStateException(every); // every Java platform has SHA-256
        }
        ByteBuffer chunk = ByteBuffer.allocate(1 << 16);
        chunk.putInt(w).putInt(h);
        for (int v : px) {
            if (!chunk.hasRemaining()) {
                md.update(chunk.array(), 0, chunk.position());
                chunk.clear();
            }
            chunk.putInt(v);
        }
        md.update(chunk.array(), 0, chunk.position());
        return java.util.HexFormat.of().formatHex(md.digest());
    }

    private static List<String> codes(int w, int h, int[] px) {
        LuminanceSource source = new RGBLuminanceSource(w, h, px);
        List<String> out = new ArrayList<>();
        // an image that is one code alone, as the brochure's are: read at once (a tenth of the search's time)
        Map<DecodeHintType, Object> pure = new EnumMap<>(DecodeHintType.class);
        pure.put(DecodeHintType.PURE_BARCODE, Boolean.TRUE);
        read(() -> new Result[] {new com.google.zxing.qrcode.QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)), pure)}, out);
        if (!out.isEmpty()) {
            return out;
        }
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
        read(() -> new QRCodeMultiReader().decodeMultiple(new BinaryBitmap(new HybridBinarizer(source)), hints), out);
        Map<DecodeHintType, Object> others = new EnumMap<>(DecodeHintType.class);
        others.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.DATA_MATRIX, BarcodeFormat.AZTEC,
                BarcodeFormat.PDF_417, BarcodeFormat.CODE_128, BarcodeFormat.CODE_39, BarcodeFormat.CODE_93));
        read(() -> new GenericMultipleBarcodeReader(new MultiFormatReader()).decodeMultiple(
                new BinaryBitmap(new HybridBinarizer(source)), others), out);
        if (out.isEmpty()) { // light on dark
            read(() -> new QRCodeMultiReader().decodeMultiple(new BinaryBitmap(new HybridBinarizer(source.invert())), hints), out);
        }
        return out;
    }

    private interface Decode {
        Result[] run() throws ReaderException;
    }

    private static void read(Decode d, List<String> out) {
        try {
            for (Result r : d.run()) {
                if (r.getText() != null && !out.contains(r.getText())) {
                    out.add(r.getText());
                }
            }
        } catch (NotFoundException none) {
            // no code in the image
        } catch (ReaderException | RuntimeException unreadable) {
            // a code zxing cannot finish reading says nothing a phone would read either
        }
    }

    private static BufferedImage bounded(BufferedImage img) {
        long pixels = (long) img.getWidth() * img.getHeight();
        double scale = pixels > MAX_PIXELS ? Math.sqrt((double) MAX_PIXELS / pixels) : 1;
        if (scale == 1 && img.getType() == BufferedImage.TYPE_INT_RGB) {
            return img;
        }
        int w = Math.max(1, (int) (img.getWidth() * scale));
        int h = Math.max(1, (int) (img.getHeight() * scale));
        BufferedImage rgb = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.setColor(Color.WHITE); // a transparent background reads as white, as a viewer shows it
        g.fillRect(0, 0, w, h);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(img, 0, 0, w, h, null);
        g.dispose();
        return rgb;
    }

    private static final Pattern DATA_IMAGE = Pattern.compile("(?i)data:image/(?:png|jpe?g|gif|bmp)[^,\"'\\s]*;base64,([A-Za-z0-9+/=\\s]+)");

    /** The images written in a text as {@code data:image/…;base64,…} (an SVG's or a page's), decoded. */
    static List<byte[]> dataImages(String text) {
        List<byte[]> out = new ArrayList<>();
        if (text.indexOf("data:") < 0 && text.indexOf("DATA:") < 0) {
            return out;
        }
        Matcher m = DATA_IMAGE.matcher(text);
        while (m.find()) {
            try {
                out.add(Base64.getMimeDecoder().decode(m.group(1)));
            } catch (IllegalArgumentException notBase64) {
                // its text was read as text
            }
        }
        return out;
    }

    private static final Pattern VIEW_BOX = Pattern.compile("(?i)viewBox\\s*=\\s*[\"']\\s*([-\\d.eE]+)[\\s,]+([-\\d.eE]+)[\\s,]+([\\d.eE]+)[\\s,]+([\\d.eE]+)");
    private static final Pattern ELEMENT = Pattern.compile("(?is)<(rect|path|polygon)\\b([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("(?is)([\\w:-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");
    private static final Pattern NUMBER = Pattern.compile("[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?");
    private static final Pattern PATH_TOKEN = Pattern.compile("[MmLlHhVvZz]|" + NUMBER.pattern());

    /**
     * An SVG's shapes drawn as a viewer fills them, black on white, for {@link #codes}: the rects, paths (moves, lines,
     * horizontal and vertical lines, closes: what QR generators write) and polygons that are not filled white or
     * transparent. Curves, transforms and {@code <use>} are not drawn: a code drawn with them is not read (decided).
     */
    static BufferedImage svgDrawing(String svg) {
        Matcher e = ELEMENT.matcher(svg);
        Path2D.Double dark = new Path2D.Double(Path2D.WIND_NON_ZERO);
        int shapes = 0;
        while (e.find() && shapes < 200_000) {
            Map<String, String> a = attributes(e.group(2));
            if (light(a)) {
                continue;
            }
            switch (e.group(1).toLowerCase(Locale.ROOT)) {
                case "rect" -> {
                    double w = number(a.get("width"));
                    double h = number(a.get("height"));
                    if (w > 0 && h > 0) {
                        dark.append(new Rectangle2D.Double(number(a.get("x")), number(a.get("y")), w, h), false);
                        shapes++;
                    }
                }
                case "path" -> shapes += path(a.getOrDefault("d", ""), dark);
                default -> shapes += path("M" + a.getOrDefault("points", "") + "Z", dark);
            }
        }
        if (shapes == 0) {
            return null;
        }
        Rectangle2D box = dark.getBounds2D();
        Matcher v = VIEW_BOX.matcher(svg);
        if (v.find()) {
            box = box.createUnion(new Rectangle2D.Double(number(v.group(1)), number(v.group(2)), number(v.group(3)), number(v.group(4))));
        }
        double side = Math.max(box.getWidth(), box.getHeight());
        if (!(side > 0)) {
            return null;
        }
        double scale = 800 / side; // a code of 177 modules gets 4 pixels a module
        int margin = 40; // the quiet zone an SVG may leave out
        int w = (int) Math.ceil(box.getWidth() * scale) + 2 * margin;
        int h = (int) Math.ceil(box.getHeight() * scale) + 2 * margin;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(Color.BLACK);
        AffineTransform t = new AffineTransform();
        t.translate(margin, margin);
        t.scale(scale, scale);
        t.translate(-box.getX(), -box.getY());
        g.fill(t.createTransformedShape(dark));
        g.dispose();
        return img;
    }

    private static Map<String, String> attributes(String s) {
        Map<String, String> a = new java.util.HashMap<>();
        Matcher m = ATTRIBUTE.matcher(s);
        while (m.find()) {
            a.put(m.group(1).toLowerCase(Locale.ROOT), m.group(2) != null ? m.group(2) : m.group(3));
        }
        String style = a.get("style");
        if (style != null) {
            for (String decl : style.split(";")) {
                int colon = decl.indexOf(':');
                if (colon > 0) {
                    a.putIfAbsent(decl.substring(0, colon).strip().toLowerCase(Locale.ROOT), decl.substring(colon + 1).strip());
                }
            }
        }
        return a;
    }

    /** A shape filled white or not at all, or the background (« 100% »). */
    private static boolean light(Map<String, String> a) {
        String fill = a.getOrDefault("fill", "").strip().toLowerCase(Locale.ROOT);
        return fill.equals("none") || fill.equals("transparent") || fill.equals("white") || fill.matches("#f{3}|#f{6}")
                || fill.matches("rgb\\(\\s*255\\s*,\\s*255\\s*,\\s*255\\s*\\)") || String.valueOf(a.get("width")).endsWith("%")
                || "0".equals(a.get("fill-opacity")) || "0".equals(a.get("opacity"));
    }

    private static double number(String s) {
        if (s == null) {
            return 0;
        }
        Matcher m = NUMBER.matcher(s);
        return m.find() ? Double.parseDouble(m.group()) : 0;
    }

    /** The subpaths of {@code d} (M, L, H, V, Z, absolute or relative) added to {@code out}; how many were drawn. */
    private static int path(String d, Path2D.Double out) {
        Matcher m = PATH_TOKEN.matcher(d);
        List<String> tokens = new ArrayList<>();
        while (m.find()) {
            tokens.add(m.group());
        }
        double x = 0;
        double y = 0;
        double startX = 0;
        double startY = 0;
        char command = 'M';
        boolean open = false;
        int drawn = 0;
        int i = 0;
        while (i < tokens.size()) {
            String t = tokens.get(i);
            if (Character.isLetter(t.charAt(0))) {
                command = t.charAt(0);
                i++;
                if (command == 'Z' || command == 'z') {
                    if (open) {
                        out.closePath();
                        drawn++;
                    }
                    open = false;
                    x = startX;
                    y = startY;
                }
                continue;
            }
            boolean relative = Character.isLowerCase(command);
            switch (Character.toUpperCase(command)) {
                case 'M', 'L' -> {
                    if (i + 1 >= tokens.size() || Character.isLetter(tokens.get(i + 1).charAt(0))) {
                        return drawn;
                    }
                    double nx = Double.parseDouble(t) + (relative ? x : 0);
                    double ny = Double.parseDouble(tokens.get(i + 1)) + (relative ? y : 0);
                    i += 2;
                    if (Character.toUpperCase(command) == 'M') {
                        out.moveTo(nx, ny);
                        startX = nx;
                        startY = ny;
                        open = true;
                        command = relative ? 'l' : 'L'; // further pairs are lines
                    } else if (open) {
                        out.lineTo(nx, ny);
                    }
                    x = nx;
                    y = ny;
                }
                case 'H' -> {
                    x = Double.parseDouble(t) + (relative ? x : 0);
                    i++;
                    if (open) {
                        out.lineTo(x, y);
                    }
                }
                case 'V' -> {
                    y = Double.parseDouble(t) + (relative ? y : 0);
                    i++;
                    if (open) {
                        out.lineTo(x, y);
                    }
                }
                default -> i++;
            }
        }
        if (open) {
            out.closePath(); // an unclosed subpath is filled as closed
            drawn++;
        }
        return drawn;
    }

    private static int nul(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == 0) {
                return i;
            }
        }
        return to;
    }

    private static String latin1(byte[] b, int from, int to) {
        return to <= from ? "" : new String(b, from, to - from, StandardCharsets.ISO_8859_1);
    }

    /** {@code b[from, to)} inflated (zlib), at most {@link #MAX_INFLATED} bytes; what could be read when it is broken. */
    static byte[] inflated(byte[] b, int from, int to) {
        if (to <= from) {
            return new byte[0];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(b, from, to - from))) {
            byte[] buf = new byte[8192];
            for (int n; out.size() < MAX_INFLATED && (n = in.read(buf)) > 0; ) {
                out.write(buf, 0, n);
            }
        } catch (IOException broken) {
            // what was inflated before the damage is read; the raw bytes too
            out.writeBytes(java.util.Arrays.copyOfRange(b, from, to));
        }
        return out.toByteArray();
    }
}
