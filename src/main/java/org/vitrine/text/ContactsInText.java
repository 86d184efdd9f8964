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

    /** The dot of a domain: « . », « ( dot ) », « [point] », or a dot set off by a space each side (« ville . fr »). */
    private static final String DOT = "(?:\\.|\\s\\.\\s|\\s?[(\\[](?:dot|point)[)\\]]\\s?)";
    /**
     * An address, "mailto:" included; also written « prenom.nom (at) ville.fr », « (a) », « [at] », « arobase », with a
     * space each side of the at sign and dots (« jdupont @ ville . fr », eighth attack).
     */
    private static final Pattern EMAIL = Pattern.compile("(?i)(?:mailto:\\s*)?[\\p{L}\\p{N}][\\p{L}\\p{N}._%+'-]*"
            + "(?:\\s?[@\uFF20\uFE6B]\\s?|\\s?[(\\[]\\s?(?:at|arobase|a)\\s?[)\\]]\\s?|\\sarobase\\s)"
            + "[\\p{L}\\p{N}-]+(?:" + DOT + "[\\p{L}\\p{N}-]+)*" + DOT + "[A-Za-z]{2,63}\\b");
    /**
     * The same spelt out without brackets (« marie dot dupont at ville dot fr »), ending in a common domain ending so that
     * a sentence with « at » is not taken; and a plain at sign before a domain without ending (« mdupont@ville »).
     */
    private static final String ENDING = "(?:fr|com|org|net|eu|be|ch|gouv|info)\\b";
    private static final Pattern EMAIL_LOOSE = Pattern.compile("(?i)[\\p{L}\\p{N}][\\p{L}\\p{N}_-]*(?:\\s(?:dot|point)\\s[\\p{L}\\p{N}_-]+)*"
            + "\\s(?:at|arobase|chez)\\s[\\p{L}\\p{N}-]+(?:\\s(?:dot|point)\\s[\\p{L}\\p{N}-]+)*\\s(?:dot|point)\\s" + ENDING
            // « at » or « chez » before a written domain (« jdupont chez ville.fr »): a domain, not « chez Dupont »
            + "|[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*\\s(?:at|chez)\\s[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\." + ENDING
            + "|(?<![\\p{L}\\p{N}._%+'-])[\\p{L}\\p{N}][\\p{L}\\p{N}._%+'-]*@[\\p{L}\\p{N}][\\p{L}\\p{N}-]*(?![\\p{L}\\p{N}.@-])");
    /** Phone numbers are found by {@link PhonesInText} (libphonenumber), after the e-mail patterns. */
    private static final List<Pattern> PATTERNS = List.of(EMAIL, EMAIL_LOOSE);

    /** Written as entities or percent-encoded, for one of them: « &amp;commat; », « &amp;#64; », « %40 ». */
    private static final Pattern ENCODED_AT = Pattern.compile("(?i)&commat;|&#0*64;|&#x0*40;|%(?:25)*40");
    /** A dot percent-encoded, once or more (« ville%2Efr », « %252E »). */
    private static final Pattern ENCODED_DOT = Pattern.compile("(?i)%(?:25)*2e");

    private ContactsInText() {
    }

    /** The addresses and numbers in {@code text} that are not in {@code allowed} (see {@link #key}), as written. */
    public static List<String> found(String text, Set<String> allowed) {
        List<String> out = new ArrayList<>();
        String t = folded(text);
        if (!mayHold(t)) {
            return out;
        }
        for (Pattern p : PATTERNS) {
            Matcher m = p.matcher(t);
            while (m.find()) {
                if (!allowed.contains(key(m.group()))) {
                    out.add(m.group().strip());
                }
            }
        }
        for (PhonesInText.Found f : PhonesInText.in(t)) {
            if (!allowed.contains(f.key())) {
                out.add(f.written());
            }
        }
        return out;
    }

    /** The text with every address or number not in {@code allowed} replaced by {@link #REMOVED}. */
    public static String removed(String text, Set<String> allowed) {
        String folded = folded(text);
        if (!mayHold(folded)) {
            return text;
        }
        String t = folded;
        for (Pattern p : PATTERNS) {
            t = p.matcher(t).replaceAll(m -> allowed.contains(key(m.group())) ? Matcher.quoteReplacement(m.group())
                    : (m.group().startsWith(" ") ? " " : "") + Matcher.quoteReplacement(REMOVED) + (m.group().endsWith(" ") ? " " : ""));
        }
        t = withoutPhones(t, allowed);
        if (t.equals(folded)) {
            return text; // nothing removed: the text as written, not its folded form
        }
        // an address alone in brackets: « (marie@…) » reads « (coordonnée retirée) », not twice bracketed
        return t.replace("(" + REMOVED + ")", REMOVED).replace("[" + REMOVED + "]", REMOVED);
    }

    private static String withoutPhones(String t, Set<String> allowed) {
        StringBuilder b = new StringBuilder(t.length());
        int at = 0;
        for (PhonesInText.Found f : PhonesInText.in(t)) {
            if (!allowed.contains(f.key())) {
                b.append(t, at, f.start()).append(REMOVED);
                at = f.end();
            }
        }
        return at == 0 ? t : b.append(t, at, t.length()).toString();
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
        } else if (digits.startsWith("33") && (a.startsWith("+") || a.startsWith("(+"))) {
            digits = "0" + digits.substring(2);
        }
        if (digits.length() == 11 && digits.startsWith("00")) {
            digits = digits.substring(1); // +33 (0)1 …
        }
        return digits;
    }

    /** What makes a match an e-mail address rather than a number: its at sign, in any of the forms EMAIL reads. */
    private static final Pattern AT = Pattern.compile("(?i)[@\uFF20\uFE6B]|arobase|[(\\[]\\s?a(?:t)?\\s?[)\\]]|\\sat\\s|\\schez\\s");
    /**
     * What every address or number holds, from the patterns' own alternatives: a digit or an at sign. Most titles hold
     * neither, and skip both patterns.
     */
    private static final Pattern HINT = Pattern.compile("[0-9]|" + AT.pattern());

    /**
     * The one form both patterns read, so that disguises need no patterns of their own: markup removed as the public
     * copy will be (a tag splitting a number, entities), compatibility forms folded (full-width « ＠ », « ． », digits),
     * the at sign's encodings decoded, zero-width characters removed and the hyphens of other code points made ASCII
     * (U+2010, U+2011 in a domain).
     */
    /**
     * Without the characters the public copy drops (CellText.clean: zero-width ones, bidi marks, the soft hyphen),
     * since it drops them after the scan (« 06 U+200B 12 U+200B… » was published « 0612… »: eighth attack); between two
     * digits they part groups as a space would, elsewhere they join (an address).
     */
    private static String withoutDropped(String t) {
        StringBuilder b = null;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (CellText.isSpace(c) || !CellText.dropped(c)) {
                if (b != null) {
                    b.append(c);
                }
                continue;
            }
            if (b == null) {
                b = new StringBuilder(t.length()).append(t, 0, i);
            }
            if (b.length() > 0 && Character.isDigit(b.charAt(b.length() - 1)) && i + 1 < t.length()
                    && Character.isDigit(t.charAt(i + 1))) {
                b.append(' ');
            }
        }
        return b == null ? t : b.toString();
    }

    /**
     * Every decimal digit as its ASCII digit: NFKC folds full-width and mathematical digits but not other scripts'
     * (« ٠٦ ١٢ ٣٤ ٥٦ ٨٠ », Arabic-Indic, was published).
     */
    private static String asciiDigits(String t) {
        StringBuilder b = null;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c > 0x7F && Character.isDigit(c)) {
                if (b == null) {
                    b = new StringBuilder(t);
                }
                b.setCharAt(i, (char) ('0' + Character.digit(c, 10)));
            }
        }
        return b == null ? t : b.toString();
    }

    static String folded(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String t = text.indexOf('<') >= 0 || text.indexOf('&') >= 0 ? CellText.withoutMarkup(text, CellText.IGNORED) : text;
        t = ENCODED_AT.matcher(t).replaceAll("@");
        t = ENCODED_DOT.matcher(t).replaceAll(".");
        t = asciiDigits(java.text.Normalizer.normalize(t, java.text.Normalizer.Form.NFKC));
        t = withoutDropped(t);
        return t.replace('\u2010', '-').replace('\u2011', '-');
    }

    private static boolean mayHold(String text) {
        return text != null && !text.isEmpty() && HINT.matcher(text).find();
    }
}
