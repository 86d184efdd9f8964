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
        "'bell\u0007\u0085end'|bell…end",
        "'d\u0092équipement'|d’équipement",
        "'\u0093guillemets\u0094 \u0080'|“guillemets” €",
        "'a\u0081b'|ab",
        "'\uFEFFbom'|bom",
        "'Écoles – œuvre'|Écoles – œuvre",
        // attacker Y3: the line and paragraph separators (U+2028, U+2029) were published as escapes in needs.csv and the calendar
        "'ligne\u2028suivante\u2029fin'|ligne suivante fin",
        "'a \u2028 b\u2029'|a b",
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

    /** clean() as written before its single-pass version: the reference for the random texts below. */
    private static String slowClean(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().map(c -> c >= 0x80 && c <= 0x9F ? org.vitrine.text.CellText.windows1252(c) < 0 ? c : org.vitrine.text.CellText.windows1252(c) : c).forEach(c -> {
            if (c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || c == 0x202F || c == 0x2007 || c == 0x2028 || c == 0x2029) { // U+2028/9: safetyJ
                b.append(' ');
            } else if (!(c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                    || c == 0x200E || c == 0x200F || c == 0x200B || c == 0xFEFF)) {
                b.appendCodePoint(c);
            }
        });
        return b.toString().replaceAll("[\\s\\u2000-\\u200A\\u3000]+", " ").trim();
    }

    @Test
    void cleanAndFoldGiveWhatTheRegexVersionsGave() throws ParseError {
        String alphabet = "aZé9 \t\n\r\u000B\f\u001C\u00A0\u202F\u2007\u2003\u200A\u200B\u3000\u0085\u202E\uFEFF\u2028œ’-.,'";
        java.util.SplittableRandom r = new java.util.SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = r.nextInt(10); k > 0; k--) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            if (r.nextInt(20) == 0) {
                b.append("\uD83D\uDE00"); // a code point outside the BMP
            }
            String s = b.toString();
            assertEquals(slowClean(s), Text.clean(s, 100), s);
            String slowFold = java.text.Normalizer.normalize(s.toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'')
                    .replace('\u2018', '\'').replace("œ", "oe").replace("æ", "ae"), java.text.Normalizer.Form.NFD)
                    .replaceAll("\\p{M}+", "").replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
            assertEquals(slowFold, Text.fold(s), s);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "appel d offres ouvert|ao|false",
        "ao ouvert|ao|true",
        "procedure ao|ao|true",
        "mapa|mapa|true",
        "mapas|mapa|false",
        "un mapa ici|mapa|true",
        "amapa mapa|mapa|true",
        "x|x y|false",
    })
    void hasWordsMatchesWholeWordsOnly(String folded, String phrase, boolean expected) {
        assertEquals(expected, Text.hasWords(folded, phrase));
        assertEquals((" " + folded + " ").contains(" " + phrase + " "), Text.hasWords(folded, phrase));
    }
}
