package org.vitrine.risk.awards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.vitrine.config.AwardOverrides;
import org.vitrine.config.ConfigLoader;
import org.vitrine.context.Run;
import org.vitrine.messages.Messages;
import org.vitrine.model.Award;
import org.vitrine.model.AwardLink;
import org.vitrine.model.Period;
import org.vitrine.model.RiskFlag;
import org.vitrine.risk.rules.need.TestNeeds;

/**
 * Officer Y2, D1: a need naming its contract in its remarks (RBV-2027-30, photocopiers, « marché 2022RBV030 ») is linked
 * whatever the dates, but the end it gives (31 December 2027) is 214 days after the award's (31 May 2027): nobody was
 * told that one of the two dates is wrong — and if the award data is right, the renewal comes seven months too late.
 */
class LinkDateConflictTest {

    private static final String SIRET = "17710023400018"; // prefecture-saone-et-brenne in config/buyers.yaml

    static List<RiskFlag> flags(Period incumbentEnd, LocalDate notified) throws Exception {
        Run run = new Run(ConfigLoader.load(Path.of("config")), Messages.of("fr"), 2027, LocalDate.of(2026, 11, 26));
        run.needs(List.of(TestNeeds.need().id("rbv-2027-30").buyer("prefecture-saone-et-brenne").cpv("30121100-4")
                .title("Photocopieurs").remarks("renouvelle le marché 2022RBV030").procedure("open").amount(900_000)
                .launch(TestNeeds.month(2027, 3)).incumbentEnd(incumbentEnd).build()));
        Award award = new Award("2022RBV030", SIRET, "Photocopieurs", "30121100", "Marché", "Appel d'offres ouvert", notified, 48,
                BigDecimal.valueOf(800_000), List.of(new Award.Holder("43912345600021", "Copie SA")), 3, "71", "Code département");
        List<AwardLink> links = new AwardMatcher(List.of(award), run.config().buyers(), 120, AwardOverrides.none(), 2027).links(run.needs());
        assertEquals(List.of("2022RBV030:remarks"), AwardMatcherTest.linked(links));
        Map<String, List<AwardLink>> byNeed = links.stream().collect(Collectors.groupingBy(AwardLink::needId));
        return AwardEvidence.dateConflicts(run, run.needs(), byNeed, 120).get(0).risks();
    }

    @Test
    void anAwardEndingLongBeforeTheEndTheRowGivesIsAMediumItem() throws Exception {
        List<RiskFlag> r = flags(TestNeeds.day(2027, 12, 31), LocalDate.of(2023, 6, 1)); // ends 31 May 2027
        assertEquals(1, r.size(), r.toString());
        assertEquals("CONTINUITY_GAP", r.get(0).code());
        assertEquals("medium", r.get(0).severity());
        String m = r.get(0).message();
        assertTrue(m.startsWith("Le marché 2022RBV030 (cité dans ses remarques) se termine le 31 mai 2027 selon les données essentielles, "
                + "214 jours avant la fin du contrat en cours indiquée dans la ligne (31 décembre 2027)."), m);
        assertTrue(m.contains("corrigez la ligne") && m.contains("R2194-1 à R2194-9"), m);
    }

    @Test
    void anAwardEndingAfterIsALowItemAndOneWithinTheWindowNone() throws Exception {
        List<RiskFlag> after = flags(TestNeeds.day(2026, 12, 31), LocalDate.of(2023, 6, 1));
        assertEquals(List.of("low"), after.stream().map(RiskFlag::severity).toList());
        assertTrue(after.get(0).message().contains("151 jours après") && after.get(0).message().contains("peut-être été prolongé"),
                after.get(0).message());
        assertEquals(List.of(), flags(TestNeeds.day(2027, 6, 30), LocalDate.of(2023, 6, 1)));
    }
}
