package org.vitrine.normalise.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vitrine.normalise.parse.Cells.cell;
import static org.vitrine.normalise.parse.Cells.refused;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VisibilityParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "public|public", "Publique|public", "oui|public", "diffusable|public",
        "interne|internal", "Internal|internal", "non|internal", "Ne pas diffuser|internal",
        "confidentiel|confidential", "CONFIDENTIELLE|confidential", "confidential|confidential",
        "restreint|restricted", "restricted|restricted", "Diffusion restreinte|restricted",
    })
    void readsTheFourVisibilities(String in, String expected) throws ParseError {
        assertEquals(expected, VisibilityParser.parse(cell(in)));
    }

    @ParameterizedTest(name = "{1} under {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Confidentialité|oui|confidential",
        "Confidentialité|non|public",
        "Confidentiality|yes|confidential",
        "Confidentialité|restreint|restricted",
        "Diffusion|oui|public",
    })
    void readsYesUnderAConfidentialityHeaderAsConfidential(String header, String in, String expected) throws ParseError {
        assertEquals(expected, VisibilityParser.parse(cell(in), header));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "secret défense ?|parse.visibility.unknown",
        "n:1|parse.visibility.unknown",
        "e:#N/A|parse.cell.error",
    })
    void refusesUnknownVisibilities(String in, String key) {
        refused(key, () -> VisibilityParser.parse(cell(in)));
    }

    @Test
    void publishesOnlyThePublicCode() {
        assertTrue(VisibilityParser.isPublic("public"));
        assertFalse(VisibilityParser.isPublic("internal"));
        assertFalse(VisibilityParser.isPublic("confidential"));
        assertFalse(VisibilityParser.isPublic("restricted"));
        assertFalse(VisibilityParser.isPublic(null));
        assertFalse(VisibilityParser.isPublic("Public"));
    }
}
