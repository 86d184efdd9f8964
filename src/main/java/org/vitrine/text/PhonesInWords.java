package org.vitrine.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Phone numbers spelt out in words, whole or mixed with digits (attacker's re-run, N01/N11: « zéro trois
 * quatre-vingt-cinq douze trente-quatre cinquante-six », « 03 quatre-vingt-cinq 12 34 56 »), which libphonenumber
 * does not read. Each French number from 0 to 99 (« vingt et un », « soixante-dix-huit », « quatre-vingts », Belgian
 * and Swiss « septante », « huitante », « octante », « nonante ») or group of digits is one group; a number is at least
 * five groups in a row, parted only by spaces, commas, dots, slashes or dashes, at least one in words, that make ten
 * digits starting with 0 then another digit (French numbering). Numbers in words in ordinary text (« deux lots »,
 * « trois ans », « quatre-vingts postes ») are never five groups making such ten digits.
 */
final class PhonesInWords {

    private static final Map<String, Integer> UNITS = Map.ofEntries(Map.entry("un", 1), Map.entry("deux", 2),
            Map.entry("trois", 3), Map.entry("quatre", 4), Map.entry("cinq", 5), Map.entry("six", 6), Map.entry("sept", 7),
            Map.entry("huit", 8), Map.entry("neuf", 9));
    private static final Map<String, Integer> TEENS = Map.of("dix", 10, "onze", 11, "douze", 12, "treize", 13,
            "quatorze", 14, "quinze", 15, "seize", 16);
    private static final Map<String, Integer> TENS = Map.of("vingt", 20, "trente", 30, "quarante", 40, "cinquante", 50,
            "soixante", 60, "septante", 70, "huitante", 80, "octante", 80, "nonante", 90);

    /**
     * English number words read as the French ones that make the same value (attacker Y3, F4: « zero six twelve
     * thirty-four fifty-six forty-five »): the tens as the Belgian and Swiss forms (« seventy-eight » is « septante-huit »),
     * 17 to 19 as « dix-sept » … « dix-neuf ». « six » and « zero » are the same word in both languages.
     */
    private static final Map<String, String[]> ENGLISH = Map.ofEntries(Map.entry("one", new String[] {"un"}),
            Map.entry("two", new String[] {"deux"}), Map.entry("three", new String[] {"trois"}),
            Map.entry("four", new String[] {"quatre"}), Map.entry("five", new String[] {"cinq"}),
            Map.entry("seven", new String[] {"sept"}), Map.entry("eight", new String[] {"huit"}),
            Map.entry("nine", new String[] {"neuf"}), Map.entry("ten", new String[] {"dix"}),
            Map.entry("eleven", new String[] {"onze"}), Map.entry("twelve", new String[] {"douze"}),
            Map.entry("thirteen", new String[] {"treize"}), Map.entry("fourteen", new String[] {"quatorze"}),
            Map.entry("fifteen", new String[] {"quinze"}), Map.entry("sixteen", new String[] {"seize"}),
            Map.entry("seventeen", new String[] {"dix", "sept"}), Map.entry("eighteen", new String[] {"dix", "huit"}),
            Map.entry("nineteen", new String[] {"dix", "neuf"}), Map.entry("twenty", new String[] {"vingt"}),
            Map.entry("thirty", new String[] {"trente"}), Map.entry("forty", new String[] {"quarante"}),
            Map.entry("fifty", new String[] {"cinquante"}), Map.entry("sixty", new String[] {"soixante"}),
            Map.entry("seventy", new String[] {"septante"}), Map.entry("eighty", new String[] {"huitante"}),
            Map.entry("ninety", new String[] {"nonante"}));

    private PhonesInWords() {
    }

    /** A word or a run of digits of the text, where it is; « + » or « plus » is the international prefix. */
    private record Atom(int start, int end, String word, boolean digits, boolean prefix) {
        Atom(int start, int end, String word, boolean digits) {
            this(start, end, word, digits, false);
        }
    }

    /** A group of the number: its digits, where it is, whether it was written in words, whether it is « + ». */
    private record Group(int start, int end, String digits, boolean words, boolean prefix) {
        Group(int start, int end, String digits, boolean words) {
            this(start, end, digits, words, false);
        }
    }

    private static final com.google.i18n.phonenumbers.PhoneNumberUtil PHONES = com.google.i18n.phonenumbers.PhoneNumberUtil.getInstance();

    /** The spelt-out numbers of {@code text} (ContactsInText's folded form), in order. */
    static List<PhonesInText.Found> in(String text) {
        List<PhonesInText.Found> out = new ArrayList<>();
        if (!mayHold(text)) {
            return out;
        }
        List<Group> groups = new ArrayList<>();
        List<Atom> run = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i <= n) {
            char c = i < n ? text.charAt(i) : '\n';
            if (i < n && Character.isLetter(c)) {
                int j = i;
                while (j < n && Character.isLetter(text.charAt(j))) {
                    j++;
                }
                String w = text.substring(i, j).toLowerCase(Locale.ROOT).replace('\u00E9', 'e');
                String[] english = ENGLISH.get(w);
                if (w.equals("plus")) {
                    run.add(new Atom(i, j, w, false, true));
                } else if (english != null) {
                    for (String f : english) {
                        run.add(new Atom(i, j, f, false)); // « seventeen » is « dix » « sept », both on the word's place
                    }
                } else if (isNumberWord(w)) {
                    run.add(new Atom(i, j, w, false));
                } else {
                    flush(text, run, groups, out);
                }
                i = j;
            } else if (i < n && c >= '0' && c <= '9') {
                int j = i;
                while (j < n && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
                    j++;
                }
                run.add(new Atom(i, j, text.substring(i, j), true));
                i = j;
            } else if (i < n && c == '+') {
                run.add(new Atom(i, i + 1, "+", true, true));
                i++;
            } else if (i < n && isSeparator(c)) {
                i++;
            } else {
                flush(text, run, groups, out);
                i++;
            }
        }
        return out;
    }

    /** A word that may start a phone's label (PhonesInText.PHONE_LABEL). */
    static final java.util.regex.Pattern LABEL_HINT = java.util.regex.Pattern.compile(
            "(?i)t[e\u00E9]l|portable|port\\.|mobile|fax|gsm|appel|joindre|joignez|joignable|contact|rappel");

    /** Whether the text may hold a spelt-out number: a « zéro » or a 0 digit (a French number starts with one). */
    static boolean mayHold(String text) {
        if (text == null) {
            return false;
        }
        if (LABEL_HINT.matcher(text).find()) {
            return true; // nine digits after a label (« Portable : six douze … »)
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '0' || c == '+' || (c == 'p' || c == 'P') && text.regionMatches(true, i, "plus", 0, 4)
                    || (c == 'z' || c == 'Z') && i + 3 < text.length() && "ero".equalsIgnoreCase(
                    text.substring(i + 1, i + 4).replace('\u00E9', 'e').replace('\u00C9', 'e'))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == ',' || c == '.' || c == '/' || c == '-' || c == '(' || c == ')'
                || Character.getType(c) == Character.DASH_PUNCTUATION;
    }

    private static boolean isNumberWord(String w) {
        return w.equals("zero") || w.equals("et") || w.equals("vingts") || UNITS.containsKey(w) || TEENS.containsKey(w)
                || TENS.containsKey(w);
    }

    /** The run's atoms read as groups, and the numbers among them; the run emptied. */
    private static void flush(String text, List<Atom> run, List<Group> groups, List<PhonesInText.Found> out) {
        if (run.size() >= 5) {
            groups.clear();
            int k = 0;
            while (k < run.size()) {
                Atom a = run.get(k);
                if (a.prefix()) {
                    groups.add(new Group(a.start(), a.end(), "+", !a.digits(), true));
                    k++;
                    continue;
                }
                if (a.digits()) {
                    groups.add(new Group(a.start(), a.end(), a.word(), false));
                    k++;
                    continue;
                }
                int[] parsed = parse(run, k);
                if (parsed == null) {
                    find(text, groups, out); // « et » alone, « vingts » alone: the number, if any, ends here
                    groups.clear();
                    k++;
                    continue;
                }
                String digits = run.get(k).word().equals("zero") ? "0" : Integer.toString(parsed[0]);
                groups.add(new Group(a.start(), run.get(parsed[1] - 1).end(), digits, true));
                k = parsed[1];
            }
            find(text, groups, out);
        }
        run.clear();
    }

    /** Ten digits starting with 0 then a digit from 1 to 9, from five groups or more, one of them in words. */
    private static void find(String text, List<Group> groups, List<PhonesInText.Found> out) {
        int s = 0;
        while (s < groups.size()) {
            int international = international(text, groups, s, out);
            if (international > s) {
                s = international;
                continue;
            }
            if (!groups.get(s).digits().startsWith("0")) {
                int labelled = afterLabel(text, groups, s, out);
                s = labelled > s ? labelled : s + 1;
                continue;
            }
            StringBuilder digits = new StringBuilder();
            boolean words = false;
            int e = s;
            while (e < groups.size() && digits.length() < 10) {
                digits.append(groups.get(e).digits());
                words |= groups.get(e).words();
                e++;
            }
            if (digits.length() == 10 && e - s >= 5 && words && digits.charAt(1) != '0') {
                int start = groups.get(s).start();
                int end = groups.get(e - 1).end();
                out.add(new PhonesInText.Found(start, end, text.substring(start, end), digits.toString()));
                s = e;
            } else {
                s++;
            }
        }
    }

    /**
     * Nine digits without their trunk 0, one group at least in words, from four groups or more, just after a phone's
     * label (attacker Y3, F4: « Portable : six douze trente-quatre cinquante-six quarante-huit »), as nine digits in
     * digits are read after one. Returns the group after the number, or {@code s}.
     */
    private static int afterLabel(String text, List<Group> groups, int s, List<PhonesInText.Found> out) {
        Group first = groups.get(s);
        if (first.prefix() || first.digits().isEmpty() || first.digits().charAt(0) == '0'
                || !PhonesInText.PHONE_LABEL.matcher(text.substring(Math.max(0, first.start() - 40), first.start())).find()) {
            return s;
        }
        StringBuilder digits = new StringBuilder();
        boolean words = false;
        int e = s;
        while (e < groups.size() && !groups.get(e).prefix() && digits.length() < 9) {
            digits.append(groups.get(e).digits());
            words |= groups.get(e).words();
            e++;
        }
        if (digits.length() != 9 || e - s < 4 || !words) {
            return s;
        }
        int end = groups.get(e - 1).end();
        out.add(new PhonesInText.Found(first.start(), end, text.substring(first.start(), end), "0" + digits));
        return e;
    }

    /**
     * An international number from group {@code s} (issue 16, safetyH: « plus trente-trois trois quatre-vingt-cinq … »,
     * « +33 trois 85 12 34 56 », « 00 trente-trois … »): the prefix « + », « plus » or « 00 », a country code
     * libphonenumber knows, a trunk « (0) » or « zéro » that may follow, then the national number: for France nine
     * digits not starting with 0, elsewhere the longest run of groups that is a possible number of that country. At
     * least three groups after the prefix, one of them (or the prefix « plus ») in words. Its key is the one of the
     * same number in digits (ContactsInText#key). Returns the group after the number, or {@code s} when none starts there.
     */
    private static int international(String text, List<Group> groups, int s, List<PhonesInText.Found> out) {
        Group p = groups.get(s);
        if (!p.prefix() && !p.digits().equals("00") || s + 1 >= groups.size() || groups.get(s + 1).prefix()) {
            return s;
        }
        Group country = groups.get(s + 1);
        int cc = country.digits().length() <= 3 && !country.digits().startsWith("0") ? Integer.parseInt(country.digits()) : 0;
        if (cc == 0 || "ZZ".equals(PHONES.getRegionCodeForCountryCode(cc))) {
            return s;
        }
        boolean words = p.words() || country.words();
        int k = s + 2;
        if (k < groups.size() && groups.get(k).digits().equals("0")) {
            words |= groups.get(k).words();
            k++; // the trunk 0, « +33 (0)3 … »
        }
        StringBuilder national = new StringBuilder();
        boolean nationalWords = false;
        int best = -1;
        String bestDigits = null;
        boolean bestWords = false;
        for (int e = k; e < groups.size() && !groups.get(e).prefix() && national.length() < 12; e++) {
            national.append(groups.get(e).digits());
            nationalWords |= groups.get(e).words();
            if (national.charAt(0) == '0') {
                break;
            }
            boolean whole = cc == 33 ? national.length() == 9 : national.length() >= 8 && national.length() <= 12
                    && PHONES.isPossibleNumber(new com.google.i18n.phonenumbers.Phonenumber.PhoneNumber()
                            .setCountryCode(cc).setNationalNumber(Long.parseLong(national.toString())));
            if (whole) {
                best = e;
                bestDigits = national.toString();
                bestWords = nationalWords;
            }
            if (cc == 33 && national.length() >= 9) {
                break;
            }
        }
        if (best < 0 || !(words || bestWords) || best - s < 3) {
            return s;
        }
        int start = p.start();
        int end = groups.get(best).end();
        String key = cc == 33 ? "0" + bestDigits : cc + bestDigits;
        out.add(new PhonesInText.Found(start, end, text.substring(start, end), key));
        return best + 1;
    }

    /**
     * The number from 0 to 99 written by the words from {@code k} (the longest reading), as its value and the index
     * after its last word; null when the word starts none (« et », « vingts »).
     */
    private static int[] parse(List<Atom> run, int k) {
        String w = word(run, k);
        if (w.equals("zero")) {
            return new int[] {0, k + 1};
        }
        if (w.equals("quatre") && (word(run, k + 1).equals("vingt") || word(run, k + 1).equals("vingts"))) {
            int[] rest = word(run, k + 1).equals("vingt") ? afterTens(run, k + 2, true) : null;
            return rest == null ? new int[] {80, k + 2} : new int[] {80 + rest[0], rest[1]};
        }
        if (UNITS.containsKey(w)) {
            return new int[] {UNITS.get(w), k + 1};
        }
        if (w.equals("dix") && UNITS.getOrDefault(word(run, k + 1), 0) >= 7) {
            return new int[] {10 + UNITS.get(word(run, k + 1)), k + 2};
        }
        if (TEENS.containsKey(w)) {
            return new int[] {TEENS.get(w), k + 1};
        }
        if (TENS.containsKey(w)) {
            int tens = TENS.get(w);
            int[] rest = afterTens(run, k + 1, tens == 60);
            if (rest == null && word(run, k + 1).equals("et") && word(run, k + 2).equals("un")) {
                return new int[] {tens + 1, k + 3}; // « vingt et un », « trente et un »
            }
            return rest == null ? new int[] {tens, k + 1} : new int[] {tens + rest[0], rest[1]};
        }
        return null;
    }

    /**
     * What may follow a tens word: a unit (« vingt-deux »), and after « soixante » or « quatre-vingt » a teen
     * (« soixante-dix-huit », « quatre-vingt-onze », « soixante et onze »); null when nothing does.
     */
    private static int[] afterTens(List<Atom> run, int k, boolean teens) {
        String w = word(run, k);
        if (teens && w.equals("et") && word(run, k + 1).equals("onze")) {
            return new int[] {11, k + 2};
        }
        if (teens && w.equals("dix") && UNITS.getOrDefault(word(run, k + 1), 0) >= 7) {
            return new int[] {10 + UNITS.get(word(run, k + 1)), k + 2};
        }
        if (teens && TEENS.containsKey(w)) {
            return new int[] {TEENS.get(w), k + 1};
        }
        if (UNITS.containsKey(w)) {
            return new int[] {UNITS.get(w), k + 1};
        }
        return null;
    }

    private static String word(List<Atom> run, int k) {
        return k < run.size() && !run.get(k).digits() ? run.get(k).word() : "";
    }
}
