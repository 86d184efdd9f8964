package org.vitrine.publish.catalogue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.vitrine.messages.Messages;
import org.vitrine.model.Cpv;
import org.vitrine.model.Need;
import org.vitrine.model.Period;
import org.vitrine.normalise.parse.CpvCatalogue;
import org.vitrine.messages.Fmt;
import org.vitrine.model.Json;
import org.vitrine.publish.Site;

/**
 * assets/needs-index.js: every public need as one compact array, in the catalogue's default order (launch,
 * then title), with what repeats — buyers, CPV codes with their labels and parents, launch windows, filter
 * values — as indexes into small dictionaries, so that the file stays light on a phone. A script assigning a
 * variable, since browsers block fetch() from file://. Amounts and dates come formatted, so the page script
 * needs no locale rules. The row layout is read by templates/catalogue/catalogue.js.
 * The rows are written column by column ({@code columns}: every id, then every title…): numbers next to numbers
 * compress several times better than interleaved rows (the gzip copy of a 20,000-need index is then about half
 * as large). An id the script can rebuild (buyer id, "-", the reference in lower case with "-" between words)
 * and an amount it can write (one figure in total) are sent as 0; a reference is sent without its buyer's references'
 * common start ({@code refPrefix}, one per buyer).
 * The place of performance is searched by the names of its filter entries (the {@code location} dictionary:
 * "Saône-et-Loire (71)", a commune) and by its text as written ("Vézelières", read as its département): that text
 * goes once into the {@code place} dictionary, and a need whose text its entries' names already say (the code
 * "71", "Dijon") sends -1, so that 20,000 needs add a column of small numbers, not their places' names.
 * A need's lots are searched as its own: their titles (the last column, "" for most needs) and their CPV codes (with
 * the secondary codes).
 */
public final class SearchIndex {

    /** Longest description kept for the search; the page has the rest. */
    static final int DESCRIPTION_CHARS = 400;

    /** The facets, in the order of the dictionaries and of the row columns 6 to 12. */
    public static final List<String> FACETS = List.of("buyer", "division", "category", "quarter", "band", "procedure", "location");

    /** Facets whose column is a bit mask (a need may fall in several values: a vague launch, an amount range). */
    public static final List<String> MULTI = List.of("quarter", "band");

    /** Facets whose column is one index, or an array of indexes when a need falls under several ("Dijon, Beaune"). */
    public static final List<String> LISTS = List.of("location");

    /**
     * Row flags; VAGUE: a launch known only to the half-year or the year (counted "à préciser" in each quarter);
     * LIVE_LATER with LIVE: running on the event day but not launched on the edition date; MAYBE_LIVE: a launch
     * window that contains the event day ({@link LaunchTiming#maybeLiveMark}); LIVE_MAYBE with LIVE: running on the
     * event day by the risk calendar, not for certain ({@link LaunchTiming#liveMaybe}); LIVE_LATER_ANALYSIS with LIVE and
     * LIVE_LATER: announced, its bids due before the event day ({@link LaunchTiming#liveLaterAnalysis}); SOCIAL: a social
     * clause is planned, the need found by the index's {@code socialWords} (« clause sociale », « insertion »).
     */
    public static final int INNOVATIVE = 1, RESERVED = 2, NOT_OPEN = 4, LIVE = 8, VAGUE = 16, LIVE_LATER = 32, MAYBE_LIVE = 64, LIVE_MAYBE = 128,
            BEFORE_YEAR = 256, LIVE_LATER_ANALYSIS = 512, SOCIAL = 1024;

    /** The flags from this bit up: the reserved badge's label, 1 + its index in {@code reserved} (0: not reserved). */
    public static final int RESERVED_SHIFT = 11;

    private final Site site;
    private final Messages msg;
    private final Fmt fmt;
    private final LaunchTiming timing;
    private final RowText rowText;

    public SearchIndex(Site site, Messages msg) {
        this.site = site;
        this.msg = msg;
        this.fmt = new Fmt(msg);
        this.timing = LaunchTiming.of(site.model());
        this.rowText = new RowText(msg);
    }

    public void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            // JSON.parse of a string literal: browsers parse it faster than the same object written as code
            w.write("window.VITRINE_INDEX=JSON.parse('");
            // Straight to the file, not through one String of the whole index (tens of MB at 100,000 needs).
            Json.MAPPER.writer().without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                    .writeValue(new QuotedWriter(w), build());
            w.write("');\n");
        }
    }

    /** Writes text inside a single-quoted script string: backslash and quote escaped, line separators too. */
    static final class QuotedWriter extends java.io.FilterWriter {
        QuotedWriter(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            switch (c) {
                case '\\' -> out.write("\\\\");
                case '\'' -> out.write("\\'");
                case '\u2028' -> out.write("\\u2028");
                case '\u2029' -> out.write("\\u2029");
                default -> out.write(c);
            }
        }

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            for (int i = off; i < off + len; i++) {
                write(buf[i]);
            }
        }

        @Override
        public void write(String str, int off, int len) throws IOException {
            for (int i = off; i < off + len; i++) {
                write(str.charAt(i));
            }
        }

        @Override
        public void close() {
            // the file is closed by its owner
        }
    }

    Map<String, Object> build() {
        Map<String, Function<Need, List<String>>> keys = new LinkedHashMap<>();
        keys.put("buyer", n -> List.of(n.buyer().id()));
        keys.put("division", n -> List.of(Facets.division(n)));
        keys.put("category", n -> List.of(nz(n.category())));
        keys.put("quarter", Facets::quarters);
        keys.put("band", site.groups()::bands); // a groupement's share: the whole contract's bands
        keys.put("procedure", n -> List.of(nz(n.procedure())));
        keys.put("location", PlaceFacet::keys);
        Map<String, Map<String, Integer>> positions = new HashMap<>();
        Map<String, Object> dicts = new LinkedHashMap<>();
        for (String facet : FACETS) {
            List<List<String>> dict = dictionary(facet, keys.get(facet));
            Map<String, Integer> pos = new HashMap<>();
            for (int i = 0; i < dict.size(); i++) {
                pos.put(dict.get(i).get(0), i);
            }
            positions.put(facet, pos);
            dicts.put(facet, dict);
        }
        CpvDictionary cpvs = new CpvDictionary(msg.lang());
        java.util.TreeSet<Period> launches = new java.util.TreeSet<>(PERIOD_ORDER);
        for (Need n : site.needs()) {
            if (n.launch() != null) {
                launches.add(n.launch());
            }
        }
        List<Period> periods = new ArrayList<>(launches);
        Map<Period, Integer> periodPos = new HashMap<>();
        List<String> periodLabels = new ArrayList<>();
        for (Period p : periods) {
            periodPos.put(p, periodLabels.size());
            periodLabels.add(fmt.period(p));
        }
        boolean first = site.firstEdition();
        Map<String, String> refPrefix = referencePrefixes(site.needs());
        Map<String, Integer> placePos = new HashMap<>();
        Map<String, Integer> reservedPos = new HashMap<>();
        List<String> reservedLabels = new ArrayList<>();
        List<String> reservedWords = new ArrayList<>();
        List<String> placeTexts = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>(site.needs().size());
        Map<JointGroups.Group, Integer> groupPos = new java.util.IdentityHashMap<>();
        List<List<String>> groupEntries = new ArrayList<>();
        for (Need n : DefaultOrder.sort(site.needs(), msg.locale())) {
            List<Object> r = new ArrayList<>(WIDTH);
            r.add(n.id().equals(derivedId(n)) ? 0 : n.id());
            r.add(n.title());
            r.add(truncate(n.description()));
            r.add(nz(n.reference()).substring(refPrefix.get(n.buyer().id()).length()));
            r.add(n.cpv() == null ? -1 : cpvs.index(n.cpv().code()));
            // the secondary codes, then the lots' codes: a trade word finds a renovation by its plumbing lot's code
            List<Integer> more = new ArrayList<>();
            List<Cpv> secondary = new ArrayList<>(n.cpvAdditional() == null ? List.<Cpv>of() : n.cpvAdditional());
            n.lotList().forEach(l -> {
                if (l.cpv() != null) {
                    secondary.add(l.cpv());
                }
            });
            for (Cpv c : secondary) {
                int i = c == null ? -1 : cpvs.index(c.code());
                if (i >= 0 && !more.contains(i) && (n.cpv() == null || i != cpvs.index(n.cpv().code()))) {
                    more.add(i);
                }
            }
            r.add(more);
            for (String facet : FACETS) {
                List<String> values = keys.get(facet).apply(n);
                Map<String, Integer> pos = positions.get(facet);
                if (MULTI.contains(facet)) {
                    long mask = 0;
                    for (String v : values.isEmpty() ? List.of("") : values) {
                        mask |= 1L << pos.get(v);
                    }
                    r.add(mask);
                } else if (LISTS.contains(facet) && values.size() > 1) {
                    List<Integer> at = new ArrayList<>(values.size());
                    values.forEach(v -> at.add(pos.get(v)));
                    r.add(at);
                } else if (facet.equals("division") && n.cpv() != null && cpvs.index(n.cpv().code()) >= 0) {
                    r.add(-1); // the script reads it from the CPV code's first two digits
                } else {
                    r.add(pos.get(values.get(0)));
                }
            }
            String reserved = rowText.reserved(n);
            int reservedAt = reserved.isEmpty() ? 0 : 1 + reservedPos.computeIfAbsent(reserved, t -> {
                reservedLabels.add(t);
                reservedWords.add(ReservedWords.words(msg.lang(), n.reserved()));
                return reservedLabels.size() - 1;
            });
            r.add(flags(n) | (timing.liveLater(n) ? LIVE_LATER : 0) | (timing.maybeLiveMark(n) ? MAYBE_LIVE : 0)
                    | (timing.liveMaybe(n) ? LIVE_MAYBE : 0) | (timing.beforeYear(n) ? BEFORE_YEAR : 0) | (timing.liveLaterAnalysis(n) ? LIVE_LATER_ANALYSIS : 0)
                    | reservedAt << RESERVED_SHIFT);
            r.add(site.groups().value(n)); // sorted by the contract's total
            String amount = site.groups().amountOf(n); // a groupement's share says so, with the group's total
            r.add(amount.equals(plainAmount(site.groups().value(n))) ? 0 : amount);
            r.add(n.launch() == null ? -1 : periodPos.get(n.launch()));
            // a first edition marks no need as new: every need is
            r.add(first ? 0 : "new".equals(n.change()) ? 1 : "revised".equals(n.change()) ? 2 : 0);
            String place = placeText(n);
            r.add(place == null ? -1 : placePos.computeIfAbsent(place, t -> {
                placeTexts.add(t);
                return placeTexts.size() - 1;
            }));
            JointGroups.Group g = site.groups().of(n);
            r.add(g == null ? -1 : groupPos.computeIfAbsent(g, x -> {
                groupEntries.add(List.of(x.name(), x.coordinator() == null ? "" : x.coordinator().buyer().name(), site.groups().rowText(x)));
                return groupEntries.size() - 1;
            }));
            // the share that stands for its group in a list of one row per group (catalogue.js: the others fold under it)
            r.add(g != null && g.lead() == n ? 1 : 0);
            r.add(lotTitles(n));
            rows.add(r);
        }
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("lang", msg.lang());
        index.put("dict", dicts);
        index.put("cpv", cpvs.entries());
        index.put("period", periodLabels);
        index.put("place", placeTexts);
        index.put("reserved", reservedLabels);
        // what a supplier types for each badge's type (reference/reserved-words.txt: « insertion », « handicap »…),
        // searched with the badge (supplier Y, D4: only the acronyms found a reserved need)
        index.put("reservedWords", reservedWords);
        // what a supplier types for a social clause (« clause sociale », « clause d'insertion », « insertion »), once, for
        // the needs flagged SOCIAL: the badge's words, then reference/reserved-words.txt's « social_clause » line
        index.put("socialWords", msg.get("cat.badge.social") + "; " + ReservedWords.socialClause(msg.lang()));
        // groupements de commandes: [name, coordinator's buyer name, the list row's sentence]; searched for each share
        index.put("groups", groupEntries);
        // and every share by these words, whatever its group's name says (supplier W: 2 of 4 groups found)
        index.put("groupWords", msg.get("cat.group.search"));
        index.put("locationRegion", locationRegions((List<?>) dicts.get("location"), withinRegions(site.needs())));
        index.put("locationIn", locationDepartements((List<?>) dicts.get("location"), site.needs()));
        List<String> prefixes = new ArrayList<>();
        for (Object e : (List<?>) dicts.get("buyer")) {
            prefixes.add(refPrefix.getOrDefault(((List<?>) e).get(0), ""));
        }
        index.put("refPrefix", prefixes);
        // each buyer's stand at the event ("" for none), in the buyer dictionary's order: every result row gives it
        List<String> stands = new ArrayList<>();
        for (Object e : (List<?>) dicts.get("buyer")) {
            Site.BuyerPage b = site.buyer((String) ((List<?>) e).get(0));
            stands.add(b == null || b.stand() == null ? "" : b.stand());
        }
        index.put("stand", stands);
        index.put("standWord", msg.get("page.stand")); // « Stand B04 » as the row says it, searched (supplier Y, D8)
        // the needs withdrawn this year, which their page says: [id, title, buyer, reference, « retiré le … »]; a search
        // for a word of one lists it as « Retiré » instead of « Aucun besoin » (supplier Y, D5: « compteurs » said nothing)
        List<List<String>> withdrawn = new ArrayList<>();
        for (org.vitrine.model.EditionInfo.Withdrawn w : Feeds.withdrawn(site)) {
            withdrawn.add(List.of(w.id(), nz(w.title()), nz(w.buyer()), nz(w.reference()),
                    msg.get("cat.withdrawn.row", fmt.date(w.date() == null ? ((org.vitrine.model.EditionInfo) site.model().get("edition")).date() : w.date()))));
        }
        index.put("withdrawn", withdrawn);
        index.put("group", GROUP.get(msg.lang()) == null ? "," : GROUP.get(msg.lang()));
        index.put("columns", columns(rows));
        List<List<Object>> trades = new ArrayList<>();
        TradeWords.table().forEach(t -> trades.add(t.synonyms().isEmpty() ? List.of(t.phrase(), t.prefixes())
                : List.of(t.phrase(), t.prefixes(), t.synonyms())));
        index.put("trade", trades);
        index.put("family", WordFamilies.table());
        List<List<String>> abbreviations = new ArrayList<>();
        Abbreviations.table().forEach(a -> abbreviations.add(List.of(a.abbreviation(), a.expansion())));
        index.put("abbrev", abbreviations);
        return index;
    }

    /** The place texts no list reads of needs somewhere in a region (PlaceFacet.regionWithin): entry key → region code. */
    static Map<String, String> withinRegions(List<Need> needs) {
        Map<String, String> out = new HashMap<>();
        for (Need n : needs) {
            String region = PlaceFacet.regionWithin(n);
            if (region != null) {
                PlaceFacet.keys(n).forEach(k -> out.putIfAbsent(k, region));
            }
        }
        return out;
    }

    /**
     * For each entry of the place filter, the position of its region's entry when it is a département and a need is
     * for the whole region, else -1: « Saône-et-Loire (71) » then also lists the needs for all Bourgogne-Franche-Comté,
     * which are performed in 71 too (outside supplier: 4 results without the filter, 3 with it). A place no list
     * reads, somewhere in its buyer's region ({@code within}: « Sainte-Aure »), has that region too: the region's filter
     * finds it, no département's does.
     */
    static List<Integer> locationRegions(List<?> location, Map<String, String> within) {
        Map<String, Integer> regionAt = new HashMap<>();
        for (int i = 0; i < location.size(); i++) {
            String key = (String) ((List<?>) location.get(i)).get(0);
            if (key.startsWith("region:")) {
                regionAt.put(key.substring("region:".length()), i);
            }
        }
        List<Integer> out = new ArrayList<>();
        for (Object e : location) {
            String key = (String) ((List<?>) e).get(0);
            String region = key.startsWith("departement:")
                    ? org.vitrine.normalise.parse.Places.load().regionOf(key.substring("departement:".length())) : within.get(key);
            out.add(region == null ? -1 : regionAt.getOrDefault(region, -1));
        }
        return out;
    }

    /**
     * For each entry of the place filter, the position of the département's entry that holds it (a commune's: « Saône-et-Loire
     * (71) » lists the needs at « Beaumont-sur-Saône (71) »), else -1.
     */
    static List<Integer> locationDepartements(List<?> location, List<Need> needs) {
        Map<String, String> within = new HashMap<>();
        for (Need n : needs) {
            for (PlaceFacet.Entry e : PlaceFacet.entries(n)) {
                if (e.within() != null) {
                    within.putIfAbsent(e.key(), "departement:" + e.within());
                }
            }
        }
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < location.size(); i++) {
            at.put((String) ((List<?>) location.get(i)).get(0), i);
        }
        List<Integer> out = new ArrayList<>();
        for (Object e : location) {
            String parent = within.get((String) ((List<?>) e).get(0));
            out.add(parent == null ? -1 : at.getOrDefault(parent, -1));
        }
        return out;
    }

    /**
     * Each buyer's references' common start ("CHU-27-0" of CHU-27-001…CHU-27-030), sent once in {@code refPrefix}
     * (aligned with the buyer dictionary) and cut from every reference: at 20,000 needs the reference column was a
     * sixth of the gzipped index, most of it each buyer's prefix again.
     */
    static Map<String, String> referencePrefixes(List<Need> needs) {
        Map<String, String> out = new HashMap<>();
        for (Need n : needs) {
            String ref = nz(n.reference());
            out.merge(n.buyer().id(), ref, (a, b) -> a.substring(0, commonStart(a, b)));
        }
        return out;
    }

    private static int commonStart(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        // never inside a surrogate pair
        return i > 0 && Character.isHighSurrogate(a.charAt(i - 1)) ? i - 1 : i;
    }

    /**
     * The place of performance as written, when its filter entries' names do not already say it (folded, each word
     * of the text a word of the names: "71" in "Saône-et-Loire (71)", "ROUBAIX" in "Roubaix"); else null.
     */
    static String placeText(Need n) {
        String text = n.location() == null ? "" : n.location().strip();
        if (text.isEmpty()) {
            return null;
        }
        StringBuilder names = new StringBuilder(" ");
        PlaceFacet.entries(n).forEach(e -> names.append(org.vitrine.config.Fold.fold(e.label())).append(' '));
        String said = names.toString();
        for (String w : org.vitrine.config.Fold.fold(text).split(" ")) {
            if (!w.isEmpty() && !said.contains(" " + w + " ")) {
                return text;
            }
        }
        return null;
    }

    /** Columns of a row (catalogue.js: ID … LEAD, LOTS). */
    static final int WIDTH = 22;

    /**
     * The titles of the need's lots, one string ("Gros œuvre · Plomberie, sanitaires"), "" when it has none: searched
     * as the need's own text (supplier Z: a renovation whose second lot is the plumbing was found by no trade word).
     */
    static String lotTitles(Need n) {
        List<String> titles = new ArrayList<>();
        for (org.vitrine.model.Lot l : n.lotList()) {
            if (l.title() != null && !l.title().isBlank()) {
                titles.add(l.title().strip());
            }
        }
        return String.join(" · ", titles);
    }

    /** Digit-group separators of the amounts the script writes itself (those of {@link Fmt#number}). */
    private static final Map<String, String> GROUP = Map.of("fr", "\u202F", "en", ",");

    /** Rows as columns (the script turns them back into rows). */
    private static List<List<Object>> columns(List<List<Object>> rows) {
        List<List<Object>> cols = new ArrayList<>();
        int width = rows.isEmpty() ? WIDTH : rows.get(0).size();
        for (int c = 0; c < width; c++) {
            List<Object> col = new ArrayList<>(rows.size());
            for (List<Object> r : rows) {
                col.add(r.get(c));
            }
            cols.add(col);
        }
        return cols;
    }

    /**
     * The id the script rebuilds from the buyer and an ASCII reference (catalogue.js, rowId): lower case,
     * every run of other characters one "-". Only used when it gives the need's real id.
     */
    static String derivedId(Need n) {
        String ref = n.reference();
        if (ref == null || ref.isEmpty() || n.buyer() == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(ref.length());
        boolean gap = false;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c >= 0x80) {
                return null;
            }
            char l = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            if (l >= 'a' && l <= 'z' || l >= '0' && l <= '9') {
                if (gap && b.length() > 0) {
                    b.append('-');
                }
                gap = false;
                b.append(l);
            } else {
                gap = true;
            }
        }
        return b.length() == 0 ? null : n.buyer().id() + "-" + b;
    }

    /** The amount as the script writes it from the sort value: whole euros grouped by three, then " €". */
    private String plainAmount(java.math.BigDecimal v) {
        if (v == null || v.signum() < 0 || v.stripTrailingZeros().scale() > 0) {
            return null;
        }
        String digits = v.toBigInteger().toString();
        StringBuilder b = new StringBuilder();
        String sep = GROUP.getOrDefault(msg.lang(), ",");
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                b.append(sep);
            }
            b.append(digits.charAt(i));
        }
        return b + "\u00A0€";
    }

    /** Launch windows by start, then the narrower first: the period dictionary's order is the launch order. */
    static final java.util.Comparator<Period> PERIOD_ORDER = DefaultOrder.PERIODS;

    private static int flags(Need n) {
        return (Facets.innovative(n) ? INNOVATIVE : 0) | (n.hasReservation() ? RESERVED : 0)
                | (Competition.isOpen(n) ? 0 : NOT_OPEN) | (n.live() != null ? LIVE : 0) | (Timeline.isVague(n.launch()) ? VAGUE : 0)
                | (Boolean.TRUE.equals(n.socialClause()) ? SOCIAL : 0);
    }

    /** [key, label] pairs of one facet, sorted by key (by name for buyers, by the list for places), the unknown value last. */
    private List<List<String>> dictionary(String facet, Function<Need, List<String>> key) {
        List<List<String>> out = new ArrayList<>();
        if (facet.equals("buyer")) {
            site.buyers().forEach(b -> out.add(List.of(b.id(), b.name())));
            return out;
        }
        Map<String, String> labels = new TreeMap<>();
        if (facet.equals("location")) {
            for (Need n : site.needs()) {
                for (PlaceFacet.Entry e : PlaceFacet.entries(n)) {
                    labels.putIfAbsent(e.key(), e.label());
                    // the département that holds a commune is an entry too, though no need names it alone
                    org.vitrine.model.Place d = e.within() == null ? null : org.vitrine.normalise.parse.Places.load().resolve(e.within());
                    if (d != null && "departement".equals(d.kind())) {
                        PlaceFacet.Entry de = PlaceFacet.entry(d);
                        labels.putIfAbsent(de.key(), de.label());
                    }
                }
            }
            // a need for a whole region is performed in each of its départements: each is listed, so that a supplier of
            // the Côte-d'Or finds it under « Côte-d'Or (21) » (supplier Y: only 58 and 71, which other needs named)
            for (String k : List.copyOf(labels.keySet())) {
                if (k.startsWith("region:")) {
                    for (org.vitrine.model.Place d : org.vitrine.normalise.parse.Places.load().departementsOf(k.substring("region:".length()))) {
                        PlaceFacet.Entry e = PlaceFacet.entry(d);
                        labels.putIfAbsent(e.key(), e.label());
                    }
                }
            }
            return PlaceFacet.dictionary(labels, msg);
        }
        boolean unknown = false;
        for (Need n : site.needs()) {
            List<String> values = key.apply(n);
            if (values.isEmpty()) {
                unknown = true;
            }
            for (String k : values) {
                labels.computeIfAbsent(k, x -> label(facet, x, n));
            }
        }
        labels.forEach((k, v) -> {
            if (!k.isEmpty()) {
                out.add(List.of(k, v));
            }
        });
        if (unknown || labels.containsKey("")) {
            out.add(List.of("", msg.get("cat.unknown")));
        }
        return out;
    }

    private String label(String facet, String key, Need n) {
        if (key.isEmpty()) {
            return msg.get("cat.unknown");
        }
        return switch (facet) {
            case "division" -> Labels.division(key, msg.lang());
            case "category" -> fmt.label("category", key);
            case "procedure" -> fmt.label("procedure", key);
            case "quarter" -> msg.get("cat.quarter", key.substring(6), key.substring(0, 4));
            case "band" -> msg.get("cat.band." + key);
            default -> key;
        };
    }

    /**
     * The CPV codes the needs use and their parents (division, group, class...), each once: [eight digits,
     * label, index of the nearest parent or -1]. A search word then finds a need by its code's label or by
     * any parent's ("informatique" finds a need coded 30213100, "Ordinateurs portables", through 30200000).
     */
    static final class CpvDictionary {
        private final String lang;
        private final CpvCatalogue catalogue = CpvCatalogue.load();
        private final Map<String, Integer> byDigits = new HashMap<>();
        private final List<List<Object>> entries = new ArrayList<>();

        CpvDictionary(String lang) {
            this.lang = lang;
        }

        int index(String code) {
            if (code == null || code.length() < 8) {
                return -1;
            }
            String digits = code.substring(0, 8);
            Integer known = byDigits.get(digits);
            if (known != null) {
                return known;
            }
            int parent = -1;
            for (int k = 7; k >= 2 && parent < 0; k--) {
                String p = digits.substring(0, k) + "00000000".substring(k);
                if (!p.equals(digits) && catalogue.exists(p)) {
                    parent = index(p);
                }
            }
            String label = searchable(catalogue.label(digits, lang));
            int i = entries.size();
            entries.add(List.of(digits, label, parent));
            byDigits.put(digits, i);
            return i;
        }

        List<List<Object>> entries() {
            return entries;
        }
    }

    /** Where a CPV label starts to list what it leaves out: "excepté …", "à l'exclusion de …", "except …". */
    private static final java.util.regex.Pattern EXCLUSION = java.util.regex.Pattern.compile(
            "[\\s,;(]*\\b(?:excepté|exceptés|à l['’]exclusion|à l['’]exception|autres? que|sauf|except|excluding|other than)\\b.*$",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE | java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * A CPV label as the search reads it: cut where it starts to list what it leaves out, so that "ordinateurs"
     * does not find paper through "Machines, matériel et fournitures de bureau, excepté ordinateurs".
     */
    public static String searchable(String label) {
        if (label == null) {
            return "";
        }
        String cut = EXCLUSION.matcher(label).replaceFirst("").strip();
        return cut.isEmpty() ? label : cut;
    }

    private static String truncate(String s) {
        if (s == null) {
            return "";
        }
        return s.length() <= DESCRIPTION_CHARS ? s : s.substring(0, DESCRIPTION_CHARS);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
