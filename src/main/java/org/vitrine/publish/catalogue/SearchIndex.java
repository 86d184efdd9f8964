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
import org.vitrine.model.Need;
import org.vitrine.publish.Fmt;
import org.vitrine.publish.Json;
import org.vitrine.publish.Site;

/**
 * assets/needs-index.js: every public need as one compact array, with the filter values as indexes
 * into small dictionaries. A script assigning a variable, since browsers block fetch() from file://.
 * Amounts and dates come formatted, so the page script needs no locale rules.
 */
public final class SearchIndex {

    /** Longest description kept for the search; the page has the rest. */
    static final int DESCRIPTION_CHARS = 400;

    /** The facets, in the order of the dictionaries and of the row columns 6 to 12. */
    public static final List<String> FACETS = List.of("buyer", "division", "category", "quarter", "band", "procedure", "location");

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
        Map<String, Function<Need, String>> keys = new LinkedHashMap<>();
        keys.put("buyer", n -> n.buyer().id());
        keys.put("division", Facets::division);
        keys.put("category", n -> nz(n.category()));
        keys.put("quarter", Facets::quarter);
        keys.put("band", Facets::band);
        keys.put("procedure", n -> nz(n.procedure()));
        keys.put("location", n -> nz(n.location()));
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
        List<List<Object>> rows = new ArrayList<>(site.needs().size());
        for (Need n : site.needs()) {
            List<Object> r = new ArrayList<>(20);
            r.add(n.id());
            r.add(n.title());
            r.add(truncate(n.description()));
            r.add(nz(n.reference()));
            r.add(n.cpv() == null ? "" : nz(n.cpv().code()));
            r.add(n.cpv() == null || n.cpv().labels() == null ? "" : nz(n.cpv().labels().get(msg.lang())));
            for (String facet : FACETS) {
                r.add(positions.get(facet).get(keys.get(facet).apply(n)));
            }
            r.add((Facets.innovative(n) ? 1 : 0) | (Facets.reserved(n) ? 2 : 0) | (n.isOpenOpportunity() ? 0 : 4));
            r.add(Facets.value(n.amount()));
            r.add(fmt.amount(n.amount()));
            r.add(n.launch() == null ? "" : n.launch().start().toString());
            r.add(fmt.period(n.launch()));
            r.add(nz(n.change()));
            rows.add(r);
        }
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("lang", msg.lang());
        index.put("dict", dicts);
        index.put("needs", rows);
        return index;
    }

    /** [key, label] pairs of one facet, sorted by key (by name for buyers), the unknown value last. */
    private List<List<String>> dictionary(String facet, Function<Need, String> key) {
        Map<String, String> labels = new TreeMap<>();
        for (Need n : site.needs()) {
            String k = key.apply(n);
            labels.computeIfAbsent(k, x -> label(facet, x, n));
        }
        List<List<String>> out = new ArrayList<>();
        if (facet.equals("buyer")) {
            site.buyers().forEach(b -> out.add(List.of(b.id(), b.name())));
            return out;
        }
        labels.forEach((k, v) -> {
            if (!k.isEmpty()) {
                out.add(List.of(k, v));
            }
        });
        if (labels.containsKey("")) {
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
