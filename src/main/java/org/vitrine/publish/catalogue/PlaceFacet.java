package org.vitrine.publish.catalogue;

import java.text.Collator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vitrine.messages.Messages;
import org.vitrine.config.Fold;
import org.vitrine.model.Need;
import org.vitrine.model.Place;
import org.vitrine.normalise.parse.Places;

/**
 * The place filter, grouped as a supplier reads places, with names, never bare codes: the place of performance
 * read as a code ({@code need.place()}) is one entry whatever its spelling; a list of départements ("71, 58", which
 * the normaliser reads as their region) is one entry per département, named ("Saône-et-Loire (71)", "Nièvre
 * (58)"); a text the normaliser could not read gives one entry per place it lists ("Beaumont-sur-Saône,
 * Montrevel" is in both), without qualifiers ("Beaumont-sur-Saône (nord)" is Beaumont-sur-Saône, "Communes du
 * syndicat (71)" is Saône-et-Loire) and with spellings folded ("ROUBAIX" is Roubaix); a place abroad or of several
 * countries ("France et Belgique") is « International » and each French place it names (France). A need may so fall
 * under several entries.
 */
final class PlaceFacet {

    /** A département number in brackets: "(71)". */
    private static final Pattern DEP_IN_BRACKETS = Pattern.compile("\\((\\d{2,3}|2[AaBb])\\)");
    private static final Pattern BRACKETS = Pattern.compile("\\s*\\([^)]*\\)");
    /** What follows a spaced dash is a qualifier: "Métropole — 28 communes". */
    private static final Pattern DASH_TAIL = Pattern.compile("\\s+[-–—]\\s+.*$");

    private PlaceFacet() {
    }

    /**
     * One entry: its filter key ("departement:21", "~roubaix") and the label the filter shows; {@code within} the
     * code of the département that holds it (a commune's), else null: the département's entry lists its needs too.
     */
    record Entry(String key, String label, String within) {
        Entry(String key, String label) {
            this(key, label, null);
        }
    }

    /**
     * The first words (folded) of a place a buyer writes that name a site, a network or an area, not a commune:
     * « Usine de Beaumont », « Réseau TVS », « Métropole — 28 communes », « Communes du syndicat (71) » stay under
     * their département, where « Beaumont-sur-Saône » and « Montrevel (71) » are entries of their own.
     */
    private static final java.util.Set<String> NOT_A_COMMUNE = java.util.Set.of("usine", "usines", "site", "sites", "reseau",
            "reseaux", "metropole", "commune", "communes", "secteur", "secteurs", "zone", "zones", "parc", "territoire",
            "agglomeration", "communaute", "syndicat", "quartier", "quartiers", "batiment", "batiments", "campus", "lycee",
            "lycees", "college", "colleges", "ecole", "ecoles", "ensemble", "tous", "toutes", "station", "stations", "base",
            "departement", "region", "ville", "centre", "hopital", "caserne", "casernes", "siege", "agence", "agences",
            "etablissement", "etablissements", "locaux", "residence", "gare", "port", "aeroport", "stade", "piscine");

    /** The entries a need falls under, in the order of its text; one entry with key "" when no place is given. */
    static List<Entry> entries(Need n) {
        Place p = n.place();
        String text = text(n);
        Map<String, Entry> out = new LinkedHashMap<>();
        if (p != null && Places.INTERNATIONAL.equals(p)) {
            // « France et Belgique », « Dijon, Belgique »: under « International » and each French place it names
            for (String part : Places.LIST.split(text)) {
                Place q = part.isBlank() ? null : Places.load().resolve(part);
                if (q != null && q.code() != null && !Places.INTERNATIONAL.equals(q)) {
                    out.putIfAbsent(entry(q).key(), entry(q));
                }
            }
            out.putIfAbsent(entry(p).key(), entry(p));
            return List.copyOf(out.values());
        }
        if (p != null && p.code() != null) {
            List<Entry> deps = "region".equals(p.kind()) ? departements(text) : List.of();
            if (!deps.isEmpty()) {
                deps.forEach(e -> out.putIfAbsent(e.key(), e));
            } else if (regionWithin(n) != null) {
                return fromText(text);
            } else if ("departement".equals(p.kind()) && !communesIn(text, p.code()).isEmpty()) {
                return communesIn(text, p.code());
            } else {
                Entry e = entry(p);
                out.put(e.key(), e);
            }
            return List.copyOf(out.values());
        }
        if (text.isEmpty()) {
            return List.of(new Entry("", ""));
        }
        return fromText(text);
    }

    /**
     * The place text a need's entries are read from: its own, else the commune of its buyer's seat (buyers.yaml seat,
     * {@link Need#buyerSeat}: « Beaumont-sur-Saône (71) », supplier Y, D1), else "".
     */
    private static String text(Need n) {
        String own = n.location() == null ? "" : n.location().strip();
        return own.isEmpty() && n.buyerSeat() != null ? n.buyerSeat().strip() : own;
    }

    /**
     * The region a need's place is somewhere in, not the whole of: its text names a place no list reads (« Sainte-Aure »,
     * « Montrevel ») and its region is its buyer's (buyers.yaml place). Its entries are then its text's, as written, not
     * « toute la région » (supplier Y: « Construction d'un lycée neuf à Sainte-Aure » listed for the whole region and so
     * under every département); the region's filter still finds it ({@link SearchIndex#locationRegions}). Else null.
     */
    static String regionWithin(Need n) {
        Place p = n.place();
        String text = n.location() == null ? "" : n.location().strip();
        return p != null && "region".equals(p.kind()) && !text.isEmpty() && Places.load().resolve(text) == null ? p.code() : null;
    }

    /**
     * The communes a place text names inside the need's département, as written ("Beaumont-sur-Saône", "Montrevel
     * (71)", "Beaumont-sur-Saône (nord)"), one entry each, labelled with the département's code and held by it; a
     * commune of the reference list in that département by its name; none for a département or a region, a site or
     * an area ({@link #NOT_A_COMMUNE}), a qualifier in lower case, or a commune of another département.
     */
    static List<Entry> communesIn(String text, String departement) {
        Map<String, Entry> out = new LinkedHashMap<>();
        for (String part : Places.LIST.split(text)) {
            String s = part.strip();
            if (s.isEmpty()) {
                continue;
            }
            Matcher dep = DEP_IN_BRACKETS.matcher(s);
            if (dep.find() && !dep.group(1).equalsIgnoreCase(departement)) {
                continue;
            }
            String name = DASH_TAIL.matcher(BRACKETS.matcher(s).replaceAll("")).replaceAll("").strip();
            if (name.isEmpty() || !Character.isUpperCase(name.codePointAt(0))) {
                continue;
            }
            Place q = Places.load().resolve(name);
            if (q != null && q.code() != null) {
                if ("commune".equals(q.kind()) && departement.equals(departementOf(q.code()))) {
                    Entry e = entry(q);
                    out.putIfAbsent(e.key(), e);
                }
                continue; // a département, a region, a commune elsewhere
            }
            String folded = Fold.fold(name);
            if (folded.isEmpty() || NOT_A_COMMUNE.contains(folded.split(" ")[0])) {
                continue;
            }
            String label = name + " (" + departement + ")";
            out.putIfAbsent("~" + Fold.fold(label), new Entry("~" + Fold.fold(label), label, departement));
        }
        return List.copyOf(out.values());
    }

    /** A commune's département: the first two characters of its INSEE code, three overseas (971…976). */
    static String departementOf(String commune) {
        return commune == null || commune.length() < 3 ? null : commune.startsWith("97") ? commune.substring(0, 3) : commune.substring(0, 2);
    }

    /** The entries of a place text: one per place it lists (see {@link #entries}). */
    private static List<Entry> fromText(String text) {
        Map<String, Entry> out = new LinkedHashMap<>();
        for (String part : Places.LIST.split(text)) {
            Entry e = part(part);
            if (e != null) {
                out.putIfAbsent(e.key(), e);
            }
        }
        if (out.isEmpty()) {
            out.put("~" + Fold.fold(text), new Entry("~" + Fold.fold(text), text));
        }
        return List.copyOf(out.values());
    }

    /** The filter keys of a need (see {@link #entries}). */
    static List<String> keys(Need n) {
        return entries(n).stream().map(Entry::key).toList();
    }

    /** The places as the result list shows them: the entries' labels, "Saône-et-Loire (71), Nièvre (58)". */
    static String shown(Need n) {
        List<String> labels = new ArrayList<>();
        for (Entry e : entries(n)) {
            if (!e.label().isEmpty()) {
                labels.add(e.label());
            }
        }
        return String.join(", ", labels);
    }

    /** Every part a département ("71", "Nièvre"): one entry each; else none. */
    private static List<Entry> departements(String text) {
        List<Entry> out = new ArrayList<>();
        for (String part : Places.LIST.split(text)) {
            Place d = Places.load().resolve(part);
            if (d == null || !"departement".equals(d.kind())) {
                return List.of();
            }
            out.add(entry(d));
        }
        return out;
    }

    /** One listed place: read as a code, or by a département in brackets, or as its text without qualifiers. */
    private static Entry part(String part) {
        String s = part.strip();
        if (s.isEmpty()) {
            return null;
        }
        Place q = Places.load().resolve(s);
        if (q != null && q.code() != null) {
            return entry(q);
        }
        Matcher dep = DEP_IN_BRACKETS.matcher(s);
        if (dep.find()) {
            Place d = Places.load().resolve(dep.group(1));
            if (d != null) {
                return entry(d);
            }
        }
        String name = DASH_TAIL.matcher(BRACKETS.matcher(s).replaceAll("")).replaceAll("").strip();
        // "secteur Est", "communes de la première couronne": a qualifier of the place before it, not a place
        if (name.isEmpty() || Character.isLowerCase(name.codePointAt(0))) {
            return null;
        }
        Place named = Places.load().resolve(name);
        return named != null && named.code() != null ? entry(named) : new Entry("~" + Fold.fold(name), name);
    }

    /** A place's entry: "departement:71", « Saône-et-Loire (71) ». */
    static Entry entry(Place p) {
        String kind = p.kind() == null ? "place" : p.kind();
        String name = p.name() == null || p.name().isBlank() ? p.code() : p.name();
        String label = "departement".equals(kind) && !name.equals(p.code()) ? name + " (" + p.code() + ")" : name;
        return new Entry(kind + ":" + p.code(), label, "commune".equals(kind) ? departementOf(p.code()) : null);
    }

    /** Entries sorted by label as a reader sorts them, the unknown value last. */
    static List<List<String>> dictionary(Map<String, String> labels, Messages msg) {
        Collator collator = Collator.getInstance(msg.locale());
        collator.setStrength(Collator.SECONDARY);
        List<List<String>> out = new ArrayList<>();
        labels.forEach((k, v) -> {
            if (!k.isEmpty()) {
                out.add(List.of(k, v));
            }
        });
        out.sort((a, b) -> {
            int c = collator.compare(a.get(1), b.get(1));
            return c != 0 ? c : a.get(0).compareTo(b.get(0));
        });
        if (labels.containsKey("")) {
            out.add(List.of("", msg.get("cat.unknown")));
        }
        return out;
    }
}
