package org.vitrine.normalise;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.vitrine.config.Fold;

/**
 * Stable need ids: the same row in next year's rerun gets the same id. From buyer + reference
 * when there is a reference, else buyer + a short hash of the folded title and the CPV.
 */
public final class NeedIds {

    private NeedIds() {
    }

    public static String idFor(String buyerId, String reference, String title, String cpvCode) {
        if (reference != null && !Fold.fold(reference).isEmpty()) {
            return buyerId + "-" + Ids.slug(reference, Ids.MAX_REFERENCE_BYTES);
        }
        return buyerId + "-" + hash(Fold.fold(title) + "|" + cpvCode.substring(0, 8), 10);
    }

    public static String hash(String text, int hexChars) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, hexChars);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
