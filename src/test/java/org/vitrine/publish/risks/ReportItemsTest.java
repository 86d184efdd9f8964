package org.vitrine.publish.risks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vitrine.risk.rules.need.TestNeeds.need;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vitrine.messages.Messages;
import org.vitrine.model.Need;
import org.vitrine.model.RiskFlag;

/** The order of the staff report's lines (docs/RISKS.md §6, issue 17 review). */
class ReportItemsTest {

    private static final LocalDate EVENT = LocalDate.of(2027, 2, 4);

    private static Need flagged(String id, String code, String severity, LocalDate due) {
        return need().id(id).build().withRisks(List.of(new RiskFlag(code, severity, "m", List.of(), "L", due, null, "f" + id, List.of())));
    }

    @Test
    void sectionLStartsWithWhatIsDueBeforeTheEventByDueDate() {
        List<Need> needs = List.of(
                flagged("late-medium", "NOT_ALLOTTED", "medium", LocalDate.of(2027, 6, 3)),
                flagged("early-low", "GROUPING_OPPORTUNITY", "low", LocalDate.of(2027, 1, 1)),
                flagged("earlier-medium", "SPLIT_SUSPECT", "medium", LocalDate.of(2026, 12, 4)),
                flagged("late-low", "GROUPING_OPPORTUNITY", "low", LocalDate.of(2027, 4, 1)));
        ReportItems r = new ReportItems(needs, Tracking.empty(), Messages.of("fr"), EVENT);
        assertEquals(List.of("earlier-medium", "early-low", "late-medium", "late-low"),
                r.lines("L").stream().map(l -> l.need().id()).toList());
        // without an event date: severity first, as before
        assertEquals(List.of("earlier-medium", "late-medium", "early-low", "late-low"),
                new ReportItems(needs, Tracking.empty(), Messages.of("fr")).lines("L").stream().map(l -> l.need().id()).toList());
    }

    @Test
    void whatIsDueBeforeTheEventGoesGravestFirstThenByDueDate() {
        // issue 17 third review: the MAPA_ABOVE_THRESHOLD items came at lines 60-61 of 62, sorted by due date alone
        List<Need> needs = List.of(
                flagged("incomplete-dec", "INCOMPLETE", "medium", LocalDate.of(2026, 12, 4)),
                flagged("mapa-jan", "MAPA_ABOVE_THRESHOLD", "high", LocalDate.of(2027, 1, 20)),
                flagged("coverage-nov", "COVERAGE_UNKNOWN", "low", LocalDate.of(2026, 11, 30)),
                flagged("gap-dec", "CONTINUITY_GAP", "high", LocalDate.of(2026, 12, 10)),
                flagged("mapa-event", "MAPA_ABOVE_THRESHOLD", "high", EVENT),
                flagged("edge-june", "THRESHOLD_EDGE", "medium", LocalDate.of(2027, 6, 1)));
        ReportItems r = new ReportItems(needs, Tracking.empty(), Messages.of("fr"), EVENT);
        // due on the event day is due before it: a section-S item is due at the event
        assertEquals(List.of("gap-dec", "mapa-jan", "mapa-event", "incomplete-dec", "coverage-nov", "edge-june"),
                r.lines("L").stream().map(l -> l.need().id()).toList());
    }
}
