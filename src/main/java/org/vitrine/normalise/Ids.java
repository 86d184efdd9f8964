package org.vitrine.normalise;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import org.vitrine.config.Fold;

/**
 * Ids that are file names and URL parts (issue 16.7): lower-case ASCII letters, digits and hyphens,
 * bounded in bytes. When the slug loses something of the name — letters outside ASCII ("東京都", "😀"), a
 * name of punctuation only (".."), a damaged letter (U+FFFD), or a cut at the bound — a stable hash of the
 * name follows it, so distinct names never share an id. Names that fold alike (case, accents, punctuation:
 * "Été", "ETE", "Ete") are the same name (CONTRACT §2: matching ignores them) and share their id.
 */
public final class Ids {

    /** A buyer id: buyers/<id>.html, and the first part of each need id. */
    public static final int MAX_BUYER_BYTES = 60;
    /** The part of a need id made from its reference. */
    public static final int MAX_REFERENCE_BYTES = 60;
    private static final int HASH_CHARS = 8;

    private Ids() {
    }

    public static String slug(String text, int maxBytes) {
        String name = text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
        // Invisible characters and replacement characters are no part of a name's letters.
        name = name.replaceAll("[\\p{Cf}\\p{Cc}\\uFFFD]", "");
        boolean damaged = text != null && text.indexOf('\uFFFD') >= 0;
        String folded = Fold.fold(name);
        StringBuilder b = new StringBuilder(folded.length());
        boolean lost = damaged;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                b.append(c);
            } else if (c == ' ') {
                if (b.length() > 0 && b.charAt(b.length() - 1) != '-') {
                    b.append('-');
                }
            } else {
                lost = true;
            }
        }
        String s = b.toString().replaceAll("^-+|-+$", "").replaceAll("-{2,}", "-");
        if (s.length() > maxBytes) {
            lost = true;
        }
        if (!lost && !s.isEmpty()) {
            return windowsSafe(s);
        }
        // The hash is of what the name keeps once folded, or of the name itself when folding keeps nothing.
        String key = folded.isEmpty() ? name.strip().toLowerCase(Locale.ROOT) : folded;
        String hash = NeedIds.hash(key, HASH_CHARS);
        int room = maxBytes - HASH_CHARS - 1;
        String head = s.length() > room ? s.substring(0, room).replaceAll("-+$", "") : s;
        return head.isEmpty() ? "x-" + hash : head + "-" + hash;
    }

    private static String windowsSafe(String s) {
        return s.matches("con|prn|aux|nul|com[0-9]|lpt[0-9]") ? s + "-x" : s;
    }

    /** The UTF-8 length of an id (ids are ASCII, so its length). */
    static int bytes(String id) {
        return id.getBytes(StandardCharsets.UTF_8).length;
    }
}
