package org.vitrine.normalise.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A template's placeholders left in a title or a description (« [à compléter] », « [texte] », « [XXX] »: officer Z3).
 * Only text in square brackets that is a template's filler is one; any other bracketed text (« [phase 2] »,
 * « [Lot 2] », « [nitrile, taille M] ») is the buyer's own and kept.
 */
public final class Placeholders {

    private static final Pattern BRACKETED = Pattern.compile("\\[([^\\[\\]]{0,60})\\]");
    /**
     * The bracket's words, folded: what to do (« à compléter par le service »), a field's name, or a filler word (XXX,
     * TBD, …). Folding leaves no punctuation: a bracket of dots, underscores or question marks is told by its raw text.
     */
    private static final Pattern FILLER = Pattern.compile("^(?:"
            + "(?:a|en) (?:completer|preciser|definir|renseigner|remplir|saisir|confirmer|venir|determiner)(?: .*)?"
            + "|(?:(?:votre|le|la|un|une|saisir (?:le|la|un|une)?|inserer (?:le|la|un|une)?|ecrire (?:le|la|un|une)?) ?)?"
            + "(?:texte|titre|objet|intitule|libelle|description|nom|montant|date|code|reference)(?: (?:ici|du besoin|de l ?achat|du marche))?"
            + "|x{2,}|tbd|todo|to do|tbc|placeholder|lorem ipsum.*|text|title|to be (?:completed|defined|confirmed)"
            + ")$");

    private Placeholders() {
    }

    /** The placeholders of {@code text}, as written (brackets included), in order. */
    public static List<String> found(String text) {
        List<String> out = new ArrayList<>(0);
        if (text == null || text.indexOf('[') < 0) {
            return out;
        }
        Matcher m = BRACKETED.matcher(text);
        while (m.find()) {
            String raw = m.group(1).strip();
            String inside = Text.fold(raw).strip();
            // « [@] », « [at] » are an address's disguise, not a placeholder: only empty brackets or filler words go
            if (raw.isEmpty() || raw.matches("[.…_?]+") || (!inside.isEmpty() && FILLER.matcher(inside).matches())) {
                out.add(m.group());
            }
        }
        return out;
    }

    /**
     * The text without its placeholders, and without the dash, colon or comma a placeholder leaves at an edge
     * (« Nettoyage des locaux - [XXX] »); the text itself when it has none.
     */
    public static String removed(String text, List<String> placeholders) {
        String t = text;
        for (String p : placeholders) {
            t = t.replace(p, " ");
        }
        t = t.replaceAll("[\\s\\u00a0]{2,}", " ").strip();
        return t.replaceAll("^[\\s,;:–—-]+|[\\s,;:–—-]+$", "").strip();
    }
}
