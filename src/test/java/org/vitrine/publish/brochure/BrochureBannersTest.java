package org.vitrine.publish.brochure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.config.Config;
import org.vitrine.config.ConfigLoader;
import org.vitrine.messages.Messages;
import org.vitrine.model.EditionInfo;
import org.vitrine.model.Need;
import org.vitrine.model.Period;
import org.vitrine.publish.Brochure;
import org.vitrine.publish.DataExports;
import org.vitrine.publish.Site;
import org.vitrine.publish.Templates;

/**
 * A buyer's band: its wrapped lines start under its text, not under the stand badge (designer Y, D4).
 * The « déjà lancée » banner is as wide as the live-consultation banner: both take the card's full width, the
 * first one under the QR code (the need body keeps a 30 mm margin for the code, which the banner sat in).
 */
class BrochureBannersTest {

    static final float MM = 72 / 25.4f;

    @Test
    void theLaunchedBannerIsAsWideAsTheLiveOne() throws Exception {
        List<Double> before = new ArrayList<>();
        List<Double> live = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(render().toFile())) {
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                PDPage page = doc.getPage(p);
                for (float[] title : titles(doc, p + 1)) {
                    double width = bannerWidth(page, title[1]);
                    (title[0] == 0 ? before : live).add(width);
                }
            }
        }
        assertFalse(before.isEmpty() || live.isEmpty(), () -> "the fixture shows both banners: " + before + " " + live);
        double reference = live.get(0);
        for (double w : before) {
            assertEquals(reference / MM, w / MM, 1, () -> "« déjà lancée » banners " + widthsMm(before) + " mm, live " + widthsMm(live) + " mm");
        }
    }

    /** The buyer band: a wrapped line of the text beside the stand badge starts under that text, not under the badge. */
    @Test
    void theBuyerBandsWrappedLinesAlignWithItsText() throws Exception {
        List<String> wrapped = new ArrayList<>();
        List<String> bands = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(render().toFile())) {
            List<Object[]> lines = new ArrayList<>(); // the text of each line and the x of each of its words
            PDFTextStripper s = new PDFTextStripper() {
                private final StringBuilder line = new StringBuilder();
                private final List<Float> xs = new ArrayList<>();
                private final List<String> words = new ArrayList<>();

                @Override
                protected void writeString(String text, List<TextPosition> glyphs) {
                    line.append(line.isEmpty() ? "" : " ").append(text);
                    xs.add(glyphs.get(0).getXDirAdj());
                    words.add(text.replace('\u00a0', ' ').strip());
                }

                @Override
                protected void writeLineSeparator() throws IOException {
                    lines.add(new Object[] {line.toString().replace('\u00a0', ' ').strip(), new ArrayList<>(xs), new ArrayList<>(words)});
                    line.setLength(0);
                    xs.clear();
                    words.clear();
                    super.writeLineSeparator();
                }
            };
            s.getText(doc);
            for (int i = 0; i + 1 < lines.size(); i++) {
                String text = (String) lines.get(i)[0];
                String next = (String) lines.get(i + 1)[0];
                if (text.contains(" besoin")) {
                    bands.add(text + " / " + next);
                }
                if (text.startsWith("Stand ") && text.contains(" besoin") && !next.startsWith("Contact") && !next.startsWith("Profil")) {
                    @SuppressWarnings("unchecked")
                    List<String> chunks = (List<String>) lines.get(i)[2];
                    int first = 0; // the text after the badge (« Stand A05 », in one chunk or two)
                    while (first < chunks.size() && (chunks.get(first).startsWith("Stand") || chunks.get(first).matches("[A-Z]\\d+"))) {
                        first++;
                    }
                    @SuppressWarnings("unchecked")
                    float textX = ((List<Float>) lines.get(i)[1]).get(first);
                    @SuppressWarnings("unchecked")
                    float nextX = ((List<Float>) lines.get(i + 1)[1]).get(0);
                    wrapped.add(text + " / " + next);
                    assertEquals(textX / MM, nextX / MM, 0.5, () -> "« " + next + " » starts under the badge, not under « " + text + " »");
                }
            }
        }
        assertFalse(wrapped.isEmpty(), () -> "a buyer band wraps in this render: " + bands);
    }

    @TempDir
    static Path dir;

    /** The fixture's needs, the first launched in the fourth quarter of 2026 (before the year), the second under way. */
    private static Path render() throws Exception {
        Config config = BrochureFixture.withEnglish(ConfigLoader.load(Path.of("config")));
        Messages m = Messages.of("fr");
        List<Need> needs = new ArrayList<>(BrochureFixture.needs(config));
        Need.Builder before = needs.get(0).toBuilder();
        before.launch = new Period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31), Period.Precision.quarter);
        needs.set(0, before.build());
        Need.Builder live = needs.get(1).toBuilder();
        live.live = "offers";
        needs.set(1, live.build());
        // a buyer whose band wraps: a share in a groupement and two questions answered (« … · 3 besoins, dont 1 en
        // groupement · 2 questions publiées avec leur réponse »)
        Need.Builder wrapping = needs.get(2).toBuilder();
        wrapping.jointGroup = new org.vitrine.model.JointGroup("Énergie 2027", true);
        org.vitrine.model.Question q = new org.vitrine.model.Question("Une question ?", "Sa réponse.", BrochureFixture.DATE.minusDays(20),
                BrochureFixture.DATE.minusDays(10), BrochureFixture.DATE.minusDays(9));
        wrapping.questions = List.of(q, q);
        needs.set(2, wrapping.build());
        EditionInfo edition = new EditionInfo("2027-01", 2027, BrochureFixture.DATE, "fr", List.of(), List.of(),
                "Licence Ouverte / Etalab 2.0", null, m.get("publish.disclaimer"));
        Path pub = Files.createDirectories(dir.resolve("public"));
        Path data = Files.createDirectories(pub.resolve("data"));
        DataExports.writeJson(data.resolve("needs.json"), edition, needs);
        DataExports.writeCsv(data.resolve("needs.csv"), needs, "fr");
        Path templates = Path.of("templates");
        new Brochure(new Templates(templates, Locale.FRENCH), templates).writeAll(pub, new Site(needs, config, edition, m), config, m);
        return pub.resolve("brochure.pdf");
    }

    private static List<Long> widthsMm(List<Double> widths) {
        return widths.stream().map(w -> Math.round(w / MM)).toList();
    }

    /** The banner titles of page {@code p}: kind (0 « déjà lancée », 1 live) and the top of their first glyph from the page's top. */
    private static List<float[]> titles(PDDocument doc, int p) throws IOException {
        List<float[]> found = new ArrayList<>();
        PDFTextStripper s = new PDFTextStripper() {
            private final StringBuilder line = new StringBuilder();
            private TextPosition first;

            @Override
            protected void writeString(String text, List<TextPosition> glyphs) {
                if (first == null) {
                    first = glyphs.get(0);
                }
                line.append(line.isEmpty() ? "" : " ").append(text);
            }

            @Override
            protected void writeLineSeparator() throws IOException {
                String l = line.toString().replace('\u00a0', ' ').strip();
                int kind = l.contains(": consultation peut-être") || l.startsWith("Lancement prévu avant le salon") ? 0
                        : l.equals("Consultation en cours") || l.equals("En cours le jour du salon") || l.equals("Peut-être en cours le jour du salon") ? 1 : -1;
                if (kind >= 0) {
                    found.add(new float[] {kind, first.getYDirAdj() - first.getHeightDir()});
                }
                line.setLength(0);
                first = null;
                super.writeLineSeparator();
            }
        };
        s.setStartPage(p);
        s.setEndPage(p);
        s.getText(doc);
        return found;
    }

    /** The width of the widest painted shape whose top lies up to 6 mm above {@code titleTop} (from the page's top): the banner's border. */
    private static double bannerWidth(PDPage page, float titleTop) throws IOException {
        float height = page.getMediaBox().getHeight();
        double[] widest = {0};
        List<Point2D> path = new ArrayList<>();
        new PDFGraphicsStreamEngine(page) {
            private void paint() {
                if (!path.isEmpty()) {
                    Rectangle2D box = new Rectangle2D.Double(path.get(0).getX(), path.get(0).getY(), 0, 0);
                    path.forEach(box::add);
                    double top = height - box.getMaxY();
                    if (top <= titleTop && top >= titleTop - 6 * MM) {
                        widest[0] = Math.max(widest[0], box.getWidth());
                    }
                }
                path.clear();
            }

            @Override
            public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
                path.addAll(List.of(p0, p1, p2, p3));
            }

            @Override
            public void moveTo(float x, float y) {
                path.add(new Point2D.Float(x, y));
            }

            @Override
            public void lineTo(float x, float y) {
                path.add(new Point2D.Float(x, y));
            }

            @Override
            public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
                path.add(new Point2D.Float(x3, y3));
            }

            @Override
            public Point2D getCurrentPoint() {
                return path.isEmpty() ? new Point2D.Float() : path.get(path.size() - 1);
            }

            @Override
            public void drawImage(org.apache.pdfbox.pdmodel.graphics.image.PDImage image) {
            }

            @Override
            public void clip(int windingRule) {
            }

            @Override
            public void closePath() {
            }

            @Override
            public void endPath() {
                path.clear();
            }

            @Override
            public void strokePath() {
                paint();
            }

            @Override
            public void fillPath(int windingRule) {
                paint();
            }

            @Override
            public void fillAndStrokePath(int windingRule) {
                paint();
            }

            @Override
            public void shadingFill(COSName shadingName) {
            }
        }.processPage(page);
        return widest[0];
    }
}
