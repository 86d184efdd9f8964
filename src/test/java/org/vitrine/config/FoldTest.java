package org.vitrine.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Slugs become page and file names (buyers/<id>.html): nothing that climbs folders or names a Windows device. */
class FoldTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Ville de Lyon|ville-de-lyon",
        "../../../../etc/passwd|etc-passwd",
        "/etc/passwd|etc-passwd",
        "..\\..\\Windows\\System32|windows-system32",
        "..|x",
        "CON|con-x",
        "nul|nul-x",
        "Aux|aux-x",
        "COM1|com1-x",
        "lpt9|lpt9-x",
        "Console|console",
        "COM10|com10",
        "CON 2|con-2",
    })
    void slugIsAPortableFileName(String name, String slug) {
        assertEquals(slug, Fold.slug(name, 60));
    }
}
