package org.vitrine.normalise.parse;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vitrine.model.DurationSpec;
import org.vitrine.model.RawCell;

/** Reads a contract duration in months, with renewals: "24 mois", "2 ans", "12 + 3 x 12", "1 an reconductible 3 fois". */
public final class DurationParser {

    static final int MAX_MONTHS = 600;
    private static final String UNIT = "(mois|months?|mo|m|annees?|ans?|years?|yrs?|y|semaines?|sem|weeks?|wk|jours?|j|days?|d)";
    private static final String D = "(\\d{1,7}(?:[.,]\\d+)?)\\s*" + UNIT + "?";
    static final String COUNT = "(\\d{1,3}|une|un|deux|trois|quatre|cinq|one|two|three|four|five)";
    private static final Pattern SIMPLE = Pattern.compile("^" + D + "$");
    private static final Pattern PLUS_TIMES = Pattern.compile("^" + D + "\\s*\\+\\s*(\\d{1,3})\\s*x\\s*" + D + "$");
    private static final Pattern RENEWABLE = Pattern.compile("^" + D + "\\s*,?\\s*(?:renouvelables?|reconductibles?|reconduite?s?|renewable)\\s+"
            + COUNT + "\\s*(?:fois|times|x)(?:\\s*(?:par periodes? de|de|d'|of|x|pour|for)?\\s*" + D + ")?$");
    private static final Pattern PLUS_RENEWALS = Pattern.compile("^" + D + "\\s*\\+\\s*" + COUNT
            + "\\s*(?:reconductions?|renouvellements?|renewals?)(?:\\s*(?:de|d'|of|x)?\\s*" + D + ")?$");
    private static final Pattern SUM = Pattern.compile("^(?:" + D + "\\s*(?=\\())?\\(?\\s*(\\d{1,4}(?:\\s*\\+\\s*\\d{1,4})+)\\s*\\)?\\s*" + UNIT + "?$");
    private static final Map<String, Integer> COUNTS = Map.ofEntries(Map.entry("une", 1), Map.entry("un", 1),
            Map.entry("deux", 2), Map.entry("trois", 3), Map.entry("quatre", 4), Map.entry("cinq", 5), Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5));

    private DurationParser() {
    }

    public static DurationSpec parse(RawCell cell) throws ParseError {
        Text.requireValue(cell);
        if (cell.type() == RawCell.Type.NUMBER && cell.number() != null) {
            double n = cell.number();
            if (n < 0) {
                throw new ParseError("parse.duration.negative", cell.text());
            }
            if (n != Math.rint(n)) {
                throw new ParseError("parse.duration.unreadable", cell.text());
            }
            return checked(new DurationSpec((int) Math.min(n, Integer.MAX_VALUE), 0, 0), cell.text());
        }
        String original = Text.of(cell, 200);
        String s = Text.unaccent(original).replace('×', 'x').replace('*', 'x').replace('’', '\'');
        if (s.startsWith("-") || s.startsWith("−")) {
            throw new ParseError("parse.duration.negative", original);
        }
        Matcher m;
        if ((m = SIMPLE.matcher(s)).matches()) {
            return checked(new DurationSpec(months(m.group(1), m.group(2), original), 0, 0), original);
        }
        if ((m = PLUS_TIMES.matcher(s)).matches()) {
            String unit = m.group(2) != null ? m.group(2) : m.group(5);
            return checked(new DurationSpec(months(m.group(1), unit, original), Integer.parseInt(m.group(3)),
                    months(m.group(4), m.group(5) != null ? m.group(5) : unit, original)), original);
        }
        if ((m = RENEWABLE.matcher(s)).matches() || (m = PLUS_RENEWALS.matcher(s)).matches()) {
            int base = months(m.group(1), m.group(2), original);
            int each = m.group(4) == null ? base : months(m.group(4), m.group(5) != null ? m.group(5) : m.group(2), original);
            return checked(new DurationSpec(base, count(m.group(3)), each), original);
        }
        if ((m = SUM.matcher(s)).matches()) {
            return sum(m, original);
        }
        throw new ParseError("parse.duration.unreadable", original);
    }

    /** "4 ans (1+1+1+1)": a first period then equal renewals; the total, when written, must agree. */
    private static DurationSpec sum(Matcher m, String original) throws ParseError {
        String unit = m.group(4) != null ? m.group(4) : m.group(2);
        int[] parts = Arrays.stream(m.group(3).split("\\+")).map(String::trim).mapToInt(Integer::parseInt).toArray();
        int[] months = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            months[i] = months(String.valueOf(parts[i]), unit, original);
        }
        int total = Arrays.stream(months).sum();
        if (m.group(1) != null && months(m.group(1), unit, original) != total) {
            throw new ParseError("parse.duration.unreadable", original);
        }
        boolean equalRenewals = Arrays.stream(months, 1, months.length).allMatch(x -> x == months[1]);
        DurationSpec spec = equalRenewals
                ? new DurationSpec(months[0], months.length - 1, months[1])
                : new DurationSpec(total, 0, 0);
        return checked(spec, original);
    }

    static int count(String c) {
        return COUNTS.containsKey(c) ? COUNTS.get(c) : Integer.parseInt(c);
    }

    /** Months from a value and unit; weeks and days round up to whole months. */
    private static int months(String value, String unit, String original) throws ParseError {
        BigDecimal v = new BigDecimal(value.replace(',', '.'));
        String u = unit == null ? "mois" : unit;
        BigDecimal months;
        if (u.startsWith("an") || u.startsWith("y")) {
            months = v.multiply(BigDecimal.valueOf(12));
        } else if (u.startsWith("sem") || u.startsWith("w")) {
            months = v.multiply(BigDecimal.valueOf(7)).divide(new BigDecimal("30.4375"), 0, RoundingMode.CEILING);
        } else if (u.startsWith("j") || u.startsWith("d")) {
            months = v.divide(new BigDecimal("30.4375"), 0, RoundingMode.CEILING);
        } else {
            months = v;
        }
        if (months.stripTrailingZeros().scale() > 0) {
            throw new ParseError("parse.duration.unreadable", original);
        }
        if (months.compareTo(BigDecimal.valueOf(100_000)) > 0) {
            throw new ParseError("parse.duration.too_long", original, MAX_MONTHS);
        }
        return months.intValueExact();
    }

    private static DurationSpec checked(DurationSpec d, String shown) throws ParseError {
        if (d.baseMonths() <= 0 || d.renewals() > 0 && d.renewalMonths() <= 0) {
            throw new ParseError("parse.duration.zero", shown);
        }
        if ((long) d.baseMonths() + (long) d.renewals() * d.renewalMonths() > MAX_MONTHS) {
            throw new ParseError("parse.duration.too_long", shown, MAX_MONTHS);
        }
        return d;
    }
}
