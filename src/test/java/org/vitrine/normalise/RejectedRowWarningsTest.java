package org.vitrine.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vitrine.model.Reject;

/**
 * The officer's CHU feedback said « ce champ est laissé vide, le besoin est publié » of rows that were rejected:
 * a field left empty on a rejected row says the row is not published.
 */
class RejectedRowWarningsTest {

    private static Normaliser.Result normalise(String amount) throws Exception {
        return Rows.normalise(Rows.run(), Map.of("amount", amount, "tender_url", "Lien consultation"));
    }

    @Test
    void aFieldLeftEmptyOnARejectedRowDoesNotSayTheNeedIsPublished() throws Exception {
        Normaliser.Result rejected = normalise("#DIV/0!");
        assertNull(rejected.need());
        List<Reject> link = rejected.warnings().stream().filter(w -> w.reason().contains("Lien consultation")).toList();
        assertEquals(1, link.size(), rejected.warnings().toString());
        assertTrue(link.get(0).reason().contains("la ligne n’est pas publiée") && !link.get(0).reason().contains("le besoin est publié"),
                link.get(0).reason());
        Normaliser.Result published = normalise("120 000");
        assertTrue(published.need() != null && published.warnings().stream().anyMatch(w -> w.reason().contains("le besoin est publié")),
                published.warnings().toString());
    }
}
