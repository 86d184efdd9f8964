package org.vitrine.normalise;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Officer Z4 (D2): an empty CPV cell under a clear title (ch-roubaix.xlsx l.14 « Maintenance du logiciel de gestion des
 * admissions ») is rejected, and the reject suggests codes from the title as for an unknown code.
 */
class EmptyCpvSuggestionTest {

    @Test
    void anEmptyCpvCellIsToldTheCodesTheTitleNames() throws Exception {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("title", "Maintenance du logiciel de gestion des admissions");
        cells.put("cpv", "");
        Normaliser.Result r = Rows.normalise(Rows.run(), cells);
        assertNull(r.need());
        var reject = r.rejects().stream().filter(x -> x.column().equals("Code CPV")).findFirst()
                .orElseThrow(() -> new AssertionError(r.rejects()));
        assertTrue(reject.fix().contains("Codes CPV proches d’après l’objet") && reject.fix().contains("72267000-4"), reject.fix());
    }
}
