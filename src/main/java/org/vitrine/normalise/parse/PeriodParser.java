package org.vitrine.normalise.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;
import org.vitrine.model.Period;
import org.vitrine.model.Period.Precision;
import org.vitrine.model.RawCell;

/** Reads a date known to some precision: day, month, quarter, half or year. */
public final class PeriodParser {

    static final int MIN_YEAR = 1950;
    static final int MAX_YEAR = 2100;
    private static final double MAX_SERIAL = 2958465; // 31/12/9999 in Excel

    private static final String MONTH = "([a-z]{3,9})\\.?";
    private static final String TIME = "(?:[ t]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?";
    private static final Pattern ISO_DAY = Pattern.compile("^(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})" + TIME + "$");
    private static final Pattern NUM_DAY = Pattern.compile("^(\\d{1,2})\\s*([/.-])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{4}|\\d{2})" + TIME + "$");
    private static final Pattern WORD_DAY = Pattern.compile("^(\\d{1,2})(?:er|st|nd|rd|th)?\\s+" + MONTH + "\\s+(\\d{4})$");
    private static final Pattern EN_DAY = Pattern.compile("^" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$");
    private static final Pattern WORD_MONTH = Pattern.compile("^" + MONTH + "(?:[\\s-]*(\\d{4}))?$");
    /** Excel's month formats written as text: "mars-27", "févr.-27", "mars 27". */
    private static final Pattern WORD_MONTH_SHORT_YEAR = Pattern.compile("^" + MONTH + "[\\s.-]*(\\d{2})$");
    private static final Pattern NUM_MONTH = Pattern.compile("^(\\d{1,2})\\s*[/.-]\\s*(\\d{4})$");
    private static final Pattern NUM_MONTH_SHORT_YEAR = Pattern.compile("^(\\d{1,2})\\s*[/.-]\\s*(\\d{2})$");
    /** An approximate time of a year: "courant 2027", "début 2027", "fin mars 2027", "rentrée 2027". */
    // the longer words first: « rentrée scolaire » read as « rentrée » then a month « scolaire » was unreadable
    private static final Pattern APPROX = Pattern.compile("^(dans le courant de|dans l'annee|au cours de|en debut d'annee|en fin d'annee|debut d'annee|fin d'annee|a la rentree|rentree scolaire|rentree de|courant|debut|fin|rentree|early|late|during|en|in)\\s*(?:de l'annee |de l' annee |de |d'|l'annee |l'annee d'|l'annee de )?\\s*(?:" + MONTH + "\\s+)?(\\d{4})$");
    /** A season ("printemps 2027", "à l'été 2027"): about a quarter, read as the calendar quarter holding most of it. */
    private static final Pattern SEASON = Pattern.compile("^(?:(?:au |a la |en )?(?:debut|fin)\\s*(?:de l'|de l' |du |de la |d')?|au |a l'|a l' |en |l'|l' |courant )?\\s*(printemps|ete|automne|hiver|spring|summer|autumn|fall|winter)\\s*(?:de |d'|of )?(\\d{4})?$");
    /**
     * "mi-2027", "milieu 2027", "mi-année 2027", « au milieu de l'année 2027 », « mi-27 », with a note in brackets
     * (« milieu 2027 (à confirmer) »): the middle of the year, read as T2 (docs/INPUT.md, officer Z3).
     */
    private static final Pattern MID_YEAR = Pattern.compile("^(?:a |en |vers |vers la |a la |au )?(?:mi|milieu|mid)[\\s-]*(?:de |d')?(?:l'annee |annee |l'annee de |year )?\\s*(\\d{4}|\\d{2})(?:\\s*\\([^()]*\\))?$");
    /** The hyphens and dashes a word processor types (non-breaking hyphen, en and em dashes, minus): a hyphen. */
    private static final Pattern DASHES = Pattern.compile("[\u2010-\u2015\u2212]");
    /** "fin du 1er semestre 2027", "début du 2e semestre 2027", "fin S1 2027": the quarter at that edge of the half. */
    private static final Pattern HALF_EDGE = Pattern.compile("^(?:au |en |a la |vers la )?(debut|fin|mi)[\\s-]*(?:du |de |d')?\\s*(?:([a-z0-9]+)\\s+semestre|[sh]\\s*([12]))\\s*(?:de |d')?(\\d{4})$");
    /** « fin du 1er trimestre 2027 », « début T3 2027 », « mi-T2 2027 »: the month at that edge of the quarter (officer U). */
    private static final Pattern QUARTER_EDGE = Pattern.compile("^(?:au |en |a la |vers la )?(debut|fin|mi)[\\s-]*(?:du |de |d')?\\s*(?:([a-z0-9]+)\\s+trimestre|[tq]\\s*([1-4]))\\s*(?:de |d')?(\\d{4})$");
    /**
     * « avant l'été 2027 », « d'ici l'été 2027 »: by that season, from the year's start (officer Z2: a buyer means « by the end
     * of June », the first half, not April–June only).
     */
    private static final Pattern BEFORE_SEASON = Pattern.compile("^(?:avant|d'ici|d'ici a|jusqu'a) (?:l'|l' |le |la )?\\s*(printemps|ete|automne|hiver)\\s*(?:de |d')?(\\d{4})$");
    /** « avant la fin 2027 », « d'ici fin 2027 », « avant la fin de l'année 2027 »: by the year's end, the year. */
    private static final Pattern BEFORE_YEAR_END = Pattern.compile("^(?:avant|d'ici|d'ici a|au plus tard) (?:la )?fin (?:de l'annee |de l' annee |d'annee |de )?(\\d{4})$");
    /** « 2T 2027 », « 3T2027 », « 1S 2027 »: the quarter or half number written first (officer U). */
    private static final Pattern NUMBER_CODE_PART = Pattern.compile("^([1-4])\\s*([tqs])[\\s/-]*(\\d{4})$");
    private static final Pattern ISO_MONTH_CELL = Pattern.compile("^(\\d{4})-(\\d{2})$");
    private static final Pattern ISO_MONTH = Pattern.compile("^(\\d{4})\\s*[/-]\\s*(\\d{1,2})$");
    private static final Pattern CODE_PART = Pattern.compile("^([tqsh])\\s*([1-4])(?:[\\s/-]*(\\d{4}))?$");
    private static final Pattern YEAR_CODE_PART = Pattern.compile("^(\\d{4})[\\s/-]*([tqsh])\\s*([1-4])$");
    /** « 2e trimestre 2027 », and abbreviated as buyers do: « 2e trim. 2027 », « 1er sem. 2027 » (officer Z). */
    private static final Pattern WORD_PART = Pattern.compile("^([a-z0-9]+)\\s+(trimestre|trim|quarter|semestre|sem|half)\\.?(?:\\s+(?:de\\s+|of\\s+)?(\\d{4}))?$");
    private static final Pattern YEAR = Pattern.compile("^(?:annee|year|exercice|an)?\\s*(\\d{4})$");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("janvier", 1), Map.entry("janv", 1), Map.entry("jan", 1), Map.entry("january", 1),
            Map.entry("fevrier", 2), Map.entry("fevr", 2), Map.entry("fev", 2), Map.entry("feb", 2), Map.entry("february", 2),
            Map.entry("mars", 3), Map.entry("mar", 3), Map.entry("march", 3),
            Map.entry("avril", 4), Map.entry("avr", 4), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("mai", 5), Map.entry("may", 5),
            Map.entry("juin", 6), Map.entry("june", 6), Map.entry("jun", 6),
            Map.entry("juillet", 7), Map.entry("juil", 7), Map.entry("july", 7), Map.entry("jul", 7),
            Map.entry("aout", 8), Map.entry("august", 8), Map.entry("aug", 8),
            Map.entry("septembre", 9), Map.entry("sept", 9), Map.entry("sep", 9), Map.entry("september", 9),
            Map.entry("octobre", 10), Map.entry("oct", 10), Map.entry("october", 10),
            Map.entry("novembre", 11), Map.entry("nov", 11), Map.entry("november", 11),
            Map.entry("decembre", 12), Map.entry("dec", 12), Map.entry("december", 12));

    private static final Map<String, Integer> ORDINALS = Map.ofEntries(
            Map.entry("1", 1), Map.entry("1er", 1), Map.entry("1re", 1), Map.entry("1ere", 1), Map.entry("1st", 1),
            Map.entry("premier", 1), Map.entry("first", 1),
            Map.entry("2", 2), Map.entry("2e", 2), Map.entry("2eme", 2), Map.entry("2nd", 2), Map.entry("2d", 2),
            Map.entry("second", 2), Map.entry("deuxieme", 2),
            Map.entry("3", 3), Map.entry("3e", 3), Map.entry("3eme", 3), Map.entry("3rd", 3), Map.entry("troisieme", 3), Map.entry("third", 3),
            Map.entry("4", 4), Map.entry("4e", 4), Map.entry("4eme", 4), Map.entry("4th", 4), Map.entry("quatrieme", 4), Map.entry("fourth", 4));

    private PeriodParser() {
    }

    public static Period parse(RawCell cell, int defaultYear) throws ParseError {
        return parse(cell, defaultYear, Repair.ignored());
    }

    /**
     * {@link #parse}, telling in {@code repairs} how an approximate or abbreviated value was read
     * ("mars-27", "courant 2027", a date cell shown as a month), so the buyer can check it.
     */
    public static Period parse(RawCell cell, int defaultYear, java.util.List<Repair> repairs) throws ParseError {
        Text.requireValue(cell);
        if (cell.type() == RawCell.Type.DATE && cell.date() != null) {
            Matcher mc = ISO_MONTH_CELL.matcher(cell.text() == null ? "" : cell.text());
            if (mc.matches()) {
                // A date cell formatted as a month ("mars-27"): the buyer means the month, not its first day.
                Period p = month(year(mc.group(1)), Integer.parseInt(mc.group(2)), cell.text());
                repairs.add(read("parse.repair.month_cell", cell.date().toLocalDate().format(SHOWN), p));
                return p;
            }
            return day(cell.date().toLocalDate());
        }
        if (cell.type() == RawCell.Type.NUMBER && cell.number() != null) {
            return number(cell.number(), cell.text());
        }
        String original = Text.of(cell, 100);
        String s = DASHES.matcher(Text.unaccent(original)).replaceAll("-");
        Matcher m;
        if ((m = ISO_DAY.matcher(s)).matches()) {
            return day(date(year(m.group(1)), m.group(3), m.group(4)));
        }
        if ((m = NUM_DAY.matcher(s)).matches()) {
            String y = m.group(4).length() == 2 ? "20" + m.group(4) : m.group(4);
            return day(date(year(y), m.group(3), m.group(1)));
        }
        if ((m = WORD_DAY.matcher(s)).matches() && MONTHS.containsKey(m.group(2))) {
            return day(date(year(m.group(3)), String.valueOf(MONTHS.get(m.group(2))), m.group(1)));
        }
        if ((m = EN_DAY.matcher(s)).matches() && MONTHS.containsKey(m.group(1))) {
            return day(date(year(m.group(3)), String.valueOf(MONTHS.get(m.group(1))), m.group(2)));
        }
        if ((m = WORD_MONTH.matcher(s)).matches() && MONTHS.containsKey(m.group(1))) {
            return assumed(month(yearOr(m.group(2), defaultYear), MONTHS.get(m.group(1)), original), m.group(2), original, repairs);
        }
        if ((m = WORD_MONTH_SHORT_YEAR.matcher(s)).matches() && MONTHS.containsKey(m.group(1))) {
            Period p = month(shortYear(m.group(2), defaultYear, original), MONTHS.get(m.group(1)), original);
            repairs.add(read("parse.repair.date_read", original, p));
            return p;
        }
        if ((m = NUM_MONTH_SHORT_YEAR.matcher(s)).matches() && Integer.parseInt(m.group(1)) <= 12 && Integer.parseInt(m.group(1)) >= 1) {
            Period p = month(shortYear(m.group(2), defaultYear, original), Integer.parseInt(m.group(1)), original);
            repairs.add(read("parse.repair.date_read", original, p));
            return p;
        }
        if ((m = APPROX.matcher(s)).matches()) {
            Period p = approximate(m.group(1), m.group(2), year(m.group(3)), original);
            if (p != null) {
                repairs.add(read("parse.repair.date_read", original, p));
                return p;
            }
        }
        if ((m = SEASON.matcher(s)).matches()) {
            int q = switch (m.group(1)) {
                case "hiver", "winter" -> 1;
                case "printemps", "spring" -> 2;
                case "ete", "summer" -> 3;
                default -> 4;
            };
            // « printemps » alone, in a forecast: that season of the forecast year, said so as for « mars »
            Period p = part("t", q, yearOr(m.group(2), defaultYear), original);
            repairs.add(read(m.group(2) == null ? "parse.repair.season_no_year" : "parse.repair.season", original, p));
            return p;
        }
        if ((m = MID_YEAR.matcher(s)).matches()) {
            int y = m.group(1).length() == 2 ? shortYear(m.group(1), defaultYear, original) : year(m.group(1));
            Period p = part("t", 2, y, original);
            repairs.add(read("parse.repair.mid_year", original, p));
            return p;
        }
        if ((m = HALF_EDGE.matcher(s)).matches()) {
            Integer half = m.group(3) != null ? Integer.valueOf(m.group(3)) : ORDINALS.get(m.group(2));
            if (half != null && half <= 2) {
                Period p = m.group(1).equals("mi") ? part("s", half, year(m.group(4)), original)
                        : part("t", 2 * half - (m.group(1).equals("debut") ? 1 : 0), year(m.group(4)), original);
                repairs.add(read("parse.repair.date_read", original, p));
                return p;
            }
        }
        if ((m = QUARTER_EDGE.matcher(s)).matches()) {
            Integer quarter = m.group(3) != null ? Integer.valueOf(m.group(3)) : ORDINALS.get(m.group(2));
            if (quarter != null && quarter >= 1 && quarter <= 4) {
                int month = 3 * (quarter - 1) + (m.group(1).equals("debut") ? 1 : m.group(1).equals("mi") ? 2 : 3);
                Period p = month(year(m.group(4)), month, original);
                repairs.add(read("parse.repair.date_read", original, p));
                return p;
            }
        }
        if ((m = BEFORE_SEASON.matcher(s)).matches()) {
            // the year's start to the season: spring starts in March (T1), summer in June (S1); before autumn (September)
            // or winter (December) is most of the year, no quarter nor half: the year, and the buyer asked for better
            int y = year(m.group(2));
            Period p = switch (m.group(1)) {
                case "printemps" -> part("t", 1, y, original);
                case "ete" -> part("s", 1, y, original);
                default -> new Period(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), Precision.year);
            };
            repairs.add(read(p.precision() == Precision.year ? "parse.repair.before_season_year" : "parse.repair.before_season",
                    original, p));
            return p;
        }
        if ((m = BEFORE_YEAR_END.matcher(s)).matches()) {
            int y = year(m.group(1));
            Period p = new Period(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), Precision.year);
            repairs.add(read("parse.repair.date_read", original, p));
            return p;
        }
        if ((m = NUMBER_CODE_PART.matcher(s)).matches()) {
            return part(m.group(2), Integer.parseInt(m.group(1)), year(m.group(3)), original);
        }
        if ((m = NUM_MONTH.matcher(s)).matches()) {
            return month(year(m.group(2)), Integer.parseInt(m.group(1)), original);
        }
        if ((m = ISO_MONTH.matcher(s)).matches()) {
            return month(year(m.group(1)), Integer.parseInt(m.group(2)), original);
        }
        if ((m = CODE_PART.matcher(s)).matches()) {
            return assumed(part(m.group(1), Integer.parseInt(m.group(2)), yearOr(m.group(3), defaultYear), original), m.group(3),
                    original, repairs);
        }
        if ((m = YEAR_CODE_PART.matcher(s)).matches()) {
            return part(m.group(2), Integer.parseInt(m.group(3)), year(m.group(1)), original);
        }
        if ((m = WORD_PART.matcher(s)).matches() && ORDINALS.containsKey(m.group(1))) {
            String kind = m.group(2).startsWith("trim") || m.group(2).equals("quarter") ? "t" : "s";
            return assumed(part(kind, ORDINALS.get(m.group(1)), yearOr(m.group(3), defaultYear), original), m.group(3), original,
                    repairs);
        }
        if ((m = YEAR.matcher(s)).matches()) {
            int y = year(m.group(1));
            return new Period(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), Precision.year);
        }
        throw new ParseError("parse.date.unreadable", original);
    }

    /**
     * "courant 2027" is the year; "début 2027" the first quarter and "fin 2027" the last one (where such
     * words put a launch); "rentrée 2027" the second half (September or October, which no quarter holds);
     * with a month ("fin mars 2027"), that month.
     */
    private static Period approximate(String word, String monthWord, int y, String original) throws ParseError {
        if (monthWord != null) {
            Integer mo = MONTHS.get(monthWord);
            return mo == null ? null : month(y, mo, original); // « fin mars 2027 », « rentrée de septembre 2027 »
        }
        if (word.startsWith("debut") || word.equals("early") || word.equals("en debut d'annee")) {
            return part("t", 1, y, original);
        }
        if (word.startsWith("fin") || word.equals("late") || word.equals("en fin d'annee")) {
            return part("t", 4, y, original);
        }
        if (word.contains("rentree")) {
            return part("s", 2, y, original);
        }
        return new Period(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), Precision.year);
    }

    /** A two-digit year close to the forecast year ("27" in 2027); others are too ambiguous to read. */
    private static int shortYear(String yy, int defaultYear, String original) throws ParseError {
        int y = 2000 + Integer.parseInt(yy);
        if (y < defaultYear - 2 || y > defaultYear + 5) {
            throw new ParseError("parse.date.unreadable", original);
        }
        return y;
    }

    private static final java.time.format.DateTimeFormatter SHOWN = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /**
     * A month, quarter or half written without its year ("1er semestre", "T2", "mars") is put in the forecast
     * year: said to the buyer (issue 22, officer4), who may have meant another year.
     */
    private static Period assumed(Period p, String writtenYear, String original, java.util.List<Repair> repairs) {
        if (writtenYear == null) {
            repairs.add(new Repair("parse.repair.year_assumed", original, original + " " + p.start().getYear()));
        }
        return p;
    }

    /** A repair quoting the value and the first and last days it was read as. */
    private static Repair read(String key, String original, Period p) {
        return new Repair(key, original, p.start().format(SHOWN), p.end().format(SHOWN));
    }

    /**
     * A whole number of four digits is a year typed in a number cell, not an Excel serial date (serials
     * 1000..9999 fall in 1902..1927, out of range anyway); other numbers are serial dates.
     */
    private static Period number(double n, String text) throws ParseError {
        if (n == Math.rint(n) && n >= 1000 && n <= 9999) {
            int y = year(String.valueOf((int) n));
            return new Period(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), Precision.year);
        }
        if (Double.isNaN(n) || n < 1 || n > MAX_SERIAL) {
            throw new ParseError("parse.date.unreadable", text);
        }
        if (Math.floor(n) == 60) {
            throw new ParseError("parse.date.invalid", "29/02/1900"); // Excel's phantom leap day
        }
        LocalDate d = DateUtil.getLocalDateTime(n).toLocalDate();
        year(String.valueOf(d.getYear()));
        return day(d);
    }

    private static Period day(LocalDate d) throws ParseError {
        year(String.valueOf(d.getYear()));
        return new Period(d, d, Precision.day);
    }

    private static Period month(int year, int month, String original) throws ParseError {
        if (month < 1 || month > 12) {
            throw new ParseError("parse.date.unreadable", original);
        }
        YearMonth ym = YearMonth.of(year, month);
        return new Period(ym.atDay(1), ym.atEndOfMonth(), Precision.month);
    }

    /** kind t/q: quarter n; s/h: half n. */
    private static Period part(String kind, int n, int year, String original) throws ParseError {
        boolean half = kind.equals("s") || kind.equals("h");
        int months = half ? 6 : 3;
        if (n < 1 || n > 12 / months) {
            throw new ParseError("parse.date.unreadable", original);
        }
        YearMonth first = YearMonth.of(year, (n - 1) * months + 1);
        return new Period(first.atDay(1), first.plusMonths(months - 1L).atEndOfMonth(), half ? Precision.half : Precision.quarter);
    }

    private static LocalDate date(int year, String month, String day) throws ParseError {
        try {
            return LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            throw new ParseError("parse.date.invalid", String.format("%02d/%02d/%04d", Integer.parseInt(day), Integer.parseInt(month), year));
        }
    }

    private static int yearOr(String y, int defaultYear) throws ParseError {
        return y == null ? year(String.valueOf(defaultYear)) : year(y);
    }

    private static int year(String y) throws ParseError {
        int v = Integer.parseInt(y);
        if (v < MIN_YEAR || v > MAX_YEAR) {
            throw new ParseError("parse.date.out_of_range", y);
        }
        return v;
    }
}
