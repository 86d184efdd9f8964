package org.vitrine.normalise;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.vitrine.config.Fold;

/**
 * Stable need ids: the same row in next year's rerun gets the same id. From buyer + reference
 * when there is a reference, else buyer + a short hash of the folded title and the CPV. The reference is taken as
 * public files publish it: a person's name, an e-mail, a phone or a secret is no part of the id (issue 16, outside
 * attacker A: « Dossier Mme Vuillemot » named 18 public files and the ICS UID); when nothing readable is left, the id
 * is that of a need without a reference.
 */
public final class NeedIds {

    private NeedIds() {
    }

    public static String idFor(String buyerId, String reference, String title, String cpvCode) {
        String published = publishedReference(reference);
        if (published != null) {
            return buyerId + "-" + Ids.slug(published, Ids.MAX_REFERENCE_BYTES);
        }
        return buyerId + "-" + hash(Fold.fold(title) + "|" + cpvCode.substring(0, 8), 10);
    }

    /** What public files show of a text, without the marks that stand for what was removed; null for none. */
    static String published(String text) {
        if (text == null) {
            return null;
        }
        String t = org.vitrine.text.PersonNames.removed(org.vitrine.text.ContactsInText.removed(
                org.vitrine.text.PublicLinks.inText(text), java.util.Set.of()));
        return t.equals(text) ? text : t.replace(org.vitrine.text.PersonNames.REMOVED, " ")
                .replace(org.vitrine.text.ContactsInText.REMOVED, " ").replace(org.vitrine.text.PublicLinks.REMOVED, " ");
    }

    /** The reference an id is made of: as published, null when nothing readable is left of it. */
    static String publishedReference(String reference) {
        String p = published(reference);
        return p == null || Fold.fold(p).isEmpty() ? null : p;
    }

    /** The reference is published as written: it identifies its need (no name, contact or secret removed from it). */
    static boolean publishedWhole(String reference) {
        return reference != null && !Fold.fold(reference).isEmpty() && reference.equals(published(reference));
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
