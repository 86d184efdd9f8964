package org.vitrine.risk;

import org.vitrine.config.RiskSettings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A labelled risk corpus: per need and rule {@code must}, {@code must_not} or {@code may} (a pair not listed is
 * must_not), scored against the flags of a run: recall and precision per rule.
 */
final class CorpusLabels {

    /** One rule's score: flags required and found, flags raised where they must not be, required and missing. */
    record Score(String rule, int truePositives, int falsePositives, int falseNegatives, List<String> wrong, List<String> missed) {
        double recall() {
            return truePositives + falseNegatives == 0 ? 1 : (double) truePositives / (truePositives + falseNegatives);
        }

        double precision() {
            return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
        }

        @Override
        public String toString() {
            return String.format("%-22s recall %5.1f %% (%d/%d)  precision %5.1f %% (%d/%d)%s%s", rule, 100 * recall(), truePositives,
                    truePositives + falseNegatives, 100 * precision(), truePositives, truePositives + falsePositives,
                    missed.isEmpty() ? "" : "  missed " + missed, wrong.isEmpty() ? "" : "  wrong " + wrong);
        }
    }

    private final Map<String, String> labels = new HashMap<>();

    private CorpusLabels() {
    }

    static CorpusLabels read(Path file) throws IOException {
        CorpusLabels l = new CorpusLabels();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.RFC4180.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                l.labels.put(rec.get("need") + "|" + rec.get("rule"), rec.get("label"));
            }
        }
        return l;
    }

    /** The (need, code) pairs flagged in a run's internal/needs.json. */
    static Set<String> flagged(Path needsJson) throws IOException {
        Set<String> out = new HashSet<>();
        JsonNode doc = new ObjectMapper().readTree(needsJson.toFile());
        for (JsonNode n : doc.get("needs")) {
            for (JsonNode r : n.get("risks")) {
                out.add(n.get("id").asText() + "|" + r.get("code").asText());
            }
        }
        return out;
    }

    /** The score of every rule of version 2. */
    Map<String, Score> score(Set<String> flagged) {
        Map<String, Score> out = new TreeMap<>();
        for (String rule : RiskSettings.CODES) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            List<String> wrong = new ArrayList<>();
            List<String> missed = new ArrayList<>();
            for (String pair : flagged) {
                if (pair.endsWith("|" + rule)) {
                    String label = labels.getOrDefault(pair, "must_not");
                    if (label.equals("must")) {
                        tp++;
                    } else if (label.equals("must_not")) {
                        fp++;
                        wrong.add(pair.substring(0, pair.indexOf('|')));
                    }
                }
            }
            for (Map.Entry<String, String> e : labels.entrySet()) {
                if (e.getKey().endsWith("|" + rule) && e.getValue().equals("must") && !flagged.contains(e.getKey())) {
                    fn++;
                    missed.add(e.getKey().substring(0, e.getKey().indexOf('|')));
                }
            }
            out.put(rule, new Score(rule, tp, fp, fn, wrong, missed));
        }
        return out;
    }

    /**
     * One code's grades on a graded corpus: items useful, noise, wrong (graded must_not), not graded, and labelled
     * may (allowed either way, counted in no figure).
     */
    record Grade(String rule, List<String> useful, List<String> noise, List<String> wrong, List<String> ungraded, List<String> may) {
        int items() {
            return useful.size() + noise.size() + wrong.size() + ungraded.size();
        }

        double precision() {
            return items() == 0 ? 1 : (double) useful.size() / items();
        }

        @Override
        public String toString() {
            return String.format("%-22s useful %5.1f %% (%d/%d)%s%s%s%s", rule, 100 * precision(), useful.size(), items(),
                    noise.isEmpty() ? "" : "  noise " + noise, wrong.isEmpty() ? "" : "  WRONG " + wrong,
                    ungraded.isEmpty() ? "" : "  ungraded " + ungraded, may.isEmpty() ? "" : "  may " + may);
        }
    }

    /**
     * Grades every report item of a run (one per code and anchor need: a group counts once) with the labels read as
     * grades: must is useful, noise is noise, must_not is wrong, may is set apart; an item is looked up by its anchor,
     * then by its other members; one with no label is ungraded.
     */
    Map<String, Grade> grade(Path needsJson) throws IOException {
        Map<String, Set<String>> items = new TreeMap<>();
        JsonNode doc = new ObjectMapper().readTree(needsJson.toFile());
        for (JsonNode n : doc.get("needs")) {
            for (JsonNode r : n.get("risks")) {
                String anchor = r.path("anchor").asText(n.get("id").asText());
                items.computeIfAbsent(anchor + "|" + r.get("code").asText(), k -> new java.util.TreeSet<>()).add(n.get("id").asText());
            }
        }
        Map<String, Grade> out = new TreeMap<>();
        for (Map.Entry<String, Set<String>> item : items.entrySet()) {
            String code = item.getKey().substring(item.getKey().indexOf('|') + 1);
            String anchor = item.getKey().substring(0, item.getKey().indexOf('|'));
            String label = labels.get(item.getKey());
            for (String member : item.getValue()) {
                label = label != null ? label : labels.get(member + "|" + code);
            }
            Grade g = out.computeIfAbsent(code, c -> new Grade(c, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                    new ArrayList<>()));
            (label == null ? g.ungraded() : label.equals("may") ? g.may() : label.equals("must") ? g.useful()
                    : label.equals("noise") ? g.noise() : g.wrong()).add(anchor);
        }
        return out;
    }

    /** The (need, code) pairs labelled must whose note starts with the given word, e.g. the planted problems. */
    Set<String> mustNoted(String prefix, Path file) throws IOException {
        Set<String> out = new java.util.TreeSet<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.RFC4180.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                if (rec.get("label").equals("must") && rec.get("note").startsWith(prefix)) {
                    out.add(rec.get("need") + "|" + rec.get("rule"));
                }
            }
        }
        return out;
    }

    /** The (need, code) pairs of any label whose note starts with the given word, e.g. the items fixed elsewhere. */
    Set<String> noted(String prefix, Path file) throws IOException {
        Set<String> out = new java.util.TreeSet<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.RFC4180.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                if (rec.get("note").startsWith(prefix)) {
                    out.add(rec.get("need") + "|" + rec.get("rule"));
                }
            }
        }
        return out;
    }

    /** The needs labelled must for a rule, with the note (e.g. LIVE's variant). */
    Map<String, String> must(String rule, Path file) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.RFC4180.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                if (rec.get("rule").equals(rule) && rec.get("label").equals("must")) {
                    out.put(rec.get("need"), rec.get("note"));
                }
            }
        }
        return out;
    }
}
