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
 * is that of a need without a reference. Nor is the name of the row's own contact, written without a civility
 * (« VUILLEMOT-27-01 », « gaspard.vuillemot » beside « Gaspard Vuillemot &lt;gaspard.vuillemot@…&gt; »: outside attacker B,
 * failure 1; {@link org.vitrine.text.ContactNames}).
 */
public final class NeedIds {

    private NeedIds() {
    }

    public static String idFor(String buyerId, String reference, String title, String cpvCode) {
        return idFor(buyerId, reference, title, cpvCode, java.util.Set.of());
    }

    /** The id, {@code names} being the folded words of the row's own contact ({@link #contactNames}). */
    public static String idFor(String buyerId, String reference, String title, String cpvCode, java.util.Set<String> names) {
        String published = publishedReference(reference, names);
        if (published != null) {
            return buyerId + "-" + Ids.slug(published, Ids.MAX_REFERENCE_BYTES);
        }
        return buyerId + "-" + hash(Fold.fold(title) + "|" + cpvCode.substring(0, 8), 10);
    }

    /** What public files show of a text, without the marks that stand for what was removed; null for none. */
    static String published(String text) {
        return published(text, java.util.Set.of());
    }

    /** The words that name the person of a row's own contact (none for no contact). */
    public static java.util.Set<String> contactNames(org.vitrine.model.Contact contact) {
        return contact == null ? java.util.Set.of() : org.vitrine.text.ContactNames.words(contact.name(), contact.email());
    }

    /** What public files show of a text, {@code names} (the row's contact) removed too; null for none. */
    static String published(String text, java.util.Set<String> names) {
        if (text == null) {
            return null;
        }
        // the contact's words last: « gaspard.vuillemot@example.fr » is an address first
        String t = org.vitrine.text.ContactNames.removed(org.vitrine.text.PersonNames.removed(org.vitrine.text.ContactsInText.removed(
                org.vitrine.text.PublicLinks.inText(text), java.util.Set.of())), names);
        return t.equals(text) ? text : t.replace(org.vitrine.text.PersonNames.REMOVED, " ")
                .replace(org.vitrine.text.ContactsInText.REMOVED, " ").replace(org.vitrine.text.PublicLinks.REMOVED, " ");
    }

    /** The reference an id is made of: as published, null when nothing readable is left of it. */
    static String publishedReference(String reference, java.util.Set<String> names) {
        String p = published(reference, names);
        return p == null || Fold.fold(p).isEmpty() ? null : p;
    }

    /** The reference is published as written: it identifies its need (no name, contact or secret removed from it). */
    static boolean publishedWhole(String reference, java.util.Set<String> names) {
        return reference != null && !Fold.fold(reference).isEmpty() && reference.equals(published(reference, names));
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
