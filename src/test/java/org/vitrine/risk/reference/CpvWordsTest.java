package org.vitrine.risk.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The labels the market rules print (Members) are the catalogue's, its errata applied (reference/cpv-errata.csv). */
class CpvWordsTest {

    @Test
    void aLabelIsTheCorrectedOne() {
        assertEquals("Matériels médicaux, pharmaceutiques et produits de soins personnels", CpvWords.load().label("33000000", "fr"));
        assertEquals("33000000-0", CpvWords.load().fullCode("33000000"));
    }
}
