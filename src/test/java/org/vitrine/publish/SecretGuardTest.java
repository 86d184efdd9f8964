package org.vitrine.publish;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vitrine.messages.Messages;
import org.vitrine.text.TokenEcho;

/** The last guard before the switch: a public text file holding a configured secret fails the run, naming the file. */
class SecretGuardTest {

    static final String TOKEN = "Vt7Qk2Mx9RpL4wZc8NbE3hYs6JdF1gAu";

    @TempDir
    Path pub;

    void written() throws Exception {
        Files.createDirectories(pub.resolve("data"));
        Files.createDirectories(pub.resolve("needs"));
        Files.writeString(pub.resolve("index.html"), "<html><body><h1>Salon inversé 2027</h1><p>Billettique</p></body></html>\n");
        Files.writeString(pub.resolve("data/needs.csv"), "id;title\nchu-1;Billettique\n");
        pdf(pub.resolve("brochure.pdf"), "Billettique", null);
        gz(pub.resolve("index.html.gz"), "<html><body><h1>Salon inversé 2027</h1></body></html>\n");
    }

    /** A brochure as PDFBox writes one: {@code text} on its page, {@code where} the token is hidden (or none). */
    static void pdf(Path file, String text, String where) throws Exception {
        try (var doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            var page = new org.apache.pdfbox.pdmodel.PDPage();
            doc.addPage(page);
            try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(50, 700);
                cs.showText(text);
                cs.endText();
            }
            doc.getDocumentInformation().setTitle("Programmation 2027");
            if ("title".equals(where)) {
                doc.getDocumentInformation().setKeywords("achats " + TOKEN);
            } else if ("attachment".equals(where)) {
                var ef = new org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile(doc,
                        new java.io.ByteArrayInputStream(("id;title\nchu-1;Clé " + TOKEN + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                        org.apache.pdfbox.cos.COSName.FLATE_DECODE);
                var spec = new org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification();
                spec.setFile("needs.csv");
                spec.setEmbeddedFile(ef);
                var tree = new org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode();
                tree.setNames(java.util.Map.of("needs.csv", spec));
                var names = new org.apache.pdfbox.pdmodel.PDDocumentNameDictionary(doc.getDocumentCatalog());
                names.setEmbeddedFiles(tree);
                doc.getDocumentCatalog().setNames(names);
            } else if ("link".equals(where)) {
                var link = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink();
                var uri = new org.apache.pdfbox.pdmodel.interactive.action.PDActionURI();
                uri.setURI("https://marches.example.fr/c/12?t=" + TOKEN);
                link.setAction(uri);
                link.setRectangle(new org.apache.pdfbox.pdmodel.common.PDRectangle(50, 650, 100, 20));
                page.getAnnotations().add(link);
            }
            doc.save(file.toFile());
        }
    }

    static void gz(Path file, String text) throws Exception {
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /** The brochure and the .gz copies are read too: their text, the PDF's metadata, attachments and links. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"brochure.pdf|text", "brochure.pdf|title", "brochure.pdf|attachment", "brochure.pdf|link",
            "index.html.gz|gz", "data/needs.json.gz|gz", "assets/style.css|css", "assets/logo.svg|svg",
            "brochure.pdf|raw"})
    void theBrochureAndTheCompressedCopiesHoldingTheTokenFailTheRun(String file, String where) throws Exception {
        written();
        Files.createDirectories(pub.resolve(file).getParent());
        switch (where) {
            case "gz" -> gz(pub.resolve(file), "<p>Clé " + TOKEN + "</p>\n"); // beside a plain index.html without it
            case "css", "svg" -> Files.writeString(pub.resolve(file), "/* " + TOKEN + " */");
            // a PDF that PDFBox cannot read: its bytes are read as text (never let through unread)
            case "raw" -> Files.writeString(pub.resolve(file), "%PDF-1.7 cassé " + TOKEN);
            default -> pdf(pub.resolve(file), "text".equals(where) ? "Billettique, code " + TOKEN : "Billettique", where);
        }
        SecretGuard.Echoed e = assertThrows(SecretGuard.Echoed.class,
                () -> SecretGuard.check(pub, List.of(TokenEcho.of(TOKEN)), Messages.of("fr")));
        assertTrue(e.getMessage().contains(file), e.getMessage());
        assertFalse(e.getMessage().contains(TOKEN));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "data/needs.json|{\"title\":\"Clé " + TOKEN + "\"}",
            "needs/chu-1.html|<p>&#86;&#116;&#55;&#81;&#107;&#50;&#77;&#120;&#57;&#82;&#112;&#76;&#52;&#119;&#90;&#99;&#56;&#78;&#98;</p>",
            "assets/needs-index.js|var n=[\"\\u0056\\u0074\\u0037\\u0051\\u006b\\u0032\\u004d\\u0078\\u0039\\u0052\\u0070\\u004c\"];",
            "feed.xml|<title>VnQ3UWsyTXg5UnBMNHdaYzhOYkUzaFlzNkpkRjFnQXU=</title>",
            "calendar.ics|SUMMARY:Billettique " + TOKEN,
            "robots.txt|# " + TOKEN})
    void aPublicTextFileHoldingTheTokenFailsTheRunNamingIt(String file, String text) throws Exception {
        written();
        Files.createDirectories(pub.resolve(file).getParent());
        Files.writeString(pub.resolve(file), text);
        SecretGuard.Echoed e = assertThrows(SecretGuard.Echoed.class,
                () -> SecretGuard.check(pub, List.of(TokenEcho.of(TOKEN)), Messages.of("fr")));
        assertTrue(e.getMessage().contains(file) && e.getMessage().contains("n’est pas mise en ligne"), e.getMessage());
        assertFalse(e.getMessage().contains(TOKEN));
    }

    /** The URL a QR code of a planted image says: a platform's page with the token as a parameter. */
    static final String QR_URL = "https://marches.example.fr/c/12?jeton=" + TOKEN;

    /** A black-and-white image of a QR code saying {@code text}, {@code margin} white pixels around it. */
    static java.awt.image.BufferedImage qr(String text, int scale, int margin) throws Exception {
        var m = new com.google.zxing.qrcode.QRCodeWriter().encode(text, com.google.zxing.BarcodeFormat.QR_CODE, 0, 0);
        int w = m.getWidth() * scale + 2 * margin;
        int h = m.getHeight() * scale + 2 * margin;
        var img = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int mx = (x - margin) / scale;
                int my = (y - margin) / scale;
                boolean black = x >= margin && y >= margin && mx < m.getWidth() && my < m.getHeight() && m.get(mx, my);
                img.setRGB(x, y, black ? 0 : 0xFFFFFF);
            }
        }
        return img;
    }

    static byte[] png(java.awt.image.BufferedImage img) throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** {@code png} with a chunk added before IEND (or after it, for « trailer »). */
    static byte[] withChunk(byte[] png, String type, byte[] data) {
        var out = new java.io.ByteArrayOutputStream();
        int iend = png.length - 12;
        out.write(png, 0, iend);
        if (type == null) {
            out.write(png, iend, 12);
            out.writeBytes(data);
            return out.toByteArray();
        }
        var c = java.nio.ByteBuffer.allocate(12 + data.length).putInt(data.length).put(type.getBytes(java.nio.charset.StandardCharsets.US_ASCII)).put(data);
        var crc = new java.util.zip.CRC32();
        crc.update(type.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        crc.update(data);
        c.putInt((int) crc.getValue());
        out.writeBytes(c.array());
        out.write(png, iend, 12);
        return out.toByteArray();
    }

    static byte[] deflated(String text) {
        var out = new java.io.ByteArrayOutputStream();
        try (var d = new java.util.zip.DeflaterOutputStream(out)) {
            d.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] concat(String head, byte[] tail) {
        byte[] h = head.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] all = java.util.Arrays.copyOf(h, h.length + tail.length);
        System.arraycopy(tail, 0, all, h.length, tail.length);
        return all;
    }

    /** An SVG drawing the QR code of {@code text} as one rect per dark module (as QR generators write them), or as a path. */
    static String svgQr(String text, boolean path) throws Exception {
        var m = new com.google.zxing.qrcode.QRCodeWriter().encode(text, com.google.zxing.BarcodeFormat.QR_CODE, 0, 0);
        StringBuilder b = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + m.getWidth() + " " + m.getHeight()
                + "\" width=\"200\" height=\"200\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>");
        if (path) {
            b.append("<path fill=\"#000\" d=\"");
        }
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                if (m.get(x, y)) {
                    b.append(path ? "M" + x + " " + y + "h1v1h-1z" : "<rect x=\"" + x + "\" y=\"" + y + "\" width=\"1\" height=\"1\"/>");
                }
            }
        }
        return b.append(path ? "\"/></svg>" : "</svg>").toString();
    }

    /**
     * Issue 16 (safetyH): images were not read. A secret in a PNG's text chunks (tEXt, zTXt and iTXt compressed, a
     * private chunk, after IEND), in a QR code (a PNG of it alone, one in the corner of a larger plan, a JPEG, an SVG
     * drawing it with rects or a path or holding it as a data: PNG, an image in the brochure) fails the run, naming
     * the file; an unreadable PNG is read as bytes.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"assets/floor-plan.png|tEXt", "assets/floor-plan.png|zTXt", "assets/floor-plan.png|iTXt",
            "assets/floor-plan.png|private", "assets/floor-plan.png|trailer", "assets/floor-plan.png|broken",
            "assets/qr.png|qr", "assets/floor-plan.png|qr-in-plan", "assets/plan.jpg|jpeg-qr", "assets/qr.svg|svg-rects",
            "assets/qr.svg|svg-path", "assets/logo.svg|svg-data", "brochure.pdf|pdf-qr"})
    void anImageHoldingTheTokenInATextChunkOrAQrCodeFailsTheRun(String file, String where) throws Exception {
        written();
        Path f = pub.resolve(file);
        Files.createDirectories(f.getParent());
        var plan = new java.awt.image.BufferedImage(600, 400, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g = plan.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 600, 400);
        g.setColor(java.awt.Color.GRAY);
        g.fillRect(40, 40, 300, 200); // a hall
        byte[] clean = png(plan);
        byte[] kw = "Comment\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        switch (where) {
            case "tEXt" -> Files.write(f, withChunk(clean, "tEXt", concat("Comment\0", ("Plan, accès " + TOKEN).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))));
            case "zTXt" -> Files.write(f, withChunk(clean, "zTXt", concat("Comment\0\0", deflated("accès " + TOKEN))));
            case "iTXt" -> Files.write(f, withChunk(clean, "iTXt", concat("Comment\0\1\0fr\0Commentaire\0", deflated("accès " + TOKEN))));
            case "private" -> Files.write(f, withChunk(clean, "prVt", TOKEN.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
            case "trailer" -> Files.write(f, withChunk(clean, null, ("\n" + TOKEN + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
            case "broken" -> Files.write(f, concat("\u0089PNG\r\n\u001a\n cassé ", TOKEN.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
            case "qr" -> Files.write(f, png(qr(QR_URL, 3, 12)));
            case "qr-in-plan" -> {
                g.drawImage(qr(QR_URL, 2, 8), 420, 220, null);
                Files.write(f, png(plan));
            }
            case "jpeg-qr" -> javax.imageio.ImageIO.write(qr(QR_URL, 4, 16), "jpg", f.toFile());
            case "svg-rects" -> Files.writeString(f, svgQr(QR_URL, false));
            case "svg-path" -> Files.writeString(f, svgQr(QR_URL, true));
            case "svg-data" -> Files.writeString(f, "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
                    + "<image width=\"120\" height=\"120\" xlink:href=\"data:image/png;base64,"
                    + java.util.Base64.getEncoder().encodeToString(png(qr(QR_URL, 3, 12))) + "\"/></svg>");
            case "pdf-qr" -> {
                try (var doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
                    var page = new org.apache.pdfbox.pdmodel.PDPage();
                    doc.addPage(page);
                    var image = org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(doc, qr(QR_URL, 3, 12));
                    try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                        cs.drawImage(image, 50, 500, 120, 120);
                    }
                    doc.save(f.toFile());
                }
            }
            default -> throw new IllegalArgumentException(where);
        }
        g.dispose();
        SecretGuard.Echoed e = assertThrows(SecretGuard.Echoed.class,
                () -> SecretGuard.check(pub, List.of(TokenEcho.of(TOKEN)), Messages.of("fr")));
        assertTrue(e.getMessage().contains(file), e.getMessage());
        assertFalse(e.getMessage().contains(TOKEN));
    }

    /** Images without the token pass: a plan with ordinary text chunks, a QR code of a need's page, in PNG, SVG and PDF. */
    @Test
    void imagesWithoutTheTokenPass() throws Exception {
        written();
        Files.createDirectories(pub.resolve("assets"));
        String page = "https://marches.example.fr/2027/besoins/chu-1.html";
        Files.write(pub.resolve("assets/floor-plan.png"), withChunk(png(qr(page, 3, 12)), "tEXt",
                concat("Software\0", "Vitrine".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))));
        Files.writeString(pub.resolve("assets/qr.svg"), svgQr(page, true));
        try (var doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            var p = new org.apache.pdfbox.pdmodel.PDPage();
            doc.addPage(p);
            var image = org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(doc, qr(page, 3, 12));
            try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, p)) {
                cs.drawImage(image, 50, 500, 120, 120);
            }
            doc.save(pub.resolve("brochure.pdf").toFile());
        }
        assertDoesNotThrow(() -> SecretGuard.check(pub, List.of(TokenEcho.of(TOKEN)), Messages.of("fr")));
    }

    /**
     * Review R1: the same pixels go through zxing once. The QR code in assets/ (its file with a text chunk), its copy
     * under another name (no chunk: other bytes, same pixels) and in the brochure are one image read; the SVG's drawing
     * is another. A second check of the edition reads no image again.
     */
    @Test
    void theSameImageIsReadOnceWhereverItIs() throws Exception {
        written();
        Files.createDirectories(pub.resolve("assets"));
        String page = "https://marches.example.fr/2027/besoins/chu-1.html";
        var code = qr(page, 3, 12);
        Files.write(pub.resolve("assets/floor-plan.png"), withChunk(png(code), "tEXt",
                concat("Software\0", "Vitrine".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))));
        Files.write(pub.resolve("assets/qr.png"), png(code));
        Files.writeString(pub.resolve("assets/qr.svg"), svgQr(page, true));
        try (var doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            for (int i = 0; i < 2; i++) { // a page per language, each with its own copy of the code
                var p = new org.apache.pdfbox.pdmodel.PDPage();
                doc.addPage(p);
                var image = org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(doc, code);
                try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, p)) {
                    cs.drawImage(image, 50, 500, 120, 120);
                }
            }
            doc.save(pub.resolve("brochure.pdf").toFile());
        }
        int[] zxing = {0}; // each put is an image zxing read
        var read = new java.util.HashMap<String, List<String>>() {
            @Override
            public List<String> put(String digest, List<String> codes) {
                zxing[0]++;
                return super.put(digest, codes);
            }
        };
        SecretGuard.check(pub, List.of(TokenEcho.of(TOKEN)), Messages.of("fr"), read);
        assertEquals(2, zxing[0], read.toString());
        assertTrue(read.values().stream().allMatch(List.of(page)::equals), read.toString());
        SecretGuard.check(pub, List.of(TokenEcho.of(TOKEN)), Messages.of("fr"), read);
        assertEquals(2, zxing[0], read.toString());
    }

    @Test
    void anEditionWithoutTheTokenPasses() throws Exception {
        written();
        assertDoesNotThrow(() -> SecretGuard.check(pub, List.of(TokenEcho.of(TOKEN)), Messages.of("fr")));
        assertDoesNotThrow(() -> SecretGuard.check(pub, List.of(), Messages.of("fr")));
    }
}
