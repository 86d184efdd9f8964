package org.vitrine.normalise.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vitrine.model.RawCell;

/**
 * Reads whether a framework agreement goes to one supplier ({@code single}, mono-attributaire) or several
 * ({@code multiple}, multi-attributaire): from its own column, or from the procedure text when it says so
 * ("Accord-cadre multi-attributaire (AOO)").
 */
public final class FrameworkAwardParser {

    public static final String SINGLE = "single";
    public static final String MULTIPLE = "multiple";

    // Folded phrases, matched as whole words.
    private static final List<String> SINGLE_WORDS = List.of("mono attributaire", "monoattributaire", "mono attributaires",
            "mono titulaire", "monotitulaire", "un seul titulaire", "un titulaire", "titulaire unique", "attributaire unique",
            "un seul attributaire", "un attributaire", "single supplier", "single operator", "one supplier", "single award");
    private static final List<String> MULTIPLE_WORDS = List.of("multi attributaire", "multi attributaires", "multiattributaire",
            "multiattributaires", "multiple supplier", "multi titulaire", "multi titulaires", "multititulaire", "plusieurs titulaires",
            "plusieurs attributaires", "pluri attributaire", "multiple suppliers", "several suppliers", "multiple operators",
            "multiple award");
    /** The cell alone: a bare word or a count of suppliers ("3", "3 titulaires"). */
    private static final List<String> SINGLE_ALONE = List.of("mono", "single", "unique", "one");
    private static final List<String> MULTIPLE_ALONE = List.of("multi", "multiple", "plusieurs", "several");
    private static final Pattern COUNT = Pattern.compile("^(\\d{1,3})(?: (?:titulaires?|attributaires?|operateurs?|suppliers?|operators?))?$");

    private FrameworkAwardParser() {
    }

    /** The framework award column: single or multiple; anything else is refused, with what to write. */
    public static String parse(RawCell cell) throws ParseError {
        String original = Text.of(cell, 200);
        String f = Text.fold(original);
        String found = inText(f);
        if (found != null) {
            return found;
        }
        if (SINGLE_ALONE.contains(f)) {
            return SINGLE;
        }
        if (MULTIPLE_ALONE.contains(f)) {
            return MULTIPLE;
        }
        Matcher m = COUNT.matcher(f);
        if (m.matches()) {
            int n = Integer.parseInt(m.group(1));
            if (n >= 1) {
                return n == 1 ? SINGLE : MULTIPLE;
            }
        }
        throw new ParseError("parse.framework_award.unknown", original);
    }

    /** What a folded text (a procedure cell) says of the award, or null when it says nothing of it. */
    public static String inText(String folded) {
        for (String w : MULTIPLE_WORDS) {
            if (Text.hasWords(folded, w)) {
                return MULTIPLE;
            }
        }
        for (String w : SINGLE_WORDS) {
            if (Text.hasWords(folded, w)) {
                return SINGLE;
            }
        }
        return null;
    }
}
