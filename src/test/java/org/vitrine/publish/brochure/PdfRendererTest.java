package org.vitrine.publish.brochure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PdfRendererTest {

    @TempDir
    Path dir;

    private Path render(String html, String name) throws IOException {
        Path out = dir.resolve(name);
        new PdfRenderer().render(html, BrochureSample.BASE_URI, BrochureSample.META, out);
        return out;
    }

    /**
     * Pages of a booklet: notes pages before the last {@code covers} ones (the back cover; the colophon on the
     * inside back cover and the event on the outside one for the brochure) up to the next multiple.
     */
    @ParameterizedTest(name = "{0} pages, by {1}, {2} cover(s) after the notes → {3}")
    @CsvSource({"5, 4, 1, 8", "6, 4, 1, 8", "7, 4, 1, 8", "8, 4, 1, 8", "9, 4, 1, 12", "1, 4, 1, 1", "5, 1, 1, 5", "3, 2, 1, 4",
            "5, 4, 2, 8", "6, 4, 2, 8", "7, 4, 2, 8", "8, 4, 2, 8", "9, 4, 2, 12", "2, 4, 2, 2", "3, 4, 2, 4"})
    void padsBeforeTheLastPagesToAMultiple(int pages, int multiple, int covers, int expected) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                page.getCOSObject().setInt(COSName.getPDFName("Marker"), i);
                doc.addPage(page);
            }
            PdfRenderer.padBefore(doc, multiple, "Notes", pages - covers); // the first of the last pages
            assertEquals(expected, doc.getNumberOfPages());
            int kept = Math.max(0, pages - covers); // pages before the notes
            int notesEnd = expected - (pages - kept); // the notes pages: kept .. notesEnd - 1
            for (int i = 0; i < kept; i++) {
                assertEquals(i, doc.getPage(i).getCOSObject().getInt(COSName.getPDFName("Marker")), "page " + i + " stays");
            }
            for (int i = notesEnd; i < expected; i++) {
                assertEquals(kept + i - notesEnd, doc.getPage(i).getCOSObject().getInt(COSName.getPDFName("Marker")),
                        "the last " + covers + " page(s) stay last, in their order");
            }
            for (int i = kept; i < notesEnd; i++) {
                PDPage notes = doc.getPage(i);
                assertTrue(isNotesPage(notes), "a notes page draws its title and rules as an artifact, and no other text");
                assertEquals(PDRectangle.A4.getWidth(), notes.getMediaBox().getWidth(), 0.01f);
            }
            java.io.ByteArrayOutputStream saved = new java.io.ByteArrayOutputStream();
            doc.save(saved); // the title's font subset (and its ToUnicode map) is made on saving
            try (PDDocument read = Loader.loadPDF(saved.toByteArray())) {
                PDFTextStripper stripper = new PDFTextStripper();
                for (int i = kept; i < notesEnd; i++) {
                    stripper.setStartPage(i + 1);
                    stripper.setEndPage(i + 1);
                    assertEquals("Notes", stripper.getText(read).strip(), "its title, copied and searched as text");
                }
            }
        }
    }

    /**
     * The notes pages go before the colophon's first page, wherever it falls (review R2): a colophon of two pages
     * (a long legal notice) had the notes between its pages, as they were put before the last two pages: two
     * pages, a colophon of two or three, the back cover; the notes after the second page.
     */
    @Test
    void theNotesGoBeforeAColophonOfSeveralPages() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 90; i++) {
            lines.append("<p>Ligne de colophon ").append(i).append("</p>");
        }
        String html = "<html lang=\"fr\"><head><title>T</title><style>@page { size: A4; margin: 20mm; } body { font-family: 'DejaVu Sans'; } p { margin: 0 0 2mm; }"
                + " .page { page-break-before: always; }</style></head><body>"
                + "<p>Page un</p><div class=\"page\"><p>Page deux</p></div>"
                + "<div class=\"page\" id=\"s-colophon\"><h2>Colophon</h2>" + lines + "</div>"
                + "<div class=\"page\" id=\"s-back-cover\"><p>Dos</p></div></body></html>";
        Path out = dir.resolve("colophon.pdf");
        new PdfRenderer().render(html, BrochureSample.BASE_URI, BrochureSample.META, out, List.of(), null, 4, "Notes");
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            int n = doc.getNumberOfPages();
            assertEquals(0, n % 4, n + " pages");
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(doc).strip());
            }
            int colophon = pages.indexOf(pages.stream().filter(t -> t.startsWith("Colophon")).findFirst().orElseThrow());
            assertTrue(colophon > 2 && pages.get(colophon - 1).equals("Notes"), "the notes just before the colophon: " + pages);
            for (int i = 2; i < colophon; i++) {
                assertTrue(isNotesPage(doc.getPage(i)), "page " + (i + 1) + " is a notes page: " + pages);
            }
            assertTrue(n - 1 - colophon >= 2, "the colophon runs to 2 pages or more: " + pages);
            for (int i = colophon + 1; i < n - 1; i++) {
                assertTrue(pages.get(i).startsWith("Ligne de colophon"), "the colophon's pages stay together: " + pages);
            }
            assertEquals("Dos", pages.get(n - 1));
        }
    }

    /**
     * A title and ruled lines: one artifact (PDF/UA: nothing to read, as a running head), one text object (the
     * title, in one font), stroked lines, no annotation.
     */
    static boolean isNotesPage(PDPage page) throws IOException {
        if (!page.hasContents() || !page.getAnnotations().isEmpty()) {
            return false;
        }
        try (java.io.InputStream in = page.getContents()) {
            String ops = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1).strip();
            return ops.startsWith("/Artifact BMC") && ops.endsWith("EMC") && ops.contains(" l") && ops.contains("S")
                    && ops.split("BT").length == 2 && ops.split("/Artifact").length == 2
                    && ops.indexOf("BT") < ops.indexOf("EMC");
        }
    }

    @Test
    void rendersFrenchTextOnA4PagesWithEmbeddedFonts() throws Exception {
        Path pdf = render(BrochureSample.html(), "sample.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(doc.getNumberOfPages() >= 2, "page break gives a second page");
            for (PDPage page : doc.getPages()) {
                PDRectangle box = page.getMediaBox();
                assertEquals(PDRectangle.A4.getWidth(), box.getWidth(), 1f);
                assertEquals(PDRectangle.A4.getHeight(), box.getHeight(), 1f);
                for (PDFont font : fonts(page.getResources())) {
                    assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                    assertTrue(font.getName().contains("DejaVuSans"), font.getName());
                }
            }
            String text = new PDFTextStripper().getText(doc);
            assertTrue(Pattern.compile("1[\u202F\u00A0 ]250[\u202F\u00A0 ]000[\u00A0 ]€").matcher(text).find(), text);
            assertTrue(text.contains("guillemets") && text.contains("«") && text.contains("»"), text);
            assertTrue(text.contains(BrochureSample.APOSTROPHE), text);
            assertTrue(text.contains(BrochureSample.OEUVRE), text);
            assertTrue(text.contains("Fournitures de bureau"), text);
            assertTrue(text.contains("1 / " + doc.getNumberOfPages()), "page footer: " + text);
            assertFalse(text.contains("#"), "no missing-glyph marks: " + text);
        }
    }

    @Test
    void metadataComesFromMeta() throws Exception {
        Path pdf = render(BrochureSample.html(), "meta.pdf");
        PdfRenderer.PdfMeta meta = BrochureSample.META;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDDocumentInformation info = doc.getDocumentInformation();
            assertEquals(meta.title(), info.getTitle());
            assertEquals(meta.author(), info.getAuthor());
            assertEquals(meta.subject(), info.getSubject());
            assertEquals(meta.keywords(), info.getKeywords());
            assertEquals("Vitrine", info.getCreator());
            assertEquals("Vitrine (openhtmltopdf, PDFBox)", info.getProducer());
            assertEquals(meta.date().toInstant(), info.getCreationDate().toInstant());
            assertEquals(meta.date().toInstant(), info.getModificationDate().toInstant());
            assertEquals(meta.language(), doc.getDocumentCatalog().getLanguage());

            XMPMetadata xmp = new DomXmpParser().parse(doc.getDocumentCatalog().getMetadata().exportXMPMetadata());
            assertEquals(meta.title(), xmp.getDublinCoreSchema().getTitle());
            assertEquals(List.of(meta.language()), xmp.getDublinCoreSchema().getLanguages());
            assertEquals(meta.date().toInstant(), xmp.getXMPBasicSchema().getCreateDate().toInstant());
            assertEquals(meta.date().toInstant(), xmp.getXMPBasicSchema().getModifyDate().toInstant());
            assertEquals(meta.date().toInstant(), xmp.getXMPBasicSchema().getMetadataDate().toInstant());
            assertEquals(info.getProducer(), xmp.getAdobePDFSchema().getProducer());
            PDFAIdentificationSchema pdfa = xmp.getPDFAIdentificationSchema();
            assertEquals(3, pdfa.getPart());
            assertEquals("U", pdfa.getConformance());
            assertFalse(doc.getDocumentCatalog().getOutputIntents().isEmpty(), "sRGB output intent");
            String raw = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(raw.contains("<pdfuaid:part>1</pdfuaid:part>"), raw);
            assertNotNull(doc.getDocumentCatalog().getStructureTreeRoot(), "tagged for PDF/UA");

            COSArray id = doc.getDocument().getTrailer().getCOSArray(COSName.ID);
            byte[] expected = MessageDigest.getInstance("MD5").digest(meta.documentId().getBytes(StandardCharsets.UTF_8));
            assertArrayEquals(expected, ((COSString) id.get(0)).getBytes());
            assertArrayEquals(expected, ((COSString) id.get(1)).getBytes());
        }
    }

    @Test
    void sameInputGivesSameBytesInOneJvm() throws Exception {
        byte[] first = Files.readAllBytes(render(BrochureSample.html(), "a.pdf"));
        byte[] second = Files.readAllBytes(render(BrochureSample.html(), "b.pdf"));
        assertArrayEquals(first, second);
    }

    @Test
    void sameInputGivesSameBytesInTwoJvms() throws Exception {
        // Different default zone and locale per process: the output must not depend on them.
        Path a = renderInChildJvm("child-a.pdf", "UTC", "en", "US");
        Path b = renderInChildJvm("child-b.pdf", "America/New_York", "fr", "FR");
        Path here = render(BrochureSample.html(), "here.pdf");
        assertEquals(sha256(a), sha256(b));
        assertEquals(sha256(a), sha256(here));
    }

    @Test
    void characterOutsideTheFontsDoesNotBreakRendering() throws Exception {
        String raw = " Émoji 🙂 licorne 🦄 kanji 漢 fin.";
        Path pdf = render(BrochureSample.html(raw), "emoji-raw.pdf");
        Path cleaned = render(BrochureSample.html(PdfRenderer.keepRenderable(raw)), "emoji-clean.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile()); PDDocument doc2 = Loader.loadPDF(cleaned.toFile())) {
            // openhtmltopdf 1.1.65 draws '#' for a code point without glyph (even 🙂, which
            // DejaVu Sans has: astral code points are not looked up); keepRenderable avoids it.
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Émoji # licorne # kanji # fin."), text);
            String text2 = new PDFTextStripper().getText(doc2);
            assertTrue(text2.contains("Émoji \uFFFD licorne \uFFFD kanji \uFFFD fin."), text2);
        }
    }

    private Path renderInChildJvm(String name, String zone, String language, String country) throws Exception {
        Path out = dir.resolve(name);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx512m",
                "-Duser.timezone=" + zone, "-Duser.language=" + language, "-Duser.country=" + country,
                "-cp", System.getProperty("java.class.path"), RenderMain.class.getName(), out.toString()));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile())
                .start();
        int exit = process.waitFor();
        assertEquals(0, exit, () -> "child JVM failed: " + readQuietly(dir.resolve(name + ".log")));
        assertTrue(Files.size(out) > 0);
        return out;
    }

    private static String readQuietly(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static String sha256(Path file) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
        return java.util.HexFormat.of().formatHex(digest);
    }

    private static List<PDFont> fonts(PDResources resources) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            assertNotNull(font);
            fonts.add(font);
        }
        return fonts;
    }
}
