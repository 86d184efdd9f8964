package org.vitrine.risk.reference;

import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/**
 * The markets of the cluster rules (reference/markets.csv, docs/RISKS.md §2): a need's market is the family of
 * the longest listed prefix of its main CPV, else its 8-digit code when at class level or finer. Bespoke
 * families and codes ending 00000 form no market.
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

    private record Entry(Kind kind, String family) {
    }

    private static final class Holder {
        static final Markets INSTANCE = new Markets();
    }

    private final Map<String, Entry> byPrefix = new HashMap<>();
    private final Map<String, Market> families = new HashMap<>();

    private Markets() {
        for (CSVRecord r : ReferenceCsv.read("/reference/markets.csv")) {
            Entry e = new Entry(Kind.valueOf(r.get("kind").strip().toUpperCase(java.util.Locale.ROOT)), r.get("family").strip());
            byPrefix.put(r.get("prefix").strip(), e);
            families.putIfAbsent(e.family(), new Market("family:" + e.family(), e.kind(), e.family()));
        }
    }

    public static Markets load() {
        return Holder.INSTANCE;
    }

    private static final Market NONE = new Market("", Kind.BESPOKE, null);
    private final Map<String, Market> byCode = new java.util.concurrent.ConcurrentHashMap<>();

    /** The market of a main CPV code (with or without its check digit), or null when it forms none. */
    public Market of(String code) {
        if (code == null || code.length() < 8) {
            return null;
        }
        Market m = byCode.computeIfAbsent(code.substring(0, 8), this::find);
        return m == NONE ? null : m;
    }

    private Market find(String digits) {
        for (int len = 8; len >= 2; len--) {
            Entry e = byPrefix.get(digits.substring(0, len));
            if (e != null) {
                return e.kind() == Kind.BESPOKE ? NONE : families.get(e.family());
            }
        }
        if (digits.endsWith("00000")) {
            return NONE; // a division or a group never forms a market alone
        }
        return new Market("cpv:" + digits, Kind.OTHER, null);
    }
}
