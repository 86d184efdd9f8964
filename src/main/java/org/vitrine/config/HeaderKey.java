package org.vitrine.config;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A header reduced to its meaning, for the headers columns.yaml does not list word for word (issue 22):
 * camelCase split ("codeCPV", "dureeMois"), accents, case and punctuation ignored, plurals made singular,
 * abbreviations expanded ("N°", "Nb", "Réf."), units and qualifiers dropped ("(€ HT)", "(mois)", "prévisionnel",
 * "estimatif", "date de", "du contrat", "financière", "concerné"), « réalisation » read as « exécution »,
 * and word order ignored. "Montant estimatif HT", "Montant prévisionnel HT" and
 * "Montant estimé (€ HT)" all give {montant}; "Date prévisionnelle de publication" gives {publication}.
 */
final class HeaderKey {

    /** Words that qualify a header without changing which field it is. */
    private static final Set<String> DROPPED = dropped("de", "du", "des", "la", "le", "les", "l", "d", "en", "a", "au", "aux",
            "un", "une", "et", "ou", "par", "pour", "the", "of", "in", "for", "by", "on",
            "date", "code", "tax", "e", "mois", "month", "prevision", "previsionnel",
            "previsionnelle", "prevu", "prevue", "prev", "previ", "estime", "estimee", "estimatif", "estimative", "envisage",
            "envisagee", "planned", "expected", "estimated", "consultation", "marche", "prestation", "projet", "achat", "excl",
            "vat", "eventuel", "eventuelle", "approximatif", "indicatif", "indicative",
            // « du contrat », « financière », « concerné » qualify as « du marché » does; not « besoin », the
            // questions' need column (« Besoin concerné »), nor « total » (« Total groupement » is no group's name)
            "contrat", "financier", "financiere", "concerne", "concernee");
    private static final Map<String, String> SAME = Map.ofEntries(Map.entry("ref", "reference"),
            Map.entry("desc", "description"), Map.entry("descriptif", "description"), Map.entry("libelle", "intitule"),
            Map.entry("no", "numero"), Map.entry("n", "numero"), Map.entry("num", "numero"), Map.entry("nb", "nombre"),
            Map.entry("nbre", "nombre"), Map.entry("mail", "email"), Map.entry("courriel", "email"), Map.entry("mel", "email"),
            Map.entry("realisation", "execution"));

    private HeaderKey() {
    }

    /**
     * The qualifying words, and the units of an amount (text/AmountUnits: « Montant (k€) », « Montant en milliers
     * d'euros HT » are the amount, its unit scales it); not the unit's labels: « Unité » is a column of its own.
     */
    private static Set<String> dropped(String... words) {
        java.util.Set<String> all = new java.util.HashSet<>(java.util.List.of(words));
        all.addAll(org.vitrine.text.AmountUnits.unitWords());
        return Set.copyOf(all);
    }

    /** The header's meaningful words, sorted and joined by spaces; empty when none is left. */
    static String of(String header) {
        if (header == null) {
            return "";
        }
        // camelCase and dotted field names of JSON exports: "lieuExecution.nom", "codeCPV".
        String split = header.replaceAll("(?<=\\p{Ll})(?=\\p{Lu})", " ");
        TreeSet<String> words = new TreeSet<>();
        for (String w : Fold.fold(split).split(" ")) {
            String s = SAME.getOrDefault(w, w);
            if (s.length() > 3 && (s.endsWith("s") || s.endsWith("x")) && !s.endsWith("ss")) {
                s = s.substring(0, s.length() - 1);
            }
            s = SAME.getOrDefault(s, s);
            if (!s.isEmpty() && !DROPPED.contains(s) && !DROPPED.contains(w)) {
                words.add(s);
            }
        }
        return String.join(" ", words);
    }
}
