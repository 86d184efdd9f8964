package org.vitrine.normalise.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vitrine.model.Place;

/**
 * A commune's former name (issue 22): « Louhans » was no place, as INSEE's COG 2026 names 71263 « Louhans-Châteaurenaud »
 * (renamed on 1 January 2026); nor was a commune merged into a commune nouvelle and kept as no delegated commune.
 * reference/cog-former-names.csv, from the COG's « mouvements des communes ».
 */
class PlacesFormerNamesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Louhans|71263|Louhans-Châteaurenaud|FRC13",
        "LOUHANS|71263|Louhans-Châteaurenaud|FRC13",
        "Commune de Louhans|71263|Louhans-Châteaurenaud|FRC13",
        "71500 Louhans|71263|Louhans-Châteaurenaud|FRC13",
        // merged into the commune nouvelle Chazey-Bons (Ain) on 1 January 2017, no delegated commune
        "Pugieu|01098|Chazey-Bons|FRK21",
    })
    void aFormerNameIsTheCommuneThatBearsItNow(String text, String code, String name, String nuts) {
        Place p = Places.load().resolve(text);
        assertEquals("commune|" + code + "|" + name + "|" + nuts,
                p == null ? null : p.kind() + "|" + p.code() + "|" + p.name() + "|" + p.nuts(), text);
    }

    @Test
    void theCurrentNamesStillWin() {
        // Louhans-Châteaurenaud's own name, and « Montagny-près-Louhans », another commune, are read as before
        assertEquals("71263", Places.load().resolve("Louhans-Châteaurenaud").code());
        assertEquals("71303", Places.load().resolve("Montagny-près-Louhans").code());
        assertTrue(Places.load().isPlaceName("Louhans"));
    }

    @Test
    void everyAliasSaysWhereItComesFrom() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("src/main/resources/reference/cog-former-names.csv"), StandardCharsets.UTF_8);
        int header = lines.indexOf("ALIAS,COM,LIBELLE");
        assertTrue(header > 0);
        int aliases = 0;
        for (int i = header + 1; i < lines.size(); i++) {
            if (!lines.get(i).startsWith("#")) {
                aliases++;
                assertTrue(lines.get(i - 1).matches("# \\d{4}-\\d{2}-\\d{2} MOD (10|31|32) .*"), "no source line above " + lines.get(i));
            }
        }
        assertTrue(aliases > 300, aliases + " aliases");
        assertTrue(lines.contains("Louhans,71263,Louhans-Châteaurenaud"));
    }
}
