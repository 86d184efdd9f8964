package org.vitrine.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vitrine.model.Need;
import org.vitrine.risk.rules.need.TestNeeds;

/**
 * The row's words the rules read (title, description, notes), one builder for the three rules that read them
 * (FRAMEWORK_DURATION, FRAMEWORK_MAXIMUM, MAPA_ABOVE_THRESHOLD): the procedure cell as written
 * ({@code procedureCell}) is the feedback's quote, apart from the notes, so the procedure's words are read once.
 */
class RowTextTest {

    @Test
    void theRowsWordsWithoutTheProcedureCellsCopy() {
        Need.Builder b = TestNeeds.need().title("Maintenance des ascenseurs").description("Sans montant maximum").build().toBuilder();
        Map<String, String> notes = new LinkedHashMap<>();
        notes.put("procedure", "R2122-3 3°");
        notes.put("lots", "agences");
        b.notes = notes;
        b.procedureCell = "Négocié — R2122-3 3°";
        assertEquals("maintenance des ascenseurs sans montant maximum r2122 3 3 agences", Texts.rowText(b.build()).toString());
    }
}
