package org.vitrine.publish.brochure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Typographic fixes made once on the brochure's final HTML, whatever the text came from (a buyer's
 * spreadsheet, config, a label), so that a page never mixes two conventions:
 * <ul>
 * <li>straight apostrophes inside words ("d'offres") become the typographic one (U+2019);</li>
 * <li>French spacing (Lexique des règles typographiques de l’Imprimerie nationale): a no-break space
 * before « : », a narrow no-break space before « ; ! ? », no-break spaces inside « »; "1er", "2e" with a
 * raised suffix; "art. L. 2113-15"; digit groups of a number ("1 200 repas") and a number and its unit
 * ("48 mois", "12 %") and a date ("le 6 octobre 2027", "8 mars 2027") never split at a line end;</li>
 * <li>headings never end a line on "de", "du", "de la", "à"... and never leave their last word alone on a
 * line: the last two words are joined (openhtmltopdf has no {@code text-wrap: balance}); a short
 * parenthesis ("(part du SDIS)") is kept on one line, the line breaking before it.</li>
 * </ul>
 * Only text between tags of the body is changed, never markup or attribute values (addresses, styles).
 */
public final class Typography {

    /** Freemarker's HTML escaping writes a straight apostrophe as {@code &#39;}; here between two letters. */
    private static final Pattern ELISION = Pattern.compile("(?<=\\p{L})(?:&#39;|')(?=\\p{L})");

    static final char NBSP = '\u00A0';
    static final char NNBSP = '\u202F';

    /** White space a line may break at, before a colon (or none, after a word: "Note: " becomes "Note : "). */
    private static final Pattern BEFORE_COLON = Pattern.compile("(?:[ \\t\\n\\r\\u202F]+|(?<=[\\p{L}\\p{N})»%€])):(?=[\\s\\u00A0]|$)");
    /** Before ; ! ? (the ";" that ends an entity such as {@code &amp;} is left alone). */
    private static final Pattern BEFORE_HIGH = Pattern.compile("[ \\t\\n\\r\\u00A0]+([;!?])(?=[\\s\\u00A0]|$)"
            + "|(?<=[\\p{L}\\p{N})»])(?<!&[a-zA-Z]{1,10})(?<!&#[0-9]{1,7})(?<!&#x[0-9a-fA-F]{1,6})([;!?])(?=[\\s\\u00A0]|$)");
    private static final Pattern OPEN_QUOTE = Pattern.compile("«[ \\t\\n\\r\\u00A0\\u202F]*");
    private static final Pattern CLOSE_QUOTE = Pattern.compile("[ \\t\\n\\r\\u00A0\\u202F]*»");
    /** "1 200", "2 400 000": the groups of one number, not "2027 100" nor a phone number's pairs. */
    private static final Pattern DIGIT_GROUPS = Pattern.compile("(?<![\\d.,])\\d{1,3}(?:[ \\u00A0]\\d{3})+(?!\\d)");
    private static final Pattern GROUP_SPACE = Pattern.compile("(?<=\\d)[ \\u00A0](?=\\d{3})");
    /** A number and its unit. */
    private static final Pattern UNIT = Pattern.compile("(?<=\\d) (?=(?:€|%|mois|ans?|jours?|semaines?|h|heures?|km|m²|m³|kg|t|lots?)(?![\\p{L}\\p{N}]))");
    /** Ordinals: "1er", "1re", "2e", "10es" before a word. */
    private static final Pattern ORDINAL = Pattern.compile("(?<![\\p{L}\\p{N}])(1)(er|re|ers|res)(?=[ \\u00A0]\\p{L})|(?<![\\p{L}\\p{N}])([2-9]|[1-9]\\d)(e|es)(?=[ \\u00A0]\\p{L})");
    /** One article of the code: "L2113-12", "L. 2113-12", "R 2122-8". */
    private static final String ARTICLE_REF = "([LRD])\\.?[ \\u00A0]?(\\d{4}-\\d+(?:-\\d+)?)";
    /**
     * A reference to the code's articles in any of the forms the texts use ("L2113-12", "(L2113-13)",
     * "article L2113-15", "art. L. 2113-15", "R2121-1 à R2121-9", "L2124-1, R2124-1"), with the words around it.
     */
    private static final String ANY_REF = "[LRD]\\.?[ \\u00A0]?\\d{4}-\\d+(?:-\\d+)?";
    private static final Pattern ARTICLE = Pattern.compile("(?<![\\p{L}\\p{N}._/-])(?:(?:art\\.|articles?)[ \\u00A0]*)?"
            + "(" + ANY_REF + "(?:(?:,[ \\u00A0]|[ \\u00A0](?:à|et)[ \\u00A0])" + ANY_REF + ")*)"
            + "(?![\\p{L}\\p{N}-])([ \\u00A0]+du[ \\u00A0]+code)?");
    /** The same in English: "article L2113-13", "articles R2121-1 to R2121-9", "(L2113-12)", "… of the public procurement code". */
    private static final Pattern ARTICLE_EN = Pattern.compile("(?<![\\p{L}\\p{N}._/-])(?:(?:art\\.|[Aa]rticles?)[ \\u00A0]*)?"
            + "(" + ANY_REF + "(?:(?:,[ \\u00A0]|[ \\u00A0](?:to|and)[ \\u00A0])" + ANY_REF + ")*)"
            + "(?![\\p{L}\\p{N}-])([ \\u00A0]+of[ \\u00A0]+the[ \\u00A0]+(?:French[ \\u00A0]+)?public[ \\u00A0]+procurement[ \\u00A0]+code)?",
            Pattern.CASE_INSENSITIVE);
    /** How the English brochure names the code, once after its references (decided: the French code, named so for a reader abroad). */
    static final String CODE_EN = " of the French Public Procurement Code";
    private static final Pattern ONE_ARTICLE = Pattern.compile(ARTICLE_REF);
    /** The months, for dates kept whole ("le 6 octobre 2027", "8 mars 2027", "mars 2027"). */
    private static final String MONTHS = "(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)";
    /** A day and its month, a month and its year: the spaces between them. */
    private static final Pattern DATE_SPACE = Pattern.compile("(?<=(?<![\\p{L}\\p{N}])(?:1er|[1-9]|[12]\\d|3[01]))[ ]+(?=" + MONTHS
            + "(?!\\p{L}))|(?<=(?<!\\p{L})" + MONTHS + ")[ ]+(?=\\d{4}(?!\\d))|(?<=(?<![\\p{L}\\p{N}])le)[ ]+(?=(?:1er|[1-9]|[12]\\d|3[01])[ \\u00A0]"
            + MONTHS + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A short parenthesis in a heading ("(part du SDIS)"): kept on one line, the line breaks before it. */
    private static final Pattern SHORT_PARENTHESIS = Pattern.compile("\\([^()]{1,30}\\)");
    /** Short words a heading's line must not end on (prepositions, articles, conjunctions). */
    private static final Pattern SHORT_WORD = Pattern.compile(
            "(?<![\\p{L}\\p{N}’'-])(de|du|des|la|le|les|à|au|aux|en|et|ou|un|une|sur|sous|par|pour|avec|dans|the|of|and|a|an|to|for|in|on)[ ]+(?=\\S)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Typography() {
    }

    /**
     * {@code html} with every apostrophe between two letters made typographic. Markup has none there
     * (attribute values are quoted with {@code "}), and web addresses written with one are percent-encoded.
     */
    public static String apostrophes(String html) {
        if (html.indexOf('\'') < 0 && !html.contains("&#39;")) {
            return html;
        }
        // A scan for the two spellings rather than ELISION on the whole HTML: the regex tried its look-behind at
        // every character of a brochure's megabytes (a twentieth of the brochure's own work, issue 20).
        StringBuilder b = null;
        int from = 0;
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            int len = c == '\'' ? 1 : c == '&' && html.startsWith("&#39;", i) ? 5 : 0;
            if (len > 0 && i > 0 && i + len < html.length() && Character.isLetter(html.codePointBefore(i))
                    && Character.isLetter(html.codePointAt(i + len))) {
                if (b == null) {
                    b = new StringBuilder(html.length());
                }
                b.append(html, from, i).append('\u2019');
                from = i + len;
                i += len - 1;
            }
        }
        return b == null ? html : b.append(html, from, html.length()).toString();
    }

    /**
     * The brochure's final HTML with its typography fixed: apostrophes in every language; French spacing,
     * ordinals and article numbers when {@code french}; digit groups and headings in every language.
     * <p>
     * Also the order of copied text: openhtmltopdf (PDF/UA mode) writes an element's own text that follows
     * one of its child elements before that child ("A <span>B</span> C" is extracted "A C B"), so such text
     * is wrapped in a {@code <span>} of its own: copy, search and the reading order then follow the page.
     */
    public static String fix(String html, boolean french) {
        String h = apostrophes(html);
        int body = h.indexOf("<body");
        if (body < 0) {
            return h;
        }
        StringBuilder out = new StringBuilder(h.length() + (h.length() >> 5));
        out.append(h, 0, body);
        java.util.ArrayDeque<boolean[]> open = new java.util.ArrayDeque<>(); // per element: {has a child element}
        open.push(new boolean[1]);
        int heading = 0; // depth inside h1–h3
        int lastSpace = -1; // in out: the last breakable space of the current heading's text
        int i = body;
        while (i < h.length()) {
            int lt = h.indexOf('<', i);
            int end = lt < 0 ? h.length() : lt;
            if (end > i) {
                String raw = h.substring(i, end);
                if (raw.isBlank()) {
                    out.append(raw);
                } else {
                    String text = text(raw, french, heading > 0);
                    boolean[] parent = open.peek();
                    boolean ordinals = french && heading == 0 && mayHaveOrdinal(text) && ORDINAL.matcher(text).find();
                    boolean wrap = parent[0] && !ordinals;
                    if (wrap) {
                        out.append("<span>");
                    }
                    int s = ordinals ? -1 : lastBreakableSpace(text);
                    if (s >= 0) {
                        lastSpace = out.length() + s;
                    } else if (ordinals || lastBreakableSpace(" " + text) < 0) {
                        lastSpace = -1; // a raised run, or a word on a line of its own: leave that block alone
                    }
                    out.append(ordinals ? raised(text) : text);
                    if (wrap) {
                        out.append("</span>");
                    }
                    if (ordinals) {
                        parent[0] = true;
                    }
                }
            }
            if (lt < 0) {
                break;
            }
            if (h.startsWith("<!--", lt)) {
                int close = h.indexOf("-->", lt);
                int stop = close < 0 ? h.length() : close + 3;
                out.append(h, lt, stop);
                i = stop;
                continue;
            }
            int gt = h.indexOf('>', lt);
            if (gt < 0) {
                out.append(h, lt, h.length());
                break;
            }
            char first = h.charAt(lt + 1);
            if (first == '/') {
                if (isHeadingTag(h, lt + 2) && heading > 0 && --heading == 0 && lastSpace >= 0
                        && out.indexOf("\u00A0", lastSpace) < 0) {
                    out.setCharAt(lastSpace, NBSP); // the last two words stay together (unless they already do)
                } else if (heading == 0 && lastSpace >= 0 && isTextBlock(h, lt + 2) && shortEnd(out, lastSpace)) {
                    out.setCharAt(lastSpace, NBSP); // no last line of one word in a paragraph or a cell
                }
                if (heading == 0 && (isTextBlock(h, lt + 2) || h.startsWith("div", lt + 2))) {
                    lastSpace = -1;
                }
                if (open.size() > 1) {
                    open.pop();
                }
            } else if (first != '!' && first != '?') {
                open.peek()[0] = true;
                if (heading == 0 && (isTextBlock(h, lt + 1) || h.startsWith("div", lt + 1) || h.startsWith("br", lt + 1))) {
                    lastSpace = -1; // the words of a new block (or line) are not joined to the last block's
                }
                if (h.charAt(gt - 1) != '/') {
                    open.push(new boolean[1]);
                    if (isHeadingTag(h, lt + 1)) {
                        heading++;
                        lastSpace = -1;
                    }
                }
            }
            out.append(h, lt, gt + 1);
            i = gt + 1;
        }
        return out.toString();
    }

    /**
     * A text with its ordinals' suffixes raised: each run of text between plain spaces that holds one is an
     * inline block (a line never breaks between "1" and "er", nor at the no-break spaces around it), the
     * rest in spans, so that no text of the element follows a child element (see {@link #fix}).
     */
    static String raised(String text) {
        StringBuilder b = new StringBuilder(text.length() + 64);
        Matcher m = ORDINAL.matcher(text);
        int plainFrom = 0; // start of the text not written yet
        int runEnd = -1;
        int from = 0; // inside the current run: start of the text not written yet
        while (m.find()) {
            int suffix = m.start(2) >= 0 ? m.start(2) : m.start(4);
            int suffixEnd = m.start(2) >= 0 ? m.end(2) : m.end(4);
            if (suffix >= runEnd) { // a new run: close the last one, write the plain text before this one
                if (runEnd >= 0) {
                    closeRun(b, text, from, runEnd);
                    plainFrom = runEnd;
                }
                int runStart = text.lastIndexOf(' ', m.start()) + 1;
                runEnd = text.indexOf(' ', suffixEnd);
                runEnd = runEnd < 0 ? text.length() : runEnd;
                if (runStart > plainFrom) {
                    b.append("<span>").append(text, plainFrom, runStart).append("</span>");
                }
                b.append("<span class=\"ord\">");
                from = runStart;
            }
            if (suffix > from) {
                b.append("<span>").append(text, from, suffix).append("</span>");
            }
            b.append("<sup>").append(text, suffix, suffixEnd).append("</sup>");
            from = suffixEnd;
        }
        if (runEnd < 0) {
            return text;
        }
        closeRun(b, text, from, runEnd);
        if (runEnd < text.length()) {
            b.append("<span>").append(text, runEnd, text.length()).append("</span>");
        }
        return b.toString();
    }

    private static void closeRun(StringBuilder b, String text, int from, int runEnd) {
        if (runEnd > from) {
            b.append("<span>").append(text, from, runEnd).append("</span>");
        }
        b.append("</span>");
    }

    private static boolean isHeadingTag(String h, int at) {
        return at + 2 < h.length() && h.charAt(at) == 'h' && h.charAt(at + 1) >= '1' && h.charAt(at + 1) <= '3'
                && (h.charAt(at + 2) == '>' || h.charAt(at + 2) == ' ');
    }

    /** A paragraph, a table cell or a list item: {@code <p>}, {@code <td>}, {@code <th>}, {@code <li>}. */
    private static boolean isTextBlock(String h, int at) {
        return h.startsWith("p", at) && isNameEnd(h, at + 1) || (h.startsWith("td", at) || h.startsWith("th", at)
                || h.startsWith("li", at)) && isNameEnd(h, at + 2);
    }

    private static boolean isNameEnd(String h, int at) {
        return at < h.length() && (h.charAt(at) == '>' || h.charAt(at) == ' ' || h.charAt(at) == '/');
    }

    /** Longest two last words a block's line may keep together: short enough to fit any column. */
    static final int JOINED_CHARS = 26;

    /**
     * Whether the last two words of the block written in {@code out}, around the space at {@code space}, are short
     * enough together to go to the last line as a pair rather than leave the last one alone there (the last
     * designer's orphans: « réponse », « communes », « Simone-Veil », « de dématérialisation »).
     */
    private static boolean shortEnd(StringBuilder out, int space) {
        String last = withoutTags(out, space + 1);
        int k = space - 1;
        while (k >= 0 && out.charAt(k) != ' ' && out.charAt(k) != '>' && out.charAt(k) != NBSP) {
            k--;
        }
        int before = space - 1 - k;
        return !last.isBlank() && last.indexOf(' ') < 0 && last.indexOf(NBSP) < 0 && before > 0
                && before + 1 + last.strip().length() <= JOINED_CHARS;
    }

    /** The text of {@code out} from {@code from}, its tags left out. */
    private static String withoutTags(StringBuilder out, int from) {
        StringBuilder b = new StringBuilder(out.length() - from);
        boolean tag = false;
        for (int k = from; k < out.length(); k++) {
            char c = out.charAt(k);
            if (c == '<') {
                tag = true;
            } else if (c == '>') {
                tag = false;
            } else if (!tag) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The position of the last plain space followed by a word in {@code text}, or -1. */
    private static int lastBreakableSpace(String text) {
        for (int k = text.length() - 2; k >= 0; k--) {
            if (text.charAt(k) == ' ' && !Character.isWhitespace(text.charAt(k + 1))) {
                return k;
            }
        }
        return -1;
    }

    /** One text node (entities still escaped) with the rules applied. */
    static String text(String t, boolean french, boolean heading) {
        if (t.isBlank()) {
            return t;
        }
        String s = t;
        if (french) {
            if (s.indexOf(':') >= 0) {
                s = BEFORE_COLON.matcher(s).replaceAll("\u00A0:");
            }
            if (s.indexOf(';') >= 0 || s.indexOf('!') >= 0 || s.indexOf('?') >= 0) {
                Matcher m = BEFORE_HIGH.matcher(s);
                s = m.replaceAll(r -> "\u202F" + (r.group(1) != null ? r.group(1) : r.group(2)));
            }
            if (s.indexOf('«') >= 0 || s.indexOf('»') >= 0) {
                s = OPEN_QUOTE.matcher(s).replaceAll("«\u00A0");
                s = CLOSE_QUOTE.matcher(s).replaceAll("\u00A0»");
            }
            if (mayCiteArticle(s)) {
                s = ARTICLE.matcher(s).replaceAll(Typography::article);
            }
            if (hasDigit(s) && hasMonth(s)) {
                s = DATE_SPACE.matcher(s).replaceAll("\u00A0");
            }
        }
        if (!french && mayCiteArticle(s)) {
            s = ARTICLE_EN.matcher(s).replaceAll(Typography::articleEn);
        }
        if (hasDigit(s)) {
            s = DIGIT_GROUPS.matcher(s).replaceAll(r -> GROUP_SPACE.matcher(r.group()).replaceAll("\u202F"));
            s = UNIT.matcher(s).replaceAll("\u00A0");
        }
        if (heading) {
            s = SHORT_WORD.matcher(s).replaceAll("$1\u00A0");
            if (s.indexOf('(') >= 0) {
                s = SHORT_PARENTHESIS.matcher(s).replaceAll(r -> Matcher.quoteReplacement(r.group().replace(' ', NBSP)));
            }
        }
        return s;
    }

    /**
     * One form for every reference to the code in the brochure, the full one (the brochure's readers are suppliers,
     * not lawyers, and a card is read alone): « article L. 2113-12 du code de la commande publique », « articles
     * R. 2121-1 à R. 2121-9 du code de la commande publique »; the letter with its full stop, no-break spaces after
     * « article » and the letter; the code named once after the references, not twice when the text names it.
     */
    private static String article(java.util.regex.MatchResult m) {
        References r = references(m.group(1));
        String code = m.group(2) != null ? m.group(2) : " du code de la commande publique";
        return Matcher.quoteReplacement((r.count() > 1 ? "articles" : "article") + NBSP + r.text() + code);
    }

    /** The references of a match, each letter with its full stop and a no-break space (« L. 2113-12 »), and how many. */
    private record References(String text, int count) {
    }

    private static References references(String refs) {
        Matcher one = ONE_ARTICLE.matcher(refs);
        int count = 0;
        StringBuilder b = new StringBuilder();
        int from = 0;
        while (one.find()) {
            b.append(refs, from, one.start()).append(one.group(1)).append(".\u00A0").append(one.group(2));
            from = one.end();
            count++;
        }
        return new References(b.append(refs.substring(from)).toString(), count);
    }

    /**
     * The English brochure's one form, as the French one: « article L. 2113-12 of the French Public Procurement Code »,
     * « articles R. 2121-1 to R. 2121-9 of the French Public Procurement Code »; no-break spaces after « article » and
     * the letter; the code named once, in this form, whether the text named it or not.
     */
    private static String articleEn(java.util.regex.MatchResult m) {
        References r = references(m.group(1));
        // Plural for several references, or as the text wrote it ("articles R2122-1 and following").
        String word = r.count() > 1 || m.group().regionMatches(true, 0, "articles", 0, 8) ? "rticles" : "rticle";
        // A sentence that opens on it keeps its capital.
        return Matcher.quoteReplacement((m.group().startsWith("A") ? "A" : "a") + word + NBSP + r.text() + CODE_EN);
    }

    /** A cheap test before {@link #ARTICLE}: an L, R or D followed, at most two characters on, by a digit. */
    private static boolean mayCiteArticle(String s) {
        for (int k = 0; k < s.length() - 1; k++) {
            char c = s.charAt(k);
            if ((c == 'L' || c == 'R' || c == 'D') && (isDigit(s, k + 1) || isDigit(s, k + 2) || isDigit(s, k + 3))) {
                return true;
            }
        }
        return false;
    }

    /** A cheap test before {@link #ORDINAL}: a digit followed by « e » or « r » (its look-behind ran at every character). */
    private static boolean mayHaveOrdinal(String s) {
        for (int k = 0; k < s.length() - 1; k++) {
            char next = s.charAt(k + 1);
            if ((next == 'e' || next == 'r') && isDigit(s, k)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] MONTH_NAMES = MONTHS.substring(3, MONTHS.length() - 1).split("\\|");

    /** A cheap test before {@link #DATE_SPACE}, which needs a month's name in each of its forms. */
    private static boolean hasMonth(String s) {
        for (int k = 0; k < s.length(); k++) {
            char first = Character.toLowerCase(Character.toUpperCase(s.charAt(k))); // as the regex's Unicode case
            if ("jfmasond".indexOf(first) < 0) {
                continue;
            }
            for (String month : MONTH_NAMES) {
                if (s.regionMatches(true, k, month, 0, month.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isDigit(String s, int k) {
        return k < s.length() && s.charAt(k) >= '0' && s.charAt(k) <= '9';
    }

    private static boolean hasDigit(String s) {
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }
}
