package org.vitrine.publish.catalogue;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words a supplier types for a reserved contract (reference/reserved-words.txt): « insertion », « économie
 * sociale », « entreprise adaptée », « handicap » besides the acronyms of the badge. The search index carries them
 * with each reserved type's badge; the page script searches them as the need's own text (catalogue.js, reservedText).
 */
public final class ReservedWords {

    private ReservedWords() {
    }

    private static final class Holder {
        /** language → reserved type (ea_esat, siae, ess) → its words and phrases, as written. */
        static final Map<String, Map<String, List<String>>> TABLE = read(false);
        /** language → the words of a need with a social clause (the « social_clause » lines). */
        static final Map<String, List<String>> SOCIAL = social();
    }

    /** The line type of a social clause's words: not a reserved type (L2112-2, a condition of performance). */
    static final String SOCIAL_CLAUSE = "social_clause";

    /**
     * The words of a need with a social clause in a language (« clauses sociales; clauses d'insertion… »), separated by
     * « ; »; "" for a language the table lacks. The search index carries them once (« socialWords »).
     */
    public static String socialClause(String lang) {
        return String.join("; ", Holder.SOCIAL.getOrDefault(lang, List.of()));
    }

    private static Map<String, List<String>> social() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        read(true).forEach((lang, byType) -> out.put(lang, byType.get(SOCIAL_CLAUSE)));
        return out;
    }

    /**
     * The words of a reserved type in a language, as written, separated by « ; »; a need reserved without its type
     * ({@code true}, {@code reserved}) has every type's; "" for a type or a language the table lacks.
     */
    public static String words(String lang, Object type) {
        Map<String, List<String>> byType = Holder.TABLE.getOrDefault(lang, Map.of());
        if (Boolean.TRUE.equals(type) || "reserved".equals(type)) {
            Set<String> all = new LinkedHashSet<>();
            byType.values().forEach(all::addAll);
            return String.join("; ", all);
        }
        return type instanceof String s ? String.join("; ", byType.getOrDefault(s, List.of())) : "";
    }

    /** The table: language → type → words (for its tests). */
    static Map<String, Map<String, List<String>>> table() {
        return Holder.TABLE;
    }

    /** The reserved types' lines (social false) or the social clause's (social true), by language then type. */
    private static Map<String, Map<String, List<String>>> read(boolean social) {
        Map<String, Map<String, List<String>>> out = new LinkedHashMap<>();
        for (ReferenceLines.Line line : ReferenceLines.read("/reference/reserved-words.txt")) {
            String body = line.body();
            int eq = body.indexOf('=');
            String[] head = (eq < 0 ? "" : body.substring(0, eq).strip()).split("\\s+");
            List<String> words = eq < 0 ? List.of() : java.util.Arrays.stream(body.substring(eq + 1).split(";"))
                    .map(String::strip).filter(w -> !w.isEmpty()).toList();
            if (head.length != 2 || words.isEmpty()) {
                throw new IllegalStateException("reserved-words.txt: « language type = words; words » expected: " + line.written());
            }
            if (head[1].equals(SOCIAL_CLAUSE) != social) {
                continue;
            }
            if (out.computeIfAbsent(head[0], l -> new LinkedHashMap<>()).put(head[1], words) != null) {
                throw new IllegalStateException("reserved-words.txt: a second line for " + head[0] + " " + head[1] + ": " + line.written());
            }
        }
        return out;
    }
}
