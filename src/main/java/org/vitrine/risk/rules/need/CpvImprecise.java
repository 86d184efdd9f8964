package org.vitrine.risk.rules.need;

import java.util.List;
import java.util.Set;
import org.vitrine.model.Need;
import org.vitrine.risk.Flags;
import org.vitrine.risk.NeedFacts;
import org.vitrine.risk.RiskContext;
import org.vitrine.risk.RiskRule;
import org.vitrine.risk.reference.CpvKeywords;
import org.vitrine.risk.reference.CpvWords;

/**
 * CPV_IMPRECISE (docs/RISKS.md §3): an open opportunity coded with (a) a division (xx000000), or (b) a group
 * (xxx00000) when a code under it matches the title: all the words that distinguish that code from the group
 * appear in the title. It proposes that code (the one matching most words); a group without a matching code is at
 * the right level. A division gets no proposal: among its hundreds of codes a few shared words pick the wrong one,
 * and since version 2.7 (lawyer E: 6 of 8 items noise) a code without a proposal is no staff item: the buyer's
 * feedback file asks for a finer code, with the nearby codes of its title (Feedback). Worded for the buyer: the feedback
 * file lists the proposal.
 */
public final class CpvImprecise implements RiskRule {

    @Override
    public String code() {
        return "CPV_IMPRECISE";
    }

    @Override
    public String defaultSeverity() {
        return "low";
    }

    @Override
    public String section() {
        return "I";
    }

    @Override
    public void apply(List<Need> needs, RiskContext context, Flags flags) {
        CpvWords words = CpvWords.load();
        String lang = context.messages().lang();
        boolean mismatch = context.settings().enabled("CPV_MISMATCH");
        for (NeedFacts f : context.all()) {
            Need n = f.need();
            if (!f.open() || n.cpv() == null || n.cpv().code() == null || n.cpv().code().length() < 8) {
                continue;
            }
            String digits = n.cpv().code().substring(0, 8);
            if (digits.endsWith("000000") || !digits.endsWith("00000")) {
                continue; // a division: the feedback file's line (no proposal to make, nothing for the staff)
            }
            // only a group's codes are proposed: a whole division offers too many near matches to pick one; a title
            // naming its object without doubt gets the curated code first (lawyer H, D6: chemical waste is hazardous)
            String proposal = org.vitrine.risk.reference.CpvProposals.load().proposal(digits, n.title());
            if (proposal == null) {
                proposal = proposal(digits, CpvWords.words(n.title()), words);
            }
            if (proposal == null) {
                proposal = CpvMismatch.marketBelow(n, words); // a market the title names, under this code
            }
            if (proposal == null) {
                continue;
            }
            if (mismatch && sameFix(CpvMismatch.mismatch(n, words), proposal)) {
                continue;
            }
            boolean lots = (n.lots() != null && n.lots() > 1) || n.lotList().size() > 1;
            flags.on(this, context, f).add("risk.CPV_IMPRECISE", n.cpv().code(), words.fullCode(proposal),
                    words.label(proposal, lang), lots ? 1 : 0);
        }
    }

    /**
     * One line per need (RISKS.md §6, issue 17 fourth review): CPV_MISMATCH already asks for a code of the right
     * market; a proposal inside that market is the same fix, so CPV_MISMATCH, which names the market, is the line
     * kept. A proposal outside it is another point and stays.
     */
    static boolean sameFix(CpvKeywords.Line line, String proposal) {
        return line != null && line.prefixes().stream().anyMatch(proposal::startsWith);
    }

    /** The code under {@code ancestor} whose distinguishing words all appear in the title, most words first. */
    static String proposal(String ancestor, Set<String> title, CpvWords words) {
        String best = null;
        int bestCount = 0;
        for (CpvWords.Candidate c : words.descendants(ancestor)) {
            int count = !c.frWords().isEmpty() && title.containsAll(c.frWords()) ? c.frWords().size()
                    : !c.enWords().isEmpty() && title.containsAll(c.enWords()) ? c.enWords().size() : 0;
            if (count > bestCount) {
                best = c.code();
                bestCount = count;
            }
        }
        return best;
    }
}
