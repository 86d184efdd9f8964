package org.vitrine.normalise.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The CPV 2008 copy is the official vocabulary as published, its labels untouched (SOURCES.md): a label that
 * looks misspelt is the regulation's own, and « correcting » it would print a label found nowhere else.
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
    void anOfficialTypoIsKept() {
        assertEquals("Matériels médicaux, pharmaceutiques et produits de soins personnnels",
                CpvCatalogue.load().label("33000000", "fr"));
    }
}
