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
 * Leniency POSSIBLE (a plausible length for the country), not VALID: VALID drops the numbers of ranges not yet
 * attributed (« 07 12 34 56 61 »), which are a person's number written all the same.
 */
public final class PhonesInText {

    /** A number found: where it is in the text, as written, and its key (ContactsInText#key: « 0612345678 »). */
    public record Found(int start, int end, String written, String key) {
    }

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    /** A phone's label just before the number (« Tél : », « portable », « fax »). */
    private static final Pattern PHONE_LABEL = Pattern.compile(
            "(?i)(?:t[ée]l[ée]?(?:phone)?|tel|portable|mobile|fax|gsm|appel(?:er|ez)?(?:\\s+(?:le|au))?)\\.?\\s?:?\\s?$");
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
        List<Found> out = new ArrayList<>();
        if (text == null || !hasEightDigits(text)) {
            return out; // most titles: the library is not asked
        }
        String read = SLASHED.matcher(text).replaceAll(m -> m.group().replace('/', ' '));
        for (PhoneNumberMatch m : PHONES.findNumbers(read, "FR", PhoneNumberUtil.Leniency.POSSIBLE, Long.MAX_VALUE)) {
            String written = text.substring(m.start(), m.end());
            String before = text.substring(Math.max(0, m.start() - 40), m.start());
            // an amount or a rate never starts with a 0: « portable 06 12 34 56 01 € » is a number all the same (attacker W)
            boolean amount = !written.startsWith("0") && !written.startsWith("(0")
                    && AMOUNT_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 8))).find();
            if (amount || !isPersonal(written, before)) {
                continue;
            }
            String key = m.number().getCountryCode() == 33 ? "0" + PHONES.getNationalSignificantNumber(m.number())
                    : ContactsInText.key(written);
            out.add(new Found(m.start(), m.end(), written, key));
        }
        return out;
    }

    private static boolean isPersonal(String written, String before) {
        boolean label = PHONE_LABEL.matcher(before).find();
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
