package org.vitrine.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The read limit reads every cell of every format: exactly the cells the production readers deliver. */
class ReadLimitTest {

    @TempDir
    Path tmp;

    @Test
    void countsEveryNonEmptyCellOfTheThreeFormats() throws Exception {
        int needs = 2_000;
        int buyers = 20;
        List<Path> files = BenchData.write(tmp, needs, buyers, 3);
        ReadLimit.Result r = ReadLimit.measure(files);
        // Acheteur, Référence, Objet, CPV, montant and lancement are never empty; other columns may be.
        assertTrue(r.cells() >= (long) needs * 6 + (long) buyers * BenchRows.HEADERS.length, "cells " + r.cells());
        assertTrue(r.cells() <= (long) (needs + buyers) * BenchRows.HEADERS.length);
        assertEquals(BenchRead.production(files).cells(), r.cells());
        assertTrue(r.seconds() > 0);
    }
}
