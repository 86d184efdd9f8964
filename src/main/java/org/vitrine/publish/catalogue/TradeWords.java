package org.vitrine.publish.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The curated table of trade words (reference/trade-words.txt): a word or phrase a supplier types, the CPV
 * prefixes it stands for ("informatique" → 302, 48, 72…) and, after a "|", the other words of the trade a buyer
 * writes ("plomberie | plombier"). The search index carries it; the page script matches such a word by CPV prefix
 * (main, secondary or a lot's code), by the need's own text and its lots' titles, or by a CPV label below the group,
 * never through a division's or a group's label.
 */
public final class TradeWords {

    /** A phrase as written ("entretien des locaux"), its CPV prefixes and its synonyms as written ("plombier"). */
    public record Trade(String phrase, List<String> prefixes, List<String> synonyms) {
    }

    private static final Pattern CODE = Pattern.compile("\\d{2,8}");

    private TradeWords() {
    }

    private static final class Holder {
        static final List<Trade> TABLE = read();
    }

    public static List<Trade> table() {
        return Holder.TABLE;
    }

    private static List<Trade> read() {
        List<Trade> out = new ArrayList<>();
        for (ReferenceLines.Line line : ReferenceLines.read("/reference/trade-words.txt")) {
            String body = line.body();
            int eq = body.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String phrase = body.substring(0, eq).strip(); // folded by the page script, as it folds the query
            String rest = body.substring(eq + 1);
            int bar = rest.indexOf('|');
            List<String> synonyms = bar < 0 || rest.substring(bar + 1).isBlank() ? List.of()
                    : List.of(rest.substring(bar + 1).strip().split("\\s+"));
            List<String> prefixes = new ArrayList<>();
            for (String p : (bar < 0 ? rest : rest.substring(0, bar)).strip().split("\\s+")) {
                if (!CODE.matcher(p).matches()) {
                    throw new IllegalStateException("trade-words.txt: not a CPV prefix: " + p + " in " + line.written());
                }
                prefixes.add(p);
            }
            out.add(new Trade(phrase, List.copyOf(prefixes), synonyms));
        }
        return List.copyOf(out);
    }
}
