package org.vitrine.normalise.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vitrine.model.RawCell;

/**
 * Reads the renewal column: a yes/no answer (YesNoParser), or the number of renewals a buyer writes there instead of
 * a bare « oui » (« oui 2 fois », « reconductible 3 fois », « 2 reconductions »; issue 22, officer Z's ville-dijon D02).
 */
public final class RenewalParser {

    /**
     * Yes or no, and the number of renewals the cell gives (0 when it gives none); {@code worded} when a yes is said in
     * renewal words without a number (« Reconduction », « reconductible », « reconduction tacite »: officer Z3), so
     * that the buyer is asked for the number.
     */
    public record Renewal(boolean yes, int count, boolean worded) {
        public Renewal(boolean yes, int count) {
            this(yes, count, false);
        }
    }

    /**
     * A header naming a renewal option (« Reconduction », « Reconductible », « Marché renouvelable »): a bare « oui »
     * under it says renewable. « Reconduction d'un marché » (columns.yaml's French for the template's « Renouvellement »,
     * the Métropole's example) says with « oui » that the need renews a current contract: no option, no number to ask.
     * Only the renewal column's header is asked (Normaliser), and the shipped columns.yaml maps every such name to
     * renewal_options: this is the fallback for a header read as the renewal column through its bracketed values
     * (« Renouvellement (reconductible) ») and for a config folder whose own columns.yaml predates renewal_options
     * (« Reconduction » listed under renewal). Review R14; RenewalCountTest.aRenewalHeaderNamingTheOptionInBracketsIsTheOption.
     */
    private static final Pattern OPTION_WORD = Pattern.compile("\\b(?:reconductibles?|renouvelables?|renewable)\\b");
    private static final Pattern OPTION_ALONE = Pattern.compile("^(?:nombre de |nb )?reconductions?(?: (?:oui non|o n))?$");

    /** Whether the buyer's header is about the contract's renewals, where a bare yes leaves their number untold. */
    public static boolean headerNamesOption(String header) {
        if (header == null) {
            return false;
        }
        String f = Text.fold(header);
        return OPTION_WORD.matcher(f).find() || OPTION_ALONE.matcher(f).matches();
    }

    private static final String RENEWABLE = "(?:reconductibles?|renouvelables?|renewable|reconduite?s?|reconduction|renouvellement)";
    /** Folded: « oui, 2 fois », « oui (x2) », « reconductible 3 fois », « 2 reconductions », « renewable twice » is not read. */
    private static final Pattern COUNTED = Pattern.compile("^(?:(?:oui|yes) )?(?:" + RENEWABLE + " )?(?:x ?)?"
            + DurationParser.COUNT + " ?(?:fois|times|x|reconductions?|renouvellements?|renewals?)?$");
    private static final Pattern WORD = Pattern.compile("^(?:(?:oui|yes) )?" + RENEWABLE + "(?: (?:tacite|expresse|express))?$");
    private static final Pattern NONE = Pattern.compile("^(?:non|no|not|sans|pas de|aucune?) ?" + RENEWABLE + "?$");

    private RenewalParser() {
    }

    public static Renewal parse(RawCell cell) throws ParseError {
        Boolean answer;
        try {
            answer = YesNoParser.parse(cell);
        } catch (ParseError e) {
            if (cell.type() != RawCell.Type.TEXT) {
                throw e;
            }
            answer = null;
        }
        if (answer != null) {
            return new Renewal(answer, 0);
        }
        String f = Text.fold(Text.of(cell, 100));
        Matcher m = COUNTED.matcher(f);
        // a bare number is no answer: « 2 » could be a count or a code
        if (m.matches() && !f.matches("\\d+")) {
            int count = DurationParser.count(m.group(1));
            return new Renewal(count > 0, count);
        }
        if (WORD.matcher(f).matches()) {
            return new Renewal(true, 0, true);
        }
        if (NONE.matcher(f).matches()) {
            return new Renewal(false, 0);
        }
        throw new ParseError("parse.yesno.unknown", Text.of(cell, 100));
    }
}
