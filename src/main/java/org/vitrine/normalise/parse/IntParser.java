package org.vitrine.normalise.parse;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vitrine.model.RawCell;

/** Reads a small whole number: the number of lots ({@code lots}) or of known suppliers ({@code suppliers_known}). */
public final class IntParser {

    public static final String LOTS = "lots";
    static final int MAX = 10_000;
    private static final Pattern NUMBER = Pattern.compile("^(-?\\d+(?:[.,]\\d+)?)(?:\\s+[\\p{L} ]*)?$");
    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("aucun", 0), Map.entry("aucune", 0), Map.entry("none", 0), Map.entry("zero", 0), Map.entry("neant", 0),
            Map.entry("un", 1), Map.entry("une", 1), Map.entry("one", 1), Map.entry("deux", 2), Map.entry("two", 2),
            Map.entry("trois", 3), Map.entry("three", 3), Map.entry("quatre", 4), Map.entry("four", 4),
            Map.entry("cinq", 5), Map.entry("five", 5), Map.entry("six", 6), Map.entry("sept", 7), Map.entry("seven", 7),
            Map.entry("huit", 8), Map.entry("eight", 8), Map.entry("neuf", 9), Map.entry("nine", 9), Map.entry("dix", 10), Map.entry("ten", 10));

    private IntParser() {
    }

    /** For field "lots", "non alloti" means one lot and zero is refused; elsewhere "aucun" is 0. */
    public static int parse(RawCell cell, String field) throws ParseError {
        Text.requireValue(cell);
        boolean lots = LOTS.equals(field);
        int value;
        if (cell.type() == RawCell.Type.NUMBER && cell.number() != null) {
            if (cell.number().isNaN() || cell.number().isInfinite()) {
                throw new ParseError("parse.int.unreadable", cell.text());
            }
            value = checked(BigDecimal.valueOf(cell.number()), cell.text());
        } else {
            String original = Text.of(cell, 100);
            String f = Text.fold(original);
            Matcher m = NUMBER.matcher(Text.unaccent(original));
            if (lots && (f.contains("non alloti") || f.contains("pas d allotissement") || f.equals("lot unique")
                    || f.equals("not divided") || f.equals("single lot"))) {
                value = 1;
            } else if (m.matches()) {
                value = checked(new BigDecimal(m.group(1).replace(',', '.')), original);
            } else if (WORDS.containsKey(f.replaceAll(" (lots?|fournisseurs?|suppliers?)$", ""))) {
                value = WORDS.get(f.replaceAll(" (lots?|fournisseurs?|suppliers?)$", ""));
            } else {
                throw new ParseError("parse.int.unreadable", original);
            }
        }
        if (lots && value == 0) {
            throw new ParseError("parse.lots.zero");
        }
        return value;
    }

    private static int checked(BigDecimal v, String shown) throws ParseError {
        if (v.signum() < 0) {
            throw new ParseError("parse.int.negative", shown);
        }
        if (v.stripTrailingZeros().scale() > 0) {
            throw new ParseError("parse.int.decimal", shown);
        }
        if (v.compareTo(BigDecimal.valueOf(MAX)) > 0) {
            throw new ParseError("parse.int.too_large", shown, MAX);
        }
        return v.intValueExact();
    }
}
