package org.vitrine.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vitrine.normalise.Needs.need;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vitrine.cli.Messages;
import org.vitrine.config.ConfigLoader;
import org.vitrine.model.Need;
import org.vitrine.run.Run;

class DeduplicatorTest {

    Run run(Need... needs) throws Exception {
        Run run = new Run(ConfigLoader.load(Path.of("config")), Messages.of("fr"), 2027, LocalDate.of(2026, 11, 26));
        for (Need n : needs) {
            run.counts("s", n.source().file()).rowsRead++;
            run.accept(n);
        }
        new Deduplicator().deduplicate(run);
        return run;
    }

    @Test
    void mergesSameBuyerAndReferenceKeepingTheStrictestVisibility() throws Exception {
        Run run = run(need("b", "R-1", "Nettoyage", 100, "public", "a.xlsx", 2),
                need("b", "r 1", "Nettoyage des locaux", 120, "confidential", "a.xlsx", 9));
        assertEquals(1, run.needs().size());
        assertEquals("confidential", run.needs().get(0).visibility());
        assertEquals("Nettoyage", run.needs().get(0).title(), "the first row in the file wins");
        var c = run.counts("s", "a.xlsx");
        assertEquals(1, c.duplicates);
        assertEquals(1, c.internalOnly);
        assertEquals(0, c.published);
        assertEquals(true, c.balanced());
    }

    @Test
    void identicalContentWithoutReferenceIsMergedOtherContentKeepsADistinctId() throws Exception {
        Run run = run(need("b", null, "Nettoyage", 100, "public", "a.xlsx", 2),
                need("b", null, "Nettoyage", 100, "public", "a.xlsx", 3),
                need("b", null, "Nettoyage", 200, "public", "a.xlsx", 4));
        List<String> ids = run.needs().stream().map(Need::id).toList();
        assertEquals(2, ids.size());
        String base = NeedIds.idFor("b", null, "Nettoyage", "90910000-9");
        assertEquals(List.of(base, base + "-2"), ids);
        assertEquals(1, run.counts("s", "a.xlsx").duplicates);
        assertEquals(2, run.counts("s", "a.xlsx").published);
    }

    @Test
    void idsAreStableAndUrlSafe() {
        assertEquals("ville-exemple-2027-inf-04", NeedIds.idFor("ville-exemple", "2027/INF/04", "x", "30200000-1"));
        assertEquals(NeedIds.idFor("b", null, "Fournitures de bureau", "30192000-1"),
                NeedIds.idFor("b", null, "  FOURNITURES  de bureau ", "30192000-1"));
    }
}
