package org.vitrine.publish.risks;

import java.util.Map;
import org.vitrine.context.Run;
import org.vitrine.messages.Fmt;
import org.vitrine.model.Award;
import org.vitrine.model.AwardLink;
import org.vitrine.model.Need;
import org.vitrine.model.Period;
import org.vitrine.risk.awards.AwardMatcher;

/**
 * A missing renewal's look-alike (risk/awards {@code AwardMatcher.nearMiss}): the buyer's line of the same 8-digit CPV
 * that was not linked to the award only because its date is too far from the award's end. One sentence (file, row,
 * the date given, days off, the window) for the buyer's feedback line and the staff's point: told to the buyer only,
 * staff read « aucun besoin ne le renouvelle » and could ask for a duplicate line (officer Y, D2).
 */
public final class NearMisses {

    /** The look-alike need, whether its date is its incumbent's end (else its start), how far, and the sentence. */
    public record Line(Need need, boolean byEnd, long daysApart, String sentence) {

        /** The date the buyer gave: the incumbent's end, else the start. */
        public Period date() {
            return byEnd ? need.incumbentEnd() : need.contractStart();
        }

        /** The column of that date, as the buyer's file heads it. */
        public String field() {
            return byEnd ? "incumbent_end" : "contract_start";
        }
    }

    private NearMisses() {
    }

    /**
     * The look-alike of a missing renewal of {@code buyer}, or null; {@code byId}: the run's needs by id, {@code window}:
     * the match's days (AwardEvidence.matchWindowDays).
     */
    public static Line of(Run run, Map<String, Need> byId, int window, String buyer, Award a, Fmt fmt) {
        AwardLink l = run.nearMiss(a.id());
        Need n = l == null ? null : byId.get(l.needId());
        if (n == null || !n.buyer().id().equals(buyer)) {
            return null;
        }
        boolean byEnd = AwardMatcher.byIncumbentEnd(n);
        Line line = new Line(n, byEnd, l.daysApart(), null);
        String sentence = run.messages().get(byEnd ? "awards.renewal.near.end" : "awards.renewal.near.start",
                n.reference() == null ? "" : n.reference(), n.title(), n.source().file(), n.source().row(), fmt.period(line.date()),
                l.daysApart(), window);
        return new Line(n, byEnd, l.daysApart(), sentence);
    }
}
