package org.vitrine.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An outside supplier's edition refreshed the day before the event (3 February 2027): the consultations launched in
 * January were rejected as past, and their pages and feed said « Retiré » of tenders open for bids (GSBDD-27-02,
 * cleaning, 860 000 €). A launch of the forecast year already passed is published, with a warning to the buyer; a
 * launch of an earlier year over by the edition date is still past.
 */
class LaunchPassedTest {

    private static Normaliser.Result normalise(String launch, LocalDate edition) throws Exception {
        return Rows.normalise(Rows.run(edition), Map.of("amount", "860 000", "launch", launch));
    }

    @Test
    void aLaunchOfTheForecastYearAlreadyPassedIsPublishedAsLaunched() throws Exception {
        Normaliser.Result r = normalise("janvier 2027", LocalDate.of(2027, 2, 3));
        assertNotNull(r.need(), r.rejects().toString());
        assertTrue(r.warnings().stream().anyMatch(w -> w.reason().contains("passé à la date de l’édition (3 février 2027)")
                && w.reason().contains("publié comme consultation lancée")), r.warnings().toString());
    }

    @Test
    void aLaunchOfAnEarlierYearOverByTheEditionIsPast() throws Exception {
        Normaliser.Result r = normalise("septembre 2026", LocalDate.of(2026, 11, 26));
        assertNull(r.need());
        assertEquals(1, r.rejects().stream().filter(p -> p.reason().contains("le besoin est passé")).count(), r.rejects().toString());
    }
}
