package org.vitrine.normalise;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vitrine.config.ConfigLoader;
import org.vitrine.context.Run;
import org.vitrine.messages.Messages;
import org.vitrine.model.Reject;

/** Officer Z2: under --lang en the CPV suggestions and repairs quoted French labels (« Système de gestion de documents »). */
class EnglishCpvLabelsTest {

    private static Run english() throws Exception {
        return new Run(ConfigLoader.load(Path.of("config")), Messages.of("en"), 2027, LocalDate.of(2026, 11, 26));
    }

    @Test
    void aCheckDigitRepairNamesTheCodeInEnglish() throws Exception {
        Normaliser.Result r = Rows.normalise(english(), Map.of("title", "Maintenance du logiciel de gestion des bourses",
                "cpv", "72267000-9"));
        Reject w = r.warnings().stream().filter(x -> x.value().equals("72267000-9")).findFirst().orElseThrow();
        assertTrue(w.reason().contains("72267000-4 Software maintenance and repair services"), w.reason());
    }

    @Test
    void theSuggestionsOfAnUnknownCodeAreInEnglish() throws Exception {
        Normaliser.Result r = Rows.normalise(english(), Map.of("title", "Maintenance du logiciel de gestion des bourses",
                "cpv", "72267999"));
        Reject reject = r.rejects().stream().filter(x -> x.value().equals("72267999")).findFirst().orElseThrow();
        assertTrue(reject.fix().contains("72267000-4 Software maintenance and repair services"), reject.fix());
        assertTrue(!reject.fix().contains("Services de maintenance"), reject.fix());
    }
}
