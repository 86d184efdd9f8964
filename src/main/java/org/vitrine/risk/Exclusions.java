package org.vitrine.risk;

import java.util.List;
import java.util.regex.Pattern;
import org.vitrine.model.Need;
import org.vitrine.risk.reference.Words;

/**
 * Purchases outside the public procurement code, where no threshold of docs/RISKS.md applies: the acquisition or
 * rental of land, buildings or other immovable property (L2512-5 1°), CPV 7012 (purchase and sale), 7013 and 702
 * (rental, leasing), 7031 and 7032 (letting or sale of buildings and land); legal representation by a lawyer in
 * litigation and the advice preparing it (L2512-5 10°, since loi n° 2020-1525 ASAP), CPV 7911 or 791 with words of
 * litigation; and any row naming an exclusion article (L2511-x, L2512-x) in its title, description or procedure
 * cell (« Dispense (L2512-5 10°) »); an in-house contract ({@link #inHouse}). Property management (7033) and
 * development (7011) are services like others.
 */
public final class Exclusions {

    private static final List<String> REAL_ESTATE = List.of("7012", "7013", "702", "7031", "7032");

    /**
     * An exclusion article as written: L2511-1 to L2511-6, L2512-1 to L2512-5 (folded text, one line: found anywhere,
     * not matched from start to end, which backtracks over the whole description for every row).
     */
    private static final Pattern ARTICLE = Pattern.compile("\\bl ?251[12]\\b");
    private static final Pattern LITIGATION = Pattern.compile("\\b(representation en justice|representation juridique|contentieux"
            + "|avocat|avocats|plaidoirie|defense en justice)\\b");

    /** In-house (quasi-régie, L2511-1 to L2511-5) in words or by its articles (folded text). */
    private static final Pattern IN_HOUSE = Pattern.compile("\\b(quasi ?regie|in ?house|l ?2511 ?[1-5])\\b");
    /** A société publique locale (d'aménagement), by its initials or in full. */
    private static final Pattern SPL = Pattern.compile("\\b(spla?|societe publique locale)\\b");
    /** The SPL named as a place or a beneficiary (« siège de la SPL », « pour le compte de la SPL »), not as the contractor. */
    private static final Pattern SPL_NOT_CONTRACTOR = Pattern.compile("\\b(de la|du|pour la|pour le compte de la|au profit de la)"
            + " (spla?|societe publique locale)\\b");

    private Exclusions() {
    }

    public static boolean realEstate(Need n) {
        if (n.cpv() == null || n.cpv().code() == null) {
            return false;
        }
        String code = n.cpv().code();
        if (!code.startsWith("70")) {
            return false; // every prefix is in division 70; most rows are not, and several rules ask for each row
        }
        for (String p : REAL_ESTATE) {
            if (code.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /** Outside the code: real estate, legal representation, an exclusion article named on the row, or in-house. */
    public static boolean outsideCode(Need n) {
        return realEstate(n) || legalRepresentation(n) || namesExclusion(n) || inHouse(n);
    }

    /**
     * An in-house contract (L2511-1 to L2511-5): the title, description, procedure cell or the staff remarks say
     * « quasi-régie », « in house » or name L2511-1 to L2511-5; or name an SPL as the contractor where no competitive
     * procedure is planned (the procedure empty, « other », a direct award). An SPL named as a place or a beneficiary
     * (« nettoyage du siège de la SPL », « pour le compte de la SPL ») or put to competition (an SPL can bid, an
     * AOO stays one) is not. The public need has no remarks, so its page reads the public row only.
     */
    public static boolean inHouse(Need n) {
        String note = n.notes() == null ? null : n.notes().get("procedure");
        // most rows name none of it: a raw look first, as namesExclusion's has251, before folding four texts for every
        // need of every rule and page (« régie », « house », « 2511 », « spl », « publique locale »)
        if (!mayBeInHouse(n.title()) && !mayBeInHouse(n.description()) && !mayBeInHouse(note) && !mayBeInHouse(n.remarks())) {
            return false;
        }
        String text = Words.fold(n.title()) + " " + Words.fold(n.description()) + " " + Words.fold(note) + " "
                + Words.fold(n.remarks());
        if (IN_HOUSE.matcher(text).find()) {
            return true;
        }
        boolean direct = n.procedure() == null || "other".equals(n.procedure()) || "exempt".equals(n.procedure())
                || "negotiated_without_call".equals(n.procedure());
        return direct && SPL.matcher(text).find() && !SPL_NOT_CONTRACTOR.matcher(text).find();
    }

    /** Legal representation or litigation advice (L2512-5 10°): a legal-services CPV and words of litigation. */
    public static boolean legalRepresentation(Need n) {
        return n.cpv() != null && n.cpv().code() != null && n.cpv().code().startsWith("791")
                && LITIGATION.matcher(Words.fold(n.title()) + " " + Words.fold(n.description())).find();
    }

    /** The title, description or the words around the procedure cell name L2511-x or L2512-x. */
    public static boolean namesExclusion(Need n) {
        String note = n.notes() == null ? null : n.notes().get("procedure");
        // folding keeps ASCII digits and never joins two: without "251" in a cell there is no article to read (most rows)
        if (!has251(n.title()) && !has251(n.description()) && !has251(note)) {
            return false;
        }
        return ARTICLE.matcher(Words.fold(n.title()) + " " + Words.fold(n.description()) + " " + Words.fold(note)).find();
    }

    private static boolean mayBeInHouse(String text) {
        if (text == null) {
            return false;
        }
        String t = text.toLowerCase(java.util.Locale.ROOT);
        return t.contains("gie") || t.contains("house") || t.contains("2511") || t.contains("spl") || t.contains("publique locale");
    }

    private static boolean has251(String text) {
        return text != null && text.contains("251");
    }
}
