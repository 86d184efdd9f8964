package org.vitrine.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vitrine.normalise.Needs.need;

import org.vitrine.model.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.model.FieldChange;
import org.vitrine.model.Need;
import org.vitrine.model.Question;
import org.vitrine.model.RiskFlag;

/** The previous edition read back one need at a time: what a new edition compares with, and nothing else. */
class PreviousEditionTest {

    @TempDir
    Path tmp;

    private Path needsFile() throws Exception {
        return Files.createDirectories(tmp.resolve("2027/current/internal")).resolve("needs.json");
    }

    private static Need flagged(Need n) {
        Need.Builder b = n.toBuilder();
        b.firstPublished = LocalDate.of(2026, 6, 1);
        b.modified = LocalDate.of(2026, 9, 1);
        b.change = "revised";
        b.changes = List.of(new FieldChange("title", "Avant", "Après"));
        b.risks = List.of(new RiskFlag("CALENDAR_CLASH", "high", "Chevauchement", List.of("x", "y")));
        b.questions = List.of(new Question("Lots ?", "Deux.", LocalDate.of(2026, 5, 2), null, LocalDate.of(2026, 6, 1)));
        return b.build();
    }

    @Test
    void readsEveryNeedWithoutItsFlagsAndChangesWhetherCompactOrPretty() throws Exception {
        List<Need> needs = List.of(flagged(need("b", "A", "Nettoyage", 100_000, "public", "f", 2)),
                flagged(need("b", "B", "Interne", 50_000, "internal", "f", 3)));
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("edition", Map.of("id", "e", "sources", List.of(Map.of("name", "s")), "withdrawn", List.of()));
        doc.put("needs", needs);
        doc.put("after", Map.of("needs", List.of()));
        for (boolean pretty : new boolean[] {false, true}) {
            Path file = needsFile();
            (pretty ? Json.pretty() : Json.MAPPER.writer()).writeValue(file.toFile(), doc);
            Map<String, Need> read = PreviousEdition.load(tmp.resolve("2027"));
            assertEquals(2, read.size());
            for (Need n : needs) {
                Need.Builder expected = n.toBuilder();
                expected.risks = List.of();
                expected.changes = List.of();
                assertEquals(expected.build(), read.get(n.id()), pretty ? "pretty" : "compact");
            }
        }
    }

    @Test
    void anUnreadableFileGivesNothingToCompareWith() throws Exception {
        Path file = needsFile();
        for (String text : new String[] {"", "[]", "{\"needs\": {}}", "{\"needs\": [{\"id\": \"a\", \"amount\": \"x\"}]}",
                "{\"needs\": [{\"id\": \"a\"}", "not json"}) {
            Files.writeString(file, text);
            assertTrue(PreviousEdition.load(tmp.resolve("2027")).isEmpty(), text);
        }
        assertTrue(PreviousEdition.forYear(tmp.resolve("none"), 2027).needs().isEmpty());
    }
}
