package org.vitrine.risk;

import java.util.List;
import java.util.regex.Matcher;
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
 * development (7011) are services like others. An in-house claim with private capital (a SEM, private shareholders)
 * is no exclusion: L2511-1 excludes any direct private capital (docs/RISKS.md §2, version 2.22).
 */
public final class Exclusions {

    private static final List<String> REAL_ESTATE = List.of("7012", "7013", "702", "7031", "7032");

    /**
     * An exclusion article as written: L2511-1 to L2511-6, L2512-1 to L2512-5 (folded text, one line: found anywhere,
     * not matched from start to end, which backtracks over the whole description for every row).
     */
    private static final Pattern ARTICLE = Pattern.compile("\\bl ?251[12]\\b");
    /** An exclusion article but the in-house ones (L2511-1 to L2511-5, {@link #IN_HOUSE}), folded. */
    private static final Pattern OTHER_ARTICLE = Pattern.compile("\\bl ?2512\\b|\\bl ?2511\\b(?! ?[1-5]\\b)");
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
        return outsideCode(n, inHouseClaim(n));
    }

    /**
     * Outside the code, the row's in-house claim ({@link #inHouseClaim}) already read: a claim that cannot hold (private
     * capital) is no exclusion, and the in-house articles it names (L2511-1 to L2511-5) are that claim, not another one.
     */
    public static boolean outsideCode(Need n, InHouse claim) {
        if (claim != null && claim.holds()) {
            return true;
        }
        return realEstate(n) || legalRepresentation(n) || namesExclusion(n, claim != null);
    }

    /** What an in-house claim says of the contractor's private capital: null when it names none, so the claim may hold. */
    public record InHouse(PrivateCapital privateCapital) {

        /** No private capital written: the exclusion of L2511-1 may apply. */
        public boolean holds() {
            return privateCapital == null;
        }
    }

    /** A SEM named (else private shareholders in words), and the share as written (null when none is). */
    public record PrivateCapital(boolean sem, String share) {
    }

    /**
     * An in-house contract (L2511-1 to L2511-5) that may hold: claimed ({@link #inHouseClaim}) with no private capital
     * written. A claim naming a SEM or private shareholders is no exclusion (docs/RISKS.md §2, version 2.22).
     */
    public static boolean inHouse(Need n) {
        InHouse claim = inHouseClaim(n);
        return claim != null && claim.holds();
    }

    /**
     * The row claims an in-house contract (L2511-1 to L2511-5): the title, description, procedure cell or the staff
     * remarks say « quasi-régie », « in house » or name L2511-1 to L2511-5; or name an SPL as the contractor where no
     * competitive procedure is planned (the procedure empty, « other », a direct award). An SPL named as a place or a
     * beneficiary (« nettoyage du siège de la SPL », « pour le compte de la SPL ») or put to competition (an SPL can
     * bid, an AOO stays one) is not. Null when it claims none; else what the same texts say of the contractor's private
     * capital ({@link #privateCapital}). The public need has no remarks, so its page reads the public row only.
     */
    public static InHouse inHouseClaim(Need n) {
        String note = n.notes() == null ? null : n.notes().get("procedure");
        // most rows name none of it: a raw look first, as namesExclusion's has251, before folding four texts for every
        // need of every rule and page (« régie », « house », « 2511 », « spl », « publique locale »)
        if (!mayBeInHouse(n.title()) && !mayBeInHouse(n.description()) && !mayBeInHouse(note) && !mayBeInHouse(n.remarks())) {
            return null;
        }
        String[] raw = {n.title(), n.description(), note, n.remarks()};
        String[] folded = new String[raw.length];
        for (int i = 0; i < raw.length; i++) {
            folded[i] = Words.fold(raw[i]);
        }
        String text = String.join(" ", folded);
        boolean claimed = IN_HOUSE.matcher(text).find();
        if (!claimed) {
            boolean direct = n.procedure() == null || "other".equals(n.procedure()) || "exempt".equals(n.procedure())
                    || "negotiated_without_call".equals(n.procedure());
            claimed = direct && SPL.matcher(text).find() && !SPL_NOT_CONTRACTOR.matcher(text).find();
        }
        return claimed ? new InHouse(privateCapital(raw, folded)) : null;
    }

    /** A SEM as written (capitals: « sem. » is a week), SEMOP included. */
    private static final Pattern SEM = Pattern.compile("\\bSEM(OP)?\\b");
    /** A société d'économie mixte in full, folded. */
    private static final Pattern MIXED = Pattern.compile("\\b(societes? d economie mixte|economie mixte)\\b");
    /** Private shareholders in words, folded; and the same denied (« sans capitaux privés »). */
    private static final String PRIVATE_WORDS = "capitaux prives|capital prive|actionnaires? prives?|actionnariat prive"
            + "|participations? privees?|associes? prives?";
    private static final Pattern PRIVATE = Pattern.compile("\\b(" + PRIVATE_WORDS + ")\\b");
    private static final Pattern NO_PRIVATE = Pattern.compile(
            "\\b(sans|aucun|aucune|pas de|ni|hors) (de |d )?(participation (de |d )?)?(" + PRIVATE_WORDS + ")\\b");
    /** A share as written, from its figure to the end of its clause (« 62 % par le Département, 38 % par … »). */
    private static final Pattern SHARE = Pattern.compile("\\d{1,3}(?:[,.]\\d+)?[\\s\u00A0\u202F]?%(?:[^;()\\n.]|\\.(?=\\d))*");

    /**
     * What the in-house row says of the contractor's private capital, each text as written and folded (title,
     * description, the words around the procedure cell, the remarks): a SEM, or private shareholders in words (not
     * denied: « sans capitaux privés »); null when none (an SPL has none). The share is the first clause giving a
     * percentage in the text that names them, cut at 160 characters.
     */
    private static PrivateCapital privateCapital(String[] raw, String[] folded) {
        boolean sem = false;
        boolean priv = false;
        String share = null;
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == null || raw[i].isBlank()) {
                continue;
            }
            boolean s = SEM.matcher(raw[i]).find() || MIXED.matcher(folded[i]).find();
            boolean p = PRIVATE.matcher(folded[i]).find() && !NO_PRIVATE.matcher(folded[i]).find();
            if ((s || p) && share == null) {
                Matcher m = SHARE.matcher(raw[i]);
                if (m.find()) {
                    String clause = m.group().strip().replaceAll("[\\s,.]+$", "");
                    share = clause.length() > 160 ? clause.substring(0, 159).strip() + "…" : clause;
                }
            }
            sem |= s;
            priv |= p;
        }
        return sem || priv ? new PrivateCapital(sem, share) : null;
    }

    /** Legal representation or litigation advice (L2512-5 10°): a legal-services CPV and words of litigation. */
    public static boolean legalRepresentation(Need n) {
        return n.cpv() != null && n.cpv().code() != null && n.cpv().code().startsWith("791")
                && LITIGATION.matcher(Words.fold(n.title()) + " " + Words.fold(n.description())).find();
    }

    /** The title, description or the words around the procedure cell name L2511-x or L2512-x. */
    public static boolean namesExclusion(Need n) {
        return namesExclusion(n, false);
    }

    /** {@code besidesInHouse}: an in-house article (L2511-1 to L2511-5) does not count, only another exclusion. */
    private static boolean namesExclusion(Need n, boolean besidesInHouse) {
        String note = n.notes() == null ? null : n.notes().get("procedure");
        // folding keeps ASCII digits and never joins two: without "251" in a cell there is no article to read (most rows)
        if (!has251(n.title()) && !has251(n.description()) && !has251(note)) {
            return false;
        }
        return (besidesInHouse ? OTHER_ARTICLE : ARTICLE)
                .matcher(Words.fold(n.title()) + " " + Words.fold(n.description()) + " " + Words.fold(note)).find();
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
