package org.vitrine.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vitrine.config.Config;
import org.vitrine.config.ConfigLoader;
import org.vitrine.messages.Messages;
import org.vitrine.model.Need;
import org.vitrine.normalise.Needs;

/** The public filter cuts an internal memo's reference from the procedure note; the procedure's kind stays (supplier W). */
class PublicProcedureNoteTest {

    private static Need published(String note, PublicView.Use use) throws Exception {
        Config config = ConfigLoader.load(Path.of("config"));
        Need.Builder b = Needs.need("ville-beaumont-sur-saone", "R", "Maintenance des véhicules", 420_000, "public", "f", 2).toBuilder();
        b.procedure = "other";
        b.notes = Map.of("procedure", note, "category", "services courants");
        return PublicView.of(List.of(b.build()), config, use, Messages.of("fr")).get(0);
    }

    @Test
    void theMemoGoesTheProcedureStays() throws Exception {
        for (PublicView.Use use : PublicView.Use.values()) {
            Need n = published("Procédure spécifique (note DAJ 2026-14)", use);
            assertEquals("Procédure spécifique", n.notes().get("procedure"), use.name());
            assertEquals("other", n.procedure());
            assertEquals("services courants", n.notes().get("category"), "the other remarks untouched");
        }
    }

    @Test
    void aNoteThatIsOnlyAMemoIsDropped() throws Exception {
        Need n = published("note DAJ 2026-14", PublicView.Use.DATA);
        assertFalse(n.notes().containsKey("procedure"));
        assertEquals("other", n.procedure());
    }
}
