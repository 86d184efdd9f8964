package org.vitrine.normalise.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vitrine.normalise.parse.Cells.cell;
import static org.vitrine.normalise.parse.Cells.refused;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vitrine.model.Period;

class PeriodParserTest {

    private static final int DEFAULT_YEAR = 2027;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "d:2027-03-15|2027-03-15|2027-03-15|day",
        "15/03/2027|2027-03-15|2027-03-15|day",
        "15/3/27|2027-03-15|2027-03-15|day",
        "5/3/2027|2027-03-05|2027-03-05|day",
        "2027-03-15|2027-03-15|2027-03-15|day",
        "2027/03/15|2027-03-15|2027-03-15|day",
        "2027-03-15 00:00:00|2027-03-15|2027-03-15|day",
        "2027-03-15T10:30|2027-03-15|2027-03-15|day",
        "15.03.2027|2027-03-15|2027-03-15|day",
        "15-03-2027|2027-03-15|2027-03-15|day",
        "15 mars 2027|2027-03-15|2027-03-15|day",
        "1er mars 2027|2027-03-01|2027-03-01|day",
        "March 15, 2027|2027-03-15|2027-03-15|day",
        "March 15th 2027|2027-03-15|2027-03-15|day",
        "15 March 2027|2027-03-15|2027-03-15|day",
        "29/02/2028|2028-02-29|2028-02-29|day",
        "mars 2027|2027-03-01|2027-03-31|month",
        "Mars 2027|2027-03-01|2027-03-31|month",
        "03/2027|2027-03-01|2027-03-31|month",
        "3/2027|2027-03-01|2027-03-31|month",
        "2027-03|2027-03-01|2027-03-31|month",
        "March 2027|2027-03-01|2027-03-31|month",
        "mar. 2027|2027-03-01|2027-03-31|month",
        "févr. 2027|2027-02-01|2027-02-28|month",
        "fevrier 2027|2027-02-01|2027-02-28|month",
        "février 2028|2028-02-01|2028-02-29|month",
        "sept 2027|2027-09-01|2027-09-30|month",
        "décembre 2027|2027-12-01|2027-12-31|month",
        "juin|2027-06-01|2027-06-30|month",
        "T2 2027|2027-04-01|2027-06-30|quarter",
        "Q2 2027|2027-04-01|2027-06-30|quarter",
        "2e trimestre 2027|2027-04-01|2027-06-30|quarter",
        "2ème trimestre 2027|2027-04-01|2027-06-30|quarter",
        "1er trimestre 2027|2027-01-01|2027-03-31|quarter",
        "2nd quarter 2027|2027-04-01|2027-06-30|quarter",
        "fourth quarter 2027|2027-10-01|2027-12-31|quarter",
        "T2-2027|2027-04-01|2027-06-30|quarter",
        "2027 T2|2027-04-01|2027-06-30|quarter",
        "2027-Q2|2027-04-01|2027-06-30|quarter",
        "T4 2028|2028-10-01|2028-12-31|quarter",
        "T2|2027-04-01|2027-06-30|quarter",
        "S1 2027|2027-01-01|2027-06-30|half",
        "H1 2027|2027-01-01|2027-06-30|half",
        "S2 2027|2027-07-01|2027-12-31|half",
        "1er semestre 2027|2027-01-01|2027-06-30|half",
        "second semestre 2027|2027-07-01|2027-12-31|half",
        "first half 2027|2027-01-01|2027-06-30|half",
        "2027|2027-01-01|2027-12-31|year",
        "n:2027|2027-01-01|2027-12-31|year",
        "année 2027|2027-01-01|2027-12-31|year",
        "n:46461|2027-03-15|2027-03-15|day",
        "n:46461.75|2027-03-15|2027-03-15|day",
    })
    void readsDaysMonthsQuartersHalvesAndYears(String in, String start, String end, String precision) throws ParseError {
        Period p = PeriodParser.parse(cell(in), DEFAULT_YEAR);
        assertEquals(LocalDate.parse(start), p.start());
        assertEquals(LocalDate.parse(end), p.end());
        assertEquals(Period.Precision.valueOf(precision), p.precision());
    }

    @Test
    void readsExcelSerialsWithThe1900LeapYearBug() throws ParseError {
        // Serial 61 is 1900-03-01 in Excel, but year 1900 is out of range for a forecast.
        ParseError e = refused("parse.date.out_of_range", () -> PeriodParser.parse(cell("n:61"), DEFAULT_YEAR));
        assertEquals("1900", e.args()[0]);
        ParseError phantom = refused("parse.date.invalid", () -> PeriodParser.parse(cell("n:60"), DEFAULT_YEAR));
        assertEquals("29/02/1900", phantom.args()[0]);
        assertEquals(LocalDate.of(1950, 1, 1), PeriodParser.parse(cell("n:18264"), DEFAULT_YEAR).start());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "1er semestre|2027-01-01|2027-06-30",
        "T2|2027-04-01|2027-06-30",
        "mars|2027-03-01|2027-03-31",
    })
    void saysTheYearWasAssumedWhenAPeriodGivesNone(String in, String start, String end) throws ParseError {
        // issue 22 (officer4): « 1er semestre » was put in the forecast year without a word to the buyer
        java.util.List<Repair> repairs = new java.util.ArrayList<>();
        Period p = PeriodParser.parse(cell(in), DEFAULT_YEAR, repairs);
        assertEquals(LocalDate.parse(start), p.start());
        assertEquals(LocalDate.parse(end), p.end());
        assertEquals(java.util.List.of(new Repair("parse.repair.year_assumed", in, in + " 2027")), repairs);
        // what was read, and what to write
        org.vitrine.messages.Messages m = org.vitrine.messages.Messages.of("fr");
        assertEquals("« " + in + " » n’indique pas l’année : lu comme « " + in + " 2027 », dans l’année de la prévision",
                m.get("parse.repair.year_assumed", in, in + " 2027"));
        assertEquals("Si c’est juste, écrivez « " + in + " 2027 » ; sinon écrivez « " + in + " » suivi de l’année voulue.",
                m.get("parse.repair.year_assumed.fix", in, in + " 2027"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "printemps 2027|2027-04-01|2027-06-30|parse.repair.season",
        "Printemps 2027|2027-04-01|2027-06-30|parse.repair.season",
        "au printemps 2027|2027-04-01|2027-06-30|parse.repair.season",
        "été 2027|2027-07-01|2027-09-30|parse.repair.season",
        "Été 2027|2027-07-01|2027-09-30|parse.repair.season",
        "à l’été 2027|2027-07-01|2027-09-30|parse.repair.season",
        "automne 2027|2027-10-01|2027-12-31|parse.repair.season",
        "hiver 2027|2027-01-01|2027-03-31|parse.repair.season",
        "mi-2027|2027-04-01|2027-06-30|parse.repair.mid_year",
        "mi 2027|2027-04-01|2027-06-30|parse.repair.mid_year",
        "milieu 2027|2027-04-01|2027-06-30|parse.repair.mid_year",
        "mi-année 2027|2027-04-01|2027-06-30|parse.repair.mid_year",
        // officer Z3: typed with a non-breaking hyphen or a dash by a word processor, and other mid-year wordings
        "mi‑2027|2027-04-01|2027-06-30|parse.repair.mid_year",
        "mi–2027|2027-04-01|2027-06-30|parse.repair.mid_year",
        "Mi-2027|2027-04-01|2027-06-30|parse.repair.mid_year",
        "à mi-2027|2027-04-01|2027-06-30|parse.repair.mid_year",
        "milieu d'année 2027|2027-04-01|2027-06-30|parse.repair.mid_year",
        "au milieu de l'année 2027|2027-04-01|2027-06-30|parse.repair.mid_year",
        "mi-27|2027-04-01|2027-06-30|parse.repair.mid_year",
        "milieu 2027 (à confirmer)|2027-04-01|2027-06-30|parse.repair.mid_year",
        "fin du 1er semestre 2027|2027-04-01|2027-06-30|parse.repair.date_read",
        "début du 2e semestre 2027|2027-07-01|2027-09-30|parse.repair.date_read",
        "fin du second semestre 2027|2027-10-01|2027-12-31|parse.repair.date_read",
        "fin S1 2027|2027-04-01|2027-06-30|parse.repair.date_read",
        // a season with its edge is that season's quarter
        "fin de l'été 2027|2027-07-01|2027-09-30|parse.repair.season",
        "début du printemps 2027|2027-04-01|2027-06-30|parse.repair.season",
        "à la fin de l’automne 2027|2027-10-01|2027-12-31|parse.repair.season",
        "avant le printemps 2027|2027-01-01|2027-03-31|parse.repair.before_season",
    })
    void readsSeasonsAndMidYearAtAQuartersPrecisionAndSaysSo(String in, String start, String end, String key) throws ParseError {
        // the officer's files: « printemps 2027 », « mi-2027 », « fin du 1er semestre 2027 » rejected the need
        java.util.List<Repair> repairs = new java.util.ArrayList<>();
        Period p = PeriodParser.parse(cell(in), DEFAULT_YEAR, repairs);
        assertEquals(new Period(LocalDate.parse(start), LocalDate.parse(end), Period.Precision.quarter), p);
        assertEquals(1, repairs.size(), repairs.toString());
        assertEquals(key, repairs.get(0).key());
        assertEquals(in, repairs.get(0).args()[0]);
    }

    /**
     * « avant l'été 2027 » was April–June only (officer Z2, ville-dijon D28): a buyer means « by the end of June », the
     * first half. Before autumn or winter is most of the year: the year, the buyer asked for the quarter. « fin »,
     * « début », « rentrée » of a year as before (T4, T1, S2), with their other spellings.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "avant l'été 2027|2027-01-01|2027-06-30|half|parse.repair.before_season",
        "d’ici l’été 2027|2027-01-01|2027-06-30|half|parse.repair.before_season",
        "avant l’automne 2027|2027-01-01|2027-12-31|year|parse.repair.before_season_year",
        "avant l'hiver 2027|2027-01-01|2027-12-31|year|parse.repair.before_season_year",
        "d'ici fin 2027|2027-01-01|2027-12-31|year|parse.repair.date_read",
        "avant la fin de l'année 2027|2027-01-01|2027-12-31|year|parse.repair.date_read",
        "fin 2027|2027-10-01|2027-12-31|quarter|parse.repair.date_read",
        "fin d'année 2027|2027-10-01|2027-12-31|quarter|parse.repair.date_read",
        "début 2027|2027-01-01|2027-03-31|quarter|parse.repair.date_read",
        "début de l'année 2027|2027-01-01|2027-03-31|quarter|parse.repair.date_read",
        "rentrée 2027|2027-07-01|2027-12-31|half|parse.repair.date_read",
        "rentrée scolaire 2027|2027-07-01|2027-12-31|half|parse.repair.date_read",
        "rentrée de septembre 2027|2027-09-01|2027-09-30|month|parse.repair.date_read",
    })
    void readsWordsOfAYearAtTheirHonestPrecision(String in, String start, String end, String precision, String key) throws ParseError {
        java.util.List<Repair> repairs = new java.util.ArrayList<>();
        Period p = PeriodParser.parse(cell(in), DEFAULT_YEAR, repairs);
        assertEquals(new Period(LocalDate.parse(start), LocalDate.parse(end), Period.Precision.valueOf(precision)), p);
        assertEquals(1, repairs.size(), repairs.toString());
        assertEquals(key, repairs.get(0).key());
    }

    /** The officer's CHU file: « printemps » alone rejected the need; it is that season of the forecast year, said so. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "printemps|2027-04-01|2027-06-30",
        "au printemps|2027-04-01|2027-06-30",
        "Été|2027-07-01|2027-09-30",
        "automne|2027-10-01|2027-12-31",
    })
    void readsASeasonWithoutYearInTheForecastYearAndSaysSo(String in, String start, String end) throws ParseError {
        java.util.List<Repair> repairs = new java.util.ArrayList<>();
        Period p = PeriodParser.parse(cell(in), DEFAULT_YEAR, repairs);
        assertEquals(new Period(LocalDate.parse(start), LocalDate.parse(end), Period.Precision.quarter), p);
        assertEquals(1, repairs.size(), repairs.toString());
        assertEquals("parse.repair.season_no_year", repairs.get(0).key());
        org.vitrine.messages.Messages m = org.vitrine.messages.Messages.of("fr");
        assertEquals("Si c’est juste, ajoutez l’année après « " + in + " » ; sinon écrivez le mois ou le trimestre voulu, avec l’année.",
                m.get("parse.repair.season_no_year.fix", repairs.get(0).args()));
    }

    @Test
    void saysNothingOfTheYearWhenItIsWritten() throws ParseError {
        java.util.List<Repair> repairs = new java.util.ArrayList<>();
        PeriodParser.parse(cell("1er semestre 2027"), DEFAULT_YEAR, repairs);
        PeriodParser.parse(cell("T2 2027"), DEFAULT_YEAR, repairs);
        PeriodParser.parse(cell("mars 2027"), DEFAULT_YEAR, repairs);
        assertEquals(java.util.List.of(), repairs);
    }

    @Test
    void namesTheImpossibleDate() {
        ParseError e = refused("parse.date.invalid", () -> PeriodParser.parse(cell("31/02/2027"), DEFAULT_YEAR));
        assertEquals("31/02/2027", e.args()[0]);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "31/02/2027|parse.date.invalid",
        "29/02/2027|parse.date.invalid",
        "32 mars 2027|parse.date.invalid",
        "2027-13-01|parse.date.invalid",
        "1900|parse.date.out_of_range",
        "9999|parse.date.out_of_range",
        "n:1900|parse.date.out_of_range",
        "n:9999|parse.date.out_of_range",
        "15/03/1899|parse.date.out_of_range",
        "d:1900-01-01|parse.date.out_of_range",
        "T2 2200|parse.date.out_of_range",
        "n:0|parse.date.unreadable",
        "n:-3|parse.date.unreadable",
        "n:3000000|parse.date.unreadable",
        "bientôt|parse.date.unreadable",
        "T5 2027|parse.date.unreadable",
        "S3 2027|parse.date.unreadable",
        "13/2027|parse.date.unreadable",
        "mois 2027|parse.date.unreadable",
        "5e trimestre 2027|parse.date.unreadable",
        "15/03-2027|parse.date.unreadable",
        "2027/03-15|parse.date.unreadable",
        "e:#VALUE!|parse.cell.error",
    })
    void refusesImpossibleOutOfRangeAndUnreadableDates(String in, String key) {
        refused(key, () -> PeriodParser.parse(cell(in), DEFAULT_YEAR));
    }

    /** Officer U: « 2T 2027 » and « fin du 1er trimestre 2027 » rejected the need (« Date illisible »). */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "2T 2027|2027-04-01|2027-06-30|quarter",
        "3T2027|2027-07-01|2027-09-30|quarter",
        "1S 2027|2027-01-01|2027-06-30|half",
        "fin du 1er trimestre 2027|2027-03-01|2027-03-31|month",
        "début du 3e trimestre 2027|2027-07-01|2027-07-31|month",
        "fin T2 2027|2027-06-01|2027-06-30|month",
        // officer Z: the quarter abbreviated
        "2e trim. 2027|2027-04-01|2027-06-30|quarter",
        "2e trim 2027|2027-04-01|2027-06-30|quarter",
        "3ème trim. 2027|2027-07-01|2027-09-30|quarter",
        "1er sem. 2027|2027-01-01|2027-06-30|half",
        "2ème trimestre 2027|2027-04-01|2027-06-30|quarter",
        "T2 2027|2027-04-01|2027-06-30|quarter",
        "2T 2027|2027-04-01|2027-06-30|quarter",
    })
    void readsQuarterNumbersWrittenFirstAndQuarterEdges(String in, String start, String end, String precision) throws ParseError {
        Period p = PeriodParser.parse(cell(in), DEFAULT_YEAR, new java.util.ArrayList<>());
        assertEquals(new Period(LocalDate.parse(start), LocalDate.parse(end), Period.Precision.valueOf(precision)), p);
    }
}
