package org.vitrine.risk.rules.need;

import java.util.List;
import java.util.regex.Pattern;
import org.vitrine.model.Need;
import org.vitrine.risk.Flags;
import org.vitrine.risk.NeedFacts;
import org.vitrine.risk.RiskContext;
import org.vitrine.risk.RiskRule;
import org.vitrine.risk.Texts;
import org.vitrine.risk.reference.Words;

/**
 * DESIGN_CONTEST_MISSING (docs/RISKS.md §8, issue 17 third review): a maîtrise d'œuvre contract for a new building,
 * certainly at or above T, planned without a design contest. R2172-2 requires the contest of the State, the
 * collectivités and their public establishments from the EU threshold for a new building, except the reuse or
 * rehabilitation of an existing building, infrastructure works and works of research or experimentation. Evidence,
 * not uncertainty: the title must name a construction (construction, bâtiment neuf) and none of those exceptions
 * (an extension or a restructuring may be either, so it gives no flag); the main CPV is in division 71.
 */
public final class DesignContestMissing implements RiskRule {

    /** The title names a new building. */
    private static final Pattern NEW_BUILDING = Pattern.compile(".*\\b(construction|neuf|neuve|nouveau batiment)\\b.*");
    /** The exceptions of R2172-2 and the works that may fall in them, as written in titles. */
    private static final Pattern EXCEPTION = Pattern.compile(".*\\b(rehabilitation|renovation|restructuration|reamenagement"
            + "|amenagement|extension|reutilisation|transformation|mise aux normes|mise en conformite|infrastructure|voirie"
            + "|route|pont|ouvrage d art|reseau|reseaux|station|assainissement|eau potable|recherche|experimentation"
            + "|schema directeur|etude|etudes)\\b.*");

    @Override
    public String code() {
        return "DESIGN_CONTEST_MISSING";
    }

    @Override
    public String defaultSeverity() {
        return "high";
    }

    @Override
    public String section() {
        return "S";
    }

    @Override
    public void apply(List<Need> needs, RiskContext context, Flags flags) {
        Texts t = new Texts(context);
        for (NeedFacts f : context.all()) {
            Need n = f.need();
            // the cheap tests first: the title is read only for an architecture or engineering service (CPV 71, where
            // maîtrise d'œuvre is coded; a title coded elsewhere is CPV_MISMATCH's matter) at or above T
            if (!f.open() || !f.comparable() || n.cpv() == null || !n.cpv().code().startsWith("71") || !f.value().atLeast(f.eu().value())
                    || "design_contest".equals(n.technique()) || contestAnnounced(n)
                    || !newBuildingDesign(n) || socialHousingExempt(f)) {
                continue;
            }
            flags.on(this, context, f).add("risk.DESIGN_CONTEST_MISSING", t.value(f.value()), t.euros(f.eu().value()),
                    t.basis(f.eu()), LaunchedRemedy.text(t, f, context, t.message("risk.launched.contest.before"),
                            t.message("risk.launched.contest")));
        }
    }

    /**
     * Works R2172-2 leaves out whatever the building: an existing one reused or rehabilitated, infrastructure, networks,
     * research, and studies that are no design (lawyer F, VSA-27-11: no contest for a rehabilitation).
     */
    private static final Pattern NO_BUILDING = Pattern.compile(".*\\b(rehabilitation|renovation|reutilisation|mise aux normes"
            + "|mise en conformite|infrastructure|voirie|route|routes|pont|ouvrage d art|reseau"
            + "|reseaux|station|assainissement|eau potable|recherche|experimentation|schema directeur|etude|etudes)\\b.*");

    /**
     * Maîtrise d'œuvre of a building (new, extended or restructured: the title names no infrastructure) with no contest
     * planned: where another rule raises it (MAPA_ABOVE_THRESHOLD), its remedy names the contest of R2172-2 and its
     * exceptions (lawyer H, DEP-27-16: an extension, no flag of its own, §3).
     */
    static boolean buildingDesign(Need n) {
        return n.cpv() != null && n.cpv().code().startsWith("71") && !"design_contest".equals(n.technique())
                && NotAllotted.projectManagement(n) && !NO_BUILDING.matcher(Words.fold(n.title())).matches();
    }

    /**
     * A contest the buyer announces in words rather than in the procedure column: « un concours restreint de maîtrise
     * d'œuvre est organisé » in the description or remarks (lawyer K, UNA-27-12: « sans concours indiqué » was a false
     * fact). « sans concours » and « pas de concours » announce none.
     */
    static boolean contestAnnounced(Need n) {
        for (String text : new String[] {n.description(), n.remarks()}) {
            String folded = text == null ? "" : Words.fold(text);
            if (CONTEST.matcher(folded).matches() && !NO_CONTEST.matcher(folded).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * An HLM body of L411-2 CCH (OPH, ESH, coopérative HLM: buyers.yaml's socialHousing, or an OPH's name) designing
     * social rental housing: exempt from the contest since the loi ELAN (art. 88; lawyer S, HDL-27-04: 42 logements
     * locatifs aidés PLUS/PLAI of an OPH). Its other buildings (offices, a head office) are not.
     */
    static boolean socialHousingExempt(NeedFacts f) {
        Need n = f.need();
        return f.buyer() != null && f.buyer().socialHousing()
                && (HOUSING.matcher(Words.fold(n.title())).matches() || HOUSING.matcher(Words.fold(n.description())).matches());
    }

    private static final Pattern HOUSING = Pattern.compile(".*\\b(logement|logements|locatif|locatifs|locative|locatives|plai|pls|hlm)\\b.*");

    private static final Pattern CONTEST = Pattern.compile(".*\\bconcours\\b.*");
    private static final Pattern NO_CONTEST = Pattern.compile(".*\\b(sans|pas de|aucun|hors) concours\\b.*");

    /** Maîtrise d'œuvre (the words in the title) of a new building, none of R2172-2's exceptions named. */
    static boolean newBuildingDesign(Need n) {
        String title = Words.fold(n.title());
        return NotAllotted.projectManagement(n) && NEW_BUILDING.matcher(title).matches() && !EXCEPTION.matcher(title).matches();
    }
}
