package org.vitrine.text;

import java.util.regex.Pattern;

/**
 * A buyer's reference to its own internal documents (« note DAJ 2026-14 », « mémo du 3 mars », « réf. interne
 * 12-B »), cut from what suppliers read: a supplier cannot read the memo and it tells about the buyer's services,
 * not about the contract (supplier W: « Procédure spécifique (note DAJ 2026-14) »). The rule: a part of a remark
 * that starts with a word for an internal document — note, mémo/memorandum, courriel/e-mail, instruction, « réf.
 * interne », « n° interne » — up to the next bracket, comma or semicolon, with its brackets, is not published; the
 * rest is (« Procédure spécifique »), and the procedure's kind is never touched. Legal references (« L2512-5 10° »,
 * « R2122-8 ») and public acts (« délibération du 12 mars ») stay: a supplier can look them up.
 */
public final class InternalReferences {

    private static final Pattern REFERENCE = Pattern.compile(
            "\\s*[(\\[]?\\s*(?<![\\p{L}\\p{N}])(?:(?:selon|cf\\.?|voir|d['’]apr[eè]s)\\s+)?(?:(?:la|le|l['’])\\s*)?"
                    + "(?<![\\p{L}\\p{N}])(?:note|m[ée]mo(?:randum)?|courriel|e-?mail|instruction|r[ée]f(?:[ée]rence)?\\.?\\s+interne|n[°o]\\s*interne)"
                    + "(?![\\p{L}])[^()\\[\\];,]*[)\\]]?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** What is left when a remark was only such a reference, or its punctuation around one. */
    private static final Pattern LEFT_OVER = Pattern.compile("^[\\s,;:—–-]+|[\\s,;:—–-]+$");

    private InternalReferences() {
    }

    /** The text without its internal references; null when nothing else was written (or for null). */
    public static String removed(String text) {
        if (text == null) {
            return null;
        }
        String out = LEFT_OVER.matcher(REFERENCE.matcher(text).replaceAll("")).replaceAll("").strip();
        return out.isEmpty() ? null : out;
    }
}
