package org.vitrine.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vitrine.model.Need;

/**
 * Two facts a renewal column may give (officer Z4, D1): whether the need renews a current contract (the template's
 * « Renouvellement »: « oui », « non »), and the new contract's own renewal options (« Reconduction »,
 * « reconductible 3 fois », or any cell under a « Reconduction » header), which are never published as the first.
 */
class RenewalCountTest {

    @Test
    void aCountIsTheNewContractsOptionsKeptAsWrittenAndTheBuyerToldHowToMakeItCount() throws Exception {
        Normaliser.Result r = Rows.normalise(Rows.run(), Map.of("renewal", "oui 2 fois", "duration_months", "36"));
        Need n = r.need();
        assertNull(n.renewal(), "a count of renewals says nothing of a current contract");
        assertEquals("oui 2 fois", n.notes().get("renewal_options"));
        assertEquals(36, n.durationMonths()); // not guessed: 36 may be the firm period or the whole
        var w = r.warnings().stream().filter(x -> x.value().equals("oui 2 fois")).findFirst().orElseThrow();
        assertTrue(w.reason().contains("2 reconductions"), w.reason());
        assertTrue(w.fix().contains("12 + 2 x 12"), w.fix());
    }

    @Test
    void aCountTheDurationAlreadyGivesAddsNothing() throws Exception {
        Normaliser.Result r = Rows.normalise(Rows.run(),
                Map.of("renewal", "reconductible 3 fois", "duration_months", "12 mois reconductible 3 fois"));
        assertNull(r.need().renewal());
        assertEquals(48, r.need().durationMonths());
        assertTrue(r.need().notes().get("renewal_options") == null);
        assertTrue(r.warnings().stream().noneMatch(x -> x.value().contains("reconductible")), r.warnings().toString());
    }

    @Test
    void aCountTheDurationContradictsIsKeptAndSaid() throws Exception {
        Normaliser.Result r = Rows.normalise(Rows.run(),
                Map.of("renewal", "2 reconductions", "duration_months", "12 + 3 x 12"));
        assertEquals("2 reconductions", r.need().notes().get("renewal_options"));
        assertEquals(48, r.need().durationMonths());
        assertTrue(r.warnings().stream().anyMatch(x -> x.reason().contains("en donne 3")), r.warnings().toString());
    }

    /**
     * Officer Z3: a bare « Reconduction » says the contract is renewable but not how many times; the buyer is asked
     * for the number. Officer Z4: it says nothing of a current contract (SDIS l.2, under « Renouvellement »).
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Reconduction", "reconductible", "Reconduction tacite", "Renouvelable"})
    void aRenewalWithoutItsNumberIsAnOptionAndTheNumberAsked(String cell) throws Exception {
        Normaliser.Result r = Rows.normalise(Rows.run(), Map.of("renewal", cell));
        assertNull(r.need().renewal());
        assertEquals(cell, r.need().notes().get("renewal_options"));
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

    /** Officer Z4's ch-roubaix.xlsx l.6–8: a « Reconduction » column is the new contract's options, whatever it holds. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {"non|non", "reconductible 3 fois|reconductible 3 fois",
        "oui|oui", "x|oui"})
    void aReconductionColumnNeverSaysACurrentContractIsRenewed(String cell, String shown) throws Exception {
        for (String header : new String[] {"Reconduction", "Reconductible", "Nombre de reconductions"}) {
            Need n = record(header, cell).need();
            assertNull(n.renewal(), header + " " + cell);
            assertEquals(shown, n.notes().get("renewal_options"), header + " " + cell);
        }
    }

    /** The columns.yaml names: « Reconduction » headers are the options, « Renouvellement » ones the current contract. */
    @Test
    void theHeadersAreTwoFields() throws Exception {
        var columns = Rows.run().config().columns();
        for (String h : new String[] {"Reconduction", "Reconductions", "Reconductible", "Nombre de reconductions", "Nb reconductions",
            "Reconduction (oui/non)", "Marché reconductible"}) {
            assertEquals("renewal_options", columns.fieldFor(h), h);
        }
        for (String h : new String[] {"Renouvellement", "Marché existant", "Renouvelle un marché existant", "Reconduction d'un marché"}) {
            assertEquals("renewal", columns.fieldFor(h), h);
        }
    }

    /**
     * Review R14: a header read as the renewal column through its bracketed values (« Renouvellement (reconductible) »
     * is « Renouvellement » for columns.yaml) still names the option: a bare « oui » under it is an option, not the
     * renewal of a current contract. The header test in RenewalParser serves that case, and a config folder whose own
     * columns.yaml lists « Reconduction » under renewal (before renewal_options).
     */
    @Test
    void aRenewalHeaderNamingTheOptionInBracketsIsTheOption() throws Exception {
        assertEquals("renewal", Rows.run().config().columns().fieldFor("Renouvellement (reconductible)"));
        Need n = record("Renouvellement (reconductible)", "oui").need();
        assertNull(n.renewal());
        assertEquals("oui", n.notes().get("renewal_options"));
        assertEquals(Boolean.TRUE, record("Renouvellement (oui/non)", "oui").need().renewal());
    }

    /** Officer Z4's sdis-saone-et-brenne.csv l.2–4 under « Renouvellement »: options words are options, « non » is no. */
    @Test
    void theOfficersRenewalColumn() throws Exception {
        Need l2 = record("Renouvellement", "Reconduction").need();
        assertNull(l2.renewal());
        assertEquals("Reconduction", l2.notes().get("renewal_options"));
        Need l3 = record("Renouvellement", "reconductible 3 fois").need();
        assertNull(l3.renewal());
        assertEquals("reconductible 3 fois", l3.notes().get("renewal_options"));
        Need l4 = record("Renouvellement", "non").need();
        assertEquals(Boolean.FALSE, l4.renewal());
        assertNull(l4.notes().get("renewal_options"));
        assertEquals(Boolean.TRUE, record("Renouvellement", "oui").need().renewal());
    }

    @Test
    void noNumberAskedWhenTheDurationGivesTheRenewals() throws Exception {
        Normaliser.Result r = Rows.normalise(Rows.run(), Map.of("renewal", "Reconduction", "duration_months", "12 + 3 x 12"));
        assertNull(r.need().renewal());
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
        Normaliser.Result r = record(header, cell);
        return r.warnings().stream().anyMatch(w -> w.column().equals(header) && w.reason().contains("nombre de reconductions"));
    }

    /** A row whose renewal cell sits under the header as the column map reads it. */
    private static Normaliser.Result record(String header, String cell) throws Exception {
        String field = Rows.run().config().columns().fieldFor(header);
        Map<String, org.vitrine.model.RawCell> f = new java.util.LinkedHashMap<>();
        f.put("buyer", org.vitrine.model.RawCell.text("chu-beaumont"));
        f.put("title", org.vitrine.model.RawCell.text("Nettoyage des locaux"));
        f.put("cpv", org.vitrine.model.RawCell.text("90919200-4"));
        f.put("amount", org.vitrine.model.RawCell.text("120 000"));
        f.put("launch", org.vitrine.model.RawCell.text("T2 2027"));
        f.put(field, org.vitrine.model.RawCell.text(cell));
        Normaliser.Result r = org.vitrine.camel.Normalisers.forRun(Rows.run()).normalise(new org.vitrine.model.RawRecord(
                new org.vitrine.model.Location("s", "f.xlsx", "S", 6), f, Map.of(field, header)));
        assertTrue(r.need() != null, r.rejects().toString());
        return r;
    }

    @Test
    void noIsNo() throws Exception {
        Need n = Rows.normalise(Rows.run(), Map.of("renewal", "non")).need();
        assertEquals(Boolean.FALSE, n.renewal());
        assertTrue(n.notes().isEmpty());
    }
}
