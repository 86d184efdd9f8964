package org.vitrine.risk.rules.need;

import java.util.ArrayList;
import java.util.List;
import org.vitrine.model.Cpv;
import org.vitrine.model.Need;
import org.vitrine.risk.Flags;
import org.vitrine.risk.NeedFacts;
import org.vitrine.risk.RiskContext;
import org.vitrine.risk.RiskRule;
import org.vitrine.risk.reference.CpvKeywords;
import org.vitrine.risk.reference.CpvWords;

/**
 * CPV_MISMATCH (docs/RISKS.md §3): the title names a market of reference/cpv-keywords.csv and no code of the need
 * (main or additional) starts with that market's prefixes. Without a matching pattern there is no flag: the rule
 * never guesses, nor when the main code's own label names the market too. Worded for the buyer: the feedback file
 * lists the expected codes.
 */
public final class CpvMismatch implements RiskRule {

    @Override
    public String code() {
        return "CPV_MISMATCH";
    }

    @Override
    public String defaultSeverity() {
        return "medium";
    }

    @Override
    public String section() {
        return "L";
    }

    @Override
    public void apply(List<Need> needs, RiskContext context, Flags flags) {
        CpvWords words = CpvWords.load();
        String lang = context.messages().lang();
        String separator = context.fmt().label("risk", "list_separator");
        for (NeedFacts f : context.all()) {
            Need n = f.need();
            if (n.cpv() == null || n.title() == null) {
                continue;
            }
            CpvKeywords.Line line = mismatch(n, words);
            if (line != null) {
                List<String> expected = new ArrayList<>();
                for (String p : line.prefixes()) {
                    String digits = (p + "00000000").substring(0, 8);
                    String label = words.label(digits, lang);
                    expected.add(words.fullCode(digits) + (label.isEmpty() ? "" : " " + label));
                }
                flags.on(this, context, f).add("risk.CPV_MISMATCH", n.title(), n.cpv().code(),
                        words.label(n.cpv().code().substring(0, 8), lang), String.join(separator, expected));
            }
        }
    }

    /** The first market of reference/cpv-keywords.csv the title names and no code of the need is in, or null. */
    static CpvKeywords.Line mismatch(Need n, CpvWords words) {
        if (n.cpv() == null || n.cpv().code() == null || n.title() == null) {
            return null;
        }
        String title = CpvKeywords.fold(n.title());
        for (CpvKeywords.Line line : CpvKeywords.load().lines()) {
            // a main code whose own label names the market is the buyer's fair choice ("Approvisionnement en
            // électricité", 31682000): the rule never argues with the vocabulary
            if (line.matches(title) && !coded(n, line)
                    && !line.matches(CpvKeywords.fold(words.label(n.cpv().code().substring(0, 8), "fr")))) {
                return line;
            }
        }
        return null;
    }

    private static boolean coded(Need n, CpvKeywords.Line line) {
        if (line.expects(n.cpv().code())) {
            return true;
        }
        if (n.cpvAdditional() != null) {
            for (Cpv c : n.cpvAdditional()) {
                if (line.expects(c.code())) {
                    return true;
                }
            }
        }
        return false;
    }
}
