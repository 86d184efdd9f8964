package org.vitrine.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.vitrine.model.Period;

class FmtTest {

    @Test
    void writesTheFirstOfTheMonthAsAnOrdinalInFrench() {
        Fmt fr = new Fmt(Messages.of("fr"));
        assertEquals("1er mars 2027", fr.date(LocalDate.of(2027, 3, 1)));
        assertEquals("2 mars 2027", fr.date(LocalDate.of(2027, 3, 2)));
        assertEquals("1er décembre 2026", fr.period(new Period(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1), Period.Precision.day)));
    }

    @Test
    void anAwardHolderWithoutANameIsSaidByItsSiretAsOne() {
        // officer X: the 2022 DECP format gives a titulaire's SIRET only, shown bare as « 77512345600045 »
        Fmt fr = new Fmt(Messages.of("fr"));
        assertEquals("Net Pro, SIRET 775 123 456 00045 (nom absent des données essentielles), identifiant FR12345678901 "
                + "(nom absent des données essentielles)", fr.holders(java.util.List.of(new org.vitrine.model.Award.Holder("111", "Net Pro"),
                new org.vitrine.model.Award.Holder("775 123 456 00045", null), new org.vitrine.model.Award.Holder("77512345600045", null),
                new org.vitrine.model.Award.Holder("FR12345678901", null))));
        assertEquals("SIRET 775 123 456 00045 (no name in the award data)", new Fmt(Messages.of("en")).holders(
                java.util.List.of(new org.vitrine.model.Award.Holder("77512345600045", null))));
        assertEquals("", fr.holders(java.util.List.of()));
    }

    @Test
    void keepsCardinalDaysInEnglish() {
        assertEquals("1 March 2027", new Fmt(Messages.of("en")).date(LocalDate.of(2027, 3, 1)));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "Centre hospitalier de Beaumont|du Centre hospitalier de Beaumont",
        "Ville de Dijon|de la Ville de Dijon",
        "Université de Bourgogne|de l’Université de Bourgogne",
        "Hôpital Nord|de l’Hôpital Nord",
        "CHU de Beaumont|du CHU de Beaumont",
        "Le Creusot|du Creusot",
        "Les Hospices civils|des Hospices civils",
        "La Poste|de la Poste",
        "L’Agence de l’eau|de l’Agence de l’eau",
        "Métropole du Val-de-Saône|de la Métropole du Val-de-Saône",
        "Annecy|d’Annecy",
        "Grenoble-Alpes Métropole|de Grenoble-Alpes Métropole",
        "SDIS 71|du SDIS 71"})
    void frenchContractsOfBeforeABuyersName(String name, String expected) {
        assertEquals(expected, new Fmt(Messages.of("fr")).ofName(name));
    }

    /** Designer X: « un seul marché mené par Métropole du Val-de-Saône » lacked its article (9 times in the brochure). */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "Métropole du Val-de-Saône|la Métropole du Val-de-Saône",
        "Centre hospitalier de Beaumont|le Centre hospitalier de Beaumont",
        "Université de Bourgogne|l’Université de Bourgogne",
        "La Poste|la Poste",
        "Grenoble-Alpes Métropole|Grenoble-Alpes Métropole",
        "Annecy|Annecy"})
    void aBuyersNameTakesItsArticleAfterPar(String name, String expected) {
        assertEquals(expected, new Fmt(Messages.of("fr")).theName(name));
        assertEquals(name, new Fmt(Messages.of("en")).theName(name));
    }

    @Test
    void englishKeepsTheName() {
        assertEquals("Centre hospitalier de Beaumont", new Fmt(Messages.of("en")).ofName("Centre hospitalier de Beaumont"));
    }

    @Test
    void openEndedAmountsReadInWordsAsTheBrochureWritesThem() {
        java.math.BigDecimal million = java.math.BigDecimal.valueOf(1_000_000);
        java.math.BigDecimal forty = java.math.BigDecimal.valueOf(40_000);
        assertEquals("plus de 1\u202F000\u202F000\u00A0€", new Fmt(Messages.of("fr")).amount(new org.vitrine.model.Amount(million, null, "EUR", "total")));
        assertEquals("moins de 40\u202F000\u00A0€", new Fmt(Messages.of("fr")).amount(new org.vitrine.model.Amount(java.math.BigDecimal.ZERO, forty, "EUR", "total")));
        assertEquals("more than 1,000,000\u00A0€", new Fmt(Messages.of("en")).amount(new org.vitrine.model.Amount(million, null, "EUR", "total")));
    }

    @Test
    void aYearlyAmountShowsItsTotalOverTheDuration() {
        org.vitrine.model.Need.Builder b = org.vitrine.normalise.Needs.need("b", "R", "T", 1, "public", "f.xlsx", 2).toBuilder();
        b.amount = new org.vitrine.model.Amount(java.math.BigDecimal.valueOf(900_000), java.math.BigDecimal.valueOf(900_000), "EUR", "annual");
        b.durationMonths = 36;
        assertEquals("900\u202F000\u00A0€ par an, soit 2\u202F700\u202F000\u00A0€ sur 36 mois", new Fmt(Messages.of("fr")).amountOf(b.build()));
        b.durationMonths = null;
        assertEquals("900\u202F000\u00A0€ par an (durée non précisée)", new Fmt(Messages.of("fr")).amountOf(b.build()));
    }

    @Test
    void anEstimatedDeadlineIsTheLaunchWindowPlusTheResponseTime() {
        org.vitrine.model.Need.Builder b = org.vitrine.normalise.Needs.need("b", "R", "T", 1, "public", "f.xlsx", 2).toBuilder();
        b.launch = new Period(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31), Period.Precision.month);
        b.responseDays = 35;
        String text = new Fmt(Messages.of("fr")).deadline(b.build());
        assertEquals("entre le 5 avril 2027 et le 5 mai 2027 (estimation : lancement prévu + 35 jours de délai de réponse ;"
                + " la date qui fait foi sera dans l’avis)", text);
        b.responseDays = null;
        assertEquals("", new Fmt(Messages.of("fr")).deadline(b.build()));
    }
}
