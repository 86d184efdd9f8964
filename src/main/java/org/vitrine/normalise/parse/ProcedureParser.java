package org.vitrine.normalise.parse;

import java.util.List;
import java.util.Map;
import org.vitrine.model.ProcedureInfo;
import org.vitrine.model.RawCell;

/** Reads the procedure, technique and route from one free-text cell ("Accord-cadre à bons de commande (AOO)"). */
public final class ProcedureParser {

    // Folded phrases, matched as whole words; the first rule that matches wins, so specific before general
    // (a MAPA with negotiation or restricted candidacy is still a MAPA).
    private static final List<Map.Entry<String, List<String>>> PROCEDURES = List.of(
            Map.entry("exempt", List.of("dispense", "dispense de procedure", "gre a gre", "sans publicite ni mise en concurrence seuil",
                    "achat direct", "faible montant", "exempt", "exempted")),
            Map.entry("negotiated_without_call", List.of("sans publicite", "sans mise en concurrence", "negocie sans", "pnsp", "mnsp",
                    "without prior publication", "without publication", "without call for competition")),
            Map.entry("adapted", List.of("mapa", "procedure adaptee", "pa", "adaptee", "marche a procedure adaptee", "adapted",
                    "adapted procedure")),
            Map.entry("negotiated_with_call", List.of("procedure avec negociation", "avec negociation", "pcn", "pan", "procedure negociee",
                    "marche negocie", "negotiated", "negotiated procedure", "competitive procedure with negotiation")),
            Map.entry("competitive_dialogue", List.of("dialogue competitif", "competitive dialogue")),
            Map.entry("innovation_partnership", List.of("partenariat d innovation", "innovation partnership")),
            Map.entry("restricted", List.of("aor", "appel d offres restreint", "ao restreint", "restreint", "restricted", "restricted procedure")),
            Map.entry("open", List.of("aoo", "appel d offres ouvert", "ao ouvert", "appel d offres", "ao", "ouvert", "open", "open procedure")));
    private static final List<Map.Entry<String, List<String>>> TECHNIQUES = List.of(
            Map.entry("design_contest", List.of("concours", "design contest")),
            Map.entry("dps", List.of("sad", "systeme d acquisition dynamique", "dynamic purchasing system", "dps")),
            Map.entry("framework", List.of("accord cadre", "accords cadres", "framework", "framework agreement")));
    private static final List<Map.Entry<String, List<String>>> ROUTES = List.of(
            Map.entry("central_purchasing", List.of("ugap", "centrale d achat", "centrale d achats", "centrales d achat", "caih", "resah",
                    "uniha", "approlys", "catp", "central purchasing", "central purchasing body")),
            Map.entry("call_off", List.of("marche subsequent", "marches subsequents", "accord cadre existant", "call off")),
            Map.entry("joint_group", List.of("groupement de commandes", "groupement de commande", "groupement", "joint procurement")));

    /** Central purchasing bodies a cell may name (folded word → the body's own spelling), to name them on pages. */
    private static final List<Map.Entry<String, String>> BODIES = List.of(Map.entry("ugap", "UGAP"), Map.entry("resah", "Resah"),
            Map.entry("uniha", "UniHA"), Map.entry("caih", "CAIH"), Map.entry("approlys", "Approlys Centr’Achats"),
            Map.entry("catp", "CATP"));

    private ProcedureParser() {
    }

    /** The central purchasing body a text names ("Commande UGAP" → "UGAP"), or null. */
    public static String body(String text) {
        String f = Text.fold(text);
        for (Map.Entry<String, String> b : BODIES) {
            if (Text.hasWords(f, b.getKey())) {
                return b.getValue();
            }
        }
        return null;
    }

    /** Never refuses readable text: text naming nothing known gives procedure "other". Route defaults to "own". */
    public static ProcedureInfo parse(RawCell cell) throws ParseError {
        String f = Text.fold(Text.of(cell, 500));
        String route = first(ROUTES, f);
        String technique = first(TECHNIQUES, f);
        // A call-off cites its framework agreement, which is not this contract's own technique.
        if ("call_off".equals(route) && "framework".equals(technique)) {
            technique = null;
        }
        String procedure = first(PROCEDURES, f);
        if (procedure == null && technique == null && route == null && !f.isEmpty()) {
            procedure = "other";
        }
        return new ProcedureInfo(procedure, technique, route == null ? "own" : route);
    }

    /** "Dispense (L2512-5 10°)", "AOO – lot unique, voir DCE", "MAPA, marché réservé ESAT": a procedure, then free words. */
    private static final List<java.util.regex.Pattern> AROUND = List.of(
            java.util.regex.Pattern.compile("^(.+?)\\s*\\((.+)\\)\\s*$", java.util.regex.Pattern.DOTALL),
            java.util.regex.Pattern.compile("^(.+?)\\s+[-–—:;/]\\s+(.+)$", java.util.regex.Pattern.DOTALL),
            java.util.regex.Pattern.compile("^(.+?)\\s*[,;]\\s+(.+)$", java.util.regex.Pattern.DOTALL));

    /**
     * The free words around the procedure in a cell, to keep as the need's note (issue 17 review: « Dispense (L2512-5
     * 10°) » lost its article): the cell split at a parenthesis, a dash or a comma, where the first part names a
     * procedure, technique or route and the rest names none (« Accord-cadre (AOO) » keeps nothing: both parts are
     * read). Null when there is none.
     */
    public static String rest(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        for (java.util.regex.Pattern around : AROUND) {
            java.util.regex.Matcher m = around.matcher(t);
            if (m.matches() && names(Text.fold(m.group(1))) && !names(Text.fold(m.group(2)))) {
                String rest = m.group(2).strip();
                return rest.isEmpty() ? null : rest.length() > 500 ? rest.substring(0, 500) : rest;
            }
        }
        // a framework cell that speaks of its maximum (« Accord-cadre à bons de commande sans maximum (AOO) ») is kept
        // whole: no split isolates the words, and R2162-4 judges them (lawyer H, SMEP-27-07: a framework without maximum
        // that reached only the feedback's missing column)
        String f = Text.fold(t);
        if (first(TECHNIQUES, f) != null && MAXIMUM.matcher(f).find()) {
            return t.length() > 500 ? t.substring(0, 500) : t;
        }
        return null;
    }

    private static final java.util.regex.Pattern MAXIMUM = java.util.regex.Pattern.compile("\\b(maximum|maximal|plafond)\\b");

    /** The procedure code a text names (« Appel d'offres ouvert », DECP's « Procédure adaptée »), or null. */
    public static String procedure(String text) {
        return text == null ? null : first(PROCEDURES, Text.fold(text));
    }

    /** True when the folded text names a procedure, technique or route. */
    private static boolean names(String folded) {
        return first(PROCEDURES, folded) != null || first(TECHNIQUES, folded) != null || first(ROUTES, folded) != null;
    }

    private static String first(List<Map.Entry<String, List<String>>> rules, String folded) {
        for (Map.Entry<String, List<String>> rule : rules) {
            for (String w : rule.getValue()) {
                if (Text.hasWords(folded, w)) {
                    return rule.getKey();
                }
            }
        }
        return null;
    }
}
