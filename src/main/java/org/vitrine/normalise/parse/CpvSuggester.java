package org.vitrine.normalise.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The CPV codes nearest to a need's title (issue 22, item 4): the words of the title (folded, plurals and
 * stop words ignored) against the words of the CPV 2008 labels in French and English, each word weighted
 * by how rare it is among labels; a label (French or English, whichever matches better) scores by how much
 * of it the title covers and how much of the title it covers ("Maintenance du logiciel de gestion des bourses" →
 * 72267000-4 Services de maintenance et de réparation de logiciels); labels sharing more of the title's words
 * first (a label the title names whole counts with them), a label of the nature the title's first word says
 * (supplies, works, services) ahead. 28 of 30 real titles get their code in the first three
 * (CpvSuggesterCorpusTest). A suggestion, never a correction: the buyer chooses.
 */
public final class CpvSuggester {

    private static final Set<String> STOP = Set.of("de", "du", "des", "la", "le", "les", "l", "d", "et", "en", "a", "au", "aux",
            "pour", "par", "sur", "avec", "dans", "un", "une", "ou", "the", "of", "and", "for", "or", "in", "on", "to", "with",
            "service", "prestation", "fourniture", "travaux", "travail", "marche", "supply", "supplie", "work", "achat",
            "acquisition", "divers", "autre", "other", "related", "relatif", "relative", "lie", "liee", "connexe", "equipment",
            "equipement", "materiel", "product", "produit", "general", "generaux", "2027", "2026", "2028", "lot", "accord",
            "cadre", "annee", "an", "mise", "place");

    /** A code with the words of its French and of its English label, and each label's weight (a title is in one). */
    private record Entry(String code, String label, Set<String> fr, Set<String> en, double frWeight, double enWeight) {
    }

    /** One suggestion: the code with its check digit and its French label. */
    public record Suggestion(String code, String label) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, List<Entry>> byWord = new HashMap<>();
    private final Map<String, Double> idf = new HashMap<>();

    private CpvSuggester() {
        List<String[]> rows = new ArrayList<>();
        InputStream in = CpvSuggester.class.getResourceAsStream("/reference/cpv2008.csv");
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                rows.add(new String[] {rec.get("code"), rec.get("label_fr"), rec.get("label_en")});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Integer> df = new HashMap<>();
        List<Set<String>[]> words = new ArrayList<>();
        for (String[] row : rows) {
            @SuppressWarnings("unchecked")
            Set<String>[] w = new Set[] {words(row[1]), words(row[2])};
            words.add(w);
            Set<String> both = new LinkedHashSet<>(w[0]);
            both.addAll(w[1]);
            both.forEach(x -> df.merge(x, 1, Integer::sum));
        }
        df.forEach((w, n) -> idf.put(w, Math.log(1.0 + rows.size() / (double) n)));
        for (int i = 0; i < rows.size(); i++) {
            Set<String>[] w = words.get(i);
            Entry e = new Entry(rows.get(i)[0], rows.get(i)[1], w[0], w[1], weight(w[0]), weight(w[1]));
            entries.add(e);
            Set<String> both = new LinkedHashSet<>(w[0]);
            both.addAll(w[1]);
            both.forEach(x -> byWord.computeIfAbsent(x, k -> new ArrayList<>()).add(e));
        }
    }

    private double weight(Set<String> words) {
        return words.stream().mapToDouble(x -> idf.getOrDefault(x, 0.0)).sum();
    }

    private static final class Holder {
        static final CpvSuggester INSTANCE = new CpvSuggester();
    }

    public static CpvSuggester load() {
        return Holder.INSTANCE;
    }

    /** The folded content words of a text, plurals made singular ("logiciels" and "logiciel" alike). */
    static Set<String> words(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : Text.fold(text).split(" ")) {
            String s = w.length() > 3 && (w.endsWith("s") || w.endsWith("x")) ? w.substring(0, w.length() - 1) : w;
            if (s.length() > 1 && !STOP.contains(s) && !STOP.contains(w) && !s.chars().allMatch(Character::isDigit)) {
                out.add(s);
            }
        }
        return out;
    }

    /** At most {@code max} codes for a title, best first; none when no label shares a rare enough word. */
    public List<Suggestion> suggest(String title, int max) {
        Set<String> query = words(title == null ? "" : title);
        double queryWeight = query.stream().mapToDouble(w -> idf.getOrDefault(w, 0.0)).sum();
        if (queryWeight == 0) {
            return List.of();
        }
        // Each label is scored in the language that matches the title better.
        Map<Entry, double[]> matched = new HashMap<>();
        for (String w : query) {
            double v = idf.getOrDefault(w, 0.0);
            for (Entry e : byWord.getOrDefault(w, List.of())) {
                double[] m = matched.computeIfAbsent(e, k -> new double[5]);
                m[4]++; // the title's words the code's labels share, in either language
                if (e.fr().contains(w)) {
                    m[0] += v;
                    m[2]++;
                }
                if (e.en().contains(w)) {
                    m[1] += v;
                    m[3]++;
                }
            }
        }
        Map<Entry, Double> score = new HashMap<>();
        Map<Entry, Integer> count = new HashMap<>();
        Map<Entry, Boolean> whole = new HashMap<>();
        matched.forEach((e, m) -> {
            // how closely label and title cover each other: the share of the title's weight the label has, times
            // the share of the label's weight the title has
            double fr = e.frWeight() == 0 ? 0 : m[0] * m[0] / (e.frWeight() * queryWeight);
            double en = e.enWeight() == 0 ? 0 : m[1] * m[1] / (e.enWeight() * queryWeight);
            score.put(e, Math.max(fr, en));
            count.put(e, (int) m[4]);
            whole.put(e, m[0] > 0 && m[0] >= e.frWeight() - 1e-9 || m[1] > 0 && m[1] >= e.enWeight() - 1e-9);
        });
        // Labels sharing two of the title's words when there are any, else one; and a label the title names whole
        // ("Services d'impression" in "Impression des supports de communication"), which then counts as two.
        int need = Math.min(2, count.values().stream().mapToInt(Integer::intValue).max().orElse(0));
        matched.keySet().forEach(e -> {
            if (whole.get(e)) {
                count.merge(e, need, Math::max);
            }
        });
        String nature = nature(title);
        // More of the title's words first (a label naming one rare word of it is a weak guess), then the closest
        // cover, a label of the nature the title says (« Fourniture de… », « Travaux de… », « Maintenance de… »)
        // counting half as much again; then the more general code, then the code.
        Comparator<Entry> best = Comparator.comparingInt((Entry e) -> -count.get(e))
                .thenComparingDouble(e -> -score.get(e) * (nature != null && nature.equals(natureOf(e.code())) ? 1.5 : 1.0))
                .thenComparingInt(e -> e.code().substring(0, 8).replaceAll("0+$", "").length())
                .thenComparing(Entry::code);
        return score.keySet().stream().filter(e -> count.get(e) >= need)
                .sorted(best).limit(max).map(e -> new Suggestion(e.code(), e.label())).toList();
    }

    private static final Pattern SUPPLIES = Pattern.compile("^(?:fourniture|achat|acquisition|livraison|supply|purchase)s?\\b.*");
    private static final Pattern WORKS = Pattern.compile("^(?:travaux|work)s?\\b.*");
    private static final Pattern SERVICES = Pattern.compile("^(?:services?|prestations?|maintenance|entretien|nettoyage|gardiennage"
            + "|blanchisserie|impression|collecte|assurances?|restauration|transports?|formations?|location|etudes?|audit|mission"
            + "|assistance|conseil|exploitation|surveillance|controle|verification|deratisation|desinsectisation)\\b.*");

    /** The nature a title's first word says, or null: "supplies", "works" or "services". */
    static String nature(String title) {
        String f = Text.fold(title == null ? "" : title);
        return SUPPLIES.matcher(f).matches() ? "supplies" : WORKS.matcher(f).matches() ? "works"
                : SERVICES.matcher(f).matches() ? "services" : null;
    }

    /** The nature of a CPV code by its division: 45 works, 50 and above services, below supplies. */
    static String natureOf(String code) {
        int division = Integer.parseInt(code.substring(0, 2));
        return division == 45 ? "works" : division >= 50 ? "services" : "supplies";
    }

    /**
     * Suggestions as a message quotes them ("72267000-4 Services de maintenance… ; 72267100-0 …"): never the code
     * typed itself, and the codes under it first when it is a real but broad code (80500000 → 80511000).
     */
    public String shown(String title, String typedCode, int max) {
        String digits = typedCode == null ? "" : typedCode.replaceAll("[^0-9]", "");
        digits = digits.length() > 8 ? digits.substring(0, 8) : digits;
        String prefix = digits.replaceAll("0+$", "");
        String own = digits;
        List<Suggestion> all = suggest(title, 20).stream().filter(s -> own.isEmpty() || !s.code().startsWith(own)
                || s.code().substring(0, 8).replaceAll("0+$", "").length() > prefix.length()).toList();
        List<Suggestion> under = prefix.length() >= 2 && digits.length() == 8
                ? all.stream().filter(s -> s.code().startsWith(prefix) && !s.code().startsWith(own + "-")).toList() : List.of();
        List<Suggestion> ordered = new ArrayList<>(under);
        all.stream().filter(s -> !under.contains(s)).forEach(ordered::add);
        return ordered.stream().filter(s -> !s.code().startsWith(own + "-")).limit(max).map(s -> s.code() + " " + s.label())
                .collect(Collectors.joining(" ; "));
    }
}
