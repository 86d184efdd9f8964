package org.vitrine.publish.risks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vitrine.messages.Fmt;
import org.vitrine.messages.Messages;
import org.vitrine.model.Award;
import org.vitrine.model.AwardLink;
import org.vitrine.model.Need;

/**
 * The staff report's lines on past awards (DECP), formatted: each need's current contract with why it was linked,
 * and the renewals missing from the forecast (EXPECTED_RENEWAL_MISSING). Internal only: holders are named here.
 */
public final class AwardRows {

    /** A need and its current contract. */
    public record LinkRow(String needId, String reference, String title, String awardId, String notified, String end,
            String holder, String amount, String bids, String why) {
    }

    /** An award ending in the forecast window that no need renews. */
    public record RenewalRow(String awardId, String title, String cpv, String notified, String end, String months,
            String holder, String amount, String bids) {
    }

    private AwardRows() {
    }

    public static List<LinkRow> links(List<AwardLink> links, Map<String, Need> needs, Messages m, Fmt fmt) {
        List<LinkRow> out = new ArrayList<>();
        for (AwardLink l : links) {
            Need n = needs.get(l.needId());
            Award a = l.award();
            String why = "reference".equals(l.reason()) || "confirmed".equals(l.reason())
                    ? m.get("awards.why." + l.reason(), a.id())
                    : m.get("awards.why." + l.reason(), a.cpv(), fmt.date(a.end()), l.daysApart());
            out.add(new LinkRow(l.needId(), l.needReference(), n == null ? "" : n.title(), a.id(), fmt.date(a.notification()),
                    a.end() == null ? "" : fmt.date(a.end()), a.holderNames(), amount(a, fmt), bids(a, m), why));
        }
        return out;
    }

    public static List<RenewalRow> renewals(List<Award> awards, Messages m, Fmt fmt) {
        List<RenewalRow> out = new ArrayList<>();
        for (Award a : awards) {
            out.add(new RenewalRow(a.id(), a.title() == null ? "" : a.title(), a.cpv(), fmt.date(a.notification()),
                    fmt.date(a.end()), String.valueOf(a.durationMonths()), a.holderNames(), amount(a, fmt), bids(a, m)));
        }
        return out;
    }

    /** One feedback line's reason for a missing renewal, with its figures. */
    public static String renewalReason(Award a, Messages m, Fmt fmt) {
        return m.get("awards.renewal.reason", a.id(), a.title() == null ? "" : a.title(), a.cpv(), fmt.date(a.notification()),
                a.durationMonths(), fmt.date(a.end()), amount(a, fmt), a.holderNames().isEmpty() ? "—" : a.holderNames());
    }

    private static String amount(Award a, Fmt fmt) {
        return a.amount() == null ? "" : fmt.number(a.amount()) + "\u00A0€";
    }

    private static String bids(Award a, Messages m) {
        return a.bidsReceived() == null ? m.get("awards.bids.unknown") : String.valueOf(a.bidsReceived());
    }
}
