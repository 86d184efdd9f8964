package org.vitrine.normalise.parse;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vitrine.model.Amount;
import org.vitrine.model.RawCell;
import org.vitrine.text.AmountUnits;

/** Reads an estimated amount in euros excluding VAT: a figure, a range, or a bound ("< 40 000"). */
public final class AmountParser {

    private static final BigDecimal ABSURD = new BigDecimal("1E11");
    private static final String NUM = "(\\d(?:[\\d.,' ]*\\d)?)";
    /** A unit written after the figure (« 45 k », « 3 mds », « 2 millions »); « keur » is « k » once EURO removed its « eur ». */
    private static final String UNIT = "(?:\\s*(" + AmountUnits.letters() + "|" + AmountUnits.words() + "))?";
    private static final String AMT = NUM + UNIT;
    private static final Pattern SINGLE = Pattern.compile("^" + AMT + "$");
    private static final Pattern UPPER = Pattern.compile("^(?:<=?|≤|moins de|inferieure? a|jusqu'a|up to|less than|under|below|max(?:imum)?)\\s*" + AMT + "$");
    private static final Pattern LOWER = Pattern.compile("^(?:>=?|≥|plus de|superieure? a|au[- ]dela de|over|more than|above|at least|au moins|min(?:imum)?)\\s*" + AMT + "$");
    private static final Pattern RANGE = Pattern.compile("^(?:entre|between|de|from)?\\s*" + AMT + "\\s*(?:-|–|—|a|et|and|to)\\s*" + AMT + "$");
    private static final Pattern FOREIGN = Pattern.compile("[$£¥]|(?<![a-z])(?:usd|gbp|chf|jpy|cad|dollars?|livres? sterling)(?![a-z])");
    private static final Pattern EURO = Pattern.compile("(?<![a-jln-z])(?:d'|de\\s+)?(?:euros?|eur)(?![a-z])|€");
    private static final Pattern VAT_INCLUDED = Pattern.compile("(?<![a-z])ttc(?![a-z])|toutes taxes|tva comprise|incl(?:uding|\\.)?\\s*vat");
    private static final Pattern VAT_EXCLUDED = Pattern.compile("(?<![a-z])h\\.?t\\.?(?![a-z])|hors tax(?:es?)?|hors tva|excl(?:uding|\\.)?\\s*(?:vat|tax(?:es)?)");
    /** « 1,2 M€ sur 4 ans », « 300 k€ pour 48 mois », « sur la durée du marché »: a total over the contract (officer U). */
    private static final Pattern OVER_DURATION = Pattern.compile("\\s*,?\\s*(?:sur|pour|over|for)\\s+(?:(?:\\d+|un|une|deux|trois|quatre|cinq|six)\\s*(?:ans?|annees?|mois|years?|months?)"
            + "|(?:la|toute la|the)\\s+(?:duree|whole term|term)(?:\\s+(?:du marche|totale|of the contract))?)\\s*$");
    private static final Pattern ANNUAL = Pattern.compile("\\s*(?:/\\s*an|par an|/\\s*year|per year|a year|annuel(?:le)?|per annum)\\s*$");
    /** A figure a spreadsheet or a DECP export wrote in scientific notation ("1.5E5", "1,5E+05"). */
    private static final Pattern SCIENTIFIC = Pattern.compile("^(\\d+(?:[.,]\\d+)?)[eE]\\+?(\\d{1,2})$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A figure whose last group is "000" after a thousands separator ("60 000", "60.000", "1 200 000"). */
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(?:[ .']\\d{3})*[ .']000");
    private static final Pattern NEGATIVE = Pattern.compile("^[-−]\\s*\\d.*");
    private static final Pattern ABOUT = Pattern.compile("^(?:environ|env\\.?|~|≈|approx\\.?|approximately|about|around|ca\\.|estime a|estimated at)\\s*");

    /** A unit written with the figure ("45 k€", "1,2 M€", "3 millions"): the cell's own, which no column or header changes. */
    private static final Pattern OWN_UNIT = Pattern.compile("\\d\\s*(?:" + AmountUnits.letters() + "|" + AmountUnits.codes() + "|"
            + AmountUnits.words() + ")(?![a-z])");
    /** A unit cell, unaccented, by scale (text/AmountUnits): a letter alone is a unit here (« k »). */
    private static final Map<AmountUnits.Scale, Pattern> UNIT_CELL = new EnumMap<>(AmountUnits.Scale.class);
    /** In a header, a letter alone is a unit only in brackets (« Montant (k) »): « Montant m² » is no million. */
    private static final Map<AmountUnits.Scale, Pattern> UNIT_HEADER = new EnumMap<>(AmountUnits.Scale.class);

    static {
        for (AmountUnits.Scale s : AmountUnits.Scale.values()) {
            String named = s.letterPattern() + "\\s*(?:" + AmountUnits.SIGN + "|" + AmountUnits.euros() + ")|" + s.codePattern()
                    + "|" + s.wordPattern() + " d'\\s*" + AmountUnits.euros() + "|en " + s.wordPattern();
            UNIT_CELL.put(s, Pattern.compile("(?<![a-z])(?:" + named + "|" + s.letterPattern() + "|" + s.wordPattern() + ")(?![a-z])"));
            UNIT_HEADER.put(s, Pattern.compile("(?<![a-z])(?:" + named + ")(?![a-z])|\\(\\s*" + s.letterPattern() + "\\s*\\)"));
        }
    }

    private static final Pattern UNIT_EUROS = Pattern.compile("^(?:" + AmountUnits.SIGN + "|" + AmountUnits.euros() + ")?\\s*(?:h\\.?t\\.?|hors taxes?)?$");
    /** Under this, an amount with no unit anywhere looks written in thousands or millions (« 1,2 »: 1,2 €?). */
    public static final BigDecimal LOOKS_SCALED = BigDecimal.valueOf(1_000);

    private AmountParser() {
    }

    /**
     * {@link #parse(RawCell)}, in the unit a column or header states ({@code factor}: 1 000 for « k€ », null when none):
     * a cell with its own unit ("1,2 M€") keeps it.
     */
    public static Amount parse(RawCell cell, BigDecimal factor) throws ParseError {
        Amount a = parse(cell);
        if (factor == null || factor.compareTo(BigDecimal.ONE) == 0 || statesUnit(cell)) {
            return a;
        }
        String original = cell.text();
        BigDecimal min = a.min() == null ? null : normal(a.min().multiply(factor));
        BigDecimal max = a.max() == null ? null : checked(normal(a.max().multiply(factor)), original);
        if (min != null && min.signum() != 0) {
            checked(min, original);
        }
        return new Amount(min, max, a.currency(), a.basis());
    }

    /** True when the cell writes its unit with the figure ("45 k€", "1,2 M€", or a number whose format shows « k€ »). */
    public static boolean statesUnit(RawCell cell) {
        // a number cell states it when its format showed the unit (ingest/NumberFormats: text « 45 k€ »)
        return cell != null && (cell.type() == RawCell.Type.TEXT || cell.type() == RawCell.Type.NUMBER) && cell.text() != null
                && OWN_UNIT.matcher(Text.unaccent(cell.text())).find();
    }

    /** True when the cell names the euro (« 300 € », « 300 euros »): a small amount then is meant. */
    public static boolean namesEuro(RawCell cell) {
        return cell != null && cell.text() != null && EURO.matcher(Text.unaccent(cell.text())).find();
    }

    /** The factor a unit cell says: « k€ » 1 000, « M€ » 1 000 000, « € » or « € HT » 1; null when the text is no unit. */
    public static BigDecimal unit(String text) {
        String s = Text.unaccent(text == null ? "" : text.strip()).replace('\u2019', '\'');
        if (UNIT_EUROS.matcher(s).matches()) {
            return BigDecimal.ONE;
        }
        String rest = VAT_EXCLUDED.matcher(s).replaceAll(" ").strip();
        for (Map.Entry<AmountUnits.Scale, Pattern> e : UNIT_CELL.entrySet()) {
            if (e.getValue().matcher(rest).matches()) {
                return BigDecimal.valueOf(e.getKey().factor);
            }
        }
        return null;
    }

    /** The unit a header names (« Montant (k€) », « Montant HT en milliers d'euros », « Budget M€ »); null when none. */
    public static BigDecimal unitInHeader(String header) {
        if (header == null) {
            return null;
        }
        String s = Text.unaccent(header).replace('\u2019', '\'');
        for (Map.Entry<AmountUnits.Scale, Pattern> e : UNIT_HEADER.entrySet()) {
            if (e.getValue().matcher(s).find()) {
                return BigDecimal.valueOf(e.getKey().factor);
            }
        }
        return null;
    }

    public static Amount parse(RawCell cell) throws ParseError {
        Text.requireValue(cell);
        if (cell.type() == RawCell.Type.NUMBER && cell.number() != null) {
            double d = cell.number();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new ParseError("parse.amount.unreadable", cell.text());
            }
            BigDecimal v = checked(normal(BigDecimal.valueOf(d)), cell.text());
            return new Amount(v, v, "EUR", "total");
        }
        String original = Text.of(cell, 200);
        if (plainFigure(original)) {
            // Only digits and separators ("125 000", "1.250,50"): none of the words, signs or units
            // below can be there, so straight to the figure (the same result as SINGLE).
            BigDecimal v = checked(value(original, null, original), original);
            return new Amount(v, v, "EUR", "total");
        }
        Matcher sci = SCIENTIFIC.matcher(original.trim());
        if (sci.matches()) {
            BigDecimal v = new BigDecimal(sci.group(1).replace(',', '.')).scaleByPowerOfTen(Integer.parseInt(sci.group(2)));
            v = checked(normal(v), original);
            return new Amount(v, v, "EUR", "total");
        }
        String s = Text.unaccent(original);
        if (VAT_INCLUDED.matcher(s).find()) {
            throw new ParseError("parse.amount.vat_included", original);
        }
        if (FOREIGN.matcher(s).find()) {
            throw new ParseError("parse.amount.currency", original);
        }
        s = VAT_EXCLUDED.matcher(s).replaceAll(" ");
        s = EURO.matcher(s).replaceAll(" ");
        s = SPACES.matcher(s).replaceAll(" ").trim();
        String basis = "total";
        Matcher over = OVER_DURATION.matcher(s);
        if (over.find()) {
            s = s.substring(0, over.start()).trim(); // the total over the duration: the amount's own basis
        }
        Matcher annual = ANNUAL.matcher(s);
        if (annual.find()) {
            basis = "annual";
            s = s.substring(0, annual.start()).trim();
        }
        s = ABOUT.matcher(s).replaceFirst("");
        if (NEGATIVE.matcher(s).matches()) {
            throw new ParseError("parse.amount.negative", original);
        }
        Matcher m;
        if ((m = SINGLE.matcher(s)).matches()) {
            BigDecimal v = checked(value(m.group(1), m.group(2), original), original);
            return new Amount(v, v, "EUR", basis);
        }
        if ((m = UPPER.matcher(s)).matches()) {
            return new Amount(BigDecimal.ZERO, checked(value(m.group(1), m.group(2), original), original), "EUR", basis);
        }
        if ((m = LOWER.matcher(s)).matches()) {
            return new Amount(checked(value(m.group(1), m.group(2), original), original), null, "EUR", basis);
        }
        if ((m = RANGE.matcher(s)).matches()) {
            String leftUnit = m.group(2);
            String rightUnit = m.group(4);
            BigDecimal rightRaw = number(m.group(3), rightUnit != null, original);
            BigDecimal min = value(m.group(1), leftUnit, original);
            // "40-90 k€": the unit written once applies to both ends, unless that makes the left end larger.
            if (leftUnit == null && rightUnit != null) {
                BigDecimal leftInUnit = number(m.group(1), true, original);
                if (leftInUnit.compareTo(rightRaw) <= 0) {
                    min = normal(leftInUnit.multiply(multiplier(rightUnit)));
                }
            }
            // "entre 40 et 60 000": the thousands written once, on the right end, as "40-90 k€" writes the unit once —
            // a left end of at most three digits that, scaled by the right end's zero groups, stays under it (the
            // officer's file published 40 € – 60 000 €)
            if (leftUnit == null && rightUnit == null && m.group(1).length() <= 3 && isDigits(m.group(1)) && THOUSANDS.matcher(m.group(3)).matches()) {
                // the zero groups the right end shares: "1 à 2 000 000" is 1 to 2 million
                int groups = 0;
                for (String g = m.group(3); g.length() > 4 && g.endsWith("000") && " .'".indexOf(g.charAt(g.length() - 4)) >= 0;
                        g = g.substring(0, g.length() - 4)) {
                    groups++;
                }
                BigDecimal thousands = new BigDecimal(m.group(1)).scaleByPowerOfTen(3 * groups);
                if (thousands.compareTo(rightRaw) <= 0) {
                    min = thousands;
                }
            }
            BigDecimal max = checked(normal(rightRaw.multiply(multiplier(rightUnit))), original);
            if (min.signum() != 0) {
                checked(min, original);
            }
            if (min.compareTo(max) > 0) {
                throw new ParseError("parse.amount.range_order", min.toPlainString(), max.toPlainString());
            }
            return new Amount(min, max, "EUR", basis);
        }
        throw new ParseError("parse.amount.unreadable", original);
    }

    /** Starts and ends with a digit, with only digits, spaces, '.', ',' and ' between (what SINGLE's figure allows). */
    private static boolean plainFigure(String s) {
        int n = s.length();
        if (n == 0 || !isDigit(s.charAt(0)) || !isDigit(s.charAt(n - 1))) {
            return false;
        }
        for (int i = 1; i < n - 1; i++) {
            char c = s.charAt(i);
            if (!isDigit(c) && c != ' ' && c != '.' && c != ',' && c != '\'') {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigits(String s) {
        return s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static BigDecimal value(String digits, String unit, String original) throws ParseError {
        return normal(number(digits, unit != null, original).multiply(multiplier(unit)));
    }

    private static BigDecimal checked(BigDecimal v, String original) throws ParseError {
        if (v.signum() < 0) {
            throw new ParseError("parse.amount.negative", original);
        }
        if (v.signum() == 0) {
            throw new ParseError("parse.amount.zero", original);
        }
        if (v.compareTo(ABSURD) > 0) {
            throw new ParseError("parse.amount.absurd", original);
        }
        return v;
    }

    private static BigDecimal multiplier(String unit) {
        if (unit == null) {
            return BigDecimal.ONE;
        }
        return BigDecimal.valueOf(AmountUnits.factor(unit));
    }

    /** Reads "125 000,50", "125.000,50", "125,000.50", "1,2", "125.000" following the ambiguity rules. */
    static BigDecimal number(String raw, boolean hasUnit, String original) throws ParseError {
        boolean spaced = raw.indexOf(' ') >= 0 || raw.indexOf('\'') >= 0;
        String s = raw.replace(" ", "").replace("'", "");
        int commas = count(s, ','), dots = count(s, '.');
        String intPart = s, frac = "";
        if (commas > 0 && dots > 0) {
            char dec = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
            if (count(s, dec) != 1) {
                throw new ParseError("parse.amount.unreadable", original);
            }
            int at = s.indexOf(dec);
            intPart = grouped(s.substring(0, at), dec == ',' ? '.' : ',', original);
            frac = s.substring(at + 1);
            if (frac.isEmpty()) {
                throw new ParseError("parse.amount.unreadable", original);
            }
        } else if (commas + dots > 1) {
            intPart = grouped(s, commas > 0 ? ',' : '.', original);
        } else if (commas + dots == 1) {
            int at = Math.max(s.indexOf(','), s.indexOf('.'));
            String before = s.substring(0, at), after = s.substring(at + 1);
            if (before.isEmpty() || after.isEmpty()) {
                throw new ParseError("parse.amount.unreadable", original);
            }
            // "125,000" and "125.000" are thousands; "1,5", "1.2M" and "125 000,500" are decimals.
            if (!hasUnit && !spaced && after.length() == 3 && !before.equals("0") && before.length() <= 3) {
                intPart = before + after;
            } else {
                intPart = before;
                frac = after;
            }
        }
        return new BigDecimal(frac.isEmpty() ? intPart : intPart + "." + frac);
    }

    private static String grouped(String s, char sep, String original) throws ParseError {
        String[] groups = s.split(Pattern.quote(String.valueOf(sep)), -1);
        for (int i = 0; i < groups.length; i++) {
            int n = groups[i].length();
            if (i == 0 ? n < 1 || n > 3 : n != 3) {
                throw new ParseError("parse.amount.unreadable", original);
            }
        }
        return String.join("", groups);
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    static BigDecimal normal(BigDecimal v) {
        BigDecimal n = v.stripTrailingZeros();
        return n.scale() < 0 ? n.setScale(0) : n;
    }
}
