package org.vitrine.publish.brochure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.junit.jupiter.api.Test;

/**
 * Each badge kind prints the frame its rule gives it, on the cards and in the key « Les repères des fiches » alike
 * (issue 20, brief M): the plain .mark rule came after the kinds' rules and its border shorthand reset them, so
 * « Lancement à confirmer » printed solid and the reserved badge single. Read on the PDF: the line dash and the
 * strokes of the border drawn around the badge's words.
 */
class BrochureBadgeFramesTest {

    /** The frame each badge's words must stand in. */
    static final Map<String, String> FRAMES = Map.of(
            "Lancement à confirmer", "dotted",
            "Besoin probable", "dashed",
            "Besoin envisagé, à confirmer", "dashed",
            "Réservé aux", "double", // « Réservé aux SIAE », « … EA/ESAT »: the frame by its first words
            "Achat innovant", "solid",
            "Lancement après 2027", "solid");

    /** One painted path: its bounds (PDF space), stroked or filled, its dash array and line width. */
    record Paint(Rectangle2D box, boolean stroke, float[] dash, float width) {}

    static List<Paint> paints(PDDocument doc, int page) throws IOException {
        PDPage p = doc.getPage(page - 1);
        List<Paint> out = new ArrayList<>();
        new PDFGraphicsStreamEngine(p) {
            Rectangle2D path;

            void add(Point2D pt) {
                if (path == null) {
                    path = new Rectangle2D.Double(pt.getX(), pt.getY(), 0, 0);
                } else {
                    path.add(pt);
                }
            }

            void paint(boolean stroke) {
                if (path != null) {
                    var g = getGraphicsState();
                    out.add(new Paint(path, stroke, g.getLineDashPattern().getDashArray(), g.getLineWidth()));
                }
                path = null;
            }

            { processPage(p); }

            @Override public void appendRectangle(Point2D a, Point2D b, Point2D c, Point2D d) { add(a); add(b); add(c); add(d); }
            @Override public void drawImage(PDImage pdImage) {}
            @Override public void clip(int windingRule) {}
            @Override public void moveTo(float x, float y) { add(new Point2D.Float(x, y)); }
            @Override public void lineTo(float x, float y) { add(new Point2D.Float(x, y)); }
            @Override public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) { add(new Point2D.Float(x3, y3)); }
            @Override public Point2D getCurrentPoint() { return new Point2D.Float(); }
            @Override public void closePath() {}
            @Override public void endPath() { path = null; }
            @Override public void strokePath() { paint(true); }
            @Override public void fillPath(int windingRule) { paint(false); }
            @Override public void fillAndStrokePath(int windingRule) { paint(true); }
            @Override public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) {}
        };
        return out;
    }

    /** The frame drawn around a word line [x0, x1] at baseline y (PDF space): dotted, dashed, double, solid or none. */
    static String frame(List<Paint> paints, double x0, double x1, double y) {
        double top = y + 10;
        double bottom = y - 5;
        List<Paint> around = new ArrayList<>();
        for (Paint pt : paints) {
            Rectangle2D b = pt.box();
            boolean inBand = b.getMinX() >= x0 - 8 && b.getMaxX() <= x1 + 8 && b.getMinY() >= bottom - 1 && b.getMaxY() <= top + 1;
            boolean edge = b.getWidth() < 3 || b.getHeight() < 3;
            if (inBand && edge) {
                around.add(pt);
            }
        }
        if (around.isEmpty()) {
            return "none";
        }
        for (Paint pt : around) {
            if (pt.stroke() && pt.dash().length > 0) {
                // openhtmltopdf's patterns: a dash twice its gap (8, 4), a dot as long as its gap.
                return pt.dash().length > 1 && pt.dash()[0] > 1.5 * pt.dash()[1] ? "dashed" : "dotted";
            }
        }
        // A solid side is one filled band; a double one, two bands on the same side (the left edge: x near x0).
        long left = around.stream().filter(pt -> pt.box().getMaxX() < x0 + 0.5 && pt.box().getHeight() > 3).count();
        return left >= 2 ? "double" : "solid";
    }

    @Test
    void eachBadgeKindPrintsItsFrameOnTheCardsAndInTheKey() throws IOException {
        try (PDDocument doc = Loader.loadPDF(BrochureFixture.shared().pdf().toFile())) {
            Map<String, TreeMap<String, Integer>> seen = new TreeMap<>();
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                String text = BrochurePolishTest.text(doc, page);
                boolean key = text.contains("Les repères des fiches");
                List<Paint> paints = null;
                for (List<BrochurePolishTest.Glyph> line : BrochurePolishTest.lines(BrochurePolishTest.glyphs(doc, page)).values()) {
                    // The line's glyphs without spaces (no-break ones included), one glyph a character.
                    List<BrochurePolishTest.Glyph> glyphs = line.stream().filter(g -> !g.text().isBlank() && !"\u00A0".equals(g.text())).toList();
                    StringBuilder sb = new StringBuilder();
                    glyphs.forEach(g -> sb.append(g.text()));
                    String s = sb.toString();
                    for (var e : FRAMES.entrySet()) {
                        String words = e.getKey().replace(" ", "");
                        int i = s.indexOf(words);
                        if (i < 0 || (i > 0 && Character.isLetter(s.charAt(i - 1)))) {
                            continue;
                        }
                        if (paints == null) {
                            paints = paints(doc, page);
                        }
                        float h = doc.getPage(page - 1).getMediaBox().getHeight();
                        var first = glyphs.get(i);
                        var last = glyphs.get(i + words.length() - 1);
                        String got = frame(paints, first.x(), last.right(), h - first.y());
                        if ("none".equals(got)) {
                            continue; // the words in running text (the key's own explanations), not a badge
                        }
                        assertEquals(e.getValue(), got, "page " + page + (key ? " (the key)" : "") + ": « " + e.getKey() + " »");
                        seen.computeIfAbsent(e.getKey(), k -> new TreeMap<>()).merge(key ? "key" : "card", 1, Integer::sum);
                    }
                }
            }
            for (String badge : List.of("Lancement à confirmer", "Besoin probable")) {
                assertTrue(seen.containsKey(badge) && seen.get(badge).containsKey("key") && seen.get(badge).containsKey("card"),
                        "« " + badge + " » found on a card and in the key: " + seen);
            }
            assertTrue(seen.containsKey("Réservé aux"), "a reserved badge measured: " + seen);
        }
    }
}
