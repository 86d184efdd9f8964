package org.vitrine.normalise.parse;

import java.util.List;
import java.util.Map;
import org.vitrine.model.RawCell;

/** Reads the category (works, supplies, services) or derives it from the CPV division. */
public final class CategoryParser {

    // Checked in this order; the words are folded (lower case, no accents).
    private static final List<Map.Entry<String, List<String>>> WORDS = List.of(
            Map.entry("works", List.of("travaux", "works", "work", "ouvrage", "ouvrages")),
            Map.entry("supplies", List.of("fournitures", "fourniture", "supplies", "supply", "goods", "biens")),
            Map.entry("services", List.of("services", "service", "prestations", "prestation", "pi")));

    private CategoryParser() {
    }

    /** A cell naming two categories ("fournitures et services") is refused: the CPV then decides. */
    public static String parse(RawCell cell) throws ParseError {
        String original = Text.of(cell, 200);
        String f = Text.fold(original);
        String found = null;
        for (Map.Entry<String, List<String>> e : WORDS) {
            if (e.getValue().stream().anyMatch(w -> Text.hasWords(f, w))) {
                if (found != null) {
                    throw new ParseError("parse.category.mixed", original);
                }
                found = e.getKey();
            }
        }
        if (found == null) {
            throw new ParseError("parse.category.unknown", original);
        }
        return found;
    }

    /**
     * What a "Nature" cell says, in the buyer's words or in the DECP and APProch vocabularies: the
     * category when it names one, and the technique, route or defence field it implies ("Accord-cadre",
     * "Marché subséquent", "Marché de défense ou de sécurité"); any may be null.
     */
    public record Nature(String category, String technique, String route, Boolean defence) {
    }

    /** Words of a nature cell that say nothing more than "a public contract" (DECP's "Marché"). */
    private static final java.util.Set<String> GENERIC = java.util.Set.of("marche", "marches", "public", "publics", "publique",
            "contrat", "contrats", "ordinaire", "simple", "de", "du", "des", "la", "le", "et", "a", "en", "partenariat",
            "contract", "public contract", "mixte", "mixed", "ou", "bons", "commande", "commandes", "bon", "unique");

    public static Nature nature(RawCell cell) throws ParseError {
        String original = Text.of(cell, 200);
        String f = Text.fold(original);
        String technique = Text.hasWords(f, "accord cadre") || Text.hasWords(f, "accords cadres")
                || Text.hasWords(f, "framework") ? "framework" : null;
        String route = Text.hasWords(f, "marche subsequent") || Text.hasWords(f, "marches subsequents")
                || Text.hasWords(f, "call off") ? "call_off" : null;
        if ("call_off".equals(route)) {
            technique = null; // a call-off cites its framework agreement, not a technique of its own
        }
        Boolean defence = Text.hasWords(f, "defense ou de securite") || Text.hasWords(f, "defense et securite")
                || Text.hasWords(f, "defence or security") ? Boolean.TRUE : null;
        String category;
        try {
            category = parse(cell);
        } catch (ParseError e) {
            if ("parse.category.mixed".equals(e.key())) {
                category = null;
            } else {
                String rest = f.replace("accords cadres", " ").replace("accord cadre", " ").replace("marches subsequents", " ")
                        .replace("marche subsequent", " ").replace("defense ou de securite", " ").replace("defense et securite", " ");
                boolean generic = java.util.Arrays.stream(rest.split(" ")).allMatch(w -> w.isEmpty() || GENERIC.contains(w));
                if (!generic) {
                    throw e;
                }
                category = null;
            }
        }
        return new Nature(category, technique, route, defence);
    }

    /** Words naming this contract a framework agreement (R2162-1 ff.; « à bons de commande » is one since 2016, R2162-13). */
    private static final List<String> FRAMEWORK_WORDS = List.of("accord cadre", "accords cadres", "a bons de commande",
            "par bons de commande", "marche a bons de commande", "framework agreement");
    /** Words making a framework named in the text another one: the framework a call-off cites, or the one it renews. */
    private static final List<String> OTHER_FRAMEWORK = List.of("marche subsequent", "marches subsequents", "call off",
            "accord cadre existant", "accord cadre actuel", "accord cadre en cours", "accord cadre precedent",
            "precedent accord cadre", "ancien accord cadre", "au titre de l accord cadre", "sur l accord cadre",
            "hors accord cadre", "pas un accord cadre", "n est pas un accord cadre");

    /**
     * True when a title or description names the contract itself a framework agreement (« Accord-cadre à bons de
     * commande de panneaux… », « conclu sous forme d'accord-cadre »), the nature a « Nature » or procedure cell gives
     * too (lawyer L, MRG-27-03: only the procedure cell was read, so « sans maximum » in the description went unflagged).
     * A call-off citing its framework, or the framework the contract follows, is no evidence.
     */
    public static boolean namesFramework(String text) {
        if (text == null) {
            return false;
        }
        String f = Text.fold(text);
        return FRAMEWORK_WORDS.stream().anyMatch(w -> Text.hasWords(f, w)) && OTHER_FRAMEWORK.stream().noneMatch(w -> Text.hasWords(f, w));
    }

    /** CPV division 45 is works, 50 to 98 services, the others (03 to 44, 48) supplies. */
    public static String fromCpv(String code) {
        int division = Integer.parseInt(CpvCatalogue.division(code));
        if (division == 45) {
            return "works";
        }
        return division >= 50 ? "services" : "supplies";
    }
}
