package org.vitrine.normalise.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vitrine.normalise.parse.Cells.cell;
import static org.vitrine.normalise.parse.Cells.refused;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vitrine.model.ProcedureInfo;

class ProcedureParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", value = {
        "MAPA|adapted|-|own",
        "Procédure adaptée|adapted|-|own",
        "PA|adapted|-|own",
        "MAPA avec négociation|adapted|-|own",
        "Procédure adaptée restreinte|adapted|-|own",
        "MAPA - accord-cadre mono-attributaire|adapted|framework|own",
        "AOO|open|-|own",
        "Appel d'offres ouvert|open|-|own",
        "APPEL D’OFFRES OUVERT EUROPÉEN|open|-|own",
        "open|open|-|own",
        "AOR|restricted|-|own",
        "Appel d'offres restreint|restricted|-|own",
        "restricted|restricted|-|own",
        "Procédure avec négociation|negotiated_with_call|-|own",
        "PCN|negotiated_with_call|-|own",
        "negotiated|negotiated_with_call|-|own",
        "Marché négocié sans publicité ni mise en concurrence|negotiated_without_call|-|own",
        "sans publicité|negotiated_without_call|-|own",
        "négocié sans mise en concurrence|negotiated_without_call|-|own",
        "Dispense|exempt|-|own",
        "Sans publicité ni mise en concurrence (seuil)|exempt|-|own",
        "gré à gré|exempt|-|own",
        "Dialogue compétitif|competitive_dialogue|-|own",
        "Partenariat d'innovation|innovation_partnership|-|own",
        "Concours|-|design_contest|own",
        "AOO accord-cadre|open|framework|own",
        "Accord-cadre à bons de commande (AOO)|open|framework|own",
        "Accord-cadre|-|framework|own",
        "SAD|-|dps|own",
        "Système d'acquisition dynamique|-|dps|own",
        "UGAP|-|-|central_purchasing",
        "Centrale d'achat|-|-|central_purchasing",
        "CAIH|-|-|central_purchasing",
        "RESAH|-|-|central_purchasing",
        "UniHA - marché subséquent|-|-|central_purchasing",
        "Groupement de commandes - AOO|open|-|joint_group",
        "Marché subséquent|-|-|call_off",
        "Bon de commande sur accord-cadre existant|-|-|call_off",
        "call-off|-|-|call_off",
        "Convention de mandat|other|-|own",
        "???|-|-|own",
    })
    void readsProcedureTechniqueAndRoute(String in, String procedure, String technique, String route) throws ParseError {
        assertEquals(new ProcedureInfo(procedure, technique, route), ProcedureParser.parse(cell(in)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", value = {
        "UGAP|UGAP", "Commande ugap|UGAP", "RESAH|Resah", "UniHA - marché subséquent|UniHA", "Approlys|Approlys Centr’Achats",
        "Centrale d'achat|-", "MAPA|-", "Augapfel|-",
    })
    void namesTheCentralPurchasingBodyTheCellGives(String in, String body) {
        assertEquals(body, ProcedureParser.body(in));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", value = {
        "Dispense (L2512-5 10°)|L2512-5 10°", "AOO – lot unique, voir le DCE|lot unique, voir le DCE",
        "MAPA, marché réservé ESAT|marché réservé ESAT", "Commande UGAP (convention 2025-14)|convention 2025-14",
        "Accord-cadre (AOO)|-", "UniHA - marché subséquent|-", "MAPA|-", "Dialogue compétitif|-", "Voir avec la DAJ (à définir)|-",
        // lawyer H, SMEP-27-07: the words on the framework's maximum are kept, whole, for FRAMEWORK_MAXIMUM
        "Accord-cadre à bons de commande sans maximum (AOO)|Accord-cadre à bons de commande sans maximum (AOO)",
        "Accord-cadre à bons de commande (AOO)|-", "AOO sans maximum|-",
    })
    void keepsTheWordsAroundTheProcedureAsANote(String in, String rest) {
        assertEquals(rest, ProcedureParser.rest(in));
    }

    @Test
    void refusesOnlyErrorCellsAndOverlongText() {
        refused("parse.cell.error", () -> ProcedureParser.parse(cell("e:#REF!")));
        refused("parse.text.too_long", () -> ProcedureParser.parse(cell("x".repeat(501))));
    }

    /** DECP's own procedure values (2019 and 2022 formats), as the missing renewals read them (RenewalItems). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Procédure adaptée|adapted",
        "Appel d'offres ouvert|open",
        "Appel d'offres restreint|restricted",
        "Procédure avec négociation|negotiated_with_call",
        "Procédure concurrentielle avec négociation|negotiated_with_call",
        "Procédure négociée avec mise en concurrence préalable|negotiated_with_call",
        "Marché passé sans publicité ni mise en concurrence préalable|negotiated_without_call",
        "Marché négocié sans publicité ni mise en concurrence préalable|negotiated_without_call",
        "Dialogue compétitif|competitive_dialogue",
    })
    void decpProceduresReadAsTheirCodes(String decp, String code) {
        assertEquals(code, ProcedureParser.procedure(decp));
    }
}
