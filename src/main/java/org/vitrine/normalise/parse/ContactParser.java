package org.vitrine.normalise.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vitrine.model.Contact;
import org.vitrine.model.RawCell;

/** Reads a contact: "Marie Dupont &lt;marie.dupont@ville.fr&gt;", an e-mail alone, or a name alone. */
public final class ContactParser {

    private static final Pattern SCHEME = Pattern.compile("(?i)(?:java\\s*script|vb\\s*script|data)\\s*:");
    private static final Pattern ANGLED = Pattern.compile("<([^<>]*)>");
    private static final Pattern MAILTO = Pattern.compile("(?i)mailto:\\s*");
    private static final Pattern CANDIDATE = Pattern.compile("[^\\s<>()\\[\\],;:\"]+@[^\\s<>()\\[\\],;:\"]*");
    private static final Pattern EMAIL = Pattern.compile(
            "^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
            + "@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$");
    /** Separators left at the name's edges once the address is out (« Marie Dupont - », « , »). */
    private static final Pattern EDGES = Pattern.compile("^[\\s\\-–—,;:|/]+|[\\s\\-–—,;:|/]+$");
    /** Brackets left empty by the address they held (« Service achats (achats@chu.fr) »). */
    private static final Pattern EMPTY_BRACKETS = Pattern.compile("\\(\\s*\\)|\\[\\s*\\]");

    private ContactParser() {
    }

    /** The first e-mail found is kept, others dropped; the remaining text is the name. HTML and script schemes are refused. */
    public static Contact parse(RawCell cell) throws ParseError {
        String original = Text.of(cell, 300);
        if (SCHEME.matcher(original).find()) {
            throw new ParseError("parse.contact.scheme", original);
        }
        // Angle brackets are allowed only around an e-mail address: "Name <a@b.fr>".
        Matcher angled = ANGLED.matcher(original);
        while (angled.find()) {
            if (!EMAIL.matcher(MAILTO.matcher(angled.group(1).trim()).replaceFirst("")).matches()) {
                throw new ParseError("parse.contact.html", original);
            }
        }
        if (ANGLED.matcher(original).replaceAll("").matches(".*[<>].*")) {
            throw new ParseError("parse.contact.html", original);
        }
        String s = MAILTO.matcher(original).replaceAll("");
        // The first address is the contact; further ones are checked, then left out so no address ends up in the name.
        String email = null;
        Matcher c = CANDIDATE.matcher(s);
        StringBuilder rest = new StringBuilder();
        int from = 0;
        while (c.find()) {
            String found = c.group().replaceAll("\\.+$", "");
            if (!EMAIL.matcher(found).matches()) {
                throw new ParseError("parse.contact.email", found);
            }
            email = email == null ? found : email;
            rest.append(s, from, c.start()).append(' ');
            from = c.end();
        }
        s = rest.append(s.substring(from)).toString().replaceAll("<\\s*>", " ");
        if (email == null && s.indexOf('@') >= 0) {
            throw new ParseError("parse.contact.email", original);
        }
        String name = edges(EMPTY_BRACKETS.matcher(Text.clean(s, 300)).replaceAll(" "));
        if (email != null && wrapped(name)) {
            // the name in brackets after its address (« achats@chu.fr (Marie Dupont) »): once the address is out, the
            // round brackets hold the whole name and say nothing (review revH R4); « (Service achats) » alone stays as
            // written, and square brackets are the buyer's (« [Nomenclature] »)
            name = edges(name.substring(1, name.length() - 1));
        }
        if (name.isEmpty() && email == null) {
            throw new ParseError("parse.contact.unreadable", original);
        }
        return new Contact(name.isEmpty() ? null : name, email);
    }

    /**
     * The name without the separators at its edges, nor a bracket there that closes or opens nothing; the buyer's
     * bracketed text is kept whole (docs/INPUT.md: « [Nomenclature] », « Service achats [bâtiment B] », attacker Z).
     */
    static String edges(String text) {
        String name = EDGES.matcher(text).replaceAll("");
        while (!name.isEmpty()) {
            char first = name.charAt(0);
            char last = name.charAt(name.length() - 1);
            if ((first == '[' || first == '(') && opens(name, first)) {
                name = EDGES.matcher(name.substring(1)).replaceAll("");
            } else if ((last == ']' || last == ')') && closes(name, last)) {
                name = EDGES.matcher(name.substring(0, name.length() - 1)).replaceAll("");
            } else if (first == ']' || first == ')') {
                name = EDGES.matcher(name.substring(1)).replaceAll("");
            } else if (last == '[' || last == '(') {
                name = EDGES.matcher(name.substring(0, name.length() - 1)).replaceAll("");
            } else {
                break;
            }
        }
        return name;
    }

    /**
     * True when the whole text is one pair of round brackets: its first character opens the pair its last one closes.
     * Square brackets stay (« [Nomenclature] achats@ville.fr » keeps « [Nomenclature] », attacker Z).
     */
    private static boolean wrapped(String name) {
        if (name.length() < 2 || name.charAt(0) != '(') {
            return false;
        }
        char open = '(';
        char close = ')';
        int depth = 0;
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            depth += ch == open ? 1 : ch == close ? -1 : 0;
            if (depth == 0) {
                return i == name.length() - 1;
            }
        }
        return false;
    }

    /** True when the name has more of this opening bracket than of its closing one: the one at its start closes nowhere. */
    private static boolean opens(String name, char open) {
        char close = open == '[' ? ']' : ')';
        return name.chars().filter(ch -> ch == open).count() > name.chars().filter(ch -> ch == close).count();
    }

    /** True when the name has more of this closing bracket than of its opening one: the one at its end opens nowhere. */
    private static boolean closes(String name, char close) {
        char open = close == ']' ? '[' : '(';
        return name.chars().filter(ch -> ch == close).count() > name.chars().filter(ch -> ch == open).count();
    }
}
