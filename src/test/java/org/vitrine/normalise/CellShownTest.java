package org.vitrine.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vitrine.model.RawCell;
import org.vitrine.model.Reject;

/**
 * A rejected or warned date cell is quoted as the buyer sees it in Excel (officer Z2: « Valeur lue » said 2026-10
 * for the CHU's « oct.-26 », 2026-10-15 for « 15/10/2026 »): every row-level line quotes RawCell#shown.
 */
class CellShownTest {

    private static Normaliser.Result launch(RawCell cell) throws Exception {
        return Rows.normaliseCells(Rows.run(), Map.of("launch", cell));
    }

    @Test
    void aPastMonthCellIsQuotedAsExcelShowsIt() throws Exception {
        Normaliser.Result r = launch(RawCell.month(LocalDateTime.of(2026, 10, 1, 0, 0)).withDisplay("oct.-26"));
        Reject past = r.rejects().stream().filter(p -> p.reason().contains("passé")).findFirst().orElseThrow();
        assertEquals("oct.-26", past.value());
    }

    @Test
    void aDayCellBeforeTheYearIsQuotedAsExcelShowsIt() throws Exception {
        Normaliser.Result r = launch(RawCell.date(LocalDateTime.of(2026, 12, 15, 0, 0)).withDisplay("15/12/2026"));
        assertTrue(r.warnings().stream().anyMatch(w -> w.value().equals("15/12/2026")), r.warnings().toString());
        assertTrue(r.warnings().stream().noneMatch(w -> w.value().startsWith("2026-")), r.warnings().toString());
    }

    @Test
    void theMonthCellRepairQuotesTheCellAsShown() throws Exception {
        Normaliser.Result r = launch(RawCell.month(LocalDateTime.of(2027, 4, 1, 0, 0)).withDisplay("avr.-27"));
        assertTrue(r.warnings().stream().anyMatch(w -> w.value().equals("avr.-27")), r.warnings().toString());
    }
}
