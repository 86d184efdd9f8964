package org.vitrine.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vitrine.camel.Normalisers;
import org.vitrine.config.ConfigLoader;
import org.vitrine.context.Run;
import org.vitrine.messages.Messages;
import org.vitrine.model.Location;
import org.vitrine.model.RawCell;
import org.vitrine.model.RawRecord;
import org.vitrine.model.Reject;

/**
 * The officer's CHU feedback said « ce champ est laissé vide, le besoin est publié » of rows that were rejected:
 * a field left empty on a rejected row says the row is not published.
 */
class RejectedRowWarningsTest {

    private static Normaliser.Result normalise(String amount) throws Exception {
        Run run = new Run(ConfigLoader.load(Path.of("config")), Messages.of("fr"), 2027, LocalDate.of(2026, 11, 26));
        Map<String, RawCell> f = new LinkedHashMap<>();
        f.put("buyer", RawCell.text("chu-beaumont"));
        f.put("title", RawCell.text("Nettoyage des locaux"));
        f.put("cpv", RawCell.text("90919200-4"));
        f.put("amount", RawCell.text(amount));
        f.put("launch", RawCell.text("T2 2027"));
        f.put("tender_url", RawCell.text("Lien consultation"));
        return Normalisers.forRun(run).normalise(new RawRecord(new Location("s", "f.xlsx", "S", 6), f, Map.of()));
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
