package org.vitrine.messages;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * "of" + a buyer's name as French writes it (contraction and article before the usual first nouns of public
 * bodies): "du Centre hospitalier", "de la Ville de Dijon", "de l’Université", "d’Annecy". The genders of
 * those first words are the lists {@code cat.of.masculine} and {@code cat.of.feminine} of the catalogue bundle;
 * a name starting with another word is a proper name ("de Grenoble-Alpes Métropole"). In English the
 * name is returned unchanged (the message says "of"). {@link #the} gives the name with its article alone, for « mené
 * par la Métropole du Val-de-Saône » (designer X: « mené par Métropole … », 9 times in the brochure).
 */
public final class FrenchOf {

    private final Messages msg;
    private final boolean french;
    private final Set<String> masculine = new HashSet<>();
    private final Set<String> feminine = new HashSet<>();

    public FrenchOf(Messages msg) {
        this.msg = msg;
        this.french = "fr".equals(msg.lang());
        if (french) {
            for (String w : msg.get("cat.of.masculine").split("\\s+")) {
                masculine.add(key(w));
            }
            for (String w : msg.get("cat.of.feminine").split("\\s+")) {
                feminine.add(key(w));
            }
        }
    }

    public String of(String name) {
        return form(name, "cat.of.");
    }

    /** The name with its article, as after « par » or « pour »: "la Ville de Dijon", "l’Université", "Grenoble". */
    public String the(String name) {
        return form(name, "cat.the.");
    }

    private String form(String name, String keys) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String n = name.strip();
        if (!french) {
            return n;
        }
        String[] article = {"Les ", "Le ", "La ", "L’", "L'"};
        for (String a : article) {
            if (n.startsWith(a) && n.length() > a.length()) {
                String rest = n.substring(a.length());
                return switch (a) {
                    case "Les " -> msg.get(keys + "plural", rest);
                    case "Le " -> msg.get(keys + "masculine_article", rest);
                    case "La " -> msg.get(keys + "feminine_article", rest);
                    default -> msg.get(keys + "elided", rest);
                };
            }
        }
        String first = key(n.split("[\\s\\-’',()]+", 2)[0]);
        boolean vowel = startsWithVowel(n);
        if (masculine.contains(first)) {
            return msg.get(vowel ? keys + "elided" : keys + "masculine_article", n);
        }
        if (feminine.contains(first)) {
            return msg.get(vowel ? keys + "elided" : keys + "feminine_article", n);
        }
        return msg.get(vowel ? keys + "proper_elided" : keys + "proper", n);
    }

    /** A vowel, or a mute h ("Hôpital", "Hospices"): elision. Acronyms read as letters start with their letter's sound. */
    private static boolean startsWithVowel(String n) {
        String f = Normalizer.normalize(n.substring(0, 1), Normalizer.Form.NFD).substring(0, 1).toLowerCase(Locale.ROOT);
        return "aeiouyh".contains(f);
    }

    private static String key(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
