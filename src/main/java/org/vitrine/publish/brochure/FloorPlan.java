package org.vitrine.publish.brochure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.vitrine.publish.Site;

/**
 * The brochure's floor plan: each occupied stand labelled with its stand code and its buyer's short name
 * ({@link ShortNames}). With stand positions in config ({@code event.floorPlanStands}, in the image's pixels)
 * every stand is drawn over the plan image, exactly over the box the image draws: occupied ones tinted,
 * with a thick border, their code and short name at 7 pt, broken between words only (the code alone when the
 * short name does not fit: the legend gives it in full); free ones plain, with their code only (they read in colour
 * and in black and white); without positions a plan is generated: the occupied stands by aisle (the letters
 * of their code), each box naming its buyer. The legend is the exhibitors' list itself, by stand: stand,
 * full name, needs and page (no second table of exhibitors). Sizes are in millimetres, computed here so that
 * the template only places boxes. Exposed to templates as {@code plan}.
 */
public final class FloorPlan {

    /**
     * A stand drawn over the image: its code, its box in mm from the plan's top-left, its buyer or null, and
     * the words of the buyer's short name as written in the box (each kept whole: a line breaks only between
     * them), or an empty list when the buyer has none or it does not fit at {@link #NAME_PT} (the code then
     * stands alone; the legend gives the full name).
     */
    public record Stand(String code, String left, String top, String width, String height, Site.BuyerPage buyer,
            List<String> words) {
        public boolean occupied() {
            return buyer != null;
        }

        /** The label as one line of text, or null (tests, alternative text). */
        public String label() {
            return words.isEmpty() ? null : String.join(" ", words);
        }
    }

    /** One aisle of the generated plan: the letters of its codes ("A") and its occupied stands in order. */
    public record Aisle(String name, List<List<Site.BuyerPage>> rows) {
    }

    /** Widest and tallest the plan image is drawn (A4 text width; room for the legend under it). */
    static final double MAX_WIDTH_MM = 174;
    static final double MAX_HEIGHT_MM = 130;
    /** Boxes per row of the generated plan. */
    static final int PER_ROW = 4;
    /** How far a stand is drawn beyond its box, to cover the stroke the image draws around it. */
    static final double OUTSET_MM = 0.3;
    /**
     * How far an occupied stand is drawn beyond its box: into half of the examples' 1.6 mm aisle between stands less
     * 0.2 mm, so that a 7-pt word such as "Beaumont" (32.5 pt condensed) fits inside its 1-pt border on an 11 mm stand.
     */
    static final double OCCUPIED_OUTSET_MM = 0.6;
    /** The stands' codes (brochure.css, .plan-code): 7 pt. */
    static final double LABEL_PT = 7;
    /**
     * The buyers' names in the stands (brochure.css, .plan-name): 7 pt condensed, never smaller (designer V: 6 pt
     * condensed read as 5); a word that does not fit with its padding is shortened ({@link ShortNames#stand}).
     */
    static final double NAME_PT = 7;
    /** The padding a name keeps from each side of its stand's border (brochure.css, .plan-occupied; designer Y: names touched it). */
    static final double PADDING_MM = 1;
    /** What the box keeps from its label (brochure.css, .plan-occupied): border and padding across, code above. */
    static final double BOX_SIDES_PT = 2 * (1.0 + PADDING_MM * 72 / 25.4);
    static final double BOX_TOP_PT = 1.0 + (0.8 + 0.6) * 72 / 25.4 + 7 * 1.1;
    static final double LABEL_LINE = 1.12;

    private static final Pattern CODE = Pattern.compile("^\\s*([^\\d\\s]*)\\s*(\\d*)(.*)$");

    private final String image;
    private final String width;
    private final String height;
    private final List<Stand> stands = new ArrayList<>();
    private final List<Aisle> aisles = new ArrayList<>();
    private final List<Site.BuyerPage> legend;
    private final List<Site.BuyerPage> exhibitors;
    private final List<String> unplaced = new ArrayList<>();

    /**
     * @param imageFile the plan image (PNG or JPEG), or null; {@code positions} stand code → [x, y, width,
     *                  height] in its pixels, or null/empty to generate the plan
     */
    public FloorPlan(Path imageFile, Map<String, List<Integer>> positions, List<Site.BuyerPage> buyers, Locale locale,
            ShortNames names) {
        Map<String, Site.BuyerPage> byStand = new TreeMap<>(FloorPlan::compareCodes);
        for (Site.BuyerPage b : buyers) {
            if (b.stand() != null && !b.stand().isBlank()) {
                byStand.putIfAbsent(b.stand().strip(), b);
            }
        }
        Collator collator = IndexOrder.collator(locale);
        // By stand, as a visitor reads the plan; exhibitors whose stand is not known yet last, by name.
        Comparator<Site.BuyerPage> byName = Comparator.comparing(Site.BuyerPage::name, collator);
        legend = buyers.stream().filter(FloorPlan::hasStand)
                .sorted(Comparator.comparing((Site.BuyerPage b) -> b.stand().strip(), FloorPlan::compareCodes).thenComparing(byName))
                .toList();
        List<Site.BuyerPage> all = new ArrayList<>(legend);
        buyers.stream().filter(b -> !hasStand(b)).sorted(byName).forEach(all::add);
        exhibitors = List.copyOf(all);
        int[] size = positions == null || positions.isEmpty() ? null : pixelSize(imageFile);
        if (size == null) {
            image = null;
            width = null;
            height = null;
            generate(byStand);
            return;
        }
        image = BrochureTools.imageUri(imageFile);
        double scale = scale(size);
        width = mm(size[0] * scale);
        height = mm(size[1] * scale);
        Map<String, List<Integer>> sorted = new TreeMap<>(FloorPlan::compareCodes);
        sorted.putAll(positions);
        sorted.forEach((code, box) -> {
            if (box != null && box.size() == 4) {
                Site.BuyerPage b = byStand.get(code);
                // Drawn a little beyond the box given, to cover the image's own stroke around it.
                double out = b == null ? OUTSET_MM : OCCUPIED_OUTSET_MM;
                double w = box.get(2) * scale + 2 * out;
                double h = box.get(3) * scale + 2 * out;
                String label = b == null ? null : names.stand(b.id(), b.name(), t -> fits(t, w, Double.MAX_VALUE), t -> fits(t, w, h));
                List<String> words = label == null ? List.of() : List.of(label.strip().split("\\s+"));
                stands.add(new Stand(code, mm(box.get(0) * scale - out), mm(box.get(1) * scale - out), mm(w), mm(h),
                        b, words));
            }
        });
        byStand.keySet().stream().filter(code -> !sorted.containsKey(code)).forEach(unplaced::add);
    }

    /** Occupied stands by aisle, {@link #PER_ROW} to a row. */
    private void generate(Map<String, Site.BuyerPage> byStand) {
        Map<String, List<Site.BuyerPage>> byAisle = new LinkedHashMap<>();
        byStand.forEach((code, b) -> byAisle.computeIfAbsent(aisle(code), k -> new ArrayList<>()).add(b));
        byAisle.forEach((name, list) -> {
            List<List<Site.BuyerPage>> rows = new ArrayList<>();
            for (Iterator<Site.BuyerPage> it = list.iterator(); it.hasNext(); ) {
                List<Site.BuyerPage> row = new ArrayList<>(PER_ROW);
                while (it.hasNext() && row.size() < PER_ROW) {
                    row.add(it.next());
                }
                rows.add(row);
            }
            aisles.add(new Aisle(name, rows));
        });
    }

    /** Stand codes in reading order: aisle letters, then the number as a number ("A2" before "A10"). */
    static int compareCodes(String a, String b) {
        Matcher x = CODE.matcher(a);
        Matcher y = CODE.matcher(b);
        if (x.matches() && y.matches()) {
            int c = x.group(1).compareToIgnoreCase(y.group(1));
            if (c != 0) {
                return c;
            }
            if (!x.group(2).isEmpty() && !y.group(2).isEmpty()) {
                c = Long.compare(Long.parseLong(x.group(2)), Long.parseLong(y.group(2)));
                if (c != 0) {
                    return c;
                }
            }
        }
        return a.compareTo(b);
    }

    /** The aisle of a stand code: its leading letters ("B" for "B07"), or the code itself. */
    static String aisle(String code) {
        Matcher m = CODE.matcher(code);
        return m.matches() && !m.group(1).isEmpty() ? m.group(1).toUpperCase(Locale.ROOT) : code;
    }

    private static String mm(double v) {
        return String.format(Locale.ROOT, "%.2fmm", v);
    }

    /**
     * True when {@code label} fits a stand {@code widthMm} × {@code heightMm} at {@link #NAME_PT}, {@link #PADDING_MM} inside its border: each word
     * (a hyphenated name is one word, never broken at its hyphen) within the line, its lines within the
     * height under the code.
     */
    static boolean fits(String label, double widthMm, double heightMm) {
        double width = widthMm * 72 / 25.4 - BOX_SIDES_PT;
        double height = heightMm * 72 / 25.4 - BOX_TOP_PT;
        int lines = lines(label, NAME_PT, width);
        return lines < Integer.MAX_VALUE / 2 && lines * NAME_PT * LABEL_LINE <= height;
    }

    /** Lines {@code label} takes at {@code size} in {@code width} points, broken at spaces only; a word wider than the line: too many. */
    static int lines(String label, double size, double width) {
        double space = TextWidths.condensed(" ") * size;
        int lines = 1;
        double line = 0;
        for (String word : label.strip().split("\\s+")) {
            double w = TextWidths.condensed(word) * size;
            if (w > width) {
                return Integer.MAX_VALUE / 2;
            }
            if (line > 0 && line + space + w > width) {
                lines++;
                line = 0;
            }
            line += (line > 0 ? space : 0) + w;
        }
        return lines;
    }

    /** Millimetres a pixel of an image of {@code size} pixels takes on the page: the largest that fits the plan's box. */
    static double scale(int[] size) {
        return Math.min(MAX_WIDTH_MM / size[0], MAX_HEIGHT_MM / size[1]);
    }

    /** The image's size in pixels without decoding it, or null when it is absent or unreadable. */
    static int[] pixelSize(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return null;
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            return null;
        }
    }

    /** True when the stands are drawn over the image (positions given), false for a generated plan. */
    public boolean overImage() {
        return image != null;
    }

    public String image() {
        return image;
    }

    public String width() {
        return width;
    }

    public String height() {
        return height;
    }

    public List<Stand> stands() {
        return stands;
    }

    public List<Aisle> aisles() {
        return aisles;
    }

    /** The exhibitors that have a stand, by stand ("A2" before "A10"). */
    public List<Site.BuyerPage> legend() {
        return legend;
    }

    /** Every exhibitor: those with a stand by stand, then those without, by name (the exhibitors' list). */
    public List<Site.BuyerPage> exhibitors() {
        return exhibitors;
    }

    private static boolean hasStand(Site.BuyerPage b) {
        return b.stand() != null && !b.stand().isBlank();
    }

    /** Occupied stand codes that have no position on the plan (named under it, so none is lost). */
    public List<String> unplaced() {
        return unplaced;
    }

    /** Nothing to draw: no exhibitor has a stand. */
    public boolean isEmpty() {
        return legend.isEmpty();
    }
}
