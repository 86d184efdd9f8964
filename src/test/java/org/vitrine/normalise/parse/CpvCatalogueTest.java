package org.vitrine.normalise.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.StringReader;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The CPV 2008 copy is the official vocabulary as published, byte for byte (SOURCES.md); its few typos are corrected
 * as it is read, each one a line of reference/cpv-errata.csv with the official file's line (designer X: « soins
 * personnnels », three n, printed in the brochure).
 */
class CpvCatalogueTest {

    @Test
    void theCopyIsTheOfficialFileByteForByte() throws Exception {
        try (InputStream in = CpvCatalogue.class.getResourceAsStream("/reference/cpv2008.csv")) {
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
            assertEquals("12303f5ee4990a4d7a2d8629ac488e775fa15f9417a5e69632087fe72eddfbe6", sha, "SHA-256 given in SOURCES.md");
        }
    }

    @Test
    void anOfficialTypoIsCorrectedByItsErratum() {
        assertEquals("Matériels médicaux, pharmaceutiques et produits de soins personnels", CpvCatalogue.load().label("33000000", "fr"));
        assertEquals("Matériels médicaux, pharmaceutiques et produits de soins personnels", CpvCatalogue.load().cpv("33000000-0").labels().get("fr"));
        assertEquals("Medical equipments, pharmaceuticals and personal care products", CpvCatalogue.load().label("33000000", "en"));
    }

    /**
     * The suggester reads the catalogue's entries, not the file again: its suggestions quote the corrected label (the
     * division proposed as the head of an unknown code's family: from the title alone, the deeper 33100000-1 «
     * Équipements médicaux » comes first since officer Z3).
     */
    @Test
    void aSuggestionQuotesTheCorrectedLabel() {
        CpvSuggester.Suggestion first = CpvSuggester.load().suggest("Matériels médicaux et pharmaceutiques", "33000001").get(0);
        assertEquals(new CpvSuggester.Suggestion("33000000-0", "Matériels médicaux, pharmaceutiques et produits de soins personnels"), first);
    }

    /** A new official file that no longer reads as the erratum says stops the load, naming the line to re-check. */
    @Test
    void anErratumThatNoLongerMatchesTheOfficialLabelStopsTheLoad() throws Exception {
        Map<String, CpvCatalogue.Entry> map = new HashMap<>(Map.of("33000000", new CpvCatalogue.Entry("33000000-0",
                "Matériels médicaux, pharmaceutiques et produits de soins personnels", "Medical equipments")));
        String errata = "# a comment\ncode,lang,official,corrected,source\n"
                + "33000000-0,fr,\"Matériels médicaux, pharmaceutiques et produits de soins personnnels\",\"corrected\",line 2677\n";
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> CpvCatalogue.correct(map, ReferenceCsv.read(new StringReader(errata))));
        assertTrue(e.getMessage().contains("33000000-0 (fr) no longer reads"), e.getMessage());
    }
}
