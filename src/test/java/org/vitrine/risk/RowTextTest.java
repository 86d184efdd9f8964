package org.vitrine.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vitrine.model.Need;
import org.vitrine.risk.rules.need.TestNeeds;

/**
 * The row's words the rules read (title, description, notes), one builder for the three rules that read them
 * (FRAMEWORK_DURATION, FRAMEWORK_MAXIMUM, MAPA_ABOVE_THRESHOLD): the procedure cell as written is the feedback's
 * copy of {@code notes["procedure"]}, never read a second time.
 */
class RowTextTest {

    @Test
    void theRowsWordsWithoutTheProcedureCellsCopy() {
        Need.Builder b = TestNeeds.need().title("Maintenance des ascenseurs").description("Sans montant maximum").build().toBuilder();
        Map<String, String> notes = new LinkedHashMap<>();
        notes.put("procedure", "R2122-3 3°");
        notes.put(Need.PROCEDURE_CELL, "Négocié — R2122-3 3°");
        notes.put("lots", "agences");
        b.notes = notes;
        assertEquals("maintenance des ascenseurs sans montant maximum r2122 3 3  agences", Texts.rowText(b.build()).toString());
    }
}
