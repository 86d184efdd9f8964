package org.vitrine.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vitrine.model.Need;

/** A renewal cell with a count (« oui 2 fois », officer Z's ville-dijon D02) keeps its yes and its words. */
class RenewalCountTest {

    @Test
    void aCountBesideYesIsKeptAsTheBuyersWordsAndTheBuyerToldHowToMakeItCount() throws Exception {
        Normaliser.Result r = Rows.normalise(Rows.run(), Map.of("renewal", "oui 2 fois", "duration_months", "36"));
        Need n = r.need();
        assertEquals(Boolean.TRUE, n.renewal());
        assertEquals("2 fois", n.notes().get("renewal"));
        assertEquals(36, n.durationMonths()); // not guessed: 36 may be the firm period or the whole
        var w = r.warnings().stream().filter(x -> x.value().equals("oui 2 fois")).findFirst().orElseThrow();
        assertTrue(w.reason().contains("2 reconductions"), w.reason());
        assertTrue(w.fix().contains("12 + 2 x 12"), w.fix());
    }

    @Test
    void aCountTheDurationAlreadyGivesAddsNothing() throws Exception {
        Normaliser.Result r = Rows.normalise(Rows.run(),
                Map.of("renewal", "reconductible 3 fois", "duration_months", "12 mois reconductible 3 fois"));
        assertEquals(Boolean.TRUE, r.need().renewal());
        assertEquals(48, r.need().durationMonths());
        assertTrue(r.need().notes().get("renewal") == null);
        assertTrue(r.warnings().stream().noneMatch(x -> x.value().contains("reconductible")), r.warnings().toString());
    }

    @Test
    void aCountTheDurationContradictsIsKeptAndSaid() throws Exception {
        Normaliser.Result r = Rows.normalise(Rows.run(),
                Map.of("renewal", "2 reconductions", "duration_months", "12 + 3 x 12"));
        assertEquals("2 reconductions", r.need().notes().get("renewal"));
        assertEquals(48, r.need().durationMonths());
        assertTrue(r.warnings().stream().anyMatch(x -> x.reason().contains("en donne 3")), r.warnings().toString());
    }

    /**
     * Officer Z3: a bare « Reconduction » says the contract is renewable but not how many times; the page said « oui »
     * and the buyer was never asked for the number.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Reconduction", "reconductible", "Reconduction tacite", "Renouvelable"})
    void aRenewalWithoutItsNumberIsReadAsYesAndTheNumberAsked(String cell) throws Exception {
        Normaliser.Result r = Rows.normalise(Rows.run(), Map.of("renewal", cell));
        assertEquals(Boolean.TRUE, r.need().renewal());
        var w = r.warnings().stream().filter(x -> x.value().equals(cell)).findFirst().orElseThrow(() -> new AssertionError(r.warnings()));
        assertEquals("f.xlsx", w.file());
        assertEquals(6, w.row());
        assertEquals("Renouvellement", w.column());
        assertTrue(w.reason().contains("nombre de reconductions"), w.reason());
        assertTrue(w.fix().contains("Reconductible 3 fois (1 an + 3 × 1 an)"), w.fix());
        assertTrue(w.fix().contains("« Durée (mois) »"), w.fix());
    }

    @Test
    void aBareYesUnderAReconductionHeaderAsksTheNumberUnderTheTemplatesRenewalHeaderNot() throws Exception {
        assertTrue(countAsked("Reconduction", "oui"));
        assertTrue(countAsked("Reconduction (oui/non)", "x"));
        // the template's « Renouvellement »: « oui » says the need renews a current contract, no count to ask
        assertTrue(!countAsked("Renouvellement", "oui"));
        assertTrue(!countAsked("Reconduction", "non"));
    }

    @Test
    void noNumberAskedWhenTheDurationGivesTheRenewals() throws Exception {
        Normaliser.Result r = Rows.normalise(Rows.run(), Map.of("renewal", "Reconduction", "duration_months", "12 + 3 x 12"));
        assertEquals(Boolean.TRUE, r.need().renewal());
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
    }

    @Test
    void theNumberIsAskedInEnglishToo() throws Exception {
        var run = new org.vitrine.context.Run(org.vitrine.config.ConfigLoader.load(java.nio.file.Path.of("config")),
                org.vitrine.messages.Messages.of("en"), 2027, java.time.LocalDate.of(2026, 11, 26));
        var w = Rows.normalise(run, Map.of("renewal", "reconductible")).warnings();
        assertTrue(w.size() == 1 && w.get(0).reason().contains("number of renewals") && w.get(0).fix().contains("Renewable 3 times"), w.toString());
    }

    private static boolean countAsked(String header, String cell) throws Exception {
        Map<String, org.vitrine.model.RawCell> f = new java.util.LinkedHashMap<>();
        f.put("buyer", org.vitrine.model.RawCell.text("chu-beaumont"));
        f.put("title", org.vitrine.model.RawCell.text("Nettoyage des locaux"));
        f.put("cpv", org.vitrine.model.RawCell.text("90919200-4"));
        f.put("amount", org.vitrine.model.RawCell.text("120 000"));
        f.put("launch", org.vitrine.model.RawCell.text("T2 2027"));
        f.put("renewal", org.vitrine.model.RawCell.text(cell));
        Normaliser.Result r = org.vitrine.camel.Normalisers.forRun(Rows.run()).normalise(new org.vitrine.model.RawRecord(
                new org.vitrine.model.Location("s", "f.xlsx", "S", 6), f, Map.of("renewal", header)));
        assertTrue(r.need() != null, r.rejects().toString());
        return r.warnings().stream().anyMatch(w -> w.column().equals(header) && w.reason().contains("nombre de reconductions"));
    }

    @Test
    void noIsNo() throws Exception {
        Need n = Rows.normalise(Rows.run(), Map.of("renewal", "non")).need();
        assertEquals(Boolean.FALSE, n.renewal());
        assertTrue(n.notes().isEmpty());
    }
}
