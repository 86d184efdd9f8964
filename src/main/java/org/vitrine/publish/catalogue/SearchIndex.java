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
import org.vitrine.cli.Messages;
import org.vitrine.model.Cpv;
import org.vitrine.model.Need;
import org.vitrine.model.Period;
import org.vitrine.normalise.parse.CpvCatalogue;
import org.vitrine.publish.Fmt;
import org.vitrine.publish.Json;
import org.vitrine.publish.Site;

/**
 * assets/needs-index.js: every public need as one compact array, in the catalogue's default order (launch,
 * then title), with what repeats — buyers, CPV codes with their labels and parents, launch windows, filter
 * values — as indexes into small dictionaries, so that the file stays light on a phone. A script assigning a
 * variable, since browsers block fetch() from file://. Amounts and dates come formatted, so the page script
 * needs no locale rules. The row layout is read by templates/catalogue/catalogue.js.
 */
public final class SearchIndex {

    /** Longest description kept for the search; the page has the rest. */
    static final int DESCRIPTION_CHARS = 400;

    /** The facets, in the order of the dictionaries and of the row columns 6 to 12. */
    public static final List<String> FACETS = List.of("buyer", "division", "category", "quarter", "band", "procedure", "location");

    /** Facets whose column is a bit mask (a need may fall in several values: a vague launch, an amount range). */
    public static final List<String> MULTI = List.of("quarter", "band");

    /** Row flags. */
    public static final int INNOVATIVE = 1, RESERVED = 2, NOT_OPEN = 4, LIVE = 8;

    private final Site site;
    private final Messages msg;
    private final Fmt fmt;

    public SearchIndex(Site site, Messages msg) {
        this.site = site;
        this.msg = msg;
        this.fmt = new Fmt(msg);
    }

    public void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("window.VITRINE_INDEX=");
            // Straight to the file, not through one String of the whole index (tens of MB at 100,000 needs).
            Json.MAPPER.writer().without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(w, build());
            w.write(";\n");
        }
    }

    Map<String, Object> build() {
        Map<String, Function<Need, List<String>>> keys = new LinkedHashMap<>();
        keys.put("buyer", n -> List.of(n.buyer().id()));
        keys.put("division", n -> List.of(Facets.division(n)));
        keys.put("category", n -> List.of(nz(n.category())));
        keys.put("quarter", Facets::quarters);
        keys.put("band", Facets::bands);
        keys.put("procedure", n -> List.of(nz(n.procedure())));
        keys.put("location", n -> List.of(PlaceFacet.key(n)));
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
        List<List<Object>> rows = new ArrayList<>(site.needs().size());
        for (Need n : DefaultOrder.sort(site.needs(), msg.locale())) {
            List<Object> r = new ArrayList<>(18);
            r.add(n.id());
            r.add(n.title());
            r.add(truncate(n.description()));
            r.add(nz(n.reference()));
            r.add(n.cpv() == null ? -1 : cpvs.index(n.cpv().code()));
            List<Integer> more = new ArrayList<>();
            for (Cpv c : n.cpvAdditional() == null ? List.<Cpv>of() : n.cpvAdditional()) {
                int i = cpvs.index(c.code());
                if (i >= 0) {
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
                } else {
                    r.add(pos.get(values.get(0)));
                }
            }
            r.add(flags(n));
            r.add(Facets.value(n));
            r.add(fmt.amountOf(n));
            r.add(n.launch() == null ? -1 : periodPos.get(n.launch()));
            r.add("new".equals(n.change()) ? 1 : "revised".equals(n.change()) ? 2 : 0);
            rows.add(r);
        }
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("lang", msg.lang());
        index.put("dict", dicts);
        index.put("cpv", cpvs.entries());
        index.put("period", periodLabels);
        index.put("needs", rows);
        return index;
    }

    /** Launch windows by start, then the narrower first: the period dictionary's order is the launch order. */
    static final java.util.Comparator<Period> PERIOD_ORDER = DefaultOrder.PERIODS;

    private static int flags(Need n) {
        return (Facets.innovative(n) ? INNOVATIVE : 0) | (Facets.reserved(n) ? RESERVED : 0)
                | (n.isOpenOpportunity() ? 0 : NOT_OPEN) | (n.live() != null ? LIVE : 0);
    }

    /** [key, label] pairs of one facet, sorted by key (by name for buyers, by the list for places), the unknown value last. */
    private List<List<String>> dictionary(String facet, Function<Need, List<String>> key) {
        List<List<String>> out = new ArrayList<>();
        if (facet.equals("buyer")) {
            site.buyers().forEach(b -> out.add(List.of(b.id(), b.name())));
            return out;
        }
        Map<String, String> labels = new TreeMap<>();
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
        if (facet.equals("location")) {
            return PlaceFacet.dictionary(labels, msg);
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
            case "location" -> PlaceFacet.label(n);
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
            String label = catalogue.label(digits, lang);
            int i = entries.size();
            entries.add(List.of(digits, label == null ? "" : label, parent));
            byDigits.put(digits, i);
            return i;
        }

        List<List<Object>> entries() {
            return entries;
        }
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
