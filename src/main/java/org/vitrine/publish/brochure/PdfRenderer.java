package org.vitrine.publish.brochure;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.io.RandomAccessStreamCache;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Renders the brochure HTML to a PDF/A-3u (and tagged, PDF/UA-1 intended) file with the bundled
 * DejaVu Sans fonts, then rewrites the metadata so that the same input always gives the same bytes.
 * For PDF/UA the HTML needs {@code <html lang>}, a {@code <title>} and alt text on images.
 */
public final class PdfRenderer {

    /** Replacement for characters the bundled fonts cannot show (DejaVu Sans has U+FFFD). */
    public static final String REPLACEMENT = "\uFFFD";

    private static final String SRGB_PROFILE = "sRGB.icc";

    static {
        // openhtmltopdf logs timings and hints through java.util.logging on stderr: not for users
        // (and not for the benchmark's limit either, which renders without the Brochure class).
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }

    /**
     * Document metadata. {@code title}, {@code language} (BCP 47, e.g. "fr-FR"), {@code date} and
     * {@code documentId} are required; {@code date} stands in for every timestamp, and
     * {@code documentId} seeds the trailer /ID, so both must come from the edition, not the clock.
     */
    public record PdfMeta(String title, String language, String author, String subject,
                          String keywords, ZonedDateTime date, String documentId) {
        public PdfMeta {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(documentId, "documentId");
        }
    }

    /** A file attached to the document as PDF/A-3 associated data ({@code name} as readers show it). */
    public record Attachment(Path file, String name, String mimeType, String description) {
        public Attachment {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(mimeType, "mimeType");
        }
    }

    /** Makes the page-stream cache of a PDF written in {@code dir}; a test gives one that fills up. */
    interface Scratch {
        RandomAccessStreamCache make(java.io.File dir) throws IOException;
    }

    private final Scratch scratch;

    public PdfRenderer() {
        this(PdfRenderer::scratchFileIn);
    }

    PdfRenderer(Scratch scratch) {
        this.scratch = scratch;
    }

    /** {@link #render(String, String, PdfMeta, Path, List, QrImages)} without attachments or QR codes. */
    public void render(String html, String baseUri, PdfMeta meta, Path out) throws IOException {
        render(html, baseUri, meta, out, List.of(), null);
    }

    /**
     * Renders {@code html} (relative links resolved against {@code baseUri}) to {@code out}, then
     * attaches {@code attachments} (read now, so write them first). The document is finished in
     * memory and saved once: page streams live in PDFBox's temp-file cache to keep the heap bounded,
     * and there is no second parse (re-reading object streams was quadratic on 1,000-page files).
     * {@code qr} (may be null) serves the HTML's {@code vitrine-qr:} images.
     */
    public void render(String html, String baseUri, PdfMeta meta, Path out, List<Attachment> attachments,
            QrImages qr) throws IOException {
        render(html, baseUri, meta, out, attachments, qr, 1, null);
    }

    /**
     * {@link #render(String, String, PdfMeta, Path, List, QrImages)}, then notes pages inserted before the
     * colophon's first page (the element {@value #COLOPHON_ID}, back.ftlh: the inside back cover, one page or
     * more), or before the last page when there is none, until the page count is a multiple of
     * {@code pageMultiple} (4 for a saddle-stitched booklet): titled {@code notesTitle} ("Notes"), ruled lines,
     * no running head, no folio (openhtmltopdf 1.1.65 draws its margin boxes on every page it makes,
     * {@code @page :blank} included, so they are added to the finished document instead: {@link #padBefore}).
     */
    public void render(String html, String baseUri, PdfMeta meta, Path out, List<Attachment> attachments,
            QrImages qr, int pageMultiple, String notesTitle) throws IOException {
        Objects.requireNonNull(meta, "meta");
        ScratchCache cache = new ScratchCache(scratch.make(scratchDir(out)));
        try (PDDocument doc = new PDDocument(() -> cache)) {
            int colophon = draw(doc, html, baseUri, qr);
            padBefore(doc, pageMultiple, notesTitle, colophon >= 0 ? colophon : doc.getNumberOfPages() - 1);
            TocTags.apply(doc);
            PdfMetadata.apply(doc, meta);
            PdfAttachments.attach(doc, attachments, meta);
            if (doc.getDocumentCatalog().getDocumentOutline() != null) {
                doc.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
            }
            save(doc, out);
        } catch (RuntimeException e) {
            throw ioFailure(e, cache.failure()).orElseThrow(() -> e);
        }
    }

    /**
     * The I/O failure behind a rendering failure (a full disk, a folder made read-only), by the cause chain:
     * the scratch file's own failure first (openhtmltopdf loses it, see {@link ScratchCache}), then any
     * IOException among the causes and suppressed exceptions. The run reports it as a write failure (exit 6),
     * not as a PDFBox error (exit 3).
     */
    static java.util.Optional<IOException> ioFailure(Throwable t, IOException scratchFailure) {
        if (scratchFailure != null) {
            IOException e = new IOException(scratchFailure.getMessage(), scratchFailure);
            e.addSuppressed(t);
            return java.util.Optional.of(e);
        }
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.ArrayDeque<Throwable> todo = new java.util.ArrayDeque<>(List.of(t));
        while (!todo.isEmpty()) {
            Throwable c = todo.poll();
            if (!seen.add(c)) {
                continue;
            }
            if (c instanceof org.vitrine.context.StopSignal.Stopped stopped) {
                return java.util.Optional.of(stopped);
            }
            if (c instanceof IOException io) {
                IOException e = new IOException(io.getMessage(), io);
                e.addSuppressed(t);
                return java.util.Optional.of(e);
            }
            if (c.getCause() != null) {
                todo.add(c.getCause());
            }
            todo.addAll(List.of(c.getSuppressed()));
        }
        return java.util.Optional.empty();
    }

    /**
     * The limit the benchmark compares the brochure with: openhtmltopdf rendering the same HTML with the
     * brochure's own output settings (fonts, PDF/A-3u, colour profile, PDF/UA tagging, stream cache,
     * save), and nothing else of ours (no metadata rewrite, no attachments).
     */
    public static void renderHtmlOnly(String html, String baseUri, QrImages qr, Path out) throws IOException {
        try (PDDocument doc = newDocument(out)) {
            draw(doc, html, baseUri, qr);
            save(doc, out);
        }
    }

    /**
     * The same HTML laid out and drawn by openhtmltopdf with the same fonts and nothing else: no PDF/A,
     * no tagging, default stream cache (what the tagging and PDF/A cost, reported beside the limit).
     */
    public static void renderPlain(String html, String baseUri, QrImages qr, Path out) throws IOException {
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.withHtmlContent(html, baseUri);
            useQrCodes(builder, qr);
            BundledFonts.register(builder);
            builder.useUnicodeLineBreaker(new LineBreaks());
            builder.toStream(os);
            builder.run();
        }
    }

    /**
     * Page streams in PDFBox's temp-file cache, so that a 1,000-page brochure keeps the heap bounded. The
     * scratch file lives beside the PDF being written (inside the edition's temporary folder), not in the
     * system's temp folder: if the run is killed, the next run removes it with that folder.
     */
    private static PDDocument newDocument(Path out) {
        return new PDDocument(() -> scratchFileIn(scratchDir(out)));
    }

    private static java.io.File scratchDir(Path out) {
        return out.toAbsolutePath().getParent().toFile();
    }

    private static RandomAccessStreamCache scratchFileIn(java.io.File dir) throws IOException {
        return new org.apache.pdfbox.io.ScratchFile(org.apache.pdfbox.io.MemoryUsageSetting.setupTempFileOnly().setTempDir(dir));
    }

    /** The id of the colophon's block (back.ftlh): the notes pages go before its first page. */
    static final String COLOPHON_ID = "s-colophon";

    /**
     * The brochure's output settings, in one place for the product and the benchmark's limit: bundled
     * fonts, PDF/A-3u with the sRGB profile, PDF/UA tagging; the pages are drawn into {@code doc}. Returns the
     * index (from 0) of the colophon's first page as laid out, -1 without one.
     */
    private static int draw(PDDocument doc, String html, String baseUri, QrImages qr) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder(); // fast mode is the only mode in 1.1.x
        builder.usePDDocument(doc);
        builder.withHtmlContent(html, baseUri);
        useQrCodes(builder, qr);
        BundledFonts.register(builder);
        builder.useUnicodeLineBreaker(new LineBreaks()); // names, e-mails, file names stay whole
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U);
        builder.useColorProfile(srgbProfile());
        builder.withProducer(PdfMetadata.PRODUCER);
        builder.usePdfUaAccessibility(true); // tags the structure; works with PDF/A-3u in 1.1.65
        // A stop (SIGTERM, Ctrl+C) is checked at every new page: a 1,000-page brochure took 12 s to notice it.
        builder.usePageSupplier((d, width, height, number, shadow) -> {
            if (org.vitrine.context.StopSignal.requested()) {
                throw new java.io.UncheckedIOException(new org.vitrine.context.StopSignal.Stopped());
            }
            PDPage page = new PDPage(new org.apache.pdfbox.pdmodel.common.PDRectangle(width, height)); // openhtmltopdf's own
            d.addPage(page);
            return page;
        });
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            org.vitrine.context.StopSignal.check();
            renderer.createPDFKeepOpen();
            return firstPageOf(renderer, COLOPHON_ID);
        } catch (java.io.UncheckedIOException e) {
            if (e.getCause() instanceof org.vitrine.context.StopSignal.Stopped stopped) {
                throw stopped;
            }
            throw e;
        }
    }

    /**
     * The index (from 0) of the page where the block with this id starts, -1 without one: found in the layout,
     * not counted back from the end (the two back pages once counted, BACK_COVERS, put the notes inside a colophon of two).
     * The layout's id map gives the block and its layer the page holding the block's top (openhtmltopdf's
     * findPagePositionsByID would give the block's last page).
     */
    private static int firstPageOf(PdfBoxRenderer renderer, String id) {
        com.openhtmltopdf.render.Box box = renderer.getSharedContext().getBoxById(id);
        return box == null ? -1 : renderer.getRootBox().getLayer().getPageIndex(box.getAbsY());
    }

    /**
     * Notes pages, of the size of the page at {@code before} (from 0), inserted before it until the count is a
     * multiple of {@code multiple}. A print designer rejects blank pages before the back cover (they read as a printing
     * fault), and an untitled ruled page as one left over; ruled pages titled {@code title} (none when null)
     * are the booklet's usual filler, and a supplier takes notes at the meetings. Title and rules are an
     * artifact (PDF/UA: a page with nothing to read, as a running head is): the title set as the parts'
     * headings (brochure.css h2: 17 pt bold navy over a 1.5 pt navy rule), the writing lines in mid grey under
     * it; no running head, no folio.
     */
    static void padBefore(PDDocument doc, int multiple, String title, int before) throws IOException {
        int n = doc.getNumberOfPages();
        if (multiple <= 1 || before < 1 || before >= n || n % multiple == 0) { // never before the first page
            return;
        }
        PDPage next = doc.getPage(before);
        PDFont bold = title == null ? null : headingFont(doc);
        for (int i = n % multiple; i < multiple; i++) {
            PDPage notes = new PDPage(next.getMediaBox());
            notes.setResources(new PDResources());
            drawNotes(doc, notes, title, bold);
            doc.getPages().insertBefore(notes, next);
        }
    }

    private static final float MM = 72 / 25.4f;

    /** The bundled bold face, embedded (a subset, as PDF/A wants) for the notes pages' title. */
    private static PDFont headingFont(PDDocument doc) throws IOException {
        try (InputStream in = BundledFonts.withoutLigatures("/fonts/DejaVuSans-Bold.ttf")) {
            return PDType0Font.load(doc, in, true);
        }
    }

    /**
     * The title on the first line of the body (brochure.css: 22 mm top margin, 18 mm sides), its rule 2 mm
     * under it, then writing lines 8 mm apart down to the foot margin (20 mm).
     */
    private static void drawNotes(PDDocument doc, PDPage page, String title, PDFont bold) throws IOException {
        PDRectangle box = page.getMediaBox();
        float top = box.getHeight() - 22 * MM;
        float left = 18 * MM;
        float right = box.getWidth() - 18 * MM;
        float firstLine = box.getHeight() - 30 * MM;
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.beginMarkedContent(COSName.ARTIFACT);
            if (title != null) {
                float baseline = top - 17 * 0.93f;
                cs.beginText();
                cs.setFont(bold, 17);
                cs.setNonStrokingColor(0f, 0f, 0x91 / 255f);
                cs.newLineAtOffset(left, baseline);
                cs.showText(title);
                cs.endText();
                float rule = baseline - 17 * 0.24f - 2 * MM;
                cs.setStrokingColor(0f, 0f, 0x91 / 255f);
                cs.setLineWidth(1.5f);
                cs.moveTo(left, rule);
                cs.lineTo(right, rule);
                cs.stroke();
                firstLine = rule - 10 * MM;
            }
            cs.setStrokingColor(0.6f, 0.6f, 0.6f);
            cs.setLineWidth(0.4f);
            for (float y = firstLine; y >= 20 * MM; y -= 8 * MM) {
                cs.moveTo(left, y);
                cs.lineTo(right, y);
            }
            cs.stroke();
            cs.endMarkedContent();
        }
    }

    private static void useQrCodes(PdfRendererBuilder builder, QrImages qr) {
        if (qr != null) {
            builder.useProtocolsStreamImplementation(qr, QrImages.SCHEME);
        }
    }

    /** Objects are numbered in traversal order: byte-identical across JVMs (tested). */
    private static void save(PDDocument doc, Path out) throws IOException {
        org.vitrine.context.StopSignal.check(); // stopping: the document is not written out
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            doc.save(os, CompressParameters.DEFAULT_COMPRESSION);
        }
    }

    private static byte[] srgbProfile() throws IOException {
        try (InputStream in = PdfRenderer.class.getResourceAsStream(SRGB_PROFILE)) {
            if (in == null) {
                throw new IOException("Missing bundled colour profile " + SRGB_PROFILE);
            }
            return in.readAllBytes();
        }
    }

    /** {@link #keepRenderable(String, String)} with {@link #REPLACEMENT}. */
    public static String keepRenderable(String text) {
        return keepRenderable(text, REPLACEMENT);
    }

    /**
     * Makes {@code text} safe for the bundled fonts, which PDF/A needs (a missing glyph fails it):
     * every code point that some DejaVu Sans face lacks (emoji, CJK, other astral symbols) becomes
     * {@code replacement}, one per run; emoji joiners, variation selectors and skin-tone modifiers
     * are dropped; tabs and line breaks are kept for the HTML.
     */
    public static String keepRenderable(String text, String replacement) {
        if (text == null) {
            return null;
        }
        // Most text is renderable as it is: returned without a copy (the brochure's HTML is tens of MB).
        int first = 0;
        while (first < text.length()) {
            int cp = text.codePointAt(first);
            if (isJoinerOrModifier(cp) || !(cp == '\n' || cp == '\r' || cp == '\t' || BundledFonts.covers(cp))) {
                break;
            }
            first += Character.charCount(cp);
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        sb.append(text, 0, first);
        boolean replacing = false;
        for (int i = first; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isJoinerOrModifier(cp)) {
                continue;
            }
            if (cp == '\n' || cp == '\r' || cp == '\t' || BundledFonts.covers(cp)) {
                sb.appendCodePoint(cp);
                replacing = false;
            } else if (!replacing) {
                sb.append(replacement);
                replacing = true;
            }
        }
        return sb.toString();
    }

    private static boolean isJoinerOrModifier(int cp) {
        return cp == 0x200D                        // zero width joiner
                || (cp >= 0xFE00 && cp <= 0xFE0F)  // variation selectors
                || (cp >= 0x1F3FB && cp <= 0x1F3FF) // skin-tone modifiers
                || (cp >= 0xE0020 && cp <= 0xE007F); // tag characters (flag sequences)
    }
}
