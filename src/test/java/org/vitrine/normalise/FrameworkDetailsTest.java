package org.vitrine.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vitrine.messages.Messages;
import org.vitrine.config.ConfigLoader;
import org.vitrine.model.Amount;
import org.vitrine.model.Location;
import org.vitrine.model.Need;
import org.vitrine.model.RawCell;
import org.vitrine.model.RawRecord;
import org.vitrine.normalise.parse.CpvCatalogue;

/**
 * A framework agreement's award (one supplier or several) and maximum amount, from their own columns or from
 * the procedure text; an unreadable award costs the field only; a central purchasing body named in the
 * procedure is kept so that pages can name it.
 */
class FrameworkDetailsTest {

    private static Normaliser.Result normalise(Map<String, String> cells) throws Exception {
        return normalise(cells, "Montant maximum");
    }

    private static Normaliser.Result normalise(Map<String, String> cells, String maximumHeader) throws Exception {
        Map<String, RawCell> f = new HashMap<>();
        f.put("buyer", RawCell.text("Ville de Lyon"));
        f.put("title", RawCell.text("Nettoyage des locaux"));
        f.put("cpv", RawCell.text("90910000"));
        f.put("amount", RawCell.text("120 000 €"));
        f.put("launch", RawCell.text("T2 2027"));
        cells.forEach((k, v) -> f.put(k, RawCell.text(v)));
        Map<String, String> headers = Map.of("framework_award", "Attribution de l'accord-cadre", "framework_maximum", maximumHeader);
        var config = ConfigLoader.load(Path.of("config"));
        return new Normaliser(config, CpvCatalogue.load(), Messages.of("fr"), 2027)
                .normalise(new RawRecord(new Location("s", "f.csv", "f.csv", 2), f, headers));
    }

    @Test
    void readsTheAwardAndTheMaximumFromTheirColumns() throws Exception {
        Need n = normalise(Map.of("procedure", "Accord-cadre (AOO)", "framework_award", "multi-attributaire",
                "framework_maximum", "1,5 M€")).need();
        assertEquals("framework", n.technique());
        assertEquals("multiple", n.frameworkAward());
        assertEquals(0, new BigDecimal("1500000").compareTo(n.frameworkMaximum().max()));
    }

    /**
     * Lawyer S, MEL-27-14: « Maximum de l'accord-cadre (k€) » 3000 was read as 3 000 €, the header's k€ applied to the
     * amount column only. The maximum's header unit is applied as the amount's is; a cell's own unit keeps it.
     */
    @Test
    void theMaximumsHeaderUnitIsApplied() throws Exception {
        assertEquals(0, new BigDecimal("3000000").compareTo(normalise(Map.of("framework_maximum", "3000"), "Maximum (k€)")
                .need().frameworkMaximum().max()));
        assertEquals(0, new BigDecimal("3000000").compareTo(normalise(Map.of("framework_maximum", "3 000"),
                "Maximum de l'accord-cadre (k€)").need().frameworkMaximum().max()));
        assertEquals(0, new BigDecimal("2500000").compareTo(normalise(Map.of("framework_maximum", "2,5"), "Maximum en M€")
                .need().frameworkMaximum().max()));
        // a figure with its own unit keeps it; a header without a unit reads euros
        assertEquals(0, new BigDecimal("1500000").compareTo(normalise(Map.of("framework_maximum", "1,5 M€"), "Maximum (k€)")
                .need().frameworkMaximum().max()));
        assertEquals(0, new BigDecimal("3000").compareTo(normalise(Map.of("framework_maximum", "3000"), "Montant maximum")
                .need().frameworkMaximum().max()));
    }

    /** Lawyer S, MEL-27-14: a maximum 800 times under the estimate raised no warning; the buyer is told to check the unit. */
    @Test
    void aMaximumUnderTheEstimateIsWarnedAsAPossibleUnitSlip() throws Exception {
        Normaliser.Result r = normalise(Map.of("amount", "2 400 000 €", "framework_maximum", "3000"), "Maximum de l'accord-cadre");
        assertEquals(1, r.warnings().size(), r.warnings().toString());
        assertEquals("Maximum de l'accord-cadre", r.warnings().get(0).column());
        assertTrue(r.warnings().get(0).reason().contains("inférieur à l’estimation"), r.warnings().get(0).reason());
        assertTrue(r.warnings().get(0).reason().contains("vérifiez l’unité"), r.warnings().get(0).reason());
        String spaced = r.warnings().get(0).reason().replaceAll("[\\s\\u00a0\\u202f]", " ");
        assertTrue(spaced.contains("3 000 €") && spaced.contains("2 400 000 €"), spaced);
        // at or above the estimate's least value, or its unit now read from the header: nothing to say
        assertTrue(normalise(Map.of("amount", "2 400 000 €", "framework_maximum", "3000"), "Maximum (k€)").warnings().isEmpty());
        assertTrue(normalise(Map.of("amount", "100 000 à 150 000 €", "framework_maximum", "100 000 €")).warnings().isEmpty());
        // a little under (400 000 € against 480 000 €): a figure for the risk rule FRAMEWORK_MAXIMUM, not a unit slip
        assertTrue(normalise(Map.of("amount", "480 000 €", "framework_maximum", "400 000 €")).warnings().isEmpty());
        // a maximum per year is compared over the duration, as the estimate (48 months: 4 × 700 000 € ≥ 2 400 000 €)
        assertTrue(normalise(Map.of("amount", "2 400 000 €", "duration_months", "48", "framework_maximum", "700 000 € par an"))
                .warnings().isEmpty());
    }

    /**
     * The totals the warning gives are the model's (TotalValue, what the need's page and the sums show): a maximum of
     * 1 000 000 € a year over 7 months is 583 333,33 €, not 583 333 € (the duration in years once rounded to six places).
     */
    @Test
    void theWarningsTotalsAreTheModelsTotals() throws Exception {
        Normaliser.Result r = normalise(Map.of("amount", "100 000 000 €", "duration_months", "7",
                "framework_maximum", "1 000 000 € par an"));
        assertEquals(1, r.warnings().size(), r.warnings().toString());
        String spaced = r.warnings().get(0).reason().replaceAll("[\\s\\u00a0\\u202f]", " ");
        Amount total = org.vitrine.model.TotalValue.of(r.need().frameworkMaximum(), 7);
        assertEquals(0, new BigDecimal("583333.33").compareTo(total.max()), total.toString());
        assertTrue(spaced.contains("583 333,33 €"), spaced);
    }

    @Test
    void readsTheAwardFromTheProcedureTextAndTakesItAsAFramework() throws Exception {
        Need n = normalise(Map.of("procedure", "AOO mono-attributaire")).need();
        assertEquals("single", n.frameworkAward());
        assertEquals("open", n.procedure());
        assertEquals("framework", n.technique());
        assertNull(normalise(Map.of("procedure", "Accord-cadre (AOO)")).need().frameworkAward());
    }

    @Test
    void anUnreadableAwardIsAWarningAndTheNeedIsPublished() throws Exception {
        Normaliser.Result r = normalise(Map.of("procedure", "AOO", "framework_award", "à voir"));
        assertNotNull(r.need());
        assertNull(r.need().frameworkAward());
        assertEquals(1, r.warnings().size());
        assertEquals("Attribution de l'accord-cadre", r.warnings().get(0).column());
        assertTrue(r.warnings().get(0).fix().contains("mono-attributaire"), r.warnings().get(0).fix());
    }

    @Test
    void aCentralPurchasingBodyNamedInTheProcedureIsKept() throws Exception {
        Need n = normalise(Map.of("procedure", "UGAP")).need();
        assertEquals("central_purchasing", n.route());
        assertEquals("UGAP", n.notes().get("route"));
        assertNull(normalise(Map.of("procedure", "Centrale d'achat")).need().notes().get("route"));
    }

    @Test
    void theWordsAroundTheProcedureAreKeptAsTheNeedsNote() throws Exception {
        Need n = normalise(Map.of("procedure", "Dispense (L2512-5 10°)")).need();
        assertEquals("exempt", n.procedure());
        assertEquals("L2512-5 10°", n.notes().get("procedure"));
        assertNull(normalise(Map.of("procedure", "Accord-cadre (AOO)")).need().notes().get("procedure"));
    }

    /** Lawyer L, MRG-27-03: « Accord-cadre à bons de commande … » in the title, procedure AOO, was no framework. */
    @Test
    void aTitleOrDescriptionNamingAFrameworkMakesItOne() throws Exception {
        assertEquals("framework", normalise(Map.of("title", "Accord-cadre à bons de commande de panneaux de signalisation",
                "procedure", "Appel d'offres ouvert")).need().technique());
        assertEquals("framework", normalise(Map.of("description", "Marché à bons de commande, sans maximum.",
                "procedure", "AOO")).need().technique());
        assertEquals("framework", normalise(Map.of("description", "Conclu sous forme d'accord-cadre mono-attributaire."))
                .need().technique());
        // the framework a call-off cites, the one the contract follows, and a central body's order are no evidence
        assertNull(normalise(Map.of("description", "Marché subséquent de l'accord-cadre régional.")).need().technique());
        assertNull(normalise(Map.of("description", "Marché ordinaire ; l'accord-cadre précédent était sans maximum."))
                .need().technique());
        Need ugap = normalise(Map.of("title", "Commande sur l'accord-cadre de l'UGAP", "procedure", "UGAP")).need();
        assertNull(ugap.technique());
        assertEquals("call_off", normalise(Map.of("title", "Marché subséquent n° 3 de l'accord-cadre de voirie",
                "procedure", "Marché subséquent")).need().route());
    }
}
