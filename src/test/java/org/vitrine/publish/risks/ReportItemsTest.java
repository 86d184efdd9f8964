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

    private static Need launched(String id, String code, String severity, String section, org.vitrine.model.Period launch,
            LocalDate due) {
        return need().id(id).launch(launch).build().withRisks(List.of(new RiskFlag(code, severity, "m", List.of(), section, due,
                null, "f" + id, List.of())));
    }

    @Test
    void anItemThatCanBeFixedOnlyBeforeALaunchThatMayPrecedeTheEventComesFirstInSectionS() {
        // lawyer E, defect 8: the perfusion and bin splits of T1 2027 launches were « moyenne / avant le lancement »,
        // after every section-S point, although a launch in January cannot be put right at the February event
        org.vitrine.model.Period q1 = new org.vitrine.model.Period(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31),
                org.vitrine.model.Period.Precision.quarter);
        org.vitrine.model.Period june = new org.vitrine.model.Period(LocalDate.of(2027, 6, 1), LocalDate.of(2027, 6, 30),
                org.vitrine.model.Period.Precision.month);
        List<Need> needs = List.of(
                launched("mapa-june", "MAPA_ABOVE_THRESHOLD", "high", "S", june, EVENT),
                launched("split-q1", "SPLIT_SUSPECT", "medium", "L", q1, LocalDate.of(2026, 12, 4)),
                launched("mapa-q1", "MAPA_ABOVE_THRESHOLD", "high", "S", q1, LocalDate.of(2026, 12, 4)),
                launched("split-june", "SPLIT_SUSPECT", "medium", "L", june, LocalDate.of(2027, 5, 4)),
                launched("info-q1", "LOW_COMPETITION", "low", "I", q1, null));
        ReportItems r = new ReportItems(needs, Tracking.empty(), Messages.of("fr"), EVENT);
        assertEquals(List.of("mapa-q1", "split-q1", "mapa-june"), r.lines("S").stream().map(l -> l.need().id()).toList());
        assertEquals(List.of("split-june"), r.lines("L").stream().map(l -> l.need().id()).toList());
        assertEquals(List.of("info-q1"), r.lines("I").stream().map(l -> l.need().id()).toList(), "information stays information");
        assertEquals("S", r.items().stream().filter(i -> i.need().id().equals("split-q1")).findFirst().orElseThrow().section(),
                "risks.csv's Section says the same");
    }

    @Test
    void theHeadingIsTheCasesOwnWhenTheRuleGivesOne() {
        Need direct = need().id("direct").build().withRisks(List.of(new RiskFlag("MAPA_ABOVE_THRESHOLD", "high", "m", List.of(),
                "S", EVENT, null, "f", List.of(), "risk.MAPA_ABOVE_THRESHOLD.title.noBasis")));
        Need social = need().id("social").build().withRisks(List.of(new RiskFlag("MAPA_ABOVE_THRESHOLD", "medium", "m", List.of(),
                "S", EVENT, null, "g", List.of(), "risk.MAPA_ABOVE_THRESHOLD.title.social")));
        ReportItems r = new ReportItems(List.of(direct, social), Tracking.empty(), Messages.of("fr"), EVENT);
        assertEquals(List.of("Marché sans publicité au-delà du seuil de dispense, sans fondement écrit",
                "Services sociaux et spécifiques au-delà du seuil : avis au JOUE obligatoire"),
                r.items().stream().map(ReportItems.Item::title).toList());
    }

    @Test
    void aCaseWithItsOwnHeadingHasItsOwnKnownReasons() {
        // lawyer Q: the SEM and planned-urgency lines listed the MAPA's « lot d'un marché plus large ; procédure mal saisie… »
        Need urgency = need().id("urgency").build().withRisks(List.of(new RiskFlag("MAPA_ABOVE_THRESHOLD", "high", "m", List.of(),
                "S", EVENT, null, "f", List.of(), "risk.MAPA_ABOVE_THRESHOLD.urgency.title")));
        Need sem = need().id("sem").build().withRisks(List.of(new RiskFlag("MAPA_ABOVE_THRESHOLD", "high", "m", List.of(),
                "S", EVENT, null, "g", List.of(), "risk.MAPA_ABOVE_THRESHOLD.inHouse.title")));
        Need mapa = need().id("mapa").build().withRisks(List.of(new RiskFlag("MAPA_ABOVE_THRESHOLD", "high", "m", List.of(),
                "S", EVENT, null, "h", List.of(), "risk.MAPA_ABOVE_THRESHOLD.title.formalised")));
        for (String lang : List.of("fr", "en")) {
            Messages m = Messages.of(lang);
            ReportItems r = new ReportItems(List.of(urgency, sem, mapa), Tracking.empty(), m, EVENT);
            java.util.Map<String, String> fp = new java.util.HashMap<>();
            r.items().forEach(i -> fp.put(i.need().id(), i.fp()));
            assertEquals(m.get("risk.MAPA_ABOVE_THRESHOLD.fp"), fp.get("mapa"), "a case without its own reasons keeps the rule's");
            assertEquals(m.get("risk.MAPA_ABOVE_THRESHOLD.urgency.fp"), fp.get("urgency"));
            assertEquals(m.get("risk.MAPA_ABOVE_THRESHOLD.inHouse.fp"), fp.get("sem"));
            org.junit.jupiter.api.Assertions.assertFalse(fp.get("urgency").equals(fp.get("mapa")) || fp.get("sem").equals(fp.get("mapa")),
                    lang + ": " + fp);
        }
    }
}
