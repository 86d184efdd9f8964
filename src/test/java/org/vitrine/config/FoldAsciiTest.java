package org.vitrine.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.text.Normalizer;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The ASCII fast path of Fold.fold gives what the Normalizer and regex path gives. */
class FoldAsciiTest {

    /** The folding as written before the fast path: the reference. */
    private static String slow(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        s = s.replace('œ', 'o').replace('æ', 'a').replace("Œ", "oe").toLowerCase(Locale.ROOT);
        return s.replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    @Test
    void asciiTextFoldsAsBefore() {
        for (String s : new String[] {"", " ", "Montant estime (EUR HT)", "  -- Total --  ", "a\u0000b", "CPV 45000000-7",
            "Ville_de_Lyon", "x\ty\nz", "~!@#", "ABC def 123"}) {
            assertEquals(slow(s), Fold.fold(s), s);
        }
        SplittableRandom r = new SplittableRandom(42);
        for (int i = 0; i < 20_000; i++) {
            char[] c = new char[r.nextInt(12)];
            for (int k = 0; k < c.length; k++) {
                c[k] = (char) r.nextInt(128);
            }
            String s = new String(c);
            assertEquals(slow(s), Fold.fold(s), s);
        }
    }

    @Test
    void nonAsciiTextTakesTheFullPath() {
        assertNull(Fold.foldAscii("Montant estimé"));
        assertEquals("montant estime ht", Fold.fold("Montant estimé (€ HT)"));
    }
}
