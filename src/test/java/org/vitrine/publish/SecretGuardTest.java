package org.vitrine.publish;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
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

    @Test
    void anEditionWithoutTheTokenPasses() throws Exception {
        written();
        assertDoesNotThrow(() -> SecretGuard.check(pub, List.of(TokenEcho.of(TOKEN)), Messages.of("fr")));
        assertDoesNotThrow(() -> SecretGuard.check(pub, List.of(), Messages.of("fr")));
    }
}
