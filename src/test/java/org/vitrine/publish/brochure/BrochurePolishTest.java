package org.vitrine.publish.brochure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The print designer's polish of the fixture brochure (issue 20, brief F), measured on the PDF's text: where the
 * glyphs stand on the page, not only what they say.
 */
class BrochurePolishTest {

    static final double MM = 72 / 25.4;

    static BrochureFixture.Result fixture;
    static PDDocument doc;

    /** One glyph: its page (1-based), left edge, right edge, baseline, text. */
    record Glyph(int page, double x, double right, double y, double size, String text) {}

    @BeforeAll
    static void open() throws IOException {
        fixture = BrochureFixture.shared();
        doc = Loader.loadPDF(fixture.pdf().toFile());
    }

    @AfterAll
    static void close() throws IOException {
        doc.close();
    }

    static List<Glyph> glyphs(PDDocument doc, int page) throws IOException {
        List<Glyph> out = new ArrayList<>();
        PDFTextStripper s = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition t) {
                out.add(new Glyph(page, t.getXDirAdj(), t.getXDirAdj() + t.getWidthDirAdj(), t.getYDirAdj(), t.getFontSizeInPt(), t.getUnicode()));
            }
        };
        s.setStartPage(page);
        s.setEndPage(page);
        s.getText(doc);
        return out;
    }

    static String text(PDDocument doc, int page) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(page);
        s.setEndPage(page);
        return BrochureContentTest.flat(s.getText(doc));
    }

    /** The lines of a page, by baseline (rounded to 0.5 pt), each left to right. */
    static TreeMap<Long, List<Glyph>> lines(List<Glyph> glyphs) {
        TreeMap<Long, List<Glyph>> lines = new TreeMap<>();
        for (Glyph g : glyphs) {
            if (!g.text().isBlank()) {
                lines.computeIfAbsent(Math.round(g.y() * 2), k -> new ArrayList<>()).add(g);
            }
        }
        lines.values().forEach(l -> l.sort((a, b) -> Double.compare(a.x(), b.x())));
        return lines;
    }

    /** The x of the first glyph of word {@code word} on a line, or NaN. */
    static double wordAt(List<Glyph> line, String word) {
        StringBuilder sb = new StringBuilder();
        for (Glyph g : line) {
            sb.append(g.text());
        }
        int i = sb.indexOf(word);
        return i < 0 ? Double.NaN : line.get(i).x();
    }

    /**
     * The index's two columns, title and buyer, are at least 6 mm apart on every row of every index page (they were
     * 2 mm: a long title ran into the buyer), and the page numbers end on one right edge.
     */
    @Test
    void theIndexGutterIsAtLeastSixMillimetresAndPageNumbersAlign() throws IOException {
        assertTrue(indexGutters(doc) > 0, "index pages found");
    }

    /**
     * The same on an index whose titles fill their column (the examples' « Fourniture de gaz naturel des collèges
     * et des bâtiments départementaux »): the fixture's titles are short. The index table alone, with the
     * brochure's style sheet, and a buyer's name that the column's width (ShortNames.INDEX_WIDTH_PT) lets stand.
     */
    @Test
    void theGutterHoldsOnTitlesThatFillTheirColumn() throws IOException {
        String css = java.nio.file.Files.readString(java.nio.file.Path.of("templates/brochure/brochure.css"));
        StringBuilder rows = new StringBuilder();
        String[] titles = {"Fourniture de gaz naturel des collèges et des bâtiments départementaux",
            "Fournitures de bureau des services du siège et des antennes territoriales",
            "Denrées alimentaires : fruits et légumes frais, dont bio et circuits courts"};
        for (int i = 0; i < 12; i++) {
            String title = titles[i % titles.length] + (i < 3 ? "" : " " + "x".repeat(i));
            String buyer = "Département du Morvan-Sud";
            assertTrue(ShortNames.fitsIndex(buyer));
            rows.append("<tr><td class=\"ix-title\">").append(title).append("</td><td class=\"ix-buyer\">").append(buyer)
                    .append("</td><td class=\"num\">").append(10 + i * 7).append("</td></tr>");
        }
        String html = "<!DOCTYPE html><html lang=\"fr\" xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta charset=\"utf-8\" />"
                + "<title>Index</title><style>" + css + "</style></head><body><div class=\"run-division\">Index par division CPV</div>"
                + "<div class=\"part index\"><h3>Division 09</h3><table class=\"index-table\"><thead><tr>"
                + "<th scope=\"col\" class=\"ix-title\">Besoin</th><th scope=\"col\" class=\"ix-buyer\">Acheteur</th>"
                + "<th scope=\"col\" class=\"num\">Page</th></tr></thead><tbody>" + rows + "</tbody></table></div></body></html>";
        java.nio.file.Path out = java.nio.file.Files.createTempFile("vitrine-index", ".pdf");
        new PdfRenderer().render(html, BrochureSample.BASE_URI, BrochureSample.META, out, List.of(), null);
        try (PDDocument small = Loader.loadPDF(out.toFile())) {
            assertTrue(indexGutters(small) > 0, "the index page found");
        } finally {
            java.nio.file.Files.deleteIfExists(out);
        }
    }

    /** Checks the gutter and the page numbers' edge on each index page of {@code doc}; the count of those pages. */
    static int indexGutters(PDDocument doc) throws IOException {
        int indexPages = 0;
        for (int p = 1; p <= doc.getNumberOfPages(); p++) {
            if (!text(doc, p).contains("Besoin Acheteur Page")) {
                continue;
            }
            TreeMap<Long, List<Glyph>> lines = lines(glyphs(doc, p));
            double buyerX = Double.NaN;
            double pageRight = Double.NaN;
            for (List<Glyph> line : lines.values()) {
                double a = wordAt(line, "BesoinAcheteurPage");
                if (!Double.isNaN(a)) {
                    StringBuilder sb = new StringBuilder();
                    line.forEach(g -> sb.append(g.text()));
                    buyerX = line.get(sb.indexOf("Acheteur")).x();
                    pageRight = line.get(line.size() - 1).right();
                    break;
                }
            }
            if (Double.isNaN(buyerX)) {
                continue;
            }
            indexPages++;
            double titleRight = 0;
            int rows = 0;
            boolean below = false;
            for (List<Glyph> line : lines.values()) {
                if (!Double.isNaN(wordAt(line, "BesoinAcheteurPage"))) {
                    below = true;
                    continue;
                }
                if (!below) {
                    continue;
                }
                for (Glyph g : line) {
                    if (g.x() < buyerX - 0.5 && g.size() < 8.5) { // the table's 8 pt, not a division's heading
                        titleRight = Math.max(titleRight, g.right());
                    }
                }
                Glyph last = line.get(line.size() - 1);
                if (last.text().matches("\\d") && last.x() > buyerX + 50 * MM) {
                    rows++;
                    double r = last.right();
                    double expected = pageRight;
                    assertTrue(Math.abs(r - expected) < 0.6, "page " + p + ": a page number ends at " + r + ", the column at " + expected);
                }
            }
            double gap = (buyerX - titleRight) / MM;
            assertTrue(gap >= 6 - 0.05, "page " + p + ": titles come " + String.format("%.1f", gap) + " mm from the buyers");
            assertTrue(rows > 0, "page " + p + " has rows");
        }
        return indexPages;
    }

    /**
     * A multi-lot need whose lots the data does not name says so, in the catalogue's words (« 4 lots (intitulés à
     * préciser par l’acheteur) », not a bare « 4 lots »); one whose lots are named lists them.
     */
    @Test
    void lotsWithoutTitlesSayTheBuyerWillGiveThem() throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        String all = BrochureContentTest.flat(s.getText(doc));
        assertTrue(all.contains("4 lots (intitulés à préciser par l’acheteur)"), all);
        assertFalse(java.util.regex.Pattern.compile("\\b4 lots(?! \\(intitulés)").matcher(all).find(), "a bare « 4 lots »");
        assertTrue(all.contains("Lot sans montant : nord"), "the lots' titles when given");
        try (PDDocument en = Loader.loadPDF(fixture.pdfEn().toFile())) {
            String english = BrochureContentTest.flat(s.getText(en));
            assertTrue(english.contains("4 lots (titles to be given by the buyer)"), english);
        }
    }

    /**
     * The « Lots » caption stands about a line below the card's line above it (designer Y, D7: it sat as close as two lines
     * of text, 15 pt baseline to baseline): between one and a half and two and a half of the card's 12.15 pt lines
     * (9 pt, line-height 1.35) from that line's baseline to its own, and close over the table's header (« Lot Objet du lot »).
     */
    @Test
    void theLotsCaptionHasALineOfSpaceAboveIt() throws IOException {
        double pitch = 9 * 1.35;
        int captions = 0;
        for (int p = 1; p <= doc.getNumberOfPages(); p++) {
            List<List<Glyph>> lines = new ArrayList<>(lines(glyphs(doc, p)).values());
            for (int i = 1; i + 1 < lines.size(); i++) {
                if (!"Lots".equals(joined(lines.get(i))) || !joined(lines.get(i + 1)).startsWith("LotObjetdulot")) {
                    continue;
                }
                captions++;
                double above = lines.get(i).get(0).y() - lines.get(i - 1).get(0).y();
                double below = lines.get(i + 1).get(0).y() - lines.get(i).get(0).y();
                assertTrue(above >= 1.5 * pitch && above <= 2.5 * pitch,
                        "page " + p + ": « Lots » " + String.format("%.1f", above) + " pt under « " + joined(lines.get(i - 1)) + " »");
                assertTrue(below < above, "page " + p + ": the caption nearer its table (" + below + " pt) than the line above");
            }
        }
        assertTrue(captions >= 1, "the fixture has a lots table");
    }

    /** A line's text without its spaces (no-break ones included). */
    static String joined(List<Glyph> line) {
        StringBuilder sb = new StringBuilder();
        line.forEach(g -> sb.append(g.text()));
        return sb.toString().replaceAll("[\\s\u00A0]", "");
    }

    /** A QR code image drawn on a page: its pixels and its size on the page in mm. */
    record Drawn(java.awt.image.BufferedImage image, double widthMm, double heightMm) {}

    static List<Drawn> images(PDDocument d, int page) throws IOException {
        List<Drawn> out = new ArrayList<>();
        for (Code c : codes(d, page)) {
            out.add(new Drawn(c.image(), c.m().getScalingFactorX() / MM, c.m().getScalingFactorY() / MM));
        }
        return out;
    }

    /** A 1-bit image drawn on a page (how the brochure draws its QR codes) with the matrix it is drawn through. */
    record Code(java.awt.image.BufferedImage image, org.apache.pdfbox.util.Matrix m) {}

    /** The 1-bit images a page draws, in drawing order: one walk of the page's content for both tests' helpers. */
    static List<Code> codes(PDDocument d, int page) throws IOException {
        List<Code> out = new ArrayList<>();
        org.apache.pdfbox.contentstream.PDFStreamEngine engine = new org.apache.pdfbox.contentstream.PDFStreamEngine() {
            {
                addOperator(new org.apache.pdfbox.contentstream.operator.state.Concatenate(this));
                addOperator(new org.apache.pdfbox.contentstream.operator.state.Save(this));
                addOperator(new org.apache.pdfbox.contentstream.operator.state.Restore(this));
                addOperator(new org.apache.pdfbox.contentstream.operator.state.SetMatrix(this));
            }

            @Override
            protected void processOperator(org.apache.pdfbox.contentstream.operator.Operator op,
                    List<org.apache.pdfbox.cos.COSBase> operands) throws IOException {
                if ("Do".equals(op.getName()) && operands.get(0) instanceof org.apache.pdfbox.cos.COSName name) {
                    var x = getResources().getXObject(name);
                    if (x instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject img && img.getBitsPerComponent() == 1) {
                        out.add(new Code(img.getImage(), getGraphicsState().getCurrentTransformationMatrix().clone()));
                    }
                }
                super.processOperator(op, operands);
            }
        };
        engine.processPage(d.getPage(page - 1));
        return out;
    }

    /**
     * Every QR code of the brochure (the needs', the live banners', the booking platform's) is drawn at one size, 28 mm,
     * with a quiet zone of 4 modules (white, the box's rule outside it), and decodes from its page rendered at 100 dpi.
     */
    @Test
    void everyQrCodeHasItsQuietZoneOneSizeAndDecodes() throws IOException {
        int codes = 0;
        for (int p = 1; p <= doc.getNumberOfPages(); p++) {
            List<Drawn> drawn = images(doc, p);
            if (drawn.isEmpty()) {
                continue;
            }
            for (Drawn q : drawn) {
                codes++;
                assertTrue(Math.abs(q.widthMm() - 28) < 0.2 && Math.abs(q.heightMm() - 28) < 0.2,
                        "page " + p + ": a QR code of " + q.widthMm() + " mm");
                var img = q.image();
                int quiet = 4 * QrCodes.SCALE;
                for (int y = 0; y < img.getHeight(); y++) {
                    for (int x = 0; x < img.getWidth(); x++) {
                        boolean border = x < quiet || y < quiet || x >= img.getWidth() - quiet || y >= img.getHeight() - quiet;
                        if (border) {
                            int rgb = img.getRGB(x, y) & 0xFFFFFF;
                            if (rgb != 0xFFFFFF) {
                                throw new AssertionError("page " + p + ": the quiet zone is not white at " + x + "," + y);
                            }
                        }
                    }
                }
                assertTrue((img.getRGB(quiet, quiet) & 0xFFFFFF) == 0, "page " + p + ": the finder pattern starts 4 modules in");
            }
            var page = new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(p - 1, 100,
                    org.apache.pdfbox.rendering.ImageType.GRAY);
            int[] px = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            var bitmap = new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
                    new com.google.zxing.RGBLuminanceSource(page.getWidth(), page.getHeight(), px)));
            com.google.zxing.Result[] found;
            try {
                found = new com.google.zxing.multi.qrcode.QRCodeMultiReader().decodeMultiple(bitmap,
                        Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE));
            } catch (com.google.zxing.NotFoundException e) {
                found = new com.google.zxing.Result[0];
            }
            assertTrue(found.length == drawn.size(), "page " + p + ": " + found.length + " of " + drawn.size() + " QR codes decode at 100 dpi");
        }
        assertTrue(codes > 3, "QR codes found: " + codes);
    }

    /**
     * The colophon on the inside back cover (the page before the last, after the notes pages), the event on the
     * outside back cover with the catalogue's address and its QR code; the page count a multiple of 4.
     */
    @Test
    void colophonInsideTheEventOnTheBackCover() throws IOException {
        int n = doc.getNumberOfPages();
        assertTrue(n % 4 == 0, n + " pages");
        assertTrue(text(doc, n - 1).contains("Colophon"), text(doc, n - 1));
        String back = text(doc, n);
        assertFalse(back.contains("Colophon"), back);
        var event = fixture.config().vitrine().event();
        assertTrue(back.contains(BrochureContentTest.flat(event.venue())), back);
        assertTrue(back.contains("https://"), back);
        assertTrue(images(doc, n).size() == 1, "a QR code on the back cover");
    }

    /** A QR code drawn on a page: what it opens and its box on the page, in points from the page's top-left. */
    record Placed(int page, String url, double left, double right, double top, double bottom) {}

    static List<Placed> placedCodes(PDDocument d, int page) throws IOException {
        List<Placed> out = new ArrayList<>();
        double height = d.getPage(page - 1).getMediaBox().getHeight();
        for (Code c : codes(d, page)) {
            var bi = c.image();
            int[] px = bi.getRGB(0, 0, bi.getWidth(), bi.getHeight(), null, 0, bi.getWidth());
            String url;
            try {
                url = new com.google.zxing.qrcode.QRCodeReader().decode(new com.google.zxing.BinaryBitmap(
                        new com.google.zxing.common.HybridBinarizer(new com.google.zxing.RGBLuminanceSource(
                                bi.getWidth(), bi.getHeight(), px)))).getText();
            } catch (com.google.zxing.ReaderException e) {
                throw new IOException("page " + page + ": a QR code that does not decode", e);
            }
            var m = c.m();
            double left = m.getTranslateX();
            double bottom = height - m.getTranslateY();
            out.add(new Placed(page, url, left, left + m.getScalingFactorX(), bottom - m.getScalingFactorY(), bottom));
        }
        return out;
    }

    /** The text printed under a QR code, within 6 mm of its foot and across its width. */
    static String captionUnder(PDDocument d, Placed q) throws IOException {
        StringBuilder b = new StringBuilder();
        for (Glyph g : glyphs(d, q.page())) {
            double mid = (g.x() + g.right()) / 2;
            if (mid > q.left() && mid < q.right() && g.y() > q.bottom() && g.y() < q.bottom() + 6 * MM) {
                b.append(g.text());
            }
        }
        return b.toString().replace('\u00a0', ' ').strip();
    }

    /**
     * Every card keeps its need page's QR code at its heading, a live or maybe-live card too (designer W, D3: 204
     * need-page codes for 214 needs, the live banner's code opening the buyer profile instead); each other code
     * (the live banner's, the booking platform's, the back cover's) says under it where it leads. The need-page
     * codes have no caption: on a card, beside its title and its « Fiche en ligne », they are understood.
     */
    @Test
    void everyCardHasItsNeedPageCodeAndTheOtherCodesSayWhereTheyLead() throws IOException {
        checkCodes(doc, java.util.Set.of("Profil acheteur", "Consultation", "Rendez-vous", "Catalogue en ligne"));
        try (PDDocument en = Loader.loadPDF(fixture.pdfEn().toFile())) {
            checkCodes(en, java.util.Set.of("Buyer profile", "Call for tenders", "Meetings", "Online catalogue"));
        }
    }

    private static void checkCodes(PDDocument d, java.util.Set<String> captions) throws IOException {
        java.util.Set<String> needPages = new java.util.TreeSet<>();
        java.util.Set<String> captioned = new java.util.TreeSet<>();
        int others = 0;
        for (int p = 1; p <= d.getNumberOfPages(); p++) {
            for (Placed q : placedCodes(d, p)) {
                if (q.url().contains("/needs/")) {
                    needPages.add(q.url().replaceAll(".*/needs/", "").replace(".html", ""));
                    continue;
                }
                others++;
                String caption = captionUnder(d, q);
                assertTrue(captions.contains(caption), "page " + p + ": the code to " + q.url() + " has the caption « " + caption + " »");
                captioned.add(caption);
            }
        }
        java.util.Set<String> ids = new java.util.TreeSet<>(fixture.needs().stream().map(n -> n.id()).toList());
        assertTrue(needPages.equals(ids), "need-page codes " + needPages + " for the needs " + ids);
        assertTrue(fixture.needs().stream().anyMatch(n -> n.live() != null), "the fixture has live cards");
        assertTrue(others >= 4 && captioned.size() >= 3, others + " other codes, captions " + captioned);
    }
}
