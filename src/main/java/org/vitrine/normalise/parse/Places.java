package org.vitrine.normalise.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.vitrine.model.Place;

/**
 * Reads a place of performance as a code (CONTRACT §3, issue 22): a département by number or name
 * ("14", "(14) Calvados", "Calvados", "CALVADOS"), a region, a commune by its official name when no
 * other commune bears it ("Roubaix", "ROUBAIX", "59100 Roubaix"), a NUTS code, or France as a whole;
 * several départements of one region give the region; a text naming another country ("France et Belgique",
 * "Belgique", "Union européenne") is {@link #INTERNATIONAL}, never a département. A commune's former name
 * (« Louhans » for Louhans-Châteaurenaud, renamed in 2026; a commune merged into a commune nouvelle since 2016) is that
 * commune, from reference/cog-former-names.csv, unless the name still names a place. INSEE's Code officiel géographique 2026 and
 * NUTS 2024 (reference/SOURCES.md). Unresolved text gives null: the raw text is still displayed.
 */
public final class Places {

    private static final Pattern CODE_FIRST = Pattern.compile("^\\(?\\s*(\\d{2,3}|2a|2b)\\s*\\)?(?:\\s*[-–—:,]?\\s*(.*))?$");
    private static final Pattern NAME_THEN_CODE = Pattern.compile("^(.*?)\\s+(\\d{2,3}|2a|2b)$");
    private static final Pattern POSTCODE = Pattern.compile("^(\\d{5})\\s+(.+)$|^(.+?)\\s+\\(?(\\d{5})\\)?$");
    /** A département number as a buyer writes it (« 71 », « 2A », « 1 » before its zero is put back), any case. */
    static final Pattern DEPARTEMENT_CODE = Pattern.compile("\\d{1,3}|2[ab]", Pattern.CASE_INSENSITIVE);
    /** A NUTS code of France (« FRC13 »), any case; the catalogue says whether it exists. */
    static final Pattern NUTS_CODE = Pattern.compile("fr[a-z0-9]{0,3}", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_DEP = Pattern.compile("^.*\\S\\s*\\(\\s*(\\d{2}|2a|2b|97\\d)\\s*\\)$");
    /** What separates the places of a list: « 71, 58 », « 2A et 2B », « Dijon / Beaune ». */
    public static final Pattern LIST = Pattern.compile("\\s*(?:[,;/+&]|\\bet\\b)\\s*");
    private static final Pattern PREFIX = Pattern.compile(
            "^(?:departement|dept|dpt|dep|region|ville|commune|cite|mairie|territoire)\\s+(?:de la |de l |du |des |de |d )?");
    private static final Set<String> COUNTRY = Set.of("france", "france entiere", "toute la france", "national", "nationale",
            "territoire national", "ensemble du territoire", "ensemble du territoire national", "france metropolitaine", "fr");

    /**
     * A place abroad, or France with other countries (« France et Belgique »): no département (officer Z2: it was filed
     * under its buyer's Côte-d'Or for the place filter). Its own filter entry, « International »; the text is kept.
     */
    public static final Place INTERNATIONAL = new Place("international", "INT", "International", null);
    /**
     * Folded words that name a place outside France: the other EU member states, the European neighbours, the
     * countries most named beside France, in French and English, and the words for abroad or several countries.
     */
    private static final Set<String> ABROAD = Set.of("europe", "union europeenne", "ue", "european union", "international",
            "internationale", "etranger", "a l etranger", "l etranger", "hors de france", "hors france", "monde", "monde entier",
            "abroad", "worldwide", "allemagne", "autriche", "belgique", "bulgarie", "chypre", "croatie", "danemark", "espagne",
            "estonie", "finlande", "grece", "hongrie", "irlande", "italie", "lettonie", "lituanie", "luxembourg", "malte",
            "pays bas", "hollande", "pologne", "portugal", "roumanie", "slovaquie", "slovenie", "suede", "tchequie",
            "republique tcheque", "royaume uni", "angleterre", "suisse", "norvege", "islande", "monaco", "andorre",
            "liechtenstein", "etats unis", "usa", "canada", "maroc", "tunisie", "algerie", "germany", "austria", "belgium",
            "spain", "italy", "netherlands", "switzerland", "united kingdom", "uk", "england", "ireland", "poland", "sweden",
            "denmark", "norway", "greece", "united states");

    private record Dep(String code, String region, String name) {
    }

    private final Map<String, Dep> depByCode = new HashMap<>();
    private final Map<String, Dep> depByName = new HashMap<>();
    private final Map<String, String[]> regionByCode = new HashMap<>();
    private final Map<String, String[]> regionByName = new HashMap<>();
    /** Folded commune name to its commune (code, département, name); null value when several communes bear it. */
    private final Map<String, String[]> communeByName = new HashMap<>();
    private final Map<String, List<String[]>> communesByNameAll = new HashMap<>();
    private final Map<String, String> nutsByDepName = new HashMap<>();
    /** Folded former name to the INSEE code of the commune that bears it now (reference/cog-former-names.csv). */
    private final Map<String, String> formerNames = new HashMap<>();
    private final NutsCatalogue nuts = NutsCatalogue.load();

    private Places() {
        read("/reference/cog-regions.csv", r -> {
            String[] v = {r.get("REG"), r.get("LIBELLE")};
            regionByCode.put(r.get("REG"), v);
            regionByName.put(Text.fold(r.get("LIBELLE")), v);
        });
        read("/reference/cog-departements.csv", r -> {
            Dep d = new Dep(r.get("DEP"), r.get("REG"), r.get("LIBELLE"));
            depByCode.put(d.code(), d);
            depByName.put(Text.fold(d.name()), d);
        });
        Map<String, Set<String>> codesByName = new HashMap<>();
        Map<String, String[]> byCode = new HashMap<>();
        read("/reference/cog-communes.csv", r -> {
            String type = r.get("TYPECOM");
            String code = "COM".equals(type) ? r.get("COM") : r.get("COMPARENT");
            if (code.isEmpty()) {
                return;
            }
            if ("COM".equals(type)) {
                byCode.put(code, new String[] {code, r.get("DEP"), r.get("LIBELLE")});
            }
            for (String n : new String[] {r.get("LIBELLE"), r.get("NCCENR")}) {
                codesByName.computeIfAbsent(Text.fold(n), k -> new LinkedHashSet<>()).add(code);
            }
        });
        // a former name (« Louhans », Louhans-Châteaurenaud since 2026; a commune merged into a commune nouvelle) is read
        // as the commune that bears it now, unless it still names a commune, a département or a region: those win
        for (CSVRecord r : ReferenceCsv.read("/reference/cog-former-names.csv")) {
            String alias = Text.fold(r.get("ALIAS"));
            if (!alias.isEmpty() && !codesByName.containsKey(alias) && !depByName.containsKey(alias) && !regionByName.containsKey(alias)
                    && byCode.containsKey(r.get("COM"))) {
                formerNames.put(alias, r.get("COM"));
            }
        }
        formerNames.forEach((alias, code) -> codesByName.put(alias, new LinkedHashSet<>(List.of(code))));
        codesByName.forEach((name, codes) -> {
            List<String[]> all = new ArrayList<>();
            codes.forEach(c -> {
                if (byCode.containsKey(c)) {
                    all.add(byCode.get(c));
                }
            });
            communesByNameAll.put(name, all);
            communeByName.put(name, all.size() == 1 ? all.get(0) : null);
        });
        for (NutsCatalogue.Region r : nutsRegions()) {
            if (r.level() == 3) {
                nutsByDepName.put(Text.fold(r.name()), r.code());
            }
        }
    }

    private List<NutsCatalogue.Region> nutsRegions() {
        List<NutsCatalogue.Region> list = new ArrayList<>();
        InputStream in = Places.class.getResourceAsStream("/reference/nuts2024_fr.csv");
        try (Reader rd = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(rd)) {
                list.add(nuts.region(rec.get("code").trim()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return list;
    }

    private static final class Holder {
        static final Places INSTANCE = new Places();
    }

    public static Places load() {
        return Holder.INSTANCE;
    }

    /**
     * True when a text is the name of a commune (one or several bear it: « Beaumont »), a département or a region:
     * a place word in a buyer's name (« Ehpad les Tilleuls - Beaumont »), whichever place it is.
     */
    public boolean isPlaceName(String text) {
        String f = text == null ? "" : Text.fold(text);
        return !f.isEmpty() && (communesByNameAll.containsKey(f) || depByName.containsKey(f) || regionByName.containsKey(f));
    }

    /** The place a text names, or null when it names none clearly. */
    /** The INSEE code of a département's region ("71" → "27"), or null for an unknown département. */
    public String regionOf(String departement) {
        Dep d = departement == null ? null : depByCode.get(departement);
        return d == null ? null : d.region();
    }

    /** The départements of a region (its INSEE code, "27"), by code; none for an unknown region. */
    public List<Place> departementsOf(String region) {
        return depByCode.values().stream().filter(d -> d.region().equals(region))
                .sorted(java.util.Comparator.comparing(Dep::code)).map(this::dep).toList();
    }

    /** Whether this text (one place of a list, {@link #LIST}) is a code: a département number or a NUTS code. */
    public static boolean isCode(String text) {
        String s = text.strip();
        return DEPARTEMENT_CODE.matcher(s).matches() || NUTS_CODE.matcher(s).matches();
    }

    public Place resolve(String text) {
        if (text == null) {
            return null;
        }
        String f = Text.fold(text);
        if (f.isEmpty()) {
            return null;
        }
        String[] parts = LIST.split(text.strip());
        for (String p : parts) {
            // before the communes: « Suisse » is a commune of Moselle, but a buyer writing it means the country
            String pf = Text.fold(p);
            if (ABROAD.contains(pf) || ABROAD.contains(PREFIX.matcher(pf).replaceFirst(""))) {
                return INTERNATIONAL;
            }
        }
        Place one = single(text, f);
        if (one != null) {
            return one;
        }
        // "Communes du syndicat (71)", "Agences (59)": text that names no place, then a département number in brackets
        // at its end, as buyers write it: that département (an officer reads it so).
        Matcher tail = TRAILING_DEP.matcher(text.strip().toLowerCase(java.util.Locale.ROOT));
        if (tail.matches()) {
            Dep d = depByCode.get(depCode(tail.group(1)));
            if (d != null) {
                return dep(d);
            }
        }
        // "71, 58", "Calvados et Manche": several départements of one region give the region.
        if (parts.length > 1) {
            Set<String> regions = new HashSet<>();
            for (String p : parts) {
                Place d = single(p, Text.fold(p));
                if (d == null || !"departement".equals(d.kind())) {
                    return null;
                }
                regions.add(depByCode.get(d.code()).region());
            }
            if (regions.size() == 1) {
                return region(regionByCode.get(regions.iterator().next()));
            }
        }
        return null;
    }

    private Place single(String text, String f) {
        if (COUNTRY.contains(f)) {
            return new Place("country", "FR", "France", null);
        }
        if (NUTS_CODE.matcher(f).matches() && nuts.exists(f.toUpperCase(java.util.Locale.ROOT))) {
            String code = f.toUpperCase(java.util.Locale.ROOT);
            NutsCatalogue.Region r = nuts.region(code);
            return new Place("nuts", code, r.name(), r.level() == 3 ? code : null);
        }
        Matcher m = CODE_FIRST.matcher(f);
        if (m.matches()) {
            Dep d = depByCode.get(depCode(m.group(1)));
            if (d != null && (m.group(2) == null || m.group(2).isBlank() || Text.fold(d.name()).equals(m.group(2).strip()))) {
                return dep(d);
            }
        }
        m = NAME_THEN_CODE.matcher(f);
        if (m.matches()) {
            Dep d = depByCode.get(depCode(m.group(2)));
            if (d != null && Text.fold(d.name()).equals(m.group(1))) {
                return dep(d);
            }
        }
        m = POSTCODE.matcher(f);
        if (m.matches()) {
            String post = m.group(1) != null ? m.group(1) : m.group(4);
            String name = m.group(1) != null ? m.group(2) : m.group(3);
            for (String[] c : communesByNameAll.getOrDefault(name, List.of())) {
                if (postMatches(post, c[1])) {
                    return commune(c);
                }
            }
        }
        String bare = PREFIX.matcher(f).replaceFirst("");
        for (String name : bare.equals(f) ? new String[] {f} : new String[] {f, bare}) {
            Dep d = depByName.get(name);
            if (d != null) {
                return dep(d);
            }
            String[] r = regionByName.get(name);
            if (r != null) {
                return region(r);
            }
            String[] c = communeByName.get(name);
            if (c != null) {
                return commune(c);
            }
        }
        return null;
    }

    /** A postcode's first digits name the département, but Corsica's are 20 and overseas ones 97x. */
    private static boolean postMatches(String post, String dep) {
        if (dep.equals("2A") || dep.equals("2B")) {
            return post.startsWith("20");
        }
        return post.startsWith(dep);
    }

    /** The département code a text writes (« 1 » → « 01 », « 2a » → « 2A », « 971 »), null when it is none (« 20 », « 975 », « 100 »). */
    public String departementCode(String text) {
        String t = text.trim();
        if (!DEPARTEMENT_CODE.matcher(t).matches()) {
            return null;
        }
        String code = depCode(t);
        return depByCode.containsKey(code) ? code : null;
    }

    private static String depCode(String c) {
        String u = c.toUpperCase(java.util.Locale.ROOT);
        if (u.chars().allMatch(Character::isDigit)) {
            int n = Integer.parseInt(u);
            return n < 100 ? String.format("%02d", n) : String.valueOf(n);
        }
        return u;
    }

    private Place dep(Dep d) {
        return new Place("departement", d.code(), d.name(), nutsByDepName.get(Text.fold(d.name())));
    }

    private Place region(String[] r) {
        return new Place("region", r[0], r[1], null);
    }

    private Place commune(String[] c) {
        Dep d = depByCode.get(c[1]);
        return new Place("commune", c[0], c[2], d == null ? null : nutsByDepName.get(Text.fold(d.name())));
    }

    private static void read(String resource, java.util.function.Consumer<CSVRecord> each) {
        InputStream in = Places.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + resource);
        }
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                each.accept(rec);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
