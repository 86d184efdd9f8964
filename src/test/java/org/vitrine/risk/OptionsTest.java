package org.vitrine.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vitrine.risk.rules.need.TestNeeds.need;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Options and renewals written only in the description count in the value (R2121-1). */
class OptionsTest {

    @ParameterizedTest(name = "{0}: options {1}, renewals {2}")
    @CsvSource(delimiter = '|', value = {
            "Options : aménagement scénique (350 000 €)|350000|0",
            "Tranche optionnelle : 120 000 € ; tranche conditionnelle de 80 k€|200000|0",
            "PSE éclairage scénique 1,5 M€|1500000|0",
            "Marché de 12 mois reconductible 3 fois|0|3",
            "renouvelable deux fois, option de 10 000 euros|10000|2",
            "Options comprises (350 000 €)|0|0",
            "Montant de 350 000 € hors options|0|0",
            "Fourniture de 300 postes|0|0",
    })
    void readsTheDescription(String text, double options, int renewals) {
        Options o = Options.of(text);
        assertEquals(options, o.amount());
        assertEquals(renewals, o.renewals());
    }

    @Test
    void theValueAddsOptionsAndRangesRenewals() {
        Value v = Value.of(need().amount(5_200_000).description("Options : aménagement scénique (350 000 €)").build());
        assertEquals(5_550_000, v.min());
        assertEquals(5_550_000, v.max());
        Value r = Value.of(need().amount(60_000).description("Un an, reconductible 3 fois").build());
        assertEquals(60_000, r.min(), "the amount may already cover the renewals");
        assertEquals(240_000, r.max());
    }

    @Test
    void aRenewalAmountStatedIsCountedExactly() {
        // issue 17 fourth review (B VDL-27-05): 190 000 € for the firm 2 years, 2 renewals of 1 year at 95 000 € a year,
        // a 40 000 € option: 420 000 €, not 230 000 – 690 000 € (the firm amount times 3)
        Value v = Value.of(need().amount(190_000).description("Montant estimé pour la période ferme de 2 ans. Reconductible 2 fois"
                + " 1 an (95 000 € par an). Option : extension au nouveau quartier des Tilleuls (40 000 €).").build());
        assertEquals(420_000, v.min());
        assertEquals(420_000, v.max());
        assertEquals(95_000, Options.of("Reconductible 2 fois 1 an (95 000 € par an).").perRenewal());
        assertEquals(60_000, Options.of("Reconductible 3 fois 6 mois, 60 000 € par reconduction").perRenewal());
        assertEquals(0, Options.of("Reconductible 3 fois").perRenewal());
    }
}
