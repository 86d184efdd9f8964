package org.vitrine.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.model.EditionInfo;
import org.vitrine.model.Need;
import org.vitrine.model.RiskFlag;
import org.vitrine.normalise.Needs;

/**
 * Supplier X, D6 and D8: what the open data say about a need is what docs/RISKS.md §5 lets the buyer say to
 * suppliers, in words and under a neutral code; the staff's codes (« LOW_COMPETITION » read as « few rivals »),
 * severities and the sourcing keys are never written, not even as null; the event-day status has its label.
 */
class PublicNotesExportTest {

    @TempDir
    Path tmp;

    private static Need need() {
        Need.Builder b = Needs.need("b", "R", "Nettoyage des locaux", 120_000, "public", "f", 2).forPublic(null).toBuilder();
        // as PublicView leaves them: the public texts as messages
        b.risks = List.of(new RiskFlag("LOW_COMPETITION", "medium", "L’acheteur souhaite élargir sa connaissance du marché.", List.of()),
                new RiskFlag("PARTIAL_COVERAGE", "medium", "L’acheteur estime qu’un seul opérateur pourrait ne pas couvrir tout le besoin.", List.of()),
                new RiskFlag("THRESHOLD_EDGE", "low", "interne", List.of()));
        b.live = "offers";
        return b.build();
    }

    @Test
    void theCsvGivesTheBuyersNotesInWordsUnderNeutralCodesAndTheLiveStatusItsLabel() throws Exception {
        Path f = tmp.resolve("needs.csv");
        DataExports.writeCsv(f, List.of(need()), "fr");
        String text = Files.readString(f);
        for (String staff : List.of("LOW_COMPETITION", "PARTIAL_COVERAGE", "THRESHOLD_EDGE", "interne", "medium")) {
            assertFalse(text.contains(staff), staff);
        }
        List<List<String>> rows = DataExportsTest.csv(f);
        List<String> header = rows.get(0), row = rows.get(1);
        assertFalse(header.contains("risks"), header.toString());
        assertEquals("market_knowledge_wanted,one_operator_may_not_cover", row.get(header.indexOf("buyer_notes")));
        assertEquals("L’acheteur souhaite élargir sa connaissance du marché. | L’acheteur estime qu’un seul opérateur pourrait ne pas couvrir tout le besoin.",
                row.get(header.indexOf("buyer_notes_label")));
        assertEquals(header.indexOf("buyer_notes") + 1, header.indexOf("buyer_notes_label"));
        assertEquals("offers", row.get(header.indexOf("live")));
        assertEquals("Offres en cours de remise le jour du salon", row.get(header.indexOf("live_label")));
    }

    @Test
    void needsJsonWritesNoStaffCodeNorSeverityNorAKeyThatIsNeverPublished() throws Exception {
        Path json = tmp.resolve("needs.json");
        EditionInfo edition = new EditionInfo("e", 2027, java.time.LocalDate.of(2026, 11, 26), "fr", List.of(), List.of(), "L", null, "D");
        DataExports.writeJson(json, edition, List.of(need()));
        String text = Files.readString(json);
        for (String staff : List.of("LOW_COMPETITION", "PARTIAL_COVERAGE", "THRESHOLD_EDGE", "\"severity\"", "\"risks\"")) {
            assertFalse(text.contains(staff), staff);
        }
        JsonNode n = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile()).get("needs").get(0);
        for (String never : List.of("coverage", "suppliersKnown", "incumbent")) {
            assertFalse(n.has(never), never + " in " + n);
        }
        JsonNode notes = n.get("buyerNotes");
        assertEquals(2, notes.size());
        assertEquals("market_knowledge_wanted", notes.get(0).get("code").asText());
        assertEquals("L’acheteur souhaite élargir sa connaissance du marché.", notes.get(0).get("label").asText());
        assertEquals("one_operator_may_not_cover", notes.get(1).get("code").asText());

        // published by the privacy settings: the keys are there
        DataExports.writeJson(json, edition, List.of(need()), DataExports.Extra.NONE, true, true);
        JsonNode shown = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile()).get("needs").get(0);
        assertTrue(shown.has("coverage") && shown.has("suppliersKnown") && shown.has("incumbent"), shown.toString());
    }
}
