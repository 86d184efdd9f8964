package org.vitrine.risk.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.vitrine.config.Fold;

/**
 * The curated title patterns of CPV_MISMATCH (reference/cpv-keywords.csv): a pattern names a market without
 * doubt, and the CPV prefixes that market uses.
 */
public final class CpvKeywords {

    /** One line of the table: the pattern, the prefixes expected, an optional pattern that suppresses it. */
    public record Line(String id, Pattern pattern, List<String> prefixes, Pattern unless) {

        /** True when the folded title names this market. */
        public boolean matches(String foldedTitle) {
            return pattern.matcher(foldedTitle).find() && (unless == null || !unless.matcher(foldedTitle).find());
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
            lines.add(new Line(r.get("id").strip(), words(r.get("pattern").strip()),
                    List.of(r.get("prefixes").strip().split("\\s+")), unless.isEmpty() ? null : words(unless)));
        }
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
        return Fold.fold(title);
    }
}
