package org.vitrine.normalise;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vitrine.normalise.parse.Text;
import org.vitrine.text.CellText;

/**
 * A stamp in a title or description that says the need must not be published: « CONFIDENTIEL » in capitals in a
 * text that is not all capitals, « (confidentiel) » or « [usage interne] » in brackets, « Confidentiel – … » or
 * « … – usage interne » as a part of its own at the start or end, the letters spaced out (« C O N F I D E N T I E L »),
 * or a phrase that refuses publication (« ne pas publier », « ne pas diffuser », « diffusion restreinte »). The
 * word used as a word is no stamp: « destruction de documents confidentiels », « confidentialité des données »
 * and « ne pas diffuser les données » (the phrase with its object: an obligation of the contract) are public needs.
 * Unlike {@link Confidential} (a remark column, where any mention counts), a title names what is bought.
 */
final class ConfidentialStamp {

    /** The stamp words, optionally « strictement » or « très » before. */
    private static final Pattern WORD = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?:(?:strictement|tr[eè]s|pour)\\s+)?"
            + "(?:confidentiel(?:le)?\\s+d[ée]fense|document\\s+confidentiel|[ck]onfidenti(?:el|elle|els|elles|al)"
            // « Document à usage interne », « Réservé à la diffusion interne », « À diffusion interne » (attacker W)
            + "|(?:document\\s+)?(?:r[ée]serv[ée]e?\\s+)?(?:[àa]\\s+(?:un\\s+|la\\s+)?)?(?:usage|diffusion)\\s+(?:strictement\\s+)?interne"
            + "(?:\\s+(?:uniquement|seulement|exclusivement))?"
            + "|interne\\s+uniquement|internal\\s+only|internal\\s+use\\s+only"
            // « … – réservé aux services » as a part of its own (attacker Y); « car réservé aux services périscolaires » stays
            + "|r[ée]serv[ée]e?s?\\s+aux\\s+services"
            // decided (eighth attack): « Diffusion interne », « NON PUBLIC » mark a document, set off as the others
            + "|diffusion\\s*[:\\-–—]?\\s*interne(?:\\s+(?:uniquement|seulement|exclusivement))?|non[\\s-]public(?:que)?"
            // abbreviated (attacker W): « Diff. interne », « Confid. – maintenance »
            + "|diff\\.\\s*interne|confid\\.|diffusion\\s*:\\s*agents\\s+uniquement"
            // attacker X: « Document interne – … », « Diffusion : NON » (a form's answer; « Public : non-voyants » has a hyphen)
            + "|document\\s+interne|(?:diffusion|publication|diffusable|publiable|[àa]\\s+(?:publier|diffuser))\\s*[:=]\\s*non(?!-))"
            + "(?![\\p{L}\\p{N}])");
    /** « [CONF] », « (conf.) »: the abbreviation in brackets, or the whole text (« Conf. »), is a stamp (decided, eighth attack). */
    private static final Pattern ABBREVIATION = Pattern.compile("(?iu)[\\[(]\\s*conf\\.?\\s*[\\])]|^\\s*conf\\.?\\s*$"
            // « [INTERNE] Maintenance des serveurs » (attacker W): in square brackets only, « (interne) » may say who does the work
            + "|\\[\\s*interne\\s*]"
            // « [DR] », the usual abbreviation of « Diffusion Restreinte », in brackets and capitals (attacker Y)
            + "|\\[\\s*(?-i:DR)\\s*]"
            // « Classification : C3 confidentiel », a classification label with its level (attacker Y)
            + "|classification\\s*:\\s*(?:c\\d\\s+)?(?:[ck]onfidentiel(?:le)?|restreint(?:e)?|interne|secret)"
            // « — INTERNE — » (attacker X): the word in capitals set off as a banner; « Médecine interne » is no banner
            + "|(?<![\\p{L}\\p{N}])[-–—*=_~]+\\s*(?-i:INTERNE)\\s*[-–—*=_~]+(?![\\p{L}\\p{N}])"
            // « Interne » as the whole text or part
            + "|^[\\s\\-–—*=_~]*interne[\\s\\-–—*=_~.!]*$");
    /**
     * « Ce besoin ne doit pas être publié », « Ne doit pas être diffusé » (attacker X): the need or document itself, or
     * no subject at all, refused publication; « Les résultats ne doivent pas être publiés avant le jury » names what the
     * contract keeps private, an obligation, and stays public.
     */
    private static final Pattern REFUSED = Pattern.compile("(?iu)(?:^|[.!;:–—-]\\s*|(?<!\\p{L})(?:ce|cette|le\\s+pr[ée]sent|la\\s+pr[ée]sente)\\s+"
            + "(?:besoin|march[ée]|projet|document|dossier|fiche|ligne|achat|lot|[ée]l[ée]ment|texte|information|consultation)\\s+)"
            + "ne\\s+(?:doit|doivent|peut|peuvent|devra|devront|sera|seront)\\s+(?:en\\s+aucun\\s+cas\\s+|pas\\s+)(?:[êe]tre\\s+)?"
            + "(?:publi[ée]|diffus[ée]|communiqu[ée]|transmis|mis\\s+en\\s+ligne|rendu\\s+public)(?:e|s|es)?(?![\\p{L}\\p{N}])");
    /** Single letters spaced out: « C O N F I D E N T I E L », « c.o.n.f.i.d.e.n.t.i.e.l ». */
    private static final Pattern SPACED = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{L}(?:[ .\\-_·*]\\p{L}){3,}(?![\\p{L}\\p{N}])");
    private static final String OPEN = "([{«\"“'*<";
    private static final String CLOSE = ")]}»\"”'*>";
    /** What sets off a part of the text: a dash, a colon, a bar, a slash, a semicolon, a comma. */
    private static final String SEPARATORS = "-–—:|/;,.!";

    private ConfidentialStamp() {
    }

    /** A list of lots in one cell (« Lot 1 : Confidentiel ; Lot 2 : Audit »): each title read as a text of its own. */
    private static final Pattern LOT_PART = Pattern.compile("(?iu)^\\s*lot\\s*n?[°o]?\\s*\\w{1,3}\\s*[:.\\-–—)]\\s*");

    /**
     * The stamp as written, or null when the text carries none. The text whole, then each part of a list (split on
     * « ; » or a line end, a « Lot 1 : » label removed), as a stamp marks one lot as it marks a title.
     */
    static String in(String text) {
        String whole = inPart(text);
        if (whole != null || text == null || !text.matches("(?s).*[;\\n].*")) {
            return whole;
        }
        for (String part : text.split("[;\\n]")) {
            String stamp = inPart(LOT_PART.matcher(part).replaceFirst(""));
            if (stamp != null) {
                return stamp;
            }
        }
        return null;
    }

    /**
     * Latin look-alikes of Cyrillic and Greek letters (« СОNFIDЕNTIЕL » with a Cyrillic С and Е): read as the Latin
     * letter for the stamp check only, the text itself is kept.
     */
    private static final String LOOK_ALIKES = "АAВBЕEКKМMНHОOРPСCТTХXІIЈJЅSаaеeоoрpсcхxуyіiјjѕsΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧXοoνvιiκkϹCϲcкk"
            // Greek letters read as the Latin letter they transliterate (« ΚΟΝΦΙΔΕΝΤΙΕΛ », decided: a stamp, tenth attack)
            + "ΦFφfΔDδdΛLλl"
            // Cherokee capitals drawn as Latin ones (« ᏟᎾNFIDENTIEL », Unicode confusables)
            + "\u13AAA\u13F4B\u13DFC\u13A0D\u13ACE\u13C0G\u13BBH\u13ABJ\u13E6K\u13DEL\u13B7M\u13BEO\u13EBO\u13E2P"
            + "\u13D2R\u13DAS\u13A2T\u13D9V\u13B3W\u13C3Z\u13A5i"
            // Armenian letters drawn as Latin ones (« Cօnfidentiel », attacker W)
            + "\u0585o\u0578n\u057Du\u0570h\u0581g\u0566q\u0561w\u0555O\u054DU\u054FS\u053CL"
            // small capitals (« ᴄᴏɴꜰɪᴅᴇɴᴛɪᴇʟ », attacker W), which NFKC leaves as they are: read as small letters
            + "\u1D00a\u0299b\u1D04c\u1D05d\u1D07e\uA730f\u0262g\u029Ch\u026Ai\u1D0Aj\u1D0Bk\u029Fl\u1D0Dm\u0274n"
            + "\u1D0Fo\u1D18p\u0280r\uA731s\u1D1Bt\u1D1Cu\u1D20v\u1D21w\u028Fy\u1D22z";

    private static String latin(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            int at = LOOK_ALIKES.indexOf(text.charAt(i));
            if (at >= 0 && at % 2 == 0) {
                if (b == null) {
                    b = new StringBuilder(text);
                }
                b.setCharAt(i, LOOK_ALIKES.charAt(at + 1));
            }
        }
        return b == null ? text : b.toString();
    }

    /** A word of letters with the digits 0 and 1 or a small l among capitals (« C0NFIDENTIEL », « CONFIDENTlEL »). */
    private static final Pattern DISGUISED_WORD = Pattern.compile("[\\p{L}013]*[\\p{L}][\\p{L}013]*");

    /**
     * The confusables' idea (Unicode TS 39 skeletons) for the stamp check only, the text itself is kept: in a word of
     * capitals, 0 reads O, 1 or l reads I, 3 reads E (« C0NF1D3NT13L », attacker W); in a word of small letters, 0 reads o. A word with other digits (« S17 »,
     * « 2027 ») is left as written. ICU4J's SpoofChecker would bring 14 MB for these few letters.
     */
    static String withoutLookAlikeDigits(String text) {
        return withoutLookAlikeDigits(text, 'I');
    }

    /** The same, with 1 read as {@code one} among capitals: I, or L (« CONFIDENTIE1 », tenth attack). */
    static String withoutLookAlikeDigits(String text, char one) {
        if (text.indexOf('0') < 0 && text.indexOf('1') < 0 && text.indexOf('3') < 0 && text.indexOf('l') < 0) {
            return text;
        }
        return DISGUISED_WORD.matcher(text).replaceAll(m -> {
            String w = m.group();
            int start = m.start();
            int end = m.end();
            if (start > 0 && Character.isDigit(text.charAt(start - 1)) || end < text.length() && Character.isDigit(text.charAt(end))) {
                return Matcher.quoteReplacement(w); // part of a code or a number
            }
            String letters = w.replaceAll("[013l]", "");
            if (letters.length() >= 3 && letters.equals(letters.toUpperCase(Locale.ROOT)) && !letters.equals(letters.toLowerCase(Locale.ROOT))) {
                return Matcher.quoteReplacement(w.replace('0', 'O').replace('1', one).replace('3', 'E').replace('l', 'I'));
            }
            if (letters.length() >= 3 && w.indexOf('0') >= 0 && w.replaceAll("[01]", "").equals(w.replaceAll("[01]", "").toLowerCase(Locale.ROOT))) {
                return Matcher.quoteReplacement(w.replace('0', 'o'));
            }
            return Matcher.quoteReplacement(w);
        });
    }

    private static final Pattern LEADING_SYMBOLS = Pattern.compile("^[\\p{So}\\p{Sk}\\p{Cs}\\uFE0F\\u200D\\s]+");

    /**
     * Squared, negative squared and negative circled capitals (« 🅲🅾🅽🅵🅸🅳🅴🅽🆃🅸🅴🅻 », attacker Y), which NFKC leaves as
     * they are, read as their letters for the stamp check only.
     */
    static String enclosedLetters(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            int cp = text.codePointAt(i);
            int letter = cp >= 0x1F130 && cp <= 0x1F149 ? cp - 0x1F130 : cp >= 0x1F150 && cp <= 0x1F169 ? cp - 0x1F150
                    : cp >= 0x1F170 && cp <= 0x1F189 ? cp - 0x1F170 : -1;
            if (letter >= 0 && b == null) {
                b = new StringBuilder(text.substring(0, i));
            }
            if (b != null) {
                if (letter >= 0) {
                    b.append((char) ('A' + letter));
                } else {
                    b.appendCodePoint(cp);
                }
            }
        }
        return b == null ? text : b.toString();
    }

    private static String inPart(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        // full-width and other compatibility letters (« ＣＯＮＦＩＤＥＮＴＩＥＬ », seventh attack) read as their letters
        // and without the combining marks NFKC leaves (« C̲O̲N̲F̲… » underlined with U+0332, attacker X)
        String letters = latin(CellText.withoutMarks(java.text.Normalizer.normalize(enclosedLetters(text), java.text.Normalizer.Form.NFKC)));
        // a symbol before the stamp (« 🔒 Confidentiel – … », attacker Y) does not keep it from being a part of its own
        letters = LEADING_SYMBOLS.matcher(letters).replaceFirst("");
        String stamp = stampIn(withoutLookAlikeDigits(letters, 'I'));
        return stamp != null || letters.indexOf('1') < 0 ? stamp : stampIn(withoutLookAlikeDigits(letters, 'L'));
    }

    /**
     * « 3 lots dont 1 confidentiel », « 2 lots, 1 confidentiel »: one lot stamped among several holds the whole need
     * back (decided, tenth attack): the need's amount and number of lots would still tell the held lot's.
     */
    private static final Pattern COUNTED = Pattern.compile("(?iu)(?:\\bdont|[,;(])\\s*(?:\\d+|un|une|deux|trois)\\s+(?:lots?\\s+)?"
            + "(?:(?:est|sont)\\s+)?(?:[ck]onfidentiel(?:le)?s?|[àa]\\s+usage\\s+interne|non\\s+publics?)(?![\\p{L}\\p{N}])"
            + "|\\b\\d+\\s+lots?\\s+[ck]onfidentiel(?:le)?s?(?![\\p{L}\\p{N}])");
    /** A code after a stamp (« Confidentiel mkd01 », « Diffusion interne MARKS40 »): a word with a digit, not the stamp's object. */
    private static final Pattern CODE = Pattern.compile("^[\\p{L}\\p{N}_-]*\\d[\\p{L}\\p{N}_-]*(?:\\s|$)");

    private static String stampIn(String text) {
        Matcher counted = COUNTED.matcher(text);
        if (counted.find()) {
            return counted.group().replaceFirst("^[,;(]\\s*", "").strip();
        }
        Matcher abbreviation = ABBREVIATION.matcher(text);
        if (abbreviation.find()) {
            return abbreviation.group().strip();
        }
        Matcher spaced = SPACED.matcher(text);
        StringBuilder joined = new StringBuilder();
        while (spaced.find()) {
            String letters = spaced.group().replaceAll("[ .\\-_·*]", "");
            if (WORD.matcher(letters).matches()) {
                return spaced.group(); // spelled out: a stamp, never a word of the sentence
            }
            spaced.appendReplacement(joined, Matcher.quoteReplacement(letters));
        }
        spaced.appendTail(joined);
        String t = joined.toString();
        // the commented list (reference/confidential-wordings.txt): a phrase anywhere
        String listed = ConfidentialWordings.phraseIn(t);
        if (listed != null) {
            return listed;
        }
        Matcher refused = REFUSED.matcher(t);
        if (refused.find()) {
            return refused.group().replaceFirst("^[.!;:–—-]\\s*", "").strip();
        }
        String word = setOff(t, WORD.matcher(t), false, false);
        // and a stamp of the list, set off by the same rule (« Entretien – Restreint », « [Accès restreint] »,
        // « Con fidentiel », « Entretien RESTREINT des parcs », « Restreint mkd01 »: review R2)
        return word != null ? word : setOff(t, ConfidentialWordings.STAMP.matcher(t), true, false);
    }

    /**
     * A stamp of the list (reference/confidential-wordings.txt) set off in the remark {@code text}, as written; or null.
     * A remark may say what is not so: a stamp after a negation is none (« Ce marché n'est pas CONFIDENTIEL », review
     * revH R2), as the remark's own words (Confidential.WORDS) and phrases (ConfidentialWordings.remarkPhraseIn).
     */
    static String listedIn(String text) {
        return text == null || text.isBlank() ? null : setOff(text, ConfidentialWordings.STAMP.matcher(text), true, true);
    }

    /**
     * The first match of {@code m} in {@code t} that is set off as a stamp, as written; or null. Set off: in capitals in
     * a text that is not, in brackets, at the start or the end as a part of its own, or a sentence or part of its own,
     * maybe followed by a code only. {@code overlapping}: a match inside a longer one not set off is read too (« Accès
     * RESTREINT au site »: « RESTREINT » in capitals). {@code remark}: a match after a negation is skipped.
     */
    private static String setOff(String t, Matcher m, boolean overlapping, boolean remark) {
        boolean mixedCase = t.codePoints().anyMatch(Character::isLowerCase);
        int from = 0;
        while (from <= t.length() && m.find(from)) {
            String w = m.group();
            String before = t.substring(0, m.start()).strip();
            String after = t.substring(m.end()).strip();
            boolean capitals = mixedCase && w.equals(w.toUpperCase(Locale.ROOT));
            boolean bracketed = !before.isEmpty() && !after.isEmpty() && OPEN.indexOf(before.charAt(before.length() - 1)) >= 0
                    && CLOSE.indexOf(after.charAt(0)) >= 0;
            boolean first = before.isEmpty() && (after.isEmpty() || SEPARATORS.indexOf(after.charAt(0)) >= 0);
            boolean last = after.replaceAll("[.!)\\]»*\\s]", "").isEmpty()
                    && (before.isEmpty() || SEPARATORS.indexOf(before.charAt(before.length() - 1)) >= 0 || OPEN.indexOf(before.charAt(before.length() - 1)) >= 0);
            // a sentence or part of its own (« Entretien des parcs. Diffusion interne. », « Note : diffusion interne
            // uniquement »), or followed by a code only (« Confidentiel mkd01 »): tenth attack, published
            boolean apart = (before.isEmpty() || SEPARATORS.indexOf(before.charAt(before.length() - 1)) >= 0)
                    && (after.isEmpty() || SEPARATORS.indexOf(after.charAt(0)) >= 0 || CODE.matcher(after).find());
            String folded = Text.fold(t.substring(0, m.start())) + " ";
            boolean negated = remark && ConfidentialWordings.negated(folded, folded.length());
            if (!negated && (capitals || bracketed || first || last || apart)) {
                return w;
            }
            from = overlapping ? m.start() + 1 : m.end() == m.start() ? m.end() + 1 : m.end();
        }
        return null;
    }
}
