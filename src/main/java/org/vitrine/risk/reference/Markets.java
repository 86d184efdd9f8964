package org.vitrine.risk.reference;

import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.vitrine.normalise.parse.ReferenceCsv;

/**
 * The markets of the cluster rules (reference/markets.csv, docs/RISKS.md §2): a need's market is the family of
 * the longest listed prefix of its main CPV, else its 8-digit code when at class level or finer. Bespoke
 * families and codes ending 00000 form no market. A catch-all code shared by distinct markets (60130000 holds
 * school coaches and patient transport: lawyer E) has several lines, each with the title words of its market
 * (column {@code words}); a title with none of them forms no market with that code (evidence, not a guess).
 */
public final class Markets {

    /** What kind of market a family is. */
    public enum Kind { BESPOKE, COMMODITY, THIN, OTHER }

    /** A need's market: its key (family or code), kind and, for a family, its name. */
    public record Market(String key, Kind kind, String family) {
        public boolean thin() {
            return kind == Kind.THIN;
        }
    }

    /**
     * One line of the table; {@code words} (folded, null: any title) the title words of its market; {@code market} its
     * family's market, resolved at load (null for a bespoke line); {@code own} for an {@link #OWN_CODE} line, whose
     * market is the code's own.
     */
    private record Entry(java.util.regex.Pattern words, Market market, boolean own, Kind kind) {
        boolean matches(String foldedTitle) {
            return words == null || words.matcher(foldedTitle).find();
        }
    }

    private static final class Holder {
        static final Markets INSTANCE = new Markets();
    }

    private final Map<String, java.util.List<Entry>> byPrefix = new HashMap<>();

    private Markets() {
        // a family's market is one object, of the kind its first line gives
        Map<String, Market> families = new HashMap<>();
        for (CSVRecord r : ReferenceCsv.read("/reference/markets.csv")) {
            String words = r.isSet("words") ? r.get("words").strip() : "";
            Kind kind = Kind.valueOf(r.get("kind").strip().toUpperCase(java.util.Locale.ROOT));
            String family = r.get("family").strip();
            boolean own = OWN_CODE.equals(family);
            Market market = own ? null : families.computeIfAbsent(family, f -> new Market("family:" + f, kind, f));
            Entry e = new Entry(words.isEmpty() ? null : java.util.regex.Pattern.compile("\\b(" + java.util.Arrays.stream(words.split("\\|"))
                    .map(Words::fold).map(String::strip).collect(java.util.stream.Collectors.joining("|")) + ")"),
                    kind == Kind.BESPOKE ? null : market, own, kind);
            byPrefix.computeIfAbsent(r.get("prefix").strip(), k -> new java.util.ArrayList<>()).add(e);
        }
    }

    /**
     * The family of a catch-all line that keeps a code's own market (version 2.21): the last line of a code whose word
     * lines take some of its titles into a family, so that its other titles stay as before (« acide sulfurique » under
     * 24311000 is its code's market; « chlore » under it is a water-treatment reagent).
     */
    static final String OWN_CODE = "own-code";

    public static Markets load() {
        return Holder.INSTANCE;
    }

    /** The lines of a code's longest listed prefix, empty when none is listed; by 8-digit code. */
    private final Map<String, java.util.List<Entry>> byCode = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Market> ownCode = new java.util.concurrent.ConcurrentHashMap<>();

    /** The market of a main CPV code (with or without its check digit) whatever the title, or null when it forms none. */
    public Market of(String code) {
        return of(code, null);
    }

    /**
     * The market of a main CPV code and the need's title, or null when it forms none: the first line of the longest
     * listed prefix whose words the title holds (a line without words takes any title).
     */
    public Market of(String code, String title) {
        if (code == null || code.length() < 8) {
            return null;
        }
        String digits = code.substring(0, 8);
        java.util.List<Entry> lines = byCode.computeIfAbsent(digits, this::lines);
        if (lines.isEmpty()) {
            return codeMarket(digits, Kind.OTHER);
        }
        String folded = Words.fold(title);
        for (Entry e : lines) {
            if (e.matches(folded)) {
                return e.own() ? codeMarket(digits, e.kind()) : e.market();
            }
        }
        return null; // a catch-all code whose title names none of its markets
    }

    /**
     * The market of an 8-digit code of its own, of the kind its {@link #OWN_CODE} line gives (version 2.23: the medical
     * consumables of 3314 are commodities, each product its own market), else other; null for a division or a group,
     * which never forms a market alone.
     */
    private Market codeMarket(String digits, Kind kind) {
        return digits.endsWith("00000") ? null
                : ownCode.computeIfAbsent(digits + "|" + kind, d -> new Market("cpv:" + digits, kind, null));
    }

    private java.util.List<Entry> lines(String digits) {
        for (int len = 8; len >= 2; len--) {
            java.util.List<Entry> e = byPrefix.get(digits.substring(0, len));
            if (e != null) {
                return e;
            }
        }
        return java.util.List.of();
    }
}
