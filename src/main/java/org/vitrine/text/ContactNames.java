package org.vitrine.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The person a row's own Contact column names (« Gaspard Vuillemot &lt;gaspard.vuillemot@…&gt; »), found again in its
 * public text without a civility (issue 16, outside attacker B, failure 1: « VUILLEMOT-27-01 », « Réf. Vuillemot Gaspard »,
 * « gaspard.vuillemot » named the need's id, pages and ICS UID). The row itself says who the person is: the words of three
 * letters or more of the contact's name and of its e-mail's local part, accent- and case-blind, are a name wherever
 * they stand as a whole word; a word that names a service or a function (« achats », « service », « marchés ») is none.
 */
public final class ContactNames {

    /** A word of a text: letters only (« N'Diaye » is « N » and « Diaye », « Vuillemot-Durand » two words). */
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** Between two words of one name: blanks, dots, hyphens, underscores (« gaspard.vuillemot », « Vuillemot Gaspard »). */
    private static final Pattern JOIN = Pattern.compile("[\\s._-]+");

    /** Words of three letters or more between or before names that are none (« Marie des Bois », « van der Berg »). */
    private static final Set<String> PARTICLES = Set.of("des", "les", "van", "von", "der", "den", "del", "della", "dos", "das", "aux", "et");

    private ContactNames() {
    }

    /**
     * The folded words that name the contact's person, from its name and its e-mail's local part. None from a name that
     * names a service (« Service voirie », « Cellule achats »: a word of it is no person's); none from a one-word local
     * part without a name (« voirie@ », « restauration@ »: a service's mailbox), while « gaspard.vuillemot@ » and
     * « g_vuillemot@ » name one.
     */
    public static Set<String> words(String name, String email) {
        Set<String> out = new LinkedHashSet<>();
        boolean named = name != null && !name.isBlank();
        if (named && !add(out, name)) {
            return Set.of();
        }
        String e = email == null ? "" : email.strip();
        int at = e.indexOf('@');
        if (at > 0 && (named || e.substring(0, at).matches(".*\\p{L}[._-]+\\p{L}.*"))) {
            Set<String> local = new LinkedHashSet<>();
            if (add(local, e.substring(0, at))) {
                out.addAll(local);
            }
        }
        return out.isEmpty() ? Set.of() : Set.copyOf(out);
    }

    /** Adds the words of three letters or more; false (nothing to take) when one of them names a service. */
    private static boolean add(Set<String> out, String text) {
        Matcher m = WORD.matcher(text);
        Set<String> words = new LinkedHashSet<>();
        while (m.find()) {
            String w = PersonNames.folded(m.group());
            if (!PersonNames.mayBeName(w)) {
                return false;
            }
            if (w.length() >= 3 && !PARTICLES.contains(w)) {
                words.add(w);
            }
        }
        out.addAll(words);
        return true;
    }

    /** The names of {@code words} {@code text} gives, as written (« VUILLEMOT », « Vuillemot Gaspard »). */
    public static List<String> found(String text, Set<String> words) {
        List<String> out = new ArrayList<>();
        scan(text, words, out);
        return out;
    }

    /** The text with each run of the contact's words replaced by {@link PersonNames#REMOVED}; the same text when none. */
    public static String removed(String text, Set<String> words) {
        return scan(text, words, null);
    }

    private static String scan(String text, Set<String> words, List<String> found) {
        if (text == null || words.isEmpty()) {
            return text;
        }
        Matcher m = WORD.matcher(text);
        StringBuilder b = null;
        int last = 0;
        int runStart = -1;
        int runEnd = -1;
        while (m.find()) {
            boolean name = words.contains(PersonNames.folded(m.group()));
            if (name && runStart >= 0 && JOIN.matcher(text.substring(runEnd, m.start())).matches()) {
                runEnd = m.end();
                continue;
            }
            if (runStart >= 0) {
                b = flush(b, text, last, runStart, runEnd, found);
                last = runEnd;
                runStart = -1;
            }
            if (name) {
                runStart = m.start();
                runEnd = m.end();
            }
        }
        if (runStart >= 0) {
            b = flush(b, text, last, runStart, runEnd, found);
            last = runEnd;
        }
        return b == null ? text : b.append(text, last, text.length()).toString();
    }

    private static StringBuilder flush(StringBuilder b, String text, int last, int start, int end, List<String> found) {
        StringBuilder out = b == null ? new StringBuilder() : b;
        out.append(text, last, start).append(PersonNames.REMOVED);
        if (found != null) {
            found.add(text.substring(start, end));
        }
        return out;
    }

    /**
     * The link without the query parameters whose value gives the contact's name (« ?nom=Vuillemot&amp;id=3 » → « ?id=3 »),
     * as a phone parameter is dropped (outside attacker B, failure 1e); the link itself when none.
     */
    public static String withoutInQuery(String url, Set<String> words) {
        if (url == null || words.isEmpty()) {
            return url;
        }
        int hash = url.indexOf('#');
        String fragment = hash < 0 ? "" : url.substring(hash);
        String rest = hash < 0 ? url : url.substring(0, hash);
        int q = rest.indexOf('?');
        if (q < 0) {
            return url;
        }
        String[] params = rest.substring(q + 1).split("&", -1);
        List<String> kept = new ArrayList<>();
        for (String p : params) {
            String value = p.substring(p.indexOf('=') + 1);
            String decoded;
            try {
                decoded = java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                decoded = value;
            }
            if (found(decoded, words).isEmpty()) {
                kept.add(p);
            }
        }
        if (kept.size() == params.length) {
            return url;
        }
        return rest.substring(0, q) + (kept.isEmpty() ? "" : "?" + String.join("&", kept)) + fragment;
    }
}
