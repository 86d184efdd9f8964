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
 * Lawyer F, D2: a renewal written without the current contract's end (SIE-27-03, meters launched in June 2027) is
 * linked to its probable award (2023SIE010, same buyer and CPV, ends 31 May 2027), which is then not « missing »: the
 * point is the gap, judged by CONTINUITY_GAP with the award's end and its name.
 */
class ProbableRenewalGapTest {

    private static final String SIRET = "17710023400018"; // prefecture-saone-et-brenne in config/buyers.yaml

    @Test
    void aProbableRenewalLaunchedAfterTheContractEndsIsAGapNotAMissingRenewal() throws Exception {
        Run run = new Run(ConfigLoader.load(Path.of("config")), Messages.of("fr"), 2027, LocalDate.of(2026, 11, 26));
        Need meters = TestNeeds.need().id("sie-27-03").buyer("prefecture-saone-et-brenne").cpv("38421100-3")
                .title("Fourniture de compteurs d'eau").procedure("adapted").amount(520_000).launch(TestNeeds.month(2027, 6)).build();
        run.needs(List.of(meters));
        Award current = new Award("2023SIE010", SIRET, "Fourniture de compteurs d'eau", "38421100", "Marché", "Procédure adaptée",
                LocalDate.of(2023, 6, 1), 48, BigDecimal.valueOf(480_000), List.of(new Award.Holder("43912345600021", "Compteurs SA")),
                2, "43", "Code département");
        List<AwardLink> links = new AwardMatcher(List.of(current), run.config().buyers(), 120, AwardOverrides.none(), 2027)
                .links(run.needs());
        assertEquals(List.of("2023SIE010:probable"), AwardMatcherTest.linked(links));
        Map<String, List<AwardLink>> byNeed = links.stream().collect(Collectors.groupingBy(AwardLink::needId));
        List<RiskFlag> risks = AwardEvidence.probableGaps(run, run.needs(), byNeed).get(0).risks();
        assertEquals(1, risks.size(), risks.toString());
        String m = risks.get(0).message();
        assertEquals("CONTINUITY_GAP", risks.get(0).code());
        assertTrue(m.startsWith("Contrat en cours probable : le marché 2023SIE010 du même acheteur et du même code CPV 38421100"), m);
        assertTrue(m.contains("se termine le 31 mai 2027") && m.contains("R2194-1 à R2194-9"), m);
        // linked, so not in the missing renewals; the pages get nothing from so weak a link
        assertTrue(ExpectedRenewalMissing.of(List.of(current), java.util.Set.of("2023SIE010"), run.config().buyers(), 2027).isEmpty());
        assertEquals(null, AwardEvidence.withIncumbents(run.needs(), byNeed).get(0).incumbentEnd());
    }

    @Test
    void aOneOffWorksContractIsNotTheProbablePredecessorOfAMaintenanceFramework() throws Exception {
        // Lawyer F's SIE-27-07: a reservoir maintenance framework launched in June 2027, the same CPV as the
        // rehabilitation of one reservoir (2025SIE003, 20 months, ends in May 2027) — works done once, not renewed.
        Run run = new Run(ConfigLoader.load(Path.of("config")), Messages.of("fr"), 2027, LocalDate.of(2026, 11, 26));
        Need upkeep = TestNeeds.need().id("sie-27-07").buyer("prefecture-saone-et-brenne").cpv("45247270-3")
                .title("Accord-cadre d'entretien des réservoirs").procedure("adapted").amount(1_200_000)
                .launch(TestNeeds.month(2027, 6)).build();
        run.needs(List.of(upkeep));
        Award works = new Award("2025SIE003", SIRET, "Travaux de réhabilitation du réservoir du Mont", "45247270", "Marché",
                "Procédure adaptée", LocalDate.of(2025, 9, 1), 20, BigDecimal.valueOf(900_000),
                List.of(new Award.Holder("43912345600021", "Travaux SA")), 4, "43", "Code département");
        List<AwardLink> links = new AwardMatcher(List.of(works), run.config().buyers(), 120, AwardOverrides.none(), 2027)
                .links(run.needs());
        assertEquals(List.of(), AwardMatcherTest.linked(links));
    }
}
