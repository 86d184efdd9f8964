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
import org.vitrine.model.Need;
import org.vitrine.model.RiskFlag;
import org.vitrine.risk.rules.need.TestNeeds;

/**
 * Officer Y4, D1: DEP-27-04, fleet insurance, names its contract 2022CB-ASS07 in its remarks and gives no date; the
 * contract ends on 31 December 2026 and the open procedure is launched in T1 2027: weeks without cover, yet only
 * INCOMPLETE was raised. A link made on the id (or confirmed by staff) feeds the award's end into CONTINUITY_GAP as the
 * row's own end would.
 */
class IdLinkGapTest {

    private static final String SIRET = "17710023400018"; // prefecture-saone-et-brenne in config/buyers.yaml

    static List<RiskFlag> flags(String remarks, String reference) throws Exception {
        Run run = new Run(ConfigLoader.load(Path.of("config")), Messages.of("fr"), 2027, LocalDate.of(2026, 11, 26));
        Need fleet = TestNeeds.need().id(reference.toLowerCase()).buyer("prefecture-saone-et-brenne").cpv("66514110-0")
                .title("Assurance de la flotte automobile").remarks(remarks).procedure("open").amount(320_000)
                .launch(TestNeeds.quarter(2027, 1)).build();
        run.needs(List.of(fleet));
        Award current = new Award("2022CB-ASS07", SIRET, "Assurance flotte", "66514110", "Marché", "Appel d'offres ouvert",
                LocalDate.of(2023, 1, 1), 48, BigDecimal.valueOf(300_000), List.of(new Award.Holder("43912345600021", "Assur SA")),
                3, "21", "Code département");
        List<AwardLink> links = new AwardMatcher(List.of(current), run.config().buyers(), 120, AwardOverrides.none(), 2027)
                .links(run.needs());
        Map<String, List<AwardLink>> byNeed = links.stream().collect(Collectors.groupingBy(AwardLink::needId));
        return AwardEvidence.idGaps(run, run.needs(), byNeed, 120).get(0).risks();
    }

    @Test
    void aNeedNamingItsContractWithoutADateIsCheckedWithTheAwardsEnd() throws Exception {
        List<RiskFlag> r = flags("renouvelle le marché 2022CB-ASS07", "DEP-27-04");
        assertEquals(List.of("CONTINUITY_GAP"), r.stream().map(RiskFlag::code).toList(), r.toString());
        String m = r.get(0).message();
        assertTrue(m.startsWith("Fin du contrat en cours selon l’attribution 2022CB-ASS07 (citée dans les remarques de la ligne, "
                + "la ligne ne donnant pas de date) :"), m);
        assertTrue(m.contains("se termine le 31 décembre 2026") && m.contains("sans marché"), m);
        assertEquals("high", r.get(0).severity());
    }

    @Test
    void withoutALinkNothingIsAdded() throws Exception {
        assertEquals(List.of(), flags("", "DEP-27-04"));
    }
}
