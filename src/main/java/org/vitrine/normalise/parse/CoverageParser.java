package org.vitrine.normalise.parse;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vitrine.model.Coverage;
import org.vitrine.model.RawCell;

/** Reads how much of the need the market covers: full, partial, unknown, or a percentage. */
public final class CoverageParser {

    private static final Set<String> FULL = Set.of("totale", "total", "complete", "complet", "full", "entiere", "entier", "integrale", "totalite");
    private static final Set<String> PARTIAL = Set.of("partielle", "partiel", "partial", "part", "en partie");
    private static final Set<String> UNKNOWN = Set.of("inconnue", "inconnu", "unknown", "ne sait pas", "je ne sais pas", "nsp",
            "non connue", "non connu", "don t know", "a determiner", "ad", "nc", "n c", "");
    private static final Pattern PERCENT = Pattern.compile("^([-−]?\\d+(?:[.,]\\d+)?)\\s*(%?)$");

    private CoverageParser() {
    }

    public static Coverage parse(RawCell cell) throws ParseError {
        Text.requireValue(cell);
        if (cell.type() == RawCell.Type.NUMBER && cell.number() != null) {
            if (cell.number().isNaN() || cell.number().isInfinite()) {
                throw new ParseError("parse.coverage.unknown", cell.text());
            }
            BigDecimal v = BigDecimal.valueOf(cell.number());
            // A percent-formatted cell holds 0.6 for 60 %.
            boolean fraction = v.signum() > 0 && v.compareTo(BigDecimal.ONE) <= 0;
            return percent(fraction ? v.movePointRight(2) : v, cell.text());
        }
        String original = Text.of(cell, 100);
        String s = Text.unaccent(original).replace(" ", "");
        Matcher m = PERCENT.matcher(s);
        if (m.matches()) {
            BigDecimal v = new BigDecimal(m.group(1).replace(',', '.').replace('−', '-'));
            // "0,6" without a percent sign is a fraction too; "1" is one per cent.
            boolean fraction = m.group(2).isEmpty() && m.group(1).matches(".*[.,].*") && v.signum() > 0 && v.compareTo(BigDecimal.ONE) <= 0;
            return percent(fraction ? v.movePointRight(2) : v, original);
        }
        String f = Text.fold(original);
        if (FULL.contains(f)) {
            return new Coverage("full", null);
        }
        if (PARTIAL.contains(f)) {
            return new Coverage("partial", null);
        }
        if (UNKNOWN.contains(f)) {
            return new Coverage("unknown", null);
        }
        throw new ParseError("parse.coverage.unknown", original);
    }

    private static Coverage percent(BigDecimal v, String shown) throws ParseError {
        if (v.signum() < 0 || v.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new ParseError("parse.coverage.out_of_range", shown);
        }
        int p = v.setScale(0, RoundingMode.HALF_UP).intValueExact();
        return new Coverage(p == 100 ? "full" : "partial", p);
    }
}
