package org.vitrine.risk.rules.need;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.vitrine.risk.reference.Words;
import org.vitrine.model.Need;
import org.vitrine.risk.Exclusions;
import org.vitrine.risk.Flags;
import org.vitrine.risk.NeedFacts;
import org.vitrine.risk.RiskContext;
import org.vitrine.risk.RiskRule;
import org.vitrine.risk.Texts;
import org.vitrine.risk.Threshold;
import org.vitrine.risk.Value;

/**
 * MAPA_ABOVE_THRESHOLD (docs/RISKS.md §3): an open opportunity planned under MAPA whose value is certainly at or
 * above T (a: formalised procedure required; c: social services, MAPA lawful but a JOUE notice required), or
 * exempt at or above the dispense threshold (b). A straddling range is THRESHOLD_EDGE's; "petit lot" in the
 * title or description (R2123-1 2°) suppresses the flag; (b) is skipped when the row records another basis.
 * (d): a negotiated procedure without call at or above the dispense threshold with no basis written anywhere in the
 * row (issue 17 fifth review). (a) to (c) test the contract's value (version 2.14, lawyer J): a framework agreement's
 * maximum (R2121-8), a groupement de commandes' total (L2113-6, L2113-7), each member's row flagged, as each plans it.
 */
public final class MapaAboveThreshold implements RiskRule {

    @Override
    public String code() {
        return "MAPA_ABOVE_THRESHOLD";
    }

    @Override
    public String defaultSeverity() {
        return "high";
    }

    @Override
    public String section() {
        return "S";
    }

    /**
     * The in-house case (heading {@code risk.MAPA_ABOVE_THRESHOLD.inHouse.title}): a « quasi-régie » that cannot hold
     * (private capital, a SEM) for a contract at or above the dispense threshold. Its item already tells the buyer to
     * put the contract to competition, so LOW_COMPETITION stays quiet beside it (lawyer U, EMS-2027-001, version 2.26).
     */
    public static boolean inHouseFinding(NeedFacts f) {
        return f.inHouse() != null && !f.inHouse().holds() && f.open() && f.comparable() && f.contract().atLeast(f.dispense().value());
    }

    @Override
    public void apply(List<Need> needs, RiskContext context, Flags flags) {
        Texts t = new Texts(context);
        String socialSeverity = context.settings().stringParam(code(), "socialSeverity", "medium");
        // planned urgency counts from the event (the edition date without one): the same day for every need
        LocalDate from = context.eventDate() != null ? context.eventDate() : context.editionDate();
        for (NeedFacts f : context.all()) {
            Need n = f.need();
            boolean adapted = "adapted".equals(n.procedure());
            boolean exempt = "exempt".equals(n.procedure());
            boolean withoutCall = "negotiated_without_call".equals(n.procedure());
            if (f.inHouse() != null && !f.inHouse().holds()) {
                // « quasi-régie » with a SEM or private shareholders (lawyer O, CD81-27-82): L2511-1 excludes any direct
                // private capital, so the claim is no exclusion (§2, version 2.22) and the need stays open for every
                // rule; this one says why the ground cannot hold, and no other of its cases reads the row
                if (inHouseFinding(f)) {
                    Exclusions.PrivateCapital pc = f.inHouse().privateCapital();
                    Value v = f.contract();
                    flags.on(this, context, f).title("risk.MAPA_ABOVE_THRESHOLD.inHouse.title").add("risk.MAPA_ABOVE_THRESHOLD.inHouse",
                            t.value(v), pc.sem() ? 0 : 1, pc.share() == null ? 0 : 1, pc.share() == null ? "" : pc.share(),
                            v.atLeast(f.eu().value()) ? 1 : 0, t.euros(f.eu().value()), t.basis(f.eu()));
                }
                continue;
            }
            // a cell naming the ground alone (« Urgence impérieuse (R2122-1) ») reads as « other »: a purchase without publicity
            boolean other = "other".equals(n.procedure());
            boolean planned = (exempt || withoutCall || other) && plannedUrgency(f, from);
            boolean groundAlone = other && planned;
            if (!f.open() || !(adapted || exempt || withoutCall || groundAlone) || !f.comparable()) {
                continue;
            }
            // the contract's value chooses the procedure: a framework's maximum, a groupement's total (version 2.14)
            Value v = f.contract();
            if (adapted && v.atLeast(f.eu().value()) && !smallLot(n) && !negotiatedBasis(n)) {
                Threshold works = worksReading(f, context);
                if (works != null) {
                    // a supply code on a works title (officer Z3, D1): the MAPA is lawful if it is works, so the line
                    // questions the code rather than asserting an irregularity on the supplies threshold
                    flags.on(this, context, f).severity(socialSeverity).title("risk.MAPA_ABOVE_THRESHOLD.title.worksReading")
                            .add("risk.MAPA_ABOVE_THRESHOLD.worksReading", t.value(v), t.euros(f.eu().value()), t.basis(f.eu()),
                                    n.cpv().code(), n.title(), t.euros(works.value()));
                    continue;
                }
                boolean social = f.eu().basis() == Threshold.Basis.social || f.eu().basis() == Threshold.Basis.social_network;
                Flags.Builder b = flags.on(this, context, f);
                if (social) {
                    b.severity(socialSeverity);
                }
                // the heading names the case (lawyer E: « Procédure adaptée au-delà du seuil » on a lawful MAPA)
                b.title(social ? "risk.MAPA_ABOVE_THRESHOLD.title.social" : f.eu().basis() == Threshold.Basis.defence
                        ? "risk.MAPA_ABOVE_THRESHOLD.title.defence" : "risk.MAPA_ABOVE_THRESHOLD.title.formalised");
                b.add("risk.MAPA_ABOVE_THRESHOLD", t.value(v), t.euros(f.eu().value()), t.basis(f.eu()),
                        social ? 2 : f.eu().basis() == Threshold.Basis.defence ? 3 : 0,
                        f.eu().latestKnown() ? 1 : 0, social ? "" : " " + (f.eu().basis() != Threshold.Basis.defence
                                && DesignContestMissing.buildingDesign(n) && !DesignContestMissing.socialHousingExempt(f) ? t.message("risk.MAPA_ABOVE_THRESHOLD.contest") + " " : "")
                                // a contract in lots: the small-lots exception, as SPLIT_SUSPECT gives it (lawyer Q, RO-27-82)
                                + (f.eu().basis() != Threshold.Basis.defence && n.lots() != null && n.lots() >= 2
                                ? t.message("risk.MAPA_ABOVE_THRESHOLD.smallLots", n.lots(),
                                        org.vitrine.risk.SmallLots.exception(t, n.category(), 1),
                                        t.euros(org.vitrine.risk.SmallLots.SHARE * v.min())) + " " : "")
                                + LaunchedRemedy.text(t, f, context,
                                t.message("risk.launched.formalised.before"), t.message("risk.launched.formalised")),
                        // the defence column a non-State buyer wrote is disregarded (§8 2.1): say so, the buyer corrects it (lawyer D, SDIS27-02)
                        Boolean.TRUE.equals(n.defence()) && f.eu().basis() != Threshold.Basis.defence ? 1 : 0,
                        f.valuedAs(), t.value(f.value()));
            } else if (planned && v.atLeast(f.dispense().value())) {
                // « urgence impérieuse » for a need of the forecast, launched after the event (lawyer O, SD34-27-81: a
                // helicopter for the 2027 fire season): foreseeable by definition, R2122-1 cannot hold
                java.time.Period gap = java.time.Period.between(from, f.launch().first());
                boolean eu = v.atLeast(f.eu().value());
                flags.on(this, context, f).title("risk.MAPA_ABOVE_THRESHOLD.urgency.title").add("risk.MAPA_ABOVE_THRESHOLD.urgency",
                        t.value(v), t.period(n.launch()), gap.toTotalMonths(), gap.getDays(), context.eventDate() != null ? 0 : 1,
                        t.date(from), eu ? 1 : 0, t.euros(f.eu().value()), t.basis(f.eu()), recurs(n) ? 1 : 0);
            } else if ((exempt || withoutCall) && ceilingReached(f, context) != null && !smallLot(n)) {
                // a ground capped by a value (books R2122-9, innovation R2122-9-1), the row's only one, at or above its
                // ceiling holds for no part of the need (lawyer L, MRG-27-09: 95 000 € of books under R2122-9 was silent)
                Threshold ceiling = ceilingReached(f, context);
                flags.on(this, context, f).title("risk.MAPA_ABOVE_THRESHOLD.title.ceiling").add("risk.MAPA_ABOVE_THRESHOLD.ceiling",
                        t.value(v), t.euros(ceiling.value()), t.basis(ceiling), v.atLeast(f.eu().value()) ? 1 : 0, t.euros(f.eu().value()));
            } else if (exempt && v.atLeast(f.dispense().value()) && !otherBasis(n) && !smallLot(n) && !negotiatedBasis(n)) {
                flags.on(this, context, f).title("risk.MAPA_ABOVE_THRESHOLD.title.exempt")
                        .add("risk.MAPA_ABOVE_THRESHOLD", t.value(v), t.euros(f.dispense().value()),
                        t.basis(f.dispense()), 1, 0, LaunchedRemedy.state(f, context) == 0 ? ""
                                : " " + LaunchedRemedy.text(t, f, context, "", t.message("risk.launched.adapted")).trim(), 0,
                        f.valuedAs(), t.value(f.value()));
            } else if (withoutCall && f.value().atLeast(f.dispense().value()) && !basisWritten(n) && !smallLot(n)) {
                // (d) « sans publicité ni mise en concurrence » from the dispense threshold is lawful only in a case
                // of R2122-1 ff. or an exclusion: none written, the buyer is asked to name it (lawyer C, UB-27-03)
                // at or above T the only alternative to a case of R2122 is a formalised procedure (lawyer D, CHU27-04)
                boolean social = f.eu().basis() == Threshold.Basis.social || f.eu().basis() == Threshold.Basis.social_network;
                int fallback = !f.value().atLeast(f.eu().value()) ? 0 : social ? 2 : 1;
                // the dispense threshold written as the ground (lawyer Q, PLE-27-06 « (R2122-8) » at 75 000 €): named,
                // and why it does not hold, rather than « sans fondement écrit »
                boolean dispenseWritten = DISPENSE.matcher(basisText(n)).find();
                flags.on(this, context, f).title(dispenseWritten ? "risk.MAPA_ABOVE_THRESHOLD.title.dispenseWritten"
                        : fallback == 1 ? "risk.MAPA_ABOVE_THRESHOLD.title.noBasisEu"
                        : "risk.MAPA_ABOVE_THRESHOLD.title.noBasis").add("risk.MAPA_ABOVE_THRESHOLD.noBasis", t.value(f.value()),
                        t.euros(f.dispense().value()), t.basis(f.dispense()), fallback, t.euros(f.eu().value()),
                        dispenseWritten ? 1 : 0);
            }
        }
    }

    /** The dispense threshold's article (R2122-8), folded: a ground written that this rule's threshold tests. */
    private static final Pattern DISPENSE = Pattern.compile("\\br ?2122 8\\b");
    /** « Urgence impérieuse » or its article R2122-1 (not R2122-10, R2122-11), folded: the ground, not « travaux d'urgence ». */
    private static final Pattern URGENCY = Pattern.compile("\\b(urgence imperieuse|r ?2122 1)\\b(?! ?\\d)");
    /** A case of R2122-2 to R2122-11 but R2122-8 (any case but urgency and the dispense threshold), folded. */
    private static final Pattern OTHER_CASE = r2122Case("1");
    /** The exclusive rights of R2122-3 3° in words, folded (« exclusivité constructeur », « titulaire des droits »). */
    private static final String EXCLUSIVE_RIGHTS = "exclusivite|droits? exclusifs?|titulaires? des droits";
    private static final Pattern EXCLUSIVITY = Pattern.compile("\\b(" + EXCLUSIVE_RIGHTS + ")\\b");

    /** A case of R2122-1 ff. as folded text reads it (« r2122 3 »), but R2122-8 (the dispense threshold) and {@code but}. */
    private static Pattern r2122Case(String but) {
        return Pattern.compile("\\br ?2122 (?!8\\b|" + but + "\\b)\\d+\\b");
    }

    /**
     * The row rests on imperative urgency (R2122-1) alone, for a launch certainly after the event (the edition date
     * when none is set): a need shown in the forecast before its launch is foreseeable, and R2122-1 admits only an
     * urgency from outside circumstances the buyer could not foresee, never of its own making (directive 2014/24,
     * art. 32 §2 c). A launch on or before the event may answer a real emergency; another ground written (another
     * case of R2122, exclusive rights, an exclusion, books, innovation) may hold: both quiet.
     */
    static boolean plannedUrgency(NeedFacts f, LocalDate from) {
        Need n = f.need();
        if (f.launch() == null || from == null || !f.launch().first().isAfter(from)) {
            return false;
        }
        String text = basisText(n);
        return URGENCY.matcher(text).find() && !OTHER_CASE.matcher(text).find() && !EXCLUSIVITY.matcher(text).find()
                && !otherBasis(n);
    }

    /**
     * R2122-1 to R2122-11 but R2122-8 (the dispense threshold this rule tests) and R2122-9, R2122-9-1 (books and
     * innovation, grounds capped by a value: {@link #cappedBasis}), as folded text reads them.
     */
    static final Pattern NEGOTIATED_BASIS = r2122Case("9");
    private static final Pattern BOOKS = Pattern.compile("\\br ?2122 9\\b(?! 1\\b)");
    private static final Pattern INNOVATION = Pattern.compile("\\br ?2122 9 1\\b");
    /** Grounds without publicity that no value caps: exclusions, exclusive rights, urgency, in-house (R2122-x: NEGOTIATED_BASIS). */
    private static final Pattern UNCAPPED_BASIS = Pattern.compile(
            "\\b(l ?2511|l ?2512|" + EXCLUSIVE_RIGHTS + "|urgence imperieuse|quasi regie)\\b");
    private static final Pattern EXCLUDED = Pattern.compile("\\b(exclusion|exclu|exclue)\\b");

    /**
     * The capped ground a purchase without publicity rests on when it gives no other: books (CPV 2211 or R2122-9,
     * under 90 000 € HT) or an innovative purchase (the column or R2122-9-1, under 100 000 € HT); else null.
     */
    public static Threshold.Basis cappedBasis(Need n) {
        String text = basisText(n);
        if (negotiatedBasis(n) || UNCAPPED_BASIS.matcher(text).find()
                || EXCLUDED.matcher(Words.fold(n.title()) + " " + Words.fold(n.description())).find()) {
            return null;
        }
        if (Boolean.TRUE.equals(n.innovation()) || INNOVATION.matcher(text).find()) {
            return Threshold.Basis.innovative;
        }
        return n.cpv() != null && n.cpv().code().startsWith("2211") || BOOKS.matcher(text).find() ? Threshold.Basis.books : null;
    }

    /** The ceiling of the need's capped ground when its contract's value is certainly at or above it, else null. */
    static Threshold ceilingReached(NeedFacts f, RiskContext context) {
        Threshold.Basis basis = cappedBasis(f.need());
        if (basis == null) {
            return null;
        }
        Threshold ceiling = context.thresholds().ceiling(basis, f.launch().first(), f.launch().last());
        return f.contract().atLeast(ceiling.value()) ? ceiling : null;
    }

    /**
     * The row names a case of R2122-1 ff. other than R2122-8 in its title, description or notes (the words around
     * the procedure cell: « Dispense (R2122-3 2°, prestation artistique) », « Gré à gré (R2122-3 2°) »): a lawful
     * basis without publicity or competition whatever the value, so neither (a) nor (b) applies (issue 17 fourth
     * review, graded wrong). Whether the case holds is the buyer's to justify, not a threshold matter.
     */
    static boolean negotiatedBasis(Need n) {
        return NEGOTIATED_BASIS.matcher(basisText(n)).find();
    }

    /**
     * Where a buyer writes the basis of a direct award, folded: the title, description, the words around the read
     * values (notes) and the staff « Remarques » column, never published (issue 17, lawyer I: CHU-27-22's « Droits
     * exclusifs du constructeur (R2122-3 3°) ; attestation d'exclusivité au dossier » was flagged « sans fondement »).
     */
    static String basisText(Need n) {
        StringBuilder text = Texts.rowText(n);
        return text.append(' ').append(Words.fold(n.remarks())).toString();
    }

    /**
     * Exclusions (L2511-1 ff., L2512-1 ff.), R2122-9, and the grounds of R2122-1 and R2122-3 named in words
     * (« exclusivité constructeur », « titulaire des droits », « urgence impérieuse », an in-house « quasi-régie » of
     * L2511-1: lawyer C SEHV-27-14, whose article sat before the procedure words), as folded text reads them.
     * « Éditeur unique » states a fact, not the ground: lawyer C graded it a missed flag (UB-27-03).
     */
    private static final Pattern WRITTEN_BASIS = Pattern.compile(
            "\\b(l ?2511|l ?2512|r ?2122 9|" + EXCLUSIVE_RIGHTS + "|urgence imperieuse|quasi regie)\\b");

    /**
     * The row writes a basis for no publicity nor competition anywhere (title, description, the words around the
     * procedure cell and other notes, the staff remarks): a case of R2122-1 ff. other than R2122-8, R2122-9, L2511 or L2512, or a ground
     * in words; or it is an innovative purchase (R2122-9-1) or books (CPV 2211). Whether the case holds is the buyer's to justify.
     */
    public static boolean basisWritten(Need n) {
        if (negotiatedBasis(n) || otherBasis(n)) {
            return true;
        }
        return WRITTEN_BASIS.matcher(basisText(n)).find();
    }

    /** A title that opens with works (« Installation de climatisation », « Travaux de … »), not with a supply. */
    private static final Pattern WORKS_TITLE = Pattern.compile(
            "^(travaux|installation|pose|construction|refection|renovation|rehabilitation|(realisation|execution) (des |de )?travaux)\\b");
    private static final Pattern SUPPLY_WORDS = Pattern.compile("\\b(fourniture|fournitures|achat|acquisition|livraison|location)\\b");

    /**
     * The works threshold when the need reads as works but its category is supplies, taken from a supply code, and its
     * value is under that threshold: a works title (« Installation de climatisation dans les écoles », 42512000-8, in
     * a works sheet: officer Z3, D1) may be works (L1111-2; 45331220-4), or supplies with their installation
     * (L1111-3). Null otherwise.
     */
    static Threshold worksReading(NeedFacts f, RiskContext context) {
        Need n = f.need();
        String title = Words.fold(n.title());
        if (!"supplies".equals(n.category()) || n.cpv() == null || !WORKS_TITLE.matcher(title).find()
                || SUPPLY_WORDS.matcher(title).find()) {
            return null;
        }
        Threshold works = context.thresholds().works(f.launch().first(), f.launch().last());
        return f.contract().below(works.value()) ? works : null;
    }

    /** A "petit lot" of a larger contract may be bought under MAPA (R2123-1 2°). */
    static boolean smallLot(Need n) {
        String text = Words.fold(n.title()) + " " + Words.fold(n.description());
        return text.contains("petit lot") || text.contains("petits lots");
    }

    /**
     * The row gives another ground for no competition: books for libraries (R2122-9, CPV 2211), an innovative
     * purchase (R2122-9-1), an exclusion (L2511-1 ff., L2512-1 ff.) named in the title or description (by its article in the staff remarks).
     */
    static boolean otherBasis(Need n) {
        if (Boolean.TRUE.equals(n.innovation()) || (n.cpv() != null && n.cpv().code().startsWith("2211"))) {
            return true;
        }
        // in the staff remarks only an article: « exclu du groupement », « exclusion du sortant » are staff talk
        return OTHER_BASIS.matcher(Words.fold(n.title()) + " " + Words.fold(n.description())).find()
                || ARTICLE_BASIS.matcher(Words.fold(n.remarks())).find();
    }

    /** The articles of another ground (exclusions, books and innovation), folded; the words too, outside the remarks. */
    private static final String ARTICLES = "l ?2511|l ?2512|r ?2122 9";
    private static final Pattern ARTICLE_BASIS = Pattern.compile("\\b(" + ARTICLES + ")\\b");
    private static final Pattern OTHER_BASIS = Pattern.compile("\\b(" + ARTICLES + "|exclusion|exclu|exclue)\\b");

    /**
     * A need that may come back every year, for which a multi-year framework agreement is a remedy: a service, or
     * supplies over a year or more. One-off works (a footbridge, a bell-tower frame) and a one-off supply (an
     * autoclave) are not (lawyers Q #23/#50 and S, TCG-27-02).
     */
    private static boolean recurs(Need n) {
        return "services".equals(n.category())
                || !"works".equals(n.category()) && n.durationMonths() != null && n.durationMonths() >= 12;
    }
}
