package org.vitrine.text;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Phone numbers written in free text, found by Google's libphonenumber (French numbering by default): ten digits
 * 0X in any grouping and with any separators (« 06 12 34 5673 », « 061 234 5676 », « 06 12 34 56 7 3 »), the
 * trunk 0 in brackets or after +33 (« (0)6 … », « +33 0 6 … »), +33, 0033 and other countries' + codes. A hand-written
 * pattern knew groupings, not numbers (attacker V: twelve forms were published). Read on {@link ContactsInText}'s
 * folded text, and kept from what is not a number of a person:
 * <ul>
 * <li>a number without its trunk 0 or a + (« 6 12 34 56 79 ») only after « tél », « portable »…: nine digits alone
 * are a CPV code (« 30213100-6 »), a SIREN;</li>
 * <li>ten digits in a row (« 0612345678 ») after a phone's label, or for a mobile (06, 07) after a word that is not a
 * reference's label (« Réf. 0612345678 », « Dossier 0612345691 » stay, and a reference column's value alone);</li>
 * <li>nothing followed by « € », « % » or « EUR » (an amount); North America only with its +1, the default being
 * France (« (212) 555-0176 » alone may be anything).</li>
 * </ul>
 * Numbers spelt out in words, whole or in part, are read by {@link PhonesInWords}.
 * Leniency POSSIBLE (a plausible length for the country), not VALID: VALID drops the numbers of ranges not yet
 * attributed (« 07 12 34 56 61 »), which are a person's number written all the same.
 */
public final class PhonesInText {

    /** A number found: where it is in the text, as written, and its key (ContactsInText#key: « 0612345678 »). */
    public record Found(int start, int end, String written, String key) {
    }

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    /**
     * A phone's label just before the number (« Tél : », « Port. », « portable », « fax »), a word of its own: the end
     * of « Hôtel » is no « tel » (« Hôtel 6 12 34 56 79 » was removed).
     */
    private static final String LABEL = "t[ée]l[ée]?(?:phone)?|tel|portable|port\\.|mobile|fax|gsm";
    /** Also « joindre Paul au », « joignable au », « contacter le » (attacker Y3, F4). */
    static final Pattern PHONE_LABEL = Pattern.compile(
            "(?i)(?<!\\p{L})(?:" + LABEL + "|appel(?:er|ez)?(?:\\s+(?:le|au))?"
            + "|(?:joindre|joignez|joignable|contacter|contactez|rappeler|rappelez)(?-i:\\s+\\p{Lu}\\p{Ll}+)?(?:\\s+(?:le|au))?)\\.?\\s?:?\\s?$");
    /** The same label just after the number (« 6 12 34 56 76 (portable) »). */
    private static final Pattern PHONE_LABEL_AFTER = Pattern.compile("(?i)^\\s?[(\\[]?\\s?(?:" + LABEL + ")(?!\\p{L})");
    /** A reference's label just before ten digits in a row (« Référence », « Réf. : », « marché n° », « Dossier »). */
    private static final Pattern REFERENCE_LABEL = Pattern.compile(
            "(?i)(?<!\\p{L})(?:r[ée]f[ée]rence|r[ée]f|n°|no|num[ée]ro|dossier|march[ée]|commande|id)\\.?[\\s:]{1,3}$");
    /** What makes the digits an amount or a rate. */
    private static final Pattern AMOUNT_AFTER = Pattern.compile("(?i)^\\s?(?:€|%|EUR\\b|euros?\\b)");
    /** « 06/12/34/56/78 »: the library takes slashes for a date's; in pairs of five they are a number's. */
    private static final Pattern SLASHED = Pattern.compile("(?<![\\d/])0[1-9](?:/\\d{2}){4}(?![\\d/])");

    private PhonesInText() {
    }

    /** The numbers in {@code text} (ContactsInText's folded form), in order. */
    public static List<Found> in(String text) {
        List<Found> out = inDigits(text);
        List<Found> words = PhonesInWords.in(text);
        if (words.isEmpty()) {
            return out;
        }
        for (Found w : words) {
            if (out.stream().noneMatch(f -> f.start() < w.end() && w.start() < f.end())) {
                out.add(w);
            }
        }
        out.sort(java.util.Comparator.comparingInt(Found::start));
        return out;
    }

    /** The numbers written in digits, as the library reads them. */
    private static List<Found> inDigits(String text) {
        List<Found> out = new ArrayList<>();
        if (text == null || !hasEightDigits(text)) {
            return out; // most titles: the library is not asked
        }
        String read = readable(SLASHED.matcher(text).replaceAll(m -> m.group().replace('/', ' ')));
        for (PhoneNumberMatch m : PHONES.findNumbers(read, "FR", PhoneNumberUtil.Leniency.POSSIBLE, Long.MAX_VALUE)) {
            int end = m.end();
            String written = text.substring(m.start(), end);
            String shape = read.substring(m.start(), end); // the same number with its look-alikes read as digits
            if (holdsEightDigitGroup(shape)) {
                continue;
            }
            if (!mostlyDigits(written, shape)) {
                continue; // « O6 » or « l2 » only inside a run that is otherwise a number
            }
            String before = text.substring(Math.max(0, m.start() - 40), m.start());
            String after = text.substring(end, Math.min(text.length(), end + 12));
            // an amount or a rate never starts with a 0 or +33: « portable 06 12 34 56 01 € » is a number (attacker W)
            boolean amount = !shape.startsWith("0") && !shape.startsWith("(0") && !shape.startsWith("+33")
                    && AMOUNT_AFTER.matcher(after).find();
            if (amount || !isPersonal(shape, before, after)) {
                continue;
            }
            String key = m.number().getCountryCode() == 33 ? "0" + PHONES.getNationalSignificantNumber(m.number())
                    : ContactsInText.key(shape);
            // « (06 12 34 56 78) »: the library takes the opening bracket with the number, not the closing one; the
            // bracket stays in the text (« (coordonnée retirée)) » was published); « (0)6 … », « (+33) 6 … » close theirs
            int start = written.startsWith("(") && written.indexOf(')') < 0 ? m.start() + 1 : m.start();
            out.add(new Found(start, end, text.substring(start, end), key));
        }
        return out;
    }

    private static boolean isPersonal(String written, String before, String after) {
        boolean label = PHONE_LABEL.matcher(before).find() || PHONE_LABEL_AFTER.matcher(after).find();
        if (written.startsWith("+") || written.startsWith("00") || written.startsWith("(+") || written.startsWith("(0")) {
            return true;
        }
        if (!written.startsWith("0")) {
            return label; // nine digits: a code, unless a phone's label says otherwise
        }
        if (written.chars().filter(Character::isDigit).count() != 10) {
            return false; // a French number is 0 and nine digits: « 09310000-5 » is a CPV code (electricity), not a VoIP 09
        }
        if (written.chars().anyMatch(c -> !Character.isDigit(c))) {
            return true; // grouped: « 06 12 34 5673 »
        }
        // ten digits in a row: a reference as often as a number
        String word = before.stripTrailing();
        return label || (written.startsWith("06") || written.startsWith("07")) && !word.isEmpty()
                && !Character.isDigit(word.charAt(word.length() - 1)) && !REFERENCE_LABEL.matcher(before).find();
    }

    /** Letters written for a digit (« O6 », Greek and Cyrillic O, « l2 », « I2 ») and the digit they stand for. */
    private static final String LOOK_ALIKES = "OoΟοОоlI";
    private static final String LOOK_ALIKE_DIGITS = "00000011";

    /**
     * The text as the library should read it, character for character (the positions stay those of the text): a
     * separator between digits as a space, invisible format characters there too (U+2061–U+2064, class Cf, which
     * CellText keeps), and a look-alike letter as its digit when it sits in a group of digits with no letter
     * around (« O6 », « 7O », « l2 », not « Il » nor « lot 12 »).
     */
    private static String readable(String t) {
        char[] c = t.toCharArray();
        // Whether the nearest sign before and after a separator, spaces and separators skipped, is a digit: one pass
        // each way, not a scan from every separator (a cell of separators cost its length squared).
        boolean[] separator = new boolean[c.length];
        boolean[] digitBefore = new boolean[c.length];
        boolean near = false;
        for (int i = 0; i < c.length; i++) {
            separator[i] = isSeparator(t, i);
            digitBefore[i] = near;
            near = c[i] == ' ' || separator[i] ? near : isDigitOrLookAlike(c[i]);
        }
        near = false;
        for (int i = c.length - 1; i >= 0; i--) {
            if (separator[i]) {
                c[i] = digitBefore[i] && near ? ' ' : c[i];
            } else if (c[i] != ' ') {
                near = isDigitOrLookAlike(c[i]);
            }
        }
        for (int i = 0; i < c.length; i++) {
            if (!isDigitOrLookAlike(c[i])) {
                continue;
            }
            int end = i;
            boolean digit = false;
            while (end < c.length && isDigitOrLookAlike(c[end])) {
                digit |= c[end] >= '0' && c[end] <= '9';
                end++;
            }
            boolean alone = (i == 0 || !Character.isLetterOrDigit(c[i - 1])) && (end == c.length || !Character.isLetter(c[end]));
            for (int j = i; j < end && digit && alone; j++) {
                int k = LOOK_ALIKES.indexOf(c[j]);
                if (k >= 0) {
                    c[j] = LOOK_ALIKE_DIGITS.charAt(k);
                }
            }
            i = end - 1;
        }
        return new String(c);
    }

    /**
     * Whether the character at {@code i} may part a number's digit groups as a space would: any sign but a letter,
     * digit or space (« 06*12*34 », « 06|12 », « 06\\12 », « 06#12 », « 06,12 », an emoji, a combining underline, an
     * invisible U+2063), except those the library reads itself or that part other figures: « .-/()[] » and dashes,
     * « : » (« 08:30 »), currency and « % » (amounts), « + » after a space (« +33 »), « , » or « ; » before a space
     * (« lots 01, 02, 03 »).
     */
    private static boolean isSeparator(String t, int i) {
        char c = t.charAt(i);
        if (Character.isLetterOrDigit(c) || Character.isWhitespace(c) || Character.isSpaceChar(c) || KEPT.indexOf(c) >= 0
                || Character.getType(c) == Character.DASH_PUNCTUATION || Character.getType(c) == Character.CURRENCY_SYMBOL) {
            return false;
        }
        if (c == '+') {
            return i > 0 && !Character.isWhitespace(t.charAt(i - 1)) && !Character.isSpaceChar(t.charAt(i - 1));
        }
        if (c == ',' || c == ';') {
            return i + 1 < t.length() && !Character.isWhitespace(t.charAt(i + 1)) && !Character.isSpaceChar(t.charAt(i + 1));
        }
        return true;
    }

    /** Signs that are no phone's disguise between digits (see {@link #isSeparator}). */
    private static final String KEPT = ".-/()[]:%";

    /** Whether {@code shape} holds a group of exactly eight digits: a CPV code (« 09310000-5,45000000-7 »), no number. */
    private static boolean holdsEightDigitGroup(String shape) {
        return EIGHT_DIGITS.matcher(shape).find();
    }

    private static final Pattern EIGHT_DIGITS = Pattern.compile("(?<!\\d)\\d{8}(?!\\d)");

    private static boolean isDigitOrLookAlike(char c) {
        return c >= '0' && c <= '9' || LOOK_ALIKES.indexOf(c) >= 0;
    }

    /** At most two look-alike letters, in a number of at least eight written digits: a number, not a word. */
    private static boolean mostlyDigits(String written, String shape) {
        int digits = 0;
        int lookAlikes = 0;
        for (int i = 0; i < written.length(); i++) {
            if (written.charAt(i) >= '0' && written.charAt(i) <= '9') {
                digits++;
            } else if (shape.charAt(i) >= '0' && shape.charAt(i) <= '9') {
                lookAlikes++;
            }
        }
        return lookAlikes == 0 || lookAlikes <= 2 && digits >= 8;
    }

    private static boolean hasEightDigits(String text) {
        int digits = 0;
        for (int i = 0; i < text.length() && digits < 8; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            }
        }
        return digits >= 8;
    }
}
