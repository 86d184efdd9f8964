package org.vitrine.text;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes markup from user text (CONTRACT §3): HTML entities decoded first (an encoded tag is still a tag),
 * then every tag removed — a line break or block tag becomes a space, scripts and styles go with their
 * content, an unclosed tag ("&lt;img src=x onerror=…") goes to the end of the text. Text that only looks
 * like a comparison ("&lt; 40 000", "a&lt;b") is kept.
 */
public final class Markup {

    /**
     * A closed tag or comment: "<b>", "</a>", "<br />", "<!-- x -->", "<?xml ...?>", and template directives
     * ("<#assign x=1>", "<@macro/>", "<%= x %>"): never evaluated here, but markup to whoever reuses the data.
     */
    private static final Pattern TAG = Pattern.compile("<!--.*?-->|<\\s*/?\\s*[A-Za-z!?#@%][^<>]*>", Pattern.DOTALL);
    /** A tag that never closes, up to the end of the text: a known tag name, or a name followed by an attribute. */
    private static final Pattern UNCLOSED = Pattern.compile(
            "<\\s*/?\\s*(?:(?:script|style|img|svg|iframe|object|embed|link|meta|a|b|i|u|p|br|hr|div|span|font|table|tr|td|th|ul|ol|li|em|strong|h[1-6]|input|form|body|html|video|audio|math|details|marquee|base|frame|frameset|textarea|button|select|option)\\b|[A-Za-z][A-Za-z0-9-]*\\s+[A-Za-z-]+\\s*=)[^<>]*$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern SCRIPT = Pattern.compile("<\\s*(script|style)\\b[^>]*>.*?<\\s*/\\s*\\1\\s*>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern ENTITY = Pattern.compile("&(#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos|nbsp|rsquo|lsquo|laquo|raquo|hellip|ndash|mdash|euro|oelig|OElig|aelig|AElig|[A-Za-z](?:acute|grave|circ|uml|cedil|tilde));");
    /** A letter's accent as its combining mark: {@code &Eacute;} is E and U+0301, composed. */
    private static final java.util.Map<String, String> ACCENTS = java.util.Map.of("acute", "\u0301", "grave", "\u0300",
            "circ", "\u0302", "uml", "\u0308", "cedil", "\u0327", "tilde", "\u0303");
    private static final Pattern INLINE = Pattern.compile("(?i)^<\\s*/?\\s*(b|i|u|em|strong|span|font|a|sup|sub|small|big|mark|abbr)\\b.*");

    /**
     * An at sign or a dot written as a tag (« mx03&lt;at&gt;ville.fr », « &amp;lt;at&amp;gt; », « &lt;@&gt; »): kept as
     * « [at] », a text ContactsInText reads as the at sign, since dropping the tag joined the address to its domain
     * (attacker W: « mdurand03 ville.fr » published).
     */
    private static final Pattern SIGN_TAG = Pattern.compile("(?i)<\\s*(at|@|arobase|dot|point|\\.)\\s*>");

    private Markup() {
    }

    public static String strip(String text, CellText.Notes repairs) {
        if (text.indexOf('<') < 0 && text.indexOf('&') < 0) {
            return text;
        }
        String decoded = decode(text);
        String s = decoded.indexOf('<') < 0 ? decoded : SIGN_TAG.matcher(decoded).replaceAll("[$1]");
        if (s.indexOf('<') < 0) {
            if (!decoded.equals(text)) {
                repairs.note("parse.repair.entities", shown(text));
            }
            return s;
        }
        Set<String> removed = new LinkedHashSet<>();
        Matcher sm = SCRIPT.matcher(s);
        StringBuilder b = new StringBuilder();
        while (sm.find()) {
            removed.add(shown(sm.group()));
            sm.appendReplacement(b, " ");
        }
        sm.appendTail(b);
        s = b.toString();
        Matcher m = TAG.matcher(s);
        b = new StringBuilder();
        while (m.find()) {
            String tag = m.group();
            removed.add(shown(tag));
            // An inline tag joins its words ("<b>urgent</b>s"); any other one separates them.
            m.appendReplacement(b, INLINE.matcher(tag).matches() ? "" : " ");
        }
        m.appendTail(b);
        s = b.toString();
        Matcher u = UNCLOSED.matcher(s);
        if (u.find()) {
            removed.add(shown(u.group()));
            s = s.substring(0, u.start());
        }
        if (!removed.isEmpty()) {
            repairs.note("parse.repair.markup", String.join(" ", removed));
        } else if (!s.equals(text)) {
            repairs.note("parse.repair.entities", shown(text));
        }
        return s;
    }

    /**
     * What a browser could still take for the start of a tag — "<" before a letter, "/", "!", "?" (HTML's
     * tag open), or "#", "@", "%" — and the end of a broken one ("\"/>", "'>", "%>", "?>", "-->") left
     * after {@link #strip}: removed, with a repair. A comparison stays ("< 40 000", "> 3 mois", "5>3").
     */
    public static String inert(String text, CellText.Notes repairs) {
        if (text.indexOf('<') < 0 && text.indexOf('>') < 0) {
            return text;
        }
        Matcher m = LOOSE.matcher(text);
        if (!m.find()) {
            return text;
        }
        Set<String> removed = new LinkedHashSet<>();
        StringBuilder b = new StringBuilder();
        do {
            removed.add(m.group());
            m.appendReplacement(b, m.group().startsWith("<") ? " " : "");
        } while (m.find());
        m.appendTail(b);
        repairs.note("parse.repair.markup", String.join(" ", removed));
        return b.toString();
    }

    /** A tag open ("<" and its next character) or a tag end left alone. */
    private static final Pattern LOOSE = Pattern.compile("<(?=[A-Za-z/!?#@%])|(?<=[\"'/%?\\]]|--)>");

    /** The common named entities and every numeric one; an unknown name is left as it is. */
    public static String decode(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        Matcher m = ENTITY.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String r;
            if (e.startsWith("#x") || e.startsWith("#X")) {
                r = codePoint(Integer.parseInt(e.substring(2), 16));
            } else if (e.startsWith("#")) {
                r = codePoint(Integer.parseInt(e.substring(1)));
            } else {
                r = switch (e) {
                    case "amp" -> "&";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "quot" -> "\"";
                    case "apos", "rsquo" -> "’";
                    case "lsquo" -> "‘";
                    case "laquo" -> "«";
                    case "raquo" -> "»";
                    case "nbsp" -> " ";
                    case "hellip" -> "…";
                    case "ndash" -> "–";
                    case "mdash" -> "—";
                    case "euro" -> "€";
                    default -> accented(e);
                };
            }
            m.appendReplacement(b, Matcher.quoteReplacement(r));
        }
        m.appendTail(b);
        return b.toString();
    }

    /** {@code eacute} gives é, {@code OElig} Œ; a letter the accent does not compose with stays as written. */
    private static String accented(String name) {
        switch (name) {
            case "oelig": return "œ";
            case "OElig": return "Œ";
            case "aelig": return "æ";
            case "AElig": return "Æ";
            default:
                String c = java.text.Normalizer.normalize(name.charAt(0) + ACCENTS.get(name.substring(1)), java.text.Normalizer.Form.NFC);
                return c.length() == 1 ? c : "&" + name + ";";
        }
    }

    private static String codePoint(int cp) {
        return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : " ";
    }

    private static String shown(String tag) {
        String t = tag.replaceAll("\\s+", " ");
        return t.length() > 60 ? t.substring(0, 60) + "…" : t;
    }
}
