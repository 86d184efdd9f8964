package org.vitrine.normalise;

import java.util.List;
import org.vitrine.normalise.parse.Text;

/**
 * Whether a remark says the need must not be published ("confidentiel", "ne pas diffuser", "diffusion
 * restreinte"...): read in remarks and unrecognised columns and in cell comments, never in the title (a
 * contract for shredding confidential documents is public). "Non confidentiel" is not a refusal.
 */
final class Confidential {

    /**
     * Read anywhere in a remark, after the list (ConfidentialWordings): the words the list has not, and the list's
     * phrases that a remark refuses even with an object after them (« ne pas diffuser les chiffres avant le conseil »:
     * a remark is about its row, where a title's « ne pas diffuser les données » is an obligation of the contract).
     */
    private static final List<String> WORDS = List.of("confidentiel", "confidentielle", "confidentiels", "confidentielles",
            "confidential", "ne pas diffuser", "ne pas publier", "non diffusable", "non publiable", "diffusion restreinte",
            "usage interne", "interne uniquement", "do not publish", "internal only", "not for publication", "secret",
            // attacker Y: « à garder en interne pour l'instant », « pas encore validé, ne pas sortir »
            "garder en interne", "ne pas sortir", "ne pas divulguer", "sous embargo", "non communicable", "ne pas relayer");

    private Confidential() {
    }

    static boolean says(String text) {
        if (text == null) {
            return false;
        }
        if (ConfidentialWordings.remarkPhraseIn(text) != null || ConfidentialStamp.listedIn(text) != null) {
            return true; // the commented list (« Hors diffusion », « Restreint » as the whole remark, issue 16 F1)
        }
        String f = Text.fold(text);
        if (f.strip().equals("sensible") || f.strip().equals("tres sensible")) {
            return true; // « SENSIBLE » alone in a remark (attacker Y); « site sensible » says why, not a refusal
        }
        for (String w : WORDS) {
            int at = f.indexOf(w);
            while (at >= 0) {
                boolean start = at == 0 || f.charAt(at - 1) == ' ';
                int end = at + w.length();
                boolean whole = end == f.length() || f.charAt(end) == ' ';
                if (start && whole && (w.startsWith("ne pas") || !ConfidentialWordings.negated(f, at))) {
                    return true;
                }
                at = f.indexOf(w, at + 1);
            }
        }
        return false;
    }
}
