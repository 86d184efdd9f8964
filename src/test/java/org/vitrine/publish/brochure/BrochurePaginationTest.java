package org.vitrine.publish.brochure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.bench.SyntheticNeeds;
import org.vitrine.cli.Messages;
import org.vitrine.config.Config;
import org.vitrine.config.ConfigLoader;
import org.vitrine.model.Need;
import org.vitrine.publish.Brochure;
import org.vitrine.publish.DataExports;
import org.vitrine.publish.EditionInfo;
import org.vitrine.publish.Site;
import org.vitrine.publish.Templates;

/**
 * The index of a brochure long enough to run over several pages (200 synthetic needs, dozens of CPV
 * divisions): no division heading is left at the foot of a page without a row under it, a continuation
 * page repeats the column headers, and an entry never has its title on one page and its number on the next.
 */
class BrochurePaginationTest {

    @TempDir
    static Path dir;
    static List<String[]> indexPages = new ArrayList<>();

    @BeforeAll
    static void render() throws Exception {
        Config config = ConfigLoader.load(Path.of("config"));
        Messages m = Messages.of("fr");
        List<Need> needs = SyntheticNeeds.generate(200, 12, 7, 2027);
        EditionInfo edition = new EditionInfo("2027-pages", 2027, LocalDate.of(2026, 11, 26), "fr", List.of(), List.of(),
                "Licence Ouverte / Etalab 2.0", null, m.get("publish.disclaimer"));
        Path data = Files.createDirectories(dir.resolve("data"));
        DataExports.writeJson(data.resolve("needs.json"), edition, needs);
        DataExports.writeCsv(data.resolve("needs.csv"), needs, "fr");
        Path templates = Path.of("templates");
        Path pdf = dir.resolve("brochure.pdf");
        new Brochure(new Templates(templates, Locale.FRENCH), templates).write(pdf, data, new Site(needs, config, edition, m), m, config);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            boolean inIndex = false;
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String[] lines = stripper.getText(doc).lines().map(String::strip).filter(l -> !l.isEmpty()).toArray(String[]::new);
                inIndex |= lines.length > 0 && lines[0].startsWith("Index par division CPV");
                if (inIndex && !String.join(" ", lines).contains("Colophon") && !body(lines).isEmpty()) {
                    indexPages.add(lines); // not the blank page that puts the back cover on an even page
                }
            }
        }
        assertTrue(indexPages.size() >= 3, "the index runs over several pages: " + indexPages.size());
    }

    /** Lines of a page without the running header (2 lines) and the footer ("7 / 120"). */
    private static List<String> body(String[] lines) {
        List<String> body = new ArrayList<>(List.of(lines));
        body.removeIf(l -> l.matches("\\d+ / \\d+") || l.startsWith("Index par division CPV"));
        return body;
    }

    @Test
    void noDivisionHeadingAtTheFootOfAPage() {
        for (String[] page : indexPages) {
            List<String> body = body(page);
            for (int i = Math.max(0, body.size() - 3); i < body.size(); i++) {
                String line = body.get(i);
                boolean rowFollows = body.subList(i + 1, body.size()).stream().anyMatch(l -> l.matches(".* \\d+$") && !l.startsWith("Besoin (acheteur)"));
                assertFalse(line.startsWith("Division ") && !rowFollows, () -> "a stranded heading: " + String.join(" | ", body));
            }
        }
    }

    @Test
    void continuationPagesRepeatTheColumnHeaders() {
        for (String[] page : indexPages.subList(1, indexPages.size())) {
            List<String> body = body(page);
            assertTrue(body.get(0).startsWith("Division ") || body.get(0).equals("Besoin (acheteur) Page"),
                    () -> "a page that continues a division starts with its headers: " + String.join(" | ", body));
        }
    }

    @Test
    void noPageNumberIsSeparatedFromItsEntry() {
        for (String[] page : indexPages) {
            List<String> body = body(page);
            for (String line : body) {
                assertFalse(line.matches("\\d+"), () -> "a page number alone: " + String.join(" | ", body));
            }
            assertFalse(body.get(body.size() - 1).startsWith("Besoin (acheteur)"), () -> "headers alone at the foot: " + String.join(" | ", body));
        }
    }
}
