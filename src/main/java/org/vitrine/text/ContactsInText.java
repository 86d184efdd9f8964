package org.vitrine.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * E-mail addresses and phone numbers written in free text (a title, a description, a lot, an answer). Public files
 * carry one contact per buyer, the functional one of buyers.yaml, as for the Contact column, whose value never
 * reaches the data and reaches pages only with {@code privacy.publishPersonalContacts}: an address in free text is
 * taken for a person's unless it is that functional contact (CONTRACT §2). Found here, removed from the public
 * copy by {@link #removed}, told to the buyer by the normaliser.
 */
public final class ContactsInText {

    /** What replaces an address in the public text, so the sentence still reads (« écrire à (coordonnée retirée) »). */
    public static final String REMOVED = "(coordonnée retirée)";

    /** An address, "mailto:" included; also written « prenom.nom (at) ville.fr » or « [at] », « arobase ». */
    private static final Pattern EMAIL = Pattern.compile("(?i)(?:mailto:\\s*)?[\\p{L}\\p{N}][\\p{L}\\p{N}._%+'-]*"
            + "(?:\\s?[@\uFF20\uFE6B]\\s?|\\s?[(\\[]\\s?(?:at|arobase)\\s?[)\\]]\\s?|\\sarobase\\s)"
            + "[\\p{L}\\p{N}-]+(?:(?:\\.|\\s?[(\\[](?:dot|point)[)\\]]\\s?)[\\p{L}\\p{N}-]+)*(?:\\.|\\s?[(\\[](?:dot|point)[)\\]]\\s?)[A-Za-z]{2,63}\\b");
    /**
     * A French number: +33 or 0033 then nine digits, or 0 and nine digits in pairs with separators (« 01 23 45 67 89 »,
     * « 06.12.34.56.78 »); ten digits in a row only after « tél », « portable »…, as a reference or an amount is not one.
     */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\d+])(?:(?:\\+|00)\\s?33\\s?(?:\\(0\\)\\s?)?[1-9](?:[\\s./\\-]?\\d{2}){4}|0[1-9](?:[\\s./\\-]\\d{2}){4}"
            + "|(?<=(?i:t[ée]l[ée]?(?:phone)?|tel\\.|t[ée]l\\s?:|portable|mobile|fax|gsm)\\s?:?\\s?)0[1-9]\\d{8})(?!\\d)");

    private ContactsInText() {
    }

    /** The addresses and numbers in {@code text} that are not in {@code allowed} (see {@link #key}), as written. */
    public static List<String> found(String text, Set<String> allowed) {
        List<String> out = new ArrayList<>();
        if (!mayHold(text)) {
            return out;
        }
        for (Pattern p : List.of(EMAIL, PHONE)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (!allowed.contains(key(m.group()))) {
                    out.add(m.group().strip());
                }
            }
        }
        return out;
    }

    /** The text with every address or number not in {@code allowed} replaced by {@link #REMOVED}. */
    public static String removed(String text, Set<String> allowed) {
        if (!mayHold(text)) {
            return text;
        }
        String t = text;
        for (Pattern p : List.of(EMAIL, PHONE)) {
            t = p.matcher(t).replaceAll(m -> allowed.contains(key(m.group())) ? Matcher.quoteReplacement(m.group())
                    : (m.group().startsWith(" ") ? " " : "") + Matcher.quoteReplacement(REMOVED) + (m.group().endsWith(" ") ? " " : ""));
        }
        if (t.equals(text)) {
            return text;
        }
        // an address alone in brackets: « (marie@…) » reads « (coordonnée retirée) », not twice bracketed
        return t.replace("(" + REMOVED + ")", REMOVED).replace("[" + REMOVED + "]", REMOVED);
    }

    /**
     * How an address is compared: an e-mail in lower case without spaces or "mailto:", a number as its ten digits
     * (« +33 1 23 45 67 89 » and « 01.23.45.67.89 » are one number).
     */
    public static String key(String address) {
        String a = address.strip().toLowerCase(Locale.ROOT);
        if (AT.matcher(a).find()) {
            return a.replaceFirst("^mailto:\\s*", "").replaceAll("\\s+", "");
        }
        String digits = a.replaceAll("\\D", "");
        if (digits.startsWith("0033")) {
            digits = "0" + digits.substring(4);
        } else if (digits.startsWith("33") && a.startsWith("+")) {
            digits = "0" + digits.substring(2);
        }
        if (digits.length() == 11 && digits.startsWith("00")) {
            digits = digits.substring(1); // +33 (0)1 …
        }
        return digits;
    }

    /** What makes a match an e-mail address rather than a number: its at sign, in any of the forms EMAIL reads. */
    private static final Pattern AT = Pattern.compile("(?i)[@\uFF20\uFE6B]|arobase|[(\\[]\\s?at\\s?[)\\]]");
    /**
     * What every address or number holds, from the patterns' own alternatives: a digit or an at sign. Most titles hold
     * neither, and skip both patterns.
     */
    private static final Pattern HINT = Pattern.compile("[0-9]|" + AT.pattern());

    private static boolean mayHold(String text) {
        return text != null && !text.isEmpty() && HINT.matcher(text).find();
    }
}
