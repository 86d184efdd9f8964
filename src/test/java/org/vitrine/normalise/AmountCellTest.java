package org.vitrine.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How the amount cell decides a need (outside officer U's files).
 *
 * <p>Outside officer U: « 300 » with no unit on a 48-month contract was published as 300 €. Under 1 000 € for a year or
 * more with no unit anywhere, the need is kept (never rejected) but held back for the staff, and the buyer told.
 */
class AmountCellTest {

    private static Normaliser.Result normalise(String amount, String months) throws Exception {
        Map<String, String> cells = new LinkedHashMap<>(Map.of("title", "Maintenance des autoclaves", "cpv", "50421000-2", "amount", amount));
        if (!months.isEmpty()) {
            cells.put("duration_months", months);
        }
        return Rows.normalise(Rows.run(), cells);
    }

    @ParameterizedTest(name = "« {0} » on « {1} » months: public {2}")
    @CsvSource(delimiter = '|', value = {
        "300|48|false|sans doute 300 k€",
        "90|12|false|sans doute 90 k€",
        "300|6|true|peut-être en milliers",
        "300||true|peut-être en milliers",
        "300 €|48|true|",
        "300 k€|48|true|",
        "45 000|48|true|",
    })
    void aSmallAmountWithoutUnitOnALongContractIsHeldBackNotPublished(String amount, String months, boolean published, String said)
            throws Exception {
        Normaliser.Result r = normalise(amount, months == null ? "" : months);
        assertNotNull(r.need(), "the need is never lost for it: " + r.rejects());
        assertEquals(published, r.need().isPublic(), r.warnings().toString());
        if (said == null) {
            assertTrue(r.warnings().stream().noneMatch(w -> w.reason().contains("Montant lu")), r.warnings().toString());
        } else {
            assertTrue(r.warnings().stream().anyMatch(w -> w.reason().contains(said)), r.warnings().toString());
        }
    }

    /** « 45 000 (TTC) » was published as 45 000 € HT while « 15 000 € TTC » was rejected: one rule, both rejected. */
    @ParameterizedTest(name = "« {0} » rejected: {1}")
    @CsvSource(delimiter = '|', value = {
        "45 000 (TTC)|Montant toutes taxes comprises",
        "15 000 € TTC|Montant toutes taxes comprises",
        "45 000 € (TTC)|Montant toutes taxes comprises",
        "54 000 toutes taxes comprises|Montant toutes taxes comprises",
        "45 000 (USD)|autre devise",
    })
    void anAmountIncludingVatIsRejectedWhateverItsBrackets(String amount, String reason) throws Exception {
        Normaliser.Result r = normalise(amount, "24");
        assertEquals(null, r.need(), r.warnings().toString());
        assertTrue(r.rejects().stream().anyMatch(x -> x.reason().contains(reason)), r.rejects().toString());
        if (reason.contains("taxes")) {
            assertTrue(r.rejects().stream().anyMatch(x -> x.fix().startsWith("Indiquez le montant hors taxes (HT)")), r.rejects().toString());
        }
    }

    @ParameterizedTest(name = "« {0} » is {1} € with a note")
    @CsvSource(delimiter = '|', value = {
        "45 000 (HT)|45000",
        "45 000 (estimation 2026)|45000",
    })
    void wordsAroundAnExcludingVatFigureStayANote(String amount, String euros) throws Exception {
        Normaliser.Result r = normalise(amount, "24");
        assertNotNull(r.need(), r.rejects().toString());
        assertEquals(euros, r.need().amount().max().toPlainString());
    }
}
