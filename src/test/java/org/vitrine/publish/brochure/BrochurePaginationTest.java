package org.vitrine.publish.brochure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.bench.SyntheticNeeds;
import org.vitrine.messages.Messages;
import org.vitrine.config.Config;
import org.vitrine.config.ConfigLoader;
import org.vitrine.model.Need;
import org.vitrine.publish.Brochure;
import org.vitrine.publish.DataExports;
import org.vitrine.model.EditionInfo;
import org.vitrine.publish.Site;
import org.vitrine.publish.Templates;

/**
 * A brochure long enough to run over many pages (200 synthetic needs of 12 buyers, dozens of CPV divisions).
 * The index: no division heading is left at the foot of a page without a row under it, a continuation page
 * says which division it continues ("Division 45 — … (suite)") and repeats the column headers, and an entry
 * never has its title on one page and its number on the next. The buyers: each starts on a new page, which
 * shows that buyer's needs alone and names it in its head; only a section's last page may be short. The booklet: a multiple of 4 pages, the filler pages ruled for notes.
 */
class BrochurePaginationTest {

    static final float MM = 72 / 25.4f;

    @TempDir
    static Path dir;
    /** Index pages: the text of their head (top 22 mm: the margin, brochure.css) and the lines of their body (down to the folio). */
    static List<String> indexHeads = new ArrayList<>();
    static List<List<String>> indexBodies = new ArrayList<>();
    /** Pages of the buyers' sections: how far down their text goes, from 0 (top) to 1 (foot), by page. */
    static Map<Integer, Double> buyerFill = new java.util.TreeMap<>();
    /** Pages of the buyers' sections: the buyer whose section starts on it (its heading over its stand), or null. */
    static Map<Integer, String> startingOn = new HashMap<>();
    static int firstIndexPage;
    static int pageCount;
    /** Pages whose running head is the figures page's. */
    static int glancePages;
    /** Buyers' pages: their head, the buyer of the first need they show (its reference read first), the page. */
    static List<String[]> buyerHeads = new ArrayList<>();
    static List<Integer> blankPages = new ArrayList<>();
    /** Pages with text: how far from the top edge (the trim) their highest glyph reaches, in mm. */
    static Map<Integer, Double> highest = new java.util.TreeMap<>();
    static boolean blankPagesEmpty = true;
    /** Pages with a running head: the baselines (mm from the top, to 0.1 mm) of the head's glyphs, in the top margin. */
    static Map<Integer, java.util.SortedSet<Double>> headBaselines = new java.util.TreeMap<>();
    /** Buyers' pages: how many needs each shows. */
    static Map<Integer, Integer> needsOn = new HashMap<>();

    @BeforeAll
    static void render() throws Exception {
        Config config = ConfigLoader.load(Path.of("config"));
        Messages m = Messages.of("fr");
        // seed 2: its sections leave the cases of designer Y's D2 (last two needs kept together left 76 mm on p. 25)
        List<Need> needs = SyntheticNeeds.generate(200, 12, 2, 2027);
        for (Need n : needs) {
            heads.add(BrochureContentTest.flat(PdfRenderer.keepRenderable(n.title())).strip());
            heads.add(BrochureContentTest.flat(n.buyer().name()).strip());
        }
        EditionInfo edition = new EditionInfo("2027-pages", 2027, LocalDate.of(2026, 11, 26), "fr", List.of(), List.of(),
                "Licence Ouverte / Etalab 2.0", null, m.get("publish.disclaimer"));
        Path data = Files.createDirectories(dir.resolve("data"));
        DataExports.writeJson(data.resolve("needs.json"), edition, needs);
        DataExports.writeCsv(data.resolve("needs.csv"), needs, "fr");
        Path templates = Path.of("templates");
        Path pdf = dir.resolve("brochure.pdf");
        new Brochure(new Templates(templates, Locale.FRENCH), templates).write(pdf, data, new Site(needs, config, edition, m), m, config);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            pageCount = doc.getNumberOfPages();
            PDFTextStripper stripper = new PDFTextStripper();
            int firstBuyer = -1;
            int index = -1;
            boolean indexEnded = false;
            for (int p = 1; p <= pageCount; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String text = stripper.getText(doc);
                if (text.strip().equals("Notes")) {
                    blankPages.add(p);
                    PDPage page = doc.getPage(p - 1);
                    blankPagesEmpty &= PdfRendererTest.isNotesPage(page);
                    continue;
                }
                highest.put(p, highestText(doc, p));
                java.util.SortedSet<Double> baselines = headBaselines(doc, p);
                if (!baselines.isEmpty()) {
                    headBaselines.put(p, baselines);
                }
                if (text.startsWith("En un coup d’œil")) {
                    glancePages++;
                }
                if (firstBuyer < 0 && (text.contains("Collectivité ou établissement public") || text.contains("Services de l’État"))) {
                    firstBuyer = p;
                }
                if (index < 0 && text.contains("Les besoins classés par division")) {
                    index = p;
                }
                if (index > 0 && text.startsWith("Colophon")) {
                    indexEnded = true; // the inside back cover, then the outside one: no index pages after it
                }
                if (index > 0 && !indexEnded) {
                    indexHeads.add(BrochureContentTest.flat(region(doc, p, 0, 22)));
                    List<String> body = new ArrayList<>(region(doc, p, 22, 277).lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
                    body.removeIf(l -> l.startsWith("Index par division CPV"));
                    indexBodies.add(body);
                }
            }
            PDFRenderer pictures = new PDFRenderer(doc);
            for (int p = firstBuyer; p < index; p++) {
                buyerFill.put(p, lowestText(doc, p));
                List<String> lines = region(doc, p, 22, 277).lines().map(l -> BrochureContentTest.flat(l).strip()).filter(l -> !l.isEmpty()).toList();
                buyerFoot.put(p, lines.isEmpty() ? "" : lines.get(lines.size() - 1));
                measureFoot(pictures.renderImageWithDPI(p - 1, FOOT_DPI, ImageType.GRAY), p);
            }
            firstIndexPage = index;
            Map<String, String> buyerOf = new HashMap<>();
            needs.forEach(n -> buyerOf.put(n.reference(), n.buyer().name()));
            for (int p = firstBuyer; p < index; p++) {
                Matcher ref = Pattern.compile("Réf\\. (R\\d+)").matcher(region(doc, p, 22, 277));
                List<String> shown = new ArrayList<>();
                while (ref.find()) {
                    shown.add(buyerOf.get(ref.group(1)));
                }
                // A section starts with its heading (the buyer's name) over its stand: the first one on the page.
                String body = BrochureContentTest.flat(region(doc, p, 22, 277));
                String starting = buyerOf.values().stream().distinct().filter(name -> body.contains(name + " Stand "))
                        .min(java.util.Comparator.comparingInt(name -> body.indexOf(name + " Stand "))).orElse(null);
                startingOn.put(p, starting);
                needsOn.put(p, shown.size());
                if (!shown.isEmpty()) {
                    buyerHeads.add(new String[] {BrochureContentTest.flat(region(doc, p, 0, 22)), shown.get(0), String.valueOf(p),
                            String.valueOf(shown.stream().distinct().count()), starting, body});
                }
            }
        }
        assertTrue(indexBodies.size() >= 3, "the index runs over several pages: " + indexBodies.size());
        assertTrue(buyerFill.size() >= 20, "the buyers' sections run over many pages: " + buyerFill.size());
    }

    static final float FOOT_DPI = 100;
    /** Buyers' pages: the last line of the body (above the folio), by page. */
    static Map<Integer, String> buyerFoot = new java.util.TreeMap<>();

    /** Buyers' pages: the empty band at the foot (mm from the lowest ink of the body to its foot, 277 mm). */
    static Map<Integer, Double> footBand = new HashMap<>();
    /** Buyers' pages: how far down each need's rule (its bottom border) is, in mm from the body's top (22 mm). */
    static Map<Integer, List<Double>> rules = new HashMap<>();

    /**
     * The designer's measure (a grey render, empty rows at the foot) and the needs' rules: rows where the light grey
     * of a card's bottom border (#d0d0d0) spans the text width, which no line of text does.
     */
    private static void measureFoot(java.awt.image.BufferedImage image, int p) {
        double px = FOOT_DPI / 25.4;
        int top = (int) Math.round(22 * px);
        int foot = (int) Math.round(277 * px);
        int left = (int) Math.round(20 * px);
        int right = (int) Math.round(190 * px);
        int lowest = top;
        List<Double> found = new ArrayList<>();
        boolean inRule = false;
        for (int y = top; y < foot; y++) {
            int grey = 0;
            boolean ink = false;
            for (int x = left; x < right; x++) {
                int v = image.getRaster().getSample(x, y, 0);
                ink |= v < 245;
                grey += v > 150 && v < 245 ? 1 : 0;
            }
            lowest = ink ? y : lowest;
            boolean rule = grey > 0.95 * (right - left);
            if (rule && !inRule) {
                found.add((y - top) / px);
            }
            inRule = rule;
        }
        footBand.put(p, (foot - 1 - lowest) / px);
        rules.put(p, found);
    }

    /** How far down the body (22 mm to 277 mm from the top) page {@code p}'s lowest text is, from 0 to 1. */
    private static double lowestText(PDDocument doc, int p) throws IOException {
        double[] lowest = {0};
        PDFTextStripper s = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition t) {
                if (t.getYDirAdj() < 277 * MM) {
                    lowest[0] = Math.max(lowest[0], t.getYDirAdj());
                }
            }
        };
        s.setStartPage(p);
        s.setEndPage(p);
        s.getText(doc);
        return (lowest[0] - 22 * MM) / (255 * MM);
    }

    /** How far from the top of page {@code p} its highest glyph's top is, in mm. */
    private static double highestText(PDDocument doc, int p) throws IOException {
        double[] top = {Double.MAX_VALUE};
        PDFTextStripper s = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition t) {
                if (!t.getUnicode().isBlank()) {
                    top[0] = Math.min(top[0], t.getYDirAdj() - t.getHeightDir());
                }
            }
        };
        s.setStartPage(p);
        s.setEndPage(p);
        s.getText(doc);
        return top[0] / MM;
    }

    /** The baselines of the glyphs in page {@code p}'s top margin (22 mm), in mm from the top, rounded to 0.1 mm. */
    private static java.util.SortedSet<Double> headBaselines(PDDocument doc, int p) throws IOException {
        java.util.SortedSet<Double> out = new java.util.TreeSet<>();
        PDFTextStripper s = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition t) {
                if (!t.getUnicode().isBlank() && t.getYDirAdj() < 22 * MM) {
                    out.add(Math.round(t.getYDirAdj() / MM * 10) / 10.0);
                }
            }
        };
        s.setStartPage(p);
        s.setEndPage(p);
        s.getText(doc);
        return out;
    }

    /** The text of page {@code p} between {@code fromMm} and {@code toMm} from its top. */
    private static String region(PDDocument doc, int p, float fromMm, float toMm) throws IOException {
        PDPage page = doc.getPage(p - 1);
        PDFTextStripperByArea area = new PDFTextStripperByArea();
        area.addRegion("r", new Rectangle2D.Float(0, fromMm * MM, page.getMediaBox().getWidth(), (toMm - fromMm) * MM));
        area.extractRegions(page);
        return area.getTextForRegion("r");
    }

    /** The needs' titles and the buyers' names: the headings of the buyers' pages. */
    static java.util.Set<String> heads = new java.util.HashSet<>();

    /**
     * No lone block at the foot of a buyer's page (issue 20: a need's heading, its reference or a buyer's banner
     * alone there, the rest on the next page): a page never ends on a heading (a need's title or a buyer's name,
     * or the end of one that wraps), a need's « Réf. » line, or the banner's stand, contact or buyer profile.
     */
    @Test
    void noLoneHeadingNorBannerAtTheFootOfABuyersPage() {
        assertTrue(buyerFoot.size() > 12, "buyers' pages: " + buyerFoot.keySet());
        for (Map.Entry<Integer, String> foot : buyerFoot.entrySet()) {
            String line = foot.getValue();
            boolean heading = line.length() > 3 && heads.stream().anyMatch(h -> h.endsWith(line));
            boolean banner = line.startsWith("Réf. ") || line.startsWith("Stand ") || line.startsWith("Contact")
                    || line.startsWith("Profil acheteur");
            assertFalse(heading || banner, () -> "page " + foot.getKey() + " ends on a lone block: " + line);
        }
    }

    @Test
    void noDivisionHeadingAtTheFootOfAPage() {
        for (List<String> body : indexBodies) {
            for (int i = Math.max(0, body.size() - 3); i < body.size(); i++) {
                String line = body.get(i);
                boolean rowFollows = body.subList(i + 1, body.size()).stream().anyMatch(l -> l.matches(".* \\d+$") && !l.startsWith("Besoin Acheteur"));
                assertFalse(line.startsWith("Division ") && !rowFollows, () -> "a stranded heading: " + String.join(" | ", body));
            }
        }
    }

    /** A page that continues a division names it at its head, "(suite)", and repeats the column headers. */
    @Test
    void continuationPagesNameTheirDivisionAndRepeatTheColumnHeaders() {
        int continued = 0;
        for (int i = 1; i < indexBodies.size(); i++) {
            List<String> body = indexBodies.get(i);
            String head = indexHeads.get(i);
            if (body.get(0).startsWith("Division ")) {
                assertFalse(head.contains("(suite)"), () -> "a page that starts a division says no (suite): " + head);
            } else {
                continued++;
                assertTrue(body.get(0).equals("Besoin Acheteur Page"), () -> "a continued division's headers: " + String.join(" | ", body));
                assertTrue(head.matches(".*Division \\d\\d — .* \\(suite\\).*"), () -> "the division continued, at the head: " + head);
                String division = head.replaceAll(".*(Division \\d\\d) — .*", "$1");
                List<String> before = indexBodies.get(i - 1);
                String lastHeading = before.stream().filter(l -> l.startsWith("Division ")).reduce((a, b) -> b)
                        .orElse(indexHeads.get(i - 1).replaceAll(".*(Division \\d\\d) — .*", "$1"));
                assertTrue(lastHeading.startsWith(division), () -> head + " continues " + lastHeading);
            }
        }
        assertTrue(continued > 0, "the synthetic index continues a division on a new page");
    }

    /**
     * Each buyer starts on a new page (the last designer's point 1, decided): a page shows one buyer's needs, and
     * its head names that buyer — sections sharing a page gave heads naming the buyer of the page's first or last
     * needs, not both (the examples' pages 28, 45, 49). A section starts at the top of its page, under no other.
     */
    @Test
    void eachBuyerStartsOnANewPageNamedInItsHead() {
        int starts = 0;
        for (String[] h : buyerHeads) {
            assertEquals("1", h[3], () -> "page " + h[2] + " shows the needs of " + h[3] + " buyers: " + h[5]);
            assertTrue(h[0].matches(Pattern.quote(h[1]) + "(\\D.*)?"), () -> "page " + h[2] + ": the head « " + h[0] + " » names " + h[1] + ": " + h[5]);
            if (h[4] != null) {
                starts++;
                assertEquals(h[1], h[4], () -> "page " + h[2] + ": " + h[4] + " starts under another buyer's needs: " + h[5]);
            }
        }
        assertTrue(buyerHeads.size() >= 10, "buyers' pages read: " + buyerHeads.size());
        assertEquals(12, starts, "the 12 buyers each start a page");
    }

    /**
     * No text rides into the top margin: the running head stands on the margin's foot (22 mm), on the index
     * pages too, where the head with the division continued under it rose to 5 mm from the trim (an office
     * printer leaves 4 to 5 mm unprinted; the index head now keeps about 12 mm, the others 15 mm).
     */
    @Test
    void theHeadsStayInTheTopMargin() {
        highest.forEach((p, mm) -> assertTrue(mm > 10, () -> "page " + p + ": text at " + Math.round(mm) + " mm from the top: " + highest));
        assertTrue(highest.size() > 20, "pages read: " + highest.size());
    }

    /**
     * The running head is one line at one height on every page (designers' polish 1: on the index pages continuing a
     * division it grew to two lines, the section rising above the others' head): the index continued stands on the
     * head's one line, « Index par division CPV · Division 45 — … (suite) ».
     */
    @Test
    void theRunningHeadIsOneLineAtTheSameHeightOnEveryPage() {
        java.util.Set<Double> all = new java.util.TreeSet<>();
        headBaselines.forEach((p, lines) -> {
            assertEquals(1, lines.size(), () -> "page " + p + ": the head has " + lines.size() + " lines: " + headBaselines);
            all.addAll(lines);
        });
        assertTrue(headBaselines.size() > 20, "pages with a head: " + headBaselines.size());
        assertTrue(all.size() == 1 || all.size() == 2 && ((java.util.TreeSet<Double>) all).last() - ((java.util.TreeSet<Double>) all).first() < 0.15,
                () -> "the head stands at " + all + " mm: " + headBaselines);
    }

    @Test
    void noPageNumberIsSeparatedFromItsEntry() {
        for (List<String> body : indexBodies) {
            for (String line : body) {
                assertFalse(line.matches("\\d+"), () -> "a page number alone: " + String.join(" | ", body));
            }
            assertFalse(body.get(body.size() - 1).startsWith("Besoin Acheteur"), () -> "headers alone at the foot: " + String.join(" | ", body));
        }
    }

    /**
     * A buyer's page is filled: the empty band at its foot is smaller than the block that starts the next page of
     * the same buyer (designer Y: 55–84 mm left empty, examples pp. 9, 28, 46, 51, 61, although the next block fit).
     */
    @Test
    void aBlockThatFitsGoesOnThePage() {
        int checked = 0;
        for (int p : buyerFill.keySet()) {
            boolean sectionEnds = p + 1 >= firstIndexPage || startingOn.get(p + 1) != null;
            if (!sectionEnds && !rules.get(p + 1).isEmpty()) {
                checked++;
                double band = footBand.get(p);
                double next = rules.get(p + 1).get(0);
                // 1 mm for the measure: rows of 0.25 mm, each end of the band on a rule of its own
                assertTrue(band < next + 1, () -> "page " + p + " leaves " + Math.round(band) + " mm empty and the next page's first block, "
                        + Math.round(next) + " mm, would fit: " + footBand);
            }
        }
        assertTrue(checked >= 10, "pages followed by one of the same buyer: " + checked);
    }

    /**
     * A buyer's last page, when its section began on an earlier one, shows one need alone under the head only when
     * keeping its last two needs together would have left 40 mm or more empty on the page before (designer V's rule,
     * kept where it costs little: designer Y's decision); the empty band that moving the page before's last block
     * would have left is that page's band plus that block.
     */
    @Test
    void aBuyersLastPageHoldsOneNeedAloneOnlyWhenKeepingTwoWouldLeaveABand() {
        int continued = 0;
        for (int p : buyerFill.keySet()) {
            boolean sectionEnds = p + 1 >= firstIndexPage || startingOn.get(p + 1) != null;
            if (sectionEnds && startingOn.get(p) == null) {
                continued++;
                int shown = needsOn.getOrDefault(p, 0);
                List<Double> before = rules.get(p - 1);
                double kept = footBand.get(p - 1) + (before.size() < 2 ? 0 : before.get(before.size() - 1) - before.get(before.size() - 2));
                assertTrue(shown >= 2 || kept >= 40, () -> "page " + p + " ends a buyer's section with " + shown
                        + " need, and keeping two together would have left " + Math.round(kept) + " mm on page " + (p - 1) + ": " + needsOn);
            }
        }
        assertTrue(continued >= 3, "sections over several pages: " + continued);
    }

    /** Only a section's last page may be short (the next buyer starts a new page): no other page half empty. */
    @Test
    void noNearEmptyPageWithinABuyersSection() {
        int lastPages = 0;
        for (var e : buyerFill.entrySet()) {
            int p = e.getKey();
            boolean sectionEnds = p + 1 >= firstIndexPage || startingOn.get(p + 1) != null;
            lastPages += sectionEnds ? 1 : 0;
            assertTrue(sectionEnds || e.getValue() > 0.6, () -> "page " + p + " of a buyer is " + Math.round(e.getValue() * 100)
                    + " % full and the buyer goes on: " + buyerFill);
        }
        assertEquals(12, lastPages, "one last page per buyer");
    }

    /** The figures page holds its key figures, both charts and their notes on one page. */
    @Test
    void theFiguresFitOnePage() {
        assertEquals(1, glancePages);
    }

    /**
     * A saddle-stitched booklet: a multiple of 4 pages, the filler pages titled « Notes » and ruled, nothing else
     * printed, just before the two back covers (the colophon inside, the event outside): at most 3, in a row,
     * the last of them the page before the colophon.
     */
    @Test
    void aMultipleOfFourPagesWithNotesPagesBeforeTheBackCovers() {
        assertEquals(0, pageCount % 4, "pages: " + pageCount);
        assertTrue(blankPagesEmpty, "the pages titled « Notes » alone are notes pages (ruled, no running head nor folio): " + blankPages);
        assertTrue(blankPages.size() < 4, "notes pages: " + blankPages);
        for (int i = 0; i < blankPages.size(); i++) {
            int p = blankPages.get(i);
            assertEquals(pageCount - 2 - (blankPages.size() - 1 - i), p, "notes pages just before the colophon and the back cover: " + blankPages);
        }
    }
}
