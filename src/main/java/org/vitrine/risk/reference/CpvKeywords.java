package org.vitrine.risk.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.vitrine.normalise.parse.ReferenceCsv;

/**
 * The curated title patterns of CPV_MISMATCH (reference/cpv-keywords.csv): a pattern names a market without
 * doubt, and the CPV prefixes that market uses.
 */
public final class CpvKeywords {

    /**
     * One line of the table: the pattern, the prefixes expected, an optional pattern that suppresses it, and the
     * pattern's words of four letters or more: a title can only match when it holds one of them (a cheap test made
     * before the regular expression; none means the expression always runs).
     */
    public record Line(String id, Pattern pattern, List<String> prefixes, Pattern unless, List<String> cues) {

        /** True when the folded title names this market. */
        public boolean matches(String foldedTitle) {
            if (!cues.isEmpty() && !any(foldedTitle)) {
                return false;
            }
            return pattern.matcher(foldedTitle).find() && (unless == null || !unless.matcher(foldedTitle).find());
        }

        private boolean any(String title) {
            for (String c : cues) {
                if (title.contains(c)) {
                    return true;
                }
            }
            return false;
        }

        /** True when a code starts with one of the prefixes. */
        public boolean expects(String code) {
            for (String p : prefixes) {
                if (code != null && code.startsWith(p)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final class Holder {
        static final CpvKeywords INSTANCE = new CpvKeywords();
    }

    private final List<Line> lines = new ArrayList<>();

    private CpvKeywords() {
        for (CSVRecord r : ReferenceCsv.read("/reference/cpv-keywords.csv")) {
            String unless = r.get("unless").strip();
            String pattern = r.get("pattern").strip();
            lines.add(new Line(r.get("id").strip(), words(pattern), List.of(r.get("prefixes").strip().split("\\s+")),
                    unless.isEmpty() ? null : words(unless), cues(pattern)));
        }
    }

    /**
     * The literal words of a pattern (runs of four letters or more, a letter made optional by "?" left out) when
     * every alternative holds one; else none. Every way the pattern can match then contains one of them.
     */
    static List<String> cues(String regex) {
        List<String> out = new ArrayList<>();
        for (String alternative : topLevel(regex)) {
            List<String> found = new ArrayList<>();
            StringBuilder run = new StringBuilder();
            for (int i = 0; i <= alternative.length(); i++) {
                char c = i < alternative.length() ? alternative.charAt(i) : ' ';
                if (c >= 'a' && c <= 'z') {
                    run.append(c);
                    continue;
                }
                if (c == '?' && run.length() > 0) {
                    run.setLength(run.length() - 1);
                }
                if (run.length() >= 4 && depth(alternative, i - run.length()) == 0) {
                    found.add(run.toString());
                }
                run.setLength(0);
            }
            if (!found.isEmpty()) {
                out.add(found.get(0));
                continue;
            }
            List<String> group = lastLiteralGroup(alternative);
            if (group.isEmpty()) {
                return List.of(); // an alternative without a literal word: always run the pattern
            }
            out.addAll(group);
        }
        return List.copyOf(out);
    }

    /** The words of the last top-level group made only of words ("(cuisine|restauration)"), each of four letters or more. */
    private static List<String> lastLiteralGroup(String alternative) {
        java.util.regex.Matcher m = Pattern.compile("\\(([a-z?|]+)\\)").matcher(alternative);
        List<String> last = List.of();
        while (m.find()) {
            if (depth(alternative, m.start()) != 0) {
                continue;
            }
            List<String> words = new ArrayList<>();
            for (String w : m.group(1).split("\\|")) {
                String stem = w.endsWith("?") ? w.substring(0, w.length() - 2) : w;
                if (stem.length() < 4 || stem.contains("?")) {
                    words = null;
                    break;
                }
                words.add(stem);
            }
            if (words != null) {
                last = words;
            }
        }
        return last;
    }

    /** The pattern split at its top-level "|". */
    private static List<String> topLevel(String regex) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (c == '|' && depth == 0) {
                parts.add(regex.substring(from, i));
                from = i + 1;
            }
        }
        parts.add(regex.substring(from));
        return parts;
    }

    /** The group depth at a position. */
    private static int depth(String s, int at) {
        int d = 0;
        for (int i = 0; i < at; i++) {
            d += s.charAt(i) == '(' ? 1 : s.charAt(i) == ')' ? -1 : 0;
        }
        return d;
    }

    private static Pattern words(String regex) {
        return Pattern.compile("\\b(?:" + regex + ")\\b");
    }

    public static CpvKeywords load() {
        return Holder.INSTANCE;
    }

    public List<Line> lines() {
        return lines;
    }

    /** The title as the patterns read it: lower case, no accents, one space between words. */
    public static String fold(String title) {
        return Words.fold(title);
    }
}
