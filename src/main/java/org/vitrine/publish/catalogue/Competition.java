package org.vitrine.publish.catalogue;

import org.vitrine.model.Need;
import org.vitrine.risk.Exclusions;

/**
 * Whether suppliers can bid for a need, and what it is when they cannot: a direct award (procedure
 * {@code exempt} or {@code negotiated_without_call}), an order through a central purchasing body, or a
 * call-off under a framework already awarded, or an in-house contract (quasi-régie with an SPL, L2511-1 ff.: the
 * row's own words, {@link Exclusions#inHouse}; a « quasi-régie » with a SEM or private shareholders is none, L2511-1
 * excluding private capital: its page reads as the same row without the claim). Such a need is no opportunity for competition: its page
 * says what it is, offers no meeting, no launch reminder nor "who may bid", and the "open to offers" filter
 * leaves it out. Exposed to templates as {@code competition}.
 */
public final class Competition {

    public static final String OPEN = "open", DIRECT = "direct", CENTRAL = "central", CALL_OFF = "call_off",
            IN_HOUSE = "in_house";

    /** open, direct, central, call_off or in_house. */
    public static String of(Need n) {
        if ("central_purchasing".equals(n.route())) {
            return CENTRAL;
        }
        if ("call_off".equals(n.route())) {
            return CALL_OFF;
        }
        if (Exclusions.inHouse(n)) {
            return IN_HOUSE; // no notice will ever be published: the buyer contracts with the body it controls
        }
        if (n.notes() != null && n.notes().containsKey(CLAIM_NOTE)) {
            return DIRECT; // pages only: a flagged claim (a SEM's « quasi-régie », lawyer S CD62-27-05) reads as a planned direct award
        }
        if ("exempt".equals(n.procedure()) || "negotiated_without_call".equals(n.procedure())) {
            return DIRECT;
        }
        return OPEN;
    }

    public static boolean isOpen(Need n) {
        return OPEN.equals(of(n));
    }

    /**
     * The page's own mark (never in open data) of a direct award whose ground the staff report flags as not holding:
     * a planned « urgence impérieuse » (MAPA_ABOVE_THRESHOLD's urgency case, lawyer Q §3), or a « quasi-régie » with a
     * SEM (its in-house case, lawyer S, CD62-27-05), which then reads as a direct award the buyer plans. Set by
     * {@link org.vitrine.publish.PublicView} for pages only.
     */
    public static final String CLAIM_NOTE = "direct_claim_flagged";

    /** The heading key of MAPA_ABOVE_THRESHOLD's planned-urgency case: its flag makes the claim {@link #claimed}. */
    public static final String URGENCY_TITLE = "risk.MAPA_ABOVE_THRESHOLD.urgency.title";

    /**
     * The heading key of MAPA_ABOVE_THRESHOLD's in-house case: a « quasi-régie » with a SEM or private shareholders,
     * which L2511-1 refuses. The row stays open for the rules, but its page must not offer a meeting nor announce a
     * notice the buyer does not plan (lawyer S, CD62-27-05): its flag makes the claim {@link #claimed} too.
     */
    public static final String IN_HOUSE_TITLE = "risk.MAPA_ABOVE_THRESHOLD.inHouse.title";

    /**
     * True for a direct award whose ground is flagged (a planned urgency): its page gives the buyer's words
     * (« L'acheteur envisage … ») and states neither that no notice will be published nor that it is not open to offers.
     */
    public static boolean isClaimed(Need n) {
        return DIRECT.equals(of(n)) && n.notes() != null && n.notes().containsKey(CLAIM_NOTE);
    }

    /** For templates: {@code competition.claimed(need)}. */
    public boolean claimed(Need n) {
        return isClaimed(n);
    }

    /** For templates: {@code competition.kind(need)}. */
    public String kind(Need n) {
        return of(n);
    }

    /** For templates: {@code competition.open(need)}. */
    public boolean open(Need n) {
        return isOpen(n);
    }

    /** The central purchasing body the buyer named ("UGAP"), or "": kept by the normaliser as the route's note. */
    public String body(Need n) {
        String b = n.notes() == null ? null : n.notes().get("route");
        return b == null ? "" : b;
    }
}
