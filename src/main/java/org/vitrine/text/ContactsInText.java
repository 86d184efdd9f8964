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

    /**
     * Every written form of the at sign and of the dot, read as one '@' or '.' (spaces around it included) in the
     * canonical copy the one address pattern reads (ninth attack: each new disguise was one more alternative, and 21
     * forms were published). Their kind tells how sure the at sign is: a symbol (« @ », « [@] », « @@ »), a word in
     * brackets or dashes (« (at) », « {at} », « -at- », « (chez) », « arobase »), the letter « (a) », or a bare word (« at », « chez »), taken
     * only between a local part and a domain with a common ending (« Site hébergé chez ovh.fr » is a web site).
     * Letters spaced one by one (« m x 5 0 @ v i l l e . f r ») are joined first. One table of what sets a sign apart
     * (OPEN, CLOSE: brackets, quotes, dashes, slashes, stars) serves the at sign, its words and the dot alike
     * (attacker W: « -@- », « /at/ », « *at* », « 'at' », « (chez) », « -point- » were published, one per missing pair).
     */
    /** A character spaced out of an address: not « à », the word before it (« écrire à m x 5 0 @ … »). */
    private static final String ONE = "[[\\p{L}\\p{N}@.]&&[^\u00E0\u00C0]]";
    private static final String OPEN = "[\\[(<{«\"'*/|~_#-]";
    private static final String CLOSE = "[\\])>}»\"'*/|~_#-]";
    private static final Pattern DISGUISE = Pattern.compile("(?i)"
            + "(?<spaced>(?<!\\S)" + ONE + "(?: " + ONE + "){3,}(?!\\S))"
            // « \@ », « \. »: escaped as in a program's string (attacker X)
            + "|(?<symbol>\\s*" + OPEN + "\\s*@\\s*" + CLOSE + "\\s*|\\s*\\\\*@+\\s*)"
            + "|(?<bracketed>\\s*" + OPEN + "\\s*(?:at|arobase|arrobe|arobe|chez)\\s*" + CLOSE + "\\s*|\\s+ar+oba?s?e\\s+)"
            // « (a) » only in brackets, and only before a domain with its ending: « l'article 3 (a) relatif » is law
            + "|(?<letter>\\s*[\\[(<{]\\s*a\\s*[\\])>}]\\s*)"
            + "|(?<word>\\s+(?:at|chez)\\s+)"
            // « tiret », « tiret bas » for the hyphen and the underscore (« mairie tiret exemple point fr », safetyH)
            + "|(?<underscore>\\s+(?:tiret[ -]bas|underscore)\\s+)|(?<hyphen>\\s+tiret\\s+)"
            + "|(?<dot>\\\\+\\.|\\s*" + OPEN + "\\s*(?:\\.|dot|point)\\s*" + CLOSE + "\\s*|\\s+(?:dot|point)\\s+|\\s*[\u00B7\u2022\u2219]\\s*"
            // a dot set off by a space before a domain ending (« ville . fr », « ville .fr »), not a sentence's full stop
            + "|\\s+\\.\\s*(?=(?-i:[a-z]{2,63})\\b)|\\.\\s+(?=(?-i:[a-z]{2,63})\\b))");
    private static final byte COPIED = 0;
    private static final byte SYMBOL = 1;
    private static final byte SYMBOL_SPACED = 2;
    private static final byte BRACKETED = 3;
    private static final byte WORD = 4;
    private static final byte LETTER = 5;

    /** The one address pattern, read on the canonical copy: "mailto:", a local part, an at sign, a domain. */
    /**
     * The local part may be quoted, spaces included, and the domain an address in brackets, as RFC 5322 allows
     * (« "m.durand"@… », « "jean dupont"@… », attacker X, « …@[192.168.1.10] »).
     */
    private static final Pattern EMAIL = Pattern.compile("(?i)(?<![\\p{L}\\p{N}._%+'-])(?:mailto:\\s*)?"
            + "(?<local>[\"“”][^\"“”@\\r\\n]{1,64}[\"“”]|[\\p{L}\\p{N}][\\p{L}\\p{N}._%+'-]*)"
            + "@(?<domain>\\[(?:\\d{1,3}\\.){3}\\d{1,3}\\]|[\\p{L}\\p{N}][\\p{L}\\p{N}-]*(?:\\.[\\p{L}\\p{N}-]+)*)(?![\\p{L}\\p{N}@-])");
    /** A domain's ending: letters (« .fr », « .gouv.fr »), not a number (« v1.2 »). */
    private static final Pattern TOP_LEVEL = Pattern.compile("(?s).*\\.[A-Za-z]{2,63}");
    /** The endings a bare « at » or « chez » must lead to, so that a sentence with « at » is not taken. */
    private static final Pattern ENDING = Pattern.compile("(?is).*\\.(?:fr|com|org|net|eu|be|ch|lu|ca|gouv|info|io)");
    /**
     * A local part before a bare « at » or « chez »: one with a character of addresses (digit, dot, hyphen…) or a word in
     * small unaccented letters that is not one of the words that lead to a web site (« hébergé chez ovh.fr »,
     * « look at ville-beaumont.fr », tenth attack: both were removed as addresses).
     */
    /** The dot written as a word. */
    private static final Pattern DOT_WORD = Pattern.compile("(?i)\\s(?:dot|point)\\s");
    private static final Pattern ADDRESS_LOCAL = Pattern.compile(".*[\\d._%+'-].*|[a-z]+");
    /**
     * After a spaced or bracketed at sign, a domain without its ending (« mdurand83 [at] ville-beaumont », « mdurand87 @
     * ville-beaumont ») is taken when both sides look like an address's: a local part of letters with a digit, dot or
     * underscore, a domain in small letters; « Réunion le 12 @ Mairie », « 2 @ 3 » stay.
     */
    private static final Pattern BARE_LOCAL = Pattern.compile("(?=(?:.*\\p{L}){2})(?=.*[\\d._]).+");
    private static final Pattern BARE_DOMAIN = Pattern.compile("[a-z][a-z0-9-]{2,}");
    private static final Set<String> SITE_WORDS = Set.of("look", "see", "visit", "us", "me", "here", "online", "hosted", "available",
            "site", "web", "ligne", "heberge", "hebergee", "heberges", "hebergees", "disponible", "disponibles", "consultable",
            "consultables", "accessible", "accessibles", "voir", "consulter", "lien", "page", "portail", "plateforme", "documents");

    /** The folded text with each disguise of an at sign or dot as one character, and where each character came from. */
    private record Canonical(String text, int[] start, int[] end, byte[] kind) {

        static Canonical of(String t) {
            StringBuilder b = new StringBuilder(t.length());
            int n = t.length();
            int[] start = new int[n + 1];
            int[] end = new int[n + 1];
            byte[] kind = new byte[n + 1];
            Matcher m = DISGUISE.matcher(t);
            int at = 0;
            while (m.find()) {
                for (; at < m.start(); at++) {
                    put(b, start, end, kind, t.charAt(at), at, at + 1, t.charAt(at) == '@' ? SYMBOL : COPIED);
                }
                if (m.group("spaced") != null) {
                    for (int i = m.start(); i < m.end(); i++) {
                        if (t.charAt(i) != ' ') {
                            put(b, start, end, kind, t.charAt(i), i, i + 1, t.charAt(i) == '@' ? SYMBOL : COPIED);
                        }
                    }
                } else {
                    String g = m.group();
                    char sign = m.group("dot") != null ? '.' : m.group("hyphen") != null ? '-' : m.group("underscore") != null ? '_' : '@';
                    byte k = sign != '@' ? COPIED : m.group("word") != null ? WORD : m.group("bracketed") != null ? BRACKETED
                            : m.group("letter") != null ? LETTER : g.strip().length() == g.length() ? SYMBOL : SYMBOL_SPACED;
                    put(b, start, end, kind, sign, m.start(), m.end(), k);
                }
                at = m.end();
            }
            for (; at < n; at++) {
                put(b, start, end, kind, t.charAt(at), at, at + 1, t.charAt(at) == '@' ? SYMBOL : COPIED);
            }
            return new Canonical(b.toString(), start, end, kind);
        }

        private static void put(StringBuilder b, int[] start, int[] end, byte[] kind, char c, int from, int to, byte k) {
            start[b.length()] = from;
            end[b.length()] = to;
            kind[b.length()] = k;
            b.append(c);
        }
    }

    /**
     * A link to a person's own profile (« linkedin.com/in/sophie-martin-80 », « …/pub/… », Viadeo's « /p/ » and
     * « /fr/profile/ »): a personal contact like an address. A company's, school's or showcase page stays
     * (« linkedin.com/company/ville-beaumont »), and so do x.com or twitter.com handles, as often a body's account as a
     * person's (decided with attacker W's case E80).
     */
    private static final Pattern PROFILE = Pattern.compile("(?i)(?<![\\p{L}\\p{N}.-])(?:https?://)?(?:[a-z0-9-]+\\.)*"
            // attacker Y: LinkedIn's other forms (« /mwlite/in/ », « /profile/view?id= », « lnkd.in »), and the sites where a
            // page is a person's (facebook, instagram, github, malt, calendly, doyoubuzz) and WhatsApp's « wa.me/<mobile> »:
            // decided as personal whoever holds them, a body's own page belongs in buyers.yaml, not in a need's text
            + "(?:linkedin\\.com/profile/view\\?id=[\\p{L}\\p{N}%_~-]+|(?:linkedin\\.com/(?:in|pub|mwlite/in)|viadeo\\.com/(?:p|[a-z]{2}/profile)"
            + "|facebook\\.com|fb\\.com|instagram\\.com|github\\.com|malt\\.(?:fr|com)/profile|calendly\\.com|lnkd\\.in|doyoubuzz\\.com|wa\\.me)"
            + "/[\\p{L}\\p{N}%_~+-]+(?:\\.[\\p{L}\\p{N}%_~-]+)*"
            + "(?:/[\\p{L}\\p{N}%_~-]+(?:\\.[\\p{L}\\p{N}%_~-]+)*)*/?)"
            // « LinkedIn : jean-dupont-80 »: a handle after the site's name (attacker Y)
            + "|(?<![\\p{L}])linkedin\\s*:\\s*[a-z0-9][a-z0-9_-]*[0-9_-][a-z0-9_-]*(?![\\p{L}\\p{N}])");
    /** Whether {@code link} holds a link to a person's own profile (any subdomain: « m.linkedin.com », « fr. »). */
    public static boolean holdsPersonalProfile(String link) {
        return link != null && PROFILE.matcher(link).find();
    }

    /** An address found: where it is in the folded text, and its canonical form (for {@link #key}). */
    private record Found(int start, int end, String canonical) {
    }

    /**
     * « à » written for the at sign (attacker's re-run, M13/M24: « jean.dupont à mairie-exemple.fr »). « à » is every
     * French sentence's preposition, so it is read apart from the other disguises (folding it into the canonical copy
     * made « écrire à marie.dupont@… » read « écrire@marie », which then hid the real address): between a local part of
     * one word holding a dot, a digit, an underscore or « + » (« j.martin », « mdurand83 ») and a domain with its letter
     * ending. A plain word before « à » is French (« Rendez-vous à mairie.fr », « accès à internet. »), and a web site
     * is no address: a domain « www. … », a local part that is itself a site (« ancien.fr à nouveau.fr »), a file name.
     */
    private static final Pattern A_FOR_AT = Pattern.compile("(?<![\\p{L}\\p{N}._%+'@-])"
            + "(?<local>[\\p{L}\\p{N}_]+(?:[.+_-][\\p{L}\\p{N}_]+)*)(?:\\s+[\u00E0\u00C0]\\s+|\\s*,?\\s+(?i:domaine)\\s*:?\\s+|(?<other>\\s*/\\s*|\\s+(?i:[a\u00E1]|sur)\\s+))"
            + "(?<domain>[\\p{L}\\p{N}][\\p{L}\\p{N}-]*(?:\\.[\\p{L}\\p{N}-]+)*\\.[A-Za-z]{2,63})(?![\\p{L}\\p{N}@_-]|\\.[\\p{L}\\p{N}])");
    /** « domaine » written for the at sign (« j.martin, domaine ville-exemple.fr », safetyH), read as « à » is. */
    private static final Pattern DOMAINE = Pattern.compile("(?i)domaine|[/\u00E1]|\\s(?:a|sur)\\s");
    /**
     * Before « / », « a », « á » or « sur » written for the at sign (attacker Y3, F2: « m.durand23 / ville-beaumont.fr »,
     * « mdurand95 sur ville-beaumont.fr »), a local part needs two letters and a digit, dot, « _ » or « + »: « lot A1
     * sur marches.fr » is French; a local part after « / » is a link's path.
     */
    private static final Pattern OTHER_LOCAL = Pattern.compile("(?=(?:.*\\p{L}){2}).*[.\\d_+].*");
    /** What makes a word before « à » an address's local part rather than a French word: a dot, a digit, « _ », « + ». */
    private static final Pattern A_LOCAL = Pattern.compile("(?=.*\\p{L}).*[.\\d_+].*");
    /** A local part that is itself a web site (« ancien.ville.fr ») or a file's name (« rapport.v2 », « annexe.pdf »). */
    private static final Pattern A_SITE_OR_FILE = Pattern.compile("(?i)www\\..*|.*\\.(?:fr|com|org|net|eu|be|ch|lu|ca|gouv|info|io"
            + "|pdf|docx?|xlsx?|ods|odt|csv|zip|html?|txt|jpe?g|png|v\\d+)");
    /** A domain that is a web site's (« www.ville.fr ») or a file's name (« annexe.pdf »). */
    private static final Pattern A_NOT_DOMAIN = Pattern.compile("(?i)www\\..*|.*\\.(?:pdf|docx?|xlsx?|ods|odt|csv|zip|html?|txt|jpe?g|png)");

    private static List<Found> emailsWithA(String t) {
        List<Found> out = new ArrayList<>();
        if (t.indexOf('\u00E0') < 0 && t.indexOf('\u00C0') < 0 && !DOMAINE.matcher(t).find()) {
            return out;
        }
        Matcher m = A_FOR_AT.matcher(t);
        int from = 0;
        while (from < t.length() && m.find(from)) {
            String local = m.group("local");
            String domain = m.group("domain");
            boolean other = m.group("other") != null;
            boolean localOk = other ? OTHER_LOCAL.matcher(local).matches() && (m.start() == 0 || t.charAt(m.start() - 1) != '/')
                    : A_LOCAL.matcher(local).matches();
            if (localOk && !A_SITE_OR_FILE.matcher(local).matches() && !A_NOT_DOMAIN.matcher(domain).matches()) {
                out.add(new Found(m.start(), m.end(), local + "@" + domain));
                from = m.end();
            } else {
                from = m.start("domain"); // the domain's first word may be the next address's local part
            }
        }
        return out;
    }

    /** The addresses of the folded text {@code t}, in order, each once: those with an at sign, then those with « à ». */
    private static List<Found> emails(String t) {
        List<Found> out = emailsWithAt(t);
        List<Found> withA = emailsWithA(t);
        if (withA.isEmpty()) {
            return out;
        }
        for (Found a : withA) {
            if (out.stream().noneMatch(e -> e.start() < a.end() && a.start() < e.end())) {
                out.add(a);
            }
        }
        out.sort(java.util.Comparator.comparingInt(Found::start));
        return out;
    }

    /** The addresses of the folded text {@code t}, in order: each match of EMAIL that its at sign's kind allows. */
    private static List<Found> emailsWithAt(String t) {
        List<Found> out = new ArrayList<>();
        if (!AT.matcher(t).find()) {
            return out;
        }
        Canonical c = Canonical.of(t);
        Matcher m = EMAIL.matcher(c.text());
        while (m.find()) {
            byte kind = c.kind()[m.start("domain") - 1];
            String domain = m.group("domain");
            boolean ending = TOP_LEVEL.matcher(domain).matches();
            boolean taken = switch (kind) {
                // a plain at sign before a name without ending (« mdupont@ville »); not « Suivez @Ville »
                case SYMBOL -> true;
                case SYMBOL_SPACED, BRACKETED -> ending
                        || BARE_LOCAL.matcher(m.group("local")).matches() && BARE_DOMAIN.matcher(domain).matches();
                case LETTER -> ending;
                // any ending when the dot too was a word (« jdupont at ville dot bzh », attacker Y)
                case WORD -> (ENDING.matcher(domain).matches() || ending && DOT_WORD.matcher(t.substring(c.start()[m.start()],
                        c.end()[m.end() - 1])).find()) && ADDRESS_LOCAL.matcher(m.group("local")).matches()
                        && !SITE_WORDS.contains(m.group("local"));
                default -> false;
            };
            if (taken) {
                out.add(new Found(c.start()[m.start()], c.end()[m.end() - 1], m.group()));
            }
        }
        return out;
    }

    /** Written as entities or percent-encoded, for one of them: « &amp;commat; », « &amp;#64; », « %40 ». */
    /**
     * Also escaped as a program or a mail writes it (attacker Y3, F2): « \\u0040 », « \\x40 », quoted-printable
     * « =40 » before a domain with its ending (« taux=40 % » stays).
     */
    private static final Pattern ENCODED_AT = Pattern.compile("(?i)&commat;|&#0*64;|&#x0*40;|%(?:25)*40|\\\\+u0*40|\\\\+x40"
            + "|=40(?=[\\p{L}\\p{N}][\\p{L}\\p{N}.-]*\\.[A-Za-z]{2,})");
    /** A dot percent-encoded, once or more (« ville%2Efr », « %252E »). */
    private static final Pattern ENCODED_DOT = Pattern.compile("(?i)%(?:25)*2e|\\\\+u0*2e|\\\\+x2e");

    private ContactsInText() {
    }

    /** The addresses and numbers in {@code text} that are not in {@code allowed} (see {@link #key}), as written. */
    public static List<String> found(String text, Set<String> allowed) {
        List<String> out = new ArrayList<>();
        String t = folded(text);
        if (!mayHold(t)) {
            return out;
        }
        for (Found e : emails(t)) {
            if (!allowed.contains(key(e.canonical()))) {
                out.add(t.substring(e.start(), e.end()).strip());
            }
        }
        for (PhonesInText.Found f : PhonesInText.in(t)) {
            if (!allowed.contains(f.key())) {
                out.add(f.written());
            }
        }
        Matcher p = PROFILE.matcher(t);
        while (p.find()) {
            out.add(p.group());
        }
        return out;
    }

    /** The text with every address or number not in {@code allowed} replaced by {@link #REMOVED}. */
    public static String removed(String text, Set<String> allowed) {
        String folded = folded(text);
        if (!mayHold(folded)) {
            return text;
        }
        StringBuilder b = new StringBuilder(folded.length());
        int at = 0;
        for (Found e : emails(folded)) {
            if (!allowed.contains(key(e.canonical()))) {
                b.append(folded, at, e.start()).append(REMOVED);
                at = e.end();
            }
        }
        String t = b.append(folded, at, folded.length()).toString();
        t = withoutPhones(t, allowed);
        t = PROFILE.matcher(t).replaceAll(Matcher.quoteReplacement(REMOVED));
        if (t.equals(folded)) {
            return text; // nothing removed: the text as written, not its folded form
        }
        // an address alone in brackets: « (marie@…) » reads « (coordonnée retirée) », not twice bracketed
        return unnested(t.replace("(" + REMOVED + ")", REMOVED).replace("[" + REMOVED + "]", REMOVED));
    }

    /**
     * The marks of a contact or a name removed, each in its own brackets. Not PublicLinks' « (secret retiré) »: a
     * password's label before « secret retiré » would read it as the password in a text cleaned twice.
     */
    private static final List<String> MARKS = List.of(REMOVED, PersonNames.REMOVED);

    /**
     * The text with each mark of a removal that stands inside other brackets written without its own: « (M. Durand,
     * maire adjoint) » reads « (nom retiré, maire adjoint) », not « ((nom retiré), maire adjoint) »; a mark alone in
     * brackets reads once bracketed (« ((coordonnée retirée)) » was « (06 12 34 56 78) »).
     */
    static String unnested(String t) {
        if (t.indexOf("((") < 0 && t.indexOf("[(") < 0 && t.indexOf(" (") < 0) {
            return t; // a mark inside brackets follows one, or a space
        }
        StringBuilder b = new StringBuilder(t.length());
        int depth = 0;
        int i = 0;
        outer:
        while (i < t.length()) {
            char c = t.charAt(i);
            if (c == '(') {
                for (String mark : MARKS) {
                    if (t.startsWith(mark, i)) {
                        b.append(depth > 0 ? mark.substring(1, mark.length() - 1) : mark);
                        i += mark.length();
                        continue outer;
                    }
                }
            }
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            }
            b.append(c);
            i++;
        }
        return b.toString();
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
    private static final Pattern AT = Pattern.compile("(?i)[@\uFF20\uFE6B]|ar+oba?s?e|" + OPEN + "\\s?(?:a|at|chez)\\s?" + CLOSE
            + "|\\sat\\s|\\schez\\s");
    /**
     * What every address or number holds, from the patterns' own alternatives: a digit, an at sign, a profile's site, or
     * the dotted domain every « à », « domaine », « / », « a », « sur » form of A_FOR_AT ends with (not those words
     * themselves, which every French title holds); and what a number in words may hold, asked of PhonesInWords.mayHold
     * itself (a label, « + », « plus », « zéro »: a copy here drifted, review revH R3). Most titles hold none, and skip
     * the scans.
     */
    private static final Pattern HINT = Pattern.compile("(?i)[0-9]|linkedin|lnkd|viadeo|facebook|fb\\.com|instagram|github|malt\\.|calendly|doyoubuzz|wa\\.me"
            + "|[\\p{L}\\p{N}-]\\.[A-Za-z]{2}|" + AT.pattern());

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

    /** A circled « ⓐ » alone, read as the at sign; among other circled letters it is one (« ⓜⓓⓤⓡⓐⓝⓓ74@… »). */
    private static final Pattern CIRCLED_AT = Pattern.compile("(?<![\u24B6-\u24E9])[\u24D0\u24B6](?![\u24B6-\u24E9])");

    /**
     * The one form the patterns read, so that disguises need no patterns of their own: markup removed as the public
     * copy will be (a tag splitting a number, entities; {@code <at>} kept as « [at] » by Markup), compatibility forms folded (full-width
     * « ＠ », « ． », digits), the combining marks NFKC leaves dropped (« m̲a̲r̲i̲e̲@… » underlined), the at sign's
     * encodings decoded, zero-width characters removed and the hyphens of other
     * code points made ASCII (U+2010, U+2011 in a domain). The e-mail scan folds this further (Canonical).
     */
    static String folded(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        // « ⓐ » read as the at sign before NFKC would make it « a »
        String t = CIRCLED_AT.matcher(text).replaceAll("(a)");
        t = t.indexOf('<') >= 0 || t.indexOf('&') >= 0 ? CellText.withoutMarkup(t, CellText.IGNORED) : t;
        t = ENCODED_AT.matcher(t).replaceAll("@");
        t = ENCODED_DOT.matcher(t).replaceAll(".");
        t = CellText.withoutMarks(CellText.asciiDigits(java.text.Normalizer.normalize(t, java.text.Normalizer.Form.NFKC)));
        t = withoutDropped(t);
        // a modifier letter between digits (« 06ˑ47ˑ83 », U+02D1, attacker Y) parts groups as a dot would
        t = MODIFIER_BETWEEN_DIGITS.matcher(t).replaceAll(".");
        return t.replace('\u2010', '-').replace('\u2011', '-');
    }

    private static final Pattern MODIFIER_BETWEEN_DIGITS = Pattern.compile("(?<=\\d)[\u02B9-\u02FF](?=\\d)");

    private static boolean mayHold(String text) {
        return text != null && !text.isEmpty() && (HINT.matcher(text).find() || PhonesInWords.mayHold(text));
    }
}
