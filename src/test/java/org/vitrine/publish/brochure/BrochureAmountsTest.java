package org.vitrine.publish.brochure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vitrine.messages.Messages;
import org.vitrine.model.Amount;
import org.vitrine.model.Need;
import org.vitrine.normalise.Needs;
import org.vitrine.messages.Fmt;

/** Amounts as the brochure writes them: words, not signs; a yearly amount with its total over the duration. */
class BrochureAmountsTest {

    @ParameterizedTest(name = "{0} {1} {2} {3} → {5}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "fr|1000000|-|total|-|plus de 1 000 000 €",
            "fr|0|40000|total|-|moins de 40 000 €",
            "fr|40000|90000|total|-|de 40 000 à 90 000 €",
            "fr|650000|650000|total|-|650 000 €",
            "fr|900000|900000|annual|36|900 000 € par an, soit 2 700 000 € sur 36 mois",
            "fr|1000000|-|annual|24|plus de 1 000 000 € par an, soit plus de 2 000 000 € sur 24 mois",
            "fr|900000|900000|annual|-|900 000 € par an (durée non précisée)",
            "en|1000000|-|total|-|more than 1,000,000 €",
            "en|900000|900000|annual|36|900,000 € a year, 2,700,000 € over 36 months"})
    void amountInWords(String lang, String min, String max, String basis, Integer months, String expected) {
        Messages m = Messages.of(lang);
        Need.Builder n = Needs.need("b", "r", "t", 1, "public", "f.xlsx", 2).toBuilder();
        n.amount = new Amount(new BigDecimal(min), max == null ? null : new BigDecimal(max), "EUR", basis);
        n.durationMonths = months;
        String text = new BrochureAmounts(m, new Fmt(m)).of(n.build());
        assertEquals(expected, text.replace('\u00A0', ' ').replace('\u202F', ' '));
    }
}
