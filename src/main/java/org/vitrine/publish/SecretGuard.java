package org.vitrine.publish;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.vitrine.messages.Messages;
import org.vitrine.text.TokenEcho;

/**
 * The last guard before an edition is switched in: every public text file written (html, js, css, svg, json, csv, xml,
 * ics, txt), the {@code .gz} copy of each (read decompressed) and the brochure (PDF: its text as PDFBox extracts it,
 * its metadata, bookmarks, link addresses and attached files) are read for the configured secrets' echoes
 * ({@link TokenEcho}, each line as a value). The cells are checked where the records meet (normalise/SecretCells);
 * this catches what reached a file another way (a template, a configuration text, a future export). A hit fails the
 * run, naming the file: the previous edition stays online. A PDF that PDFBox cannot read is read as bytes.
 */
final class SecretGuard {

    private static final Set<String> TEXT = Set.of("html", "js", "css", "svg", "json", "csv", "xml", "ics", "txt");
    /** Raster images: their text chunks or bytes, and the codes drawn in them (ImageTexts). */
    private static final Set<String> IMAGES = Set.of("png", "jpg", "jpeg", "gif", "bmp");

    /** A public file holding a secret: the message names the file, never the secret. */
    static final class Echoed extends org.vitrine.context.RunRefused {
        Echoed(String message) {
            super(message);
        }
    }

    private SecretGuard() {
    }

    static void check(Path publicDir, List<TokenEcho> secrets, Messages m) throws IOException {
        check(publicDir, secrets, m, new java.util.HashMap<>());
    }

    /**
     * {@code read}: the codes read in each distinct image, by its pixels' digest, filled as the files are read: the
     * same pixels (the floor plan in assets/ and in the brochure, a code drawn twice) go through zxing once (review R1).
     */
    static void check(Path publicDir, List<TokenEcho> secrets, Messages m, Map<String, List<String>> read) throws IOException {
        if (secrets.isEmpty() || !Files.isDirectory(publicDir)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(publicDir)) {
            files = s.filter(Files::isRegularFile).filter(f -> kind(f) != null).sorted().toList();
        }
        TokenEcho.Many all = TokenEcho.Many.of(secrets); // each file read once for all the secrets
        for (Path f : files) {
            if (holds(f, all, read)) {
                throw new Echoed(m.get("publish.secret_echoed", publicDir.relativize(f).toString().replace('\\', '/')));
            }
        }
    }

    /** « text », « gz » (a compressed copy of a text file), « pdf » or « image »; null for the other files. */
    private static String kind(Path f) {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf")) {
            return "pdf";
        }
        if (name.lastIndexOf('.') > 0 && IMAGES.contains(name.substring(name.lastIndexOf('.') + 1))) {
            return "image";
        }
        boolean gz = name.endsWith(".gz");
        String inner = gz ? name.substring(0, name.length() - 3) : name;
        int dot = inner.lastIndexOf('.');
        if (dot <= 0 || !TEXT.contains(inner.substring(dot + 1))) {
            return null;
        }
        return gz ? "gz" : "text";
    }

    private static boolean holds(Path f, TokenEcho.Many secret, Map<String, List<String>> read) throws IOException {
        String kind = kind(f);
        if ("pdf".equals(kind)) {
            return pdfHolds(f, secret, read);
        }
        if ("image".equals(kind)) {
            return imageHolds(Files.readAllBytes(f), secret, read);
        }
        if ("gz".equals(kind)) {
            byte[] copy = gunzipped(f);
            return copy != null && (holds(new ByteArrayInputStream(copy), secret.page(), secret, read) || svg(f, 3) && svgHolds(copy, secret, read));
        }
        if (svg(f, 0)) { // its bytes read once: its lines, then its drawing (review R9)
            byte[] svg = Files.readAllBytes(f);
            return holds(new ByteArrayInputStream(svg), secret.page(), secret, read) || svgHolds(svg, secret, read);
        }
        try (InputStream in = Files.newInputStream(f)) {
            return holds(in, secret.page(), secret, read);
        }
    }

    /** Whether {@code f}, without its last {@code cut} characters (« .gz »), is an SVG. */
    private static boolean svg(Path f, int cut) {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.substring(0, name.length() - cut).endsWith(".svg");
    }

    /** A code drawn by an SVG's shapes (its text and its data: images are read as those of any text file). */
    private static boolean svgHolds(byte[] svg, TokenEcho.Many secret, Map<String, List<String>> read) throws IOException {
        java.awt.image.BufferedImage drawing = ImageTexts.svgDrawing(new String(svg, StandardCharsets.UTF_8));
        return drawing != null && codesHold(ImageTexts.codes(drawing, read), secret);
    }

    /**
     * A raster image: a PNG's text chunks, what it holds after its end (any other image's bytes, where JPEG comments
     * and EXIF are), then the codes drawn in it as a phone's camera would read them (issue 16, safetyH).
     */
    private static boolean imageHolds(byte[] image, TokenEcho.Many secret, Map<String, List<String>> read) throws IOException {
        TokenEcho.Many.Page page = secret.page();
        for (String text : ImageTexts.pngTexts(image)) {
            if (holds(text, page)) {
                return true;
            }
        }
        return page.held() || codesHold(ImageTexts.codes(image, read), secret);
    }

    private static boolean codesHold(List<String> codes, TokenEcho.Many secret) throws IOException {
        for (String code : codes) {
            if (holds(code, secret.page())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The decompressed bytes of a {@code .gz} copy; null when they are those of the file beside it, which is read
     * itself (the catalogue's copies are: reading them twice doubled the guard's cost for nothing).
     */
    private static byte[] gunzipped(Path f) throws IOException {
        Path plain = f.resolveSibling(f.getFileName().toString().substring(0, f.getFileName().toString().length() - 3));
        byte[] copy;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(f), 1 << 16)) {
            copy = in.readAllBytes();
        }
        if (Files.isRegularFile(plain) && Files.size(plain) == copy.length && java.util.Arrays.equals(Files.readAllBytes(plain), copy)) {
            return null;
        }
        return copy;
    }

    private static boolean holds(InputStream in, TokenEcho.Many.Page page) throws IOException {
        return holds(in, page, null, null);
    }

    /** Each line read as a value; with {@code images}, the {@code data:} images a line holds are read too. */
    private static boolean holds(InputStream in, TokenEcho.Many.Page page, TokenEcho.Many images, Map<String, List<String>> read)
            throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, decoder))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (page.read(line)) {
                    return true;
                }
                if (images != null) {
                    for (byte[] image : ImageTexts.dataImages(line)) {
                        if (imageHolds(image, images, read)) {
                            return true;
                        }
                    }
                }
            }
        }
        return page.held();
    }

    private static boolean holds(String text, TokenEcho.Many.Page page) throws IOException {
        return text != null && holds(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), page);
    }

    /**
     * The brochure's text, page by page as PDFBox extracts it, then what a reader sees elsewhere or a program reads:
     * the document information and XMP metadata, bookmark titles, link addresses and annotation texts, and the
     * attached files (the needs as CSV and JSON). In memory only: no scratch file in the system temp folder.
     */
    private static boolean pdfHolds(Path f, TokenEcho.Many secret, Map<String, List<String>> read) throws IOException {
        PDDocument doc;
        try {
            doc = Loader.loadPDF(f.toFile(), IOUtils.createMemoryOnlyStreamCache());
        } catch (IOException unreadable) {
            try (InputStream in = Files.newInputStream(f)) {
                return holds(in, secret.page()); // never let a file through unread
            }
        }
        try (doc) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false);
            if (holds(stripper.getText(doc), secret.page())) {
                return true;
            }
            TokenEcho.Many.Page page = secret.page();
            PDDocumentInformation info = doc.getDocumentInformation();
            for (String key : info.getMetadataKeys()) {
                if (page.read(info.getCustomMetadataValue(key))) {
                    return true;
                }
            }
            PDMetadata xmp = doc.getDocumentCatalog().getMetadata();
            if (xmp != null) {
                try (InputStream in = xmp.exportXMPMetadata()) {
                    if (holds(in, secret.page())) {
                        return true;
                    }
                }
            }
            if (outlineHolds(doc.getDocumentCatalog().getDocumentOutline(), page)) {
                return true;
            }
            for (PDPage p : doc.getPages()) {
                for (PDAnnotation a : p.getAnnotations()) {
                    if (page.read(a.getContents())) {
                        return true;
                    }
                    PDAction action = a instanceof PDAnnotationLink link ? link.getAction() : null;
                    if (action instanceof PDActionURI uri && page.read(uri.getURI())) {
                        return true;
                    }
                }
            }
            if (page.held()) {
                return true;
            }
            java.util.Set<Object> seen = new java.util.HashSet<>();
            for (PDPage p : doc.getPages()) {
                if (imagesHold(p.getResources(), secret, read, seen, 0)) {
                    return true;
                }
            }
            return attachmentsHold(doc, secret);
        }
    }

    /**
     * The codes drawn in the images of a page's resources (the brochure's QR codes), each XObject decoded once
     * ({@code seen}), each distinct image read once in the whole edition ({@code read}).
     */
    private static boolean imagesHold(org.apache.pdfbox.pdmodel.PDResources resources, TokenEcho.Many secret, Map<String, List<String>> read,
            java.util.Set<Object> seen, int depth) throws IOException {
        if (resources == null || depth > 8) {
            return false;
        }
        for (org.apache.pdfbox.cos.COSName name : resources.getXObjectNames()) {
            org.apache.pdfbox.pdmodel.graphics.PDXObject x;
            try {
                x = resources.getXObject(name);
            } catch (IOException broken) {
                continue;
            }
            if (x == null || !seen.add(x.getCOSObject())) {
                continue;
            }
            if (x instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image) {
                java.awt.image.BufferedImage img;
                try {
                    img = image.getImage();
                } catch (IOException | RuntimeException undecodable) {
                    continue;
                }
                if (img != null && codesHold(ImageTexts.codes(img, read), secret)) {
                    return true;
                }
            } else if (x instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form
                    && imagesHold(form.getResources(), secret, read, seen, depth + 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean outlineHolds(PDOutlineNode node, TokenEcho.Many.Page page) {
        if (node == null) {
            return false;
        }
        for (PDOutlineItem item : node.children()) {
            if (page.read(item.getTitle()) || outlineHolds(item, page)) {
                return true;
            }
        }
        return false;
    }

    private static boolean attachmentsHold(PDDocument doc, TokenEcho.Many secret) throws IOException {
        PDDocumentNameDictionary names = doc.getDocumentCatalog().getNames();
        PDEmbeddedFilesNameTreeNode tree = names == null ? null : names.getEmbeddedFiles();
        return tree != null && treeHolds(tree, secret);
    }

    private static boolean treeHolds(org.apache.pdfbox.pdmodel.common.PDNameTreeNode<PDComplexFileSpecification> node,
            TokenEcho.Many secret) throws IOException {
        Map<String, PDComplexFileSpecification> files = node.getNames();
        if (files != null) {
            for (Map.Entry<String, PDComplexFileSpecification> e : files.entrySet()) {
                TokenEcho.Many.Page page = secret.page();
                if (page.read(e.getKey()) || page.read(e.getValue().getFilename())) {
                    return true;
                }
                for (PDEmbeddedFile ef : java.util.Arrays.asList(e.getValue().getEmbeddedFile(), e.getValue().getEmbeddedFileUnicode())) {
                    if (ef != null) {
                        try (InputStream in = ef.createInputStream()) {
                            if (holds(in, secret.page())) {
                                return true;
                            }
                        }
                    }
                }
            }
        }
        var kids = node.getKids();
        if (kids != null) {
            for (var kid : kids) {
                if (treeHolds(kid, secret)) {
                    return true;
                }
            }
        }
        return false;
    }
}
