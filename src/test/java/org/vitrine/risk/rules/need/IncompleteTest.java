package org.vitrine.risk.rules.need;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vitrine.risk.rules.need.RuleRun.fr;
import static org.vitrine.risk.rules.need.TestNeeds.need;
import static org.vitrine.risk.rules.need.TestNeeds.year;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vitrine.model.Contact;
import org.vitrine.model.RiskFlag;

class IncompleteTest {

    private final RuleRun run = RuleRun.of(new Incomplete());

    @Test
    void aCompleteNeedIsNotFlagged() {
        assertEquals(0, run.on(need().build()).size());
    }

    @Test
    void noContact() {
        RiskFlag f = run.one(need().contact(null).build());
        assertEquals("low", f.severity());
        assertEquals("Information à compléter pour les fournisseurs : contact.", f.message());
        assertEquals(1, run.on(need().contact(new Contact(" ", "")).build()).size(), "blank name and e-mail");
        assertEquals(0, run.on(need().contact(new Contact(null, "achats@ville.example")).build()).size());
    }

    @Test
    void aRangeWiderThanTheRatioStatesTheAmount() {
        String m = run.message(need().range(50_000L, 200_000L).build());
        assertTrue(m.contains("fourchette de montant") && m.contains(fr("50 000") + " – " + fr("200 000")), m);
        assertEquals(0, run.on(need().range(50_000L, 150_000L).build()).size(), "exactly 3 times");
    }

    @Test
    void anOpenEndedAmountIsTooWideACeilingIsNot() {
        assertTrue(run.message(need().range(1_000_000L, null).build()).contains("> " + fr("1 000 000")));
        assertEquals(0, run.on(need().range(0L, 40_000L).build()).size());
        assertEquals(1, run.on(need().noAmount().build()).size());
    }

    @Test
    void aLaunchKnownOnlyToTheYear() {
        assertTrue(run.message(need().launch(year(2027)).build()).contains("connue seulement à l’année (2027)"));
    }

    @Test
    void oneFlagListsEveryMissingItemInBothLanguages() {
        TestNeeds.Builder n = need().contact(null).range(10_000L, 100_000L).launch(year(2027));
        String m = run.message(n.build());
        assertTrue(m.startsWith("3 informations à compléter") && m.contains("contact ; fourchette") && m.contains("(2027)"), m);
        String en = RuleRun.of(new Incomplete()).lang("en").message(n.build());
        assertTrue(en.startsWith("3 items to complete") && en.contains("contact; amount range") && en.contains("10,000")
                && en.contains("launch date known only to the year (2027)"), en);
    }

    @Test
    void procedureAndDurationWhenConfigured() {
        TestNeeds.Builder n = need().procedure(null).durationMonths(null);
        assertEquals(0, run.on(n.build()).size(), "not checked by default");
        String m = RuleRun.of(new Incomplete()).set("fields", List.of("procedure", "duration")).message(n.build());
        assertEquals("2 informations à compléter pour les fournisseurs : procédure ; durée.", m);
    }

    @Test
    void ratioAndSeverityComeFromTheSettings() {
        RuleRun loose = RuleRun.of(new Incomplete()).set("maxRangeRatio", 5).set("severity", "medium");
        assertEquals(0, loose.on(need().range(50_000L, 200_000L).build()).size());
        assertEquals("medium", loose.one(need().range(50_000L, 300_000L).build()).severity());
    }
}
