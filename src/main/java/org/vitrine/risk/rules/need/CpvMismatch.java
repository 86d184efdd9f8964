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
            // version 2.9 (lawyer G, COM-27-07: 12 k€ of Christmas decorations bought without notice): certainly under the
            // dispense threshold no notice is published and no threshold is in question, so the code alerts no one
            if (n.cpv() == null || n.title() == null || f.value() != null && f.dispense() != null && f.value().below(f.dispense().value())) {
                continue;
            }
            CpvKeywords.Line line = mismatch(n, words);
            // version 2.19 (lawyer O, SD34-27-05, noise): services to divide into lots, coded as the first of them: once
            // allotted each lot has its own code, so NOT_ALLOTTED (raised before this rule) is the one line
            if (line != null) {
                List<String> expected = new ArrayList<>();
                for (String p : proposals(line, n.category(), n.title())) {
                    String digits = (p + "00000000").substring(0, 8);
                    String label = words.label(digits, lang);
                    expected.add(words.fullCode(digits) + (label.isEmpty() ? "" : " " + label));
                }
                // the code fits the title's head, another object listed beside it has none (« Nettoyage, gardiennage et
                // maintenance » as cleaning): the case of an object of several markets, which RiskStage drops beside
                // NOT_ALLOTTED (version 2.19, lawyer O, SD34-27-05: once allotted each lot has its own code; one fact, one line)
                Flags.Builder b = flags.on(this, context, f);
                if (headFitsCode(n, words)) {
                    b.title(PART_TITLE);
                }
                b.add("risk.CPV_MISMATCH", n.title(), n.cpv().code(),
                        words.label(n.cpv().code().substring(0, 8), lang), String.join(separator, expected));
            }
        }
    }

    /** The heading of a code that fits only part of the object (the head of a list of markets). */
    public static final String PART_TITLE = "risk.CPV_MISMATCH.part.title";

    /** The first market of reference/cpv-keywords.csv the title names and no code of the need is in, or null. */
    static CpvKeywords.Line mismatch(Need n, CpvWords words) {
        if (n.cpv() == null || n.cpv().code() == null || n.title() == null) {
            return null;
        }
        String title = CpvKeywords.fold(n.title());
        for (CpvKeywords.Line line : lines(n, title)) {
            // a main code whose own label names the market is the buyer's fair choice ("Approvisionnement en
            // électricité", 31682000): the rule never argues with the vocabulary
            if (line.matches(title) && !coded(n, line)
                    && !line.matches(CpvKeywords.fold(words.label(n.cpv().code().substring(0, 8), "fr")))
                    && !componentOfMaintainedEquipment(n, line) && !inComplementOnly(n, line, words)) {
                return line;
            }
        }
        return null;
    }

    /**
     * The codes a line proposes: its prefixes, but for the works line its works codes (division 45) only — design,
     * upkeep or site cleaning it accepts beside works are no proposal for road works coded as bitumen (lawyer J).
     */
    static List<String> proposals(CpvKeywords.Line line) {
        return line == Table.WORKS_LINE ? Table.WORKS_PROPOSALS : line.prefixes();
    }

    /**
     * The codes to propose to a need of a category: the line's codes of that category (lawyer Q, D35-27-11: a mowing
     * service was proposed 45110000 demolition and 16310000 mowers, codes the green-spaces line accepts beside the
     * service, not codes a service should take), all of them when none is of it or the category is unknown.
     */
    static List<String> proposals(CpvKeywords.Line line, String category, String title) {
        List<String> all = proposals(line);
        if (category == null) {
            return all;
        }
        // a hire or a supply named in the title is supplies whatever the row's category (« Location et pose des illuminations »)
        boolean supplyNamed = SUPPLY_WORDS.matcher(org.vitrine.risk.reference.Words.fold(title)).find();
        List<String> own = all.stream().filter(p -> category.equals(categoryOf(p))
                || supplyNamed && "supplies".equals(categoryOf(p))).toList();
        return own.isEmpty() ? all : own;
    }

    private static final java.util.regex.Pattern SUPPLY_WORDS = java.util.regex.Pattern.compile(
            "\\b(fournitures?|achats?|acquisitions?|livraisons?|locations?|plants?|materiels?)\\b");

    /** The category of a CPV code or prefix by its division: 45 works, 03 to 44 and 48 supplies, the others services. */
    static String categoryOf(String code) {
        if (code.length() < 2) {
            return null;
        }
        int division = Integer.parseInt(code.substring(0, 2));
        return division == 45 ? "works" : division < 45 || division == 48 ? "supplies" : "services";
    }

    /** The id of the table's line for works titles (« Travaux de … »). */
    static final String WORKS = "works";

    /** The table's lines, its works line and that line's proposals, found once. */
    private static final class Table {
        static final List<CpvKeywords.Line> ALL = CpvKeywords.load().lines();
        static final CpvKeywords.Line WORKS_LINE = ALL.stream().filter(l -> WORKS.equals(l.id())).findFirst().orElse(null);
        static final List<String> WORKS_PROPOSALS = WORKS_LINE == null ? List.of()
                : WORKS_LINE.prefixes().stream().filter(p -> p.startsWith("45")).toList();
        static final List<CpvKeywords.Line> WORKS_ONLY = WORKS_LINE == null ? List.of() : List.of(WORKS_LINE);
    }

    /**
     * The lines a need is compared with. Version 2.14 (lawyer J, defect 1): works — a title the works line matches
     * (« Travaux de voirie … »), or a row of nature travaux under a division-45 code — are compared with the works line
     * only. The market words inside them name the works' object (the « espaces verts » of a road's verges, the
     * « ascenseur » of a building), whose supply and service codes (16310000 Faucheuses) are no proposal for works:
     * the works thresholds, the works firms.
     */
    static List<CpvKeywords.Line> lines(Need n, String foldedTitle) {
        boolean worksNeed = Table.WORKS_LINE != null && Table.WORKS_LINE.matches(foldedTitle) || NotAllotted.worksByNature(n);
        return worksNeed ? Table.WORKS_ONLY : Table.ALL;
    }

    /** Generic openings of a title before its head noun (« Fourniture de », « Acquisition d' », « Prestations de »). */
    private static final java.util.regex.Pattern OPENING = java.util.regex.Pattern.compile(
            "^((fourniture|fournitures|acquisition|achat|achats|location|prestations?|marche|services?|accord cadre|mise a disposition)"
            + " (de la |de l |des |du |de |d )?)+");
    /** Where a title's head ends and a complement begins: a dash, a bracket, « pour », « des », « du », « de la »… */
    private static final java.util.regex.Pattern COMPLEMENT = java.util.regex.Pattern.compile(
            "\\(| [—–-] | pour | des | du | de la | de l'| de l’| aux | a destination | à destination | destines | destinés ");

    /** Nouns of an action whose object is the complement that follows (folded). */
    private static final java.util.Set<String> ACTION = java.util.Set.of("entretien", "maintenance", "reparation", "reparations",
            "remplacement", "renovation", "refection", "rehabilitation", "travaux", "pose", "installation", "gestion", "exploitation",
            "realisation", "amenagement", "amenagements", "creation", "mise", "depannage", "controle", "verification", "etude", "etudes",
            "mission", "assistance", "collecte", "transport", "traitement", "elimination", "enlevement", "livraison", "fourniture");

    /** The title's head: its object before any complement, folded, generic openings left out. */
    static String head(Need n) {
        java.util.regex.Matcher m = COMPLEMENT.matcher(n.title());
        String object = CpvKeywords.fold(m.find() ? n.title().substring(0, m.start()) : n.title()).strip();
        String stripped = OPENING.matcher(object).replaceFirst("").strip();
        return stripped.isEmpty() ? object : stripped;
    }

    /**
     * The main code's label names the title's head noun (« vêtements » in 18110000 « Vêtements professionnels »): the code
     * describes the object. Words compared folded, on their first five letters (singular and plural alike).
     */
    static boolean headFitsCode(Need n, CpvWords words) {
        String h = head(n);
        if (h.isEmpty()) {
            return false;
        }
        String noun = h.split(" ")[0];
        // an action's object is its complement (« Entretien des espaces verts »): no head noun to fit the code
        if (ACTION.contains(noun)) {
            return false;
        }
        String stem = noun.length() > 5 ? noun.substring(0, 5) : noun;
        if (stem.length() < 4) {
            return false;
        }
        String label = CpvKeywords.fold(words.label(n.cpv().code().substring(0, 8), "fr"));
        for (String w : label.split(" ")) {
            if (w.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Version 2.19 (lawyer O, RA-27-09, wrong: « Vêtements de travail — agents des espaces verts », rightly 18110000, got
     * mowers and 77310000 proposed): the market is named only in a complement of the title (« des espaces verts », « pour
     * les écoles ») while the main code's label names its head noun: the complement does not decide the object.
     */
    static boolean inComplementOnly(Need n, CpvKeywords.Line line, CpvWords words) {
        return !line.matches(head(n)) && headFitsCode(n, words);
    }

    /** Words of upkeep opening a title's object: a repair and maintenance code (division 50) is then its market. */
    private static final java.util.regex.Pattern UPKEEP = java.util.regex.Pattern.compile(
            "^(maintenance|entretien|reparation|reparations|depannage|mco|maintien en condition)\\b");
    /** Where a title's object ends and its components begin: a bracket, a dash, « y compris », « avec », « incluant », « dont ». */
    private static final java.util.regex.Pattern COMPONENTS = java.util.regex.Pattern.compile(
            "\\(| [—–-] |,| y compris | avec | incluant | dont ");

    /**
     * Version 2.13 (lawyer I, D3, CHU-27-22): the market's word names a component of the equipment a repair and
     * maintenance code covers, not the object: the main code is in division 50, the title's object (before a bracket,
     * a dash, « y compris », « avec »…) opens with maintenance, entretien or réparation and does not name the market —
     * « Maintenance de l'IRM 3T du constructeur (pièces et logiciels propriétaires) » is medical equipment upkeep
     * (50421000), its embedded software no IT market. « Maintenance des logiciels de l'IRM » still names software.
     */
    static boolean componentOfMaintainedEquipment(Need n, CpvKeywords.Line line) {
        if (!n.cpv().code().startsWith("50")) {
            return false;
        }
        java.util.regex.Matcher m = COMPONENTS.matcher(n.title());
        String object = CpvKeywords.fold(m.find() ? n.title().substring(0, m.start()) : n.title()).strip();
        return UPKEEP.matcher(object).find() && !line.matches(object);
    }

    /**
     * The code of the market the title names, when the main code is that market's parent (09100000 for « gaz
     * naturel »): CPV_IMPRECISE's proposal, the same market CPV_MISMATCH would have named. Null otherwise.
     */
    static String marketBelow(Need n, CpvWords words) {
        if (n.cpv() == null || n.cpv().code() == null || n.title() == null) {
            return null;
        }
        String title = CpvKeywords.fold(n.title());
        for (CpvKeywords.Line line : lines(n, title)) {
            if (line.matches(title) && above(n.cpv().code(), line) && !expected(n, line)) {
                return (line.prefixes().get(0) + "00000000").substring(0, 8);
            }
        }
        return null;
    }

    private static boolean coded(Need n, CpvKeywords.Line line) {
        return expected(n, line) || above(n.cpv().code(), line);
    }

    private static boolean expected(Need n, CpvKeywords.Line line) {
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

    /**
     * The main code is a parent of the market's codes (09100000 « Combustibles » above 0913 « Pétrole et
     * distillats »): the code is imprecise, not another market — CPV_IMPRECISE's and the feedback's matter, and
     * suppliers of the market do see a notice under its parent (lawyer F, SDIS-27-06). From a group down; a division
     * is too wide to be anyone's market.
     */
    static boolean above(String code, CpvKeywords.Line line) {
        String significant = significant(code);
        if (significant.length() < 3) {
            return false; // a whole division (79000000 for guarding) says no market: the mismatch line names one
        }
        // the market's own code (its first prefix), not an accepted neighbour: 65300000 (distribution) is no parent
        // of electricity supply, though 65310000 is accepted beside 09310000 (lawyer's MB-11 stays a mismatch)
        String p = line.prefixes().get(0);
        return p.length() > significant.length() && p.startsWith(significant);
    }

    /** The code's digits without its trailing zeros (at least the division's two). */
    private static String significant(String code) {
        String digits = code.length() > 8 ? code.substring(0, 8) : code;
        String significant = digits.replaceFirst("0+$", "");
        return significant.length() < 2 ? digits.substring(0, 2) : significant;
    }
}
