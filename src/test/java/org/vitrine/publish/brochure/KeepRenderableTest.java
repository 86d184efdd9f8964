package org.vitrine.publish.brochure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.text.NumberFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class KeepRenderableTest {

    private static final String R = PdfRenderer.REPLACEMENT;

    @Test
    void frenchTextIsKept() {
        String french = "Œuvre d’art : « 1\u202F250\u202F000\u00A0€ », cœur, déjà vu.\n\tÇa coûte 5\u00A0%.";
        assertEquals(french, PdfRenderer.keepRenderable(french));
        String javaAmount = NumberFormat.getCurrencyInstance(Locale.FRANCE).format(1_250_000);
        assertEquals(javaAmount, PdfRenderer.keepRenderable(javaAmount));
    }

    @Test
    void emojiAndUncoveredCharactersAreReplaced() {
        assertEquals("Merci " + R + " !", PdfRenderer.keepRenderable("Merci 🙂 !"));
        assertEquals("a" + R + "b", PdfRenderer.keepRenderable("a🦄b"));
        assertEquals("kanji " + R, PdfRenderer.keepRenderable("kanji 漢字"));
    }

    @Test
    void emojiSequencesBecomeOneReplacement() {
        assertEquals("x" + R + "y", PdfRenderer.keepRenderable("x👍🏽y"));           // skin tone
        assertEquals("x" + R + "y", PdfRenderer.keepRenderable("x👨\u200D👩\u200D👧y")); // ZWJ family
        assertEquals("x" + R + "y", PdfRenderer.keepRenderable("x🇫🇷y"));           // flag
        assertEquals("x❤" + R + "y", PdfRenderer.keepRenderable("x❤\uFE0F🔥y")); // ❤ is in DejaVu
    }

    @Test
    void customReplacementAndNull() {
        assertEquals("a?b", PdfRenderer.keepRenderable("a🦄b", "?"));
        assertEquals("ab", PdfRenderer.keepRenderable("a🦄b", ""));
        assertNull(PdfRenderer.keepRenderable(null));
    }
}
