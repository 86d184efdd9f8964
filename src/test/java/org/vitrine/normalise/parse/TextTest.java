package org.vitrine.normalise.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vitrine.normalise.parse.Cells.cell;
import static org.vitrine.normalise.parse.Cells.refused;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vitrine.model.RawCell;

class TextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'  Achat   de\tpostes '|Achat de postes",
        "'125\u00a0000\u202f€'|125 000 €",
        "'a\u202Eb\u202Cc'|abc",
        "'x\u2066y\u2069\u200E\u200Fz'|xyz",
        "'line\r\nbreak'|line break",
        "'bell\u0007\u0085end'|bellend",
        "'\uFEFFbom'|bom",
        "'Écoles – œuvre'|Écoles – œuvre",
    })
    void cleansControlBidiAndSpaces(String in, String expected) throws ParseError {
        assertEquals(expected, Text.clean(in, 100));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<script>alert(1)</script>Ordinateurs|<script>",
        "Travaux <b>urgents</b>|<b>",
        "<img src=x onerror=alert(1)>|<img src=x onerror=alert(1)>",
        "fin </div>|</div>",
        "< a href='javascript:x'>lien|< a href='javascript:x'>",
        "avant <!-- commentaire --> après|<!-- commentaire -->",
    })
    void refusesHtmlMarkupQuotingTheFirstTag(String in, String tag) {
        assertEquals(tag, refused("parse.text.html", () -> Text.plain(in, 500)).args()[0]);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Montant < 40 000 €",
        "si a<b alors",
        "Lot 1 <> lot 2",
        "3 < 5 > 2",
        "=HYPERLINK(\"x\")",
    })
    void keepsComparisonsAndOtherAngleBracketsThatAreNoTags(String in) throws ParseError {
        assertEquals(in, Text.plain(in, 500));
    }

    @Test
    void refusesTextLongerThanTheLimitAfterCleaning() throws ParseError {
        assertEquals("abcde", Text.clean("  abcde  ", 5));
        ParseError e = refused("parse.text.too_long", () -> Text.clean("abcdef", 5));
        assertEquals(6, e.args()[0]);
        assertEquals(5, e.args()[1]);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Appel d'offres OUVERT|appel d offres ouvert",
        "Accord-cadre à bons de commande (AOO)|accord cadre a bons de commande aoo",
        "Économie sociale et solidaire|economie sociale et solidaire",
        "Œuvre d’art|oeuvre d art",
        "'  ?!  '|''",
    })
    void foldsCaseAccentsAndPunctuation(String in, String expected) {
        assertEquals(expected, Text.fold(in));
    }

    @Test
    void refusesErrorCellsWithTheirCode() {
        ParseError e = refused("parse.cell.error", () -> Text.of(RawCell.error("#DIV/0!"), 10));
        assertEquals("#DIV/0!", e.args()[0]);
        refused("parse.cell.empty", () -> Text.of(cell("  "), 10));
        refused("parse.cell.empty", () -> Text.of(null, 10));
    }
}
