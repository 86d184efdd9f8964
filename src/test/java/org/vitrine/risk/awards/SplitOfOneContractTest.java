package org.vitrine.risk.awards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vitrine.messages.Fmt;
import org.vitrine.messages.Messages;
import org.vitrine.model.Award;
import org.vitrine.model.AwardLink;
import org.vitrine.model.Need;
import org.vitrine.model.RiskFlag;

/** Lawyer F, D12: a split whose members all renew one current contract says so, the best evidence of one need. */
class SplitOfOneContractTest {

    private static Need split(String id, String... related) {
        Need.Builder b = AwardMatcherTest.need("ville", id, "50750000-7", "2027-06-30", null).toBuilder();
        b.id = id;
        b.risks = List.of(new RiskFlag("SPLIT_SUSPECT", "medium", "3 besoins du même marché (ascenseurs)…", List.of(related), "L",
                null, null, "f", List.of()));
        return b.build();
    }

    private static AwardLink link(String need, Award a) {
        return new AwardLink(need, "ville", need, a, "cpv", 0L);
    }

    @Test
    void theMembersOfASplitRenewingOneContractAreToldSo() {
        Award lifts = AwardMatcherTest.award("2024DHA011", "21710001200010", "50750000", "2024-07-01", 36);
        List<Need> needs = List.of(split("a", "b", "c"), split("b", "a", "c"), split("c", "a", "b"));
        Map<String, List<AwardLink>> byNeed = Map.of("a", List.of(link("a", lifts)), "b", List.of(link("b", lifts)),
                "c", List.of(link("c", lifts)));
        Messages m = Messages.of("fr");
        List<Need> out = AwardEvidence.splitsOfOneContract(needs, byNeed, m, new Fmt(m));
        String msg = out.get(0).risks().get(0).message();
        assertTrue(msg.contains("Tous ces besoins renouvellent un seul marché en cours (2024DHA011, notifié le 1er juillet 2024"), msg);
        assertTrue(msg.contains("(R2121-1)"), msg);
        assertEquals(msg, out.get(2).risks().get(0).message(), "every member the same sentence");
        // one member renewing another contract, or none: no such sentence
        Award other = AwardMatcherTest.award("2023DHA020", "21710001200010", "50750000", "2023-01-01", 48);
        Map<String, List<AwardLink>> mixed = Map.of("a", List.of(link("a", lifts)), "b", List.of(link("b", other)),
                "c", List.of(link("c", lifts)));
        assertTrue(!AwardEvidence.splitsOfOneContract(needs, mixed, m, new Fmt(m)).get(0).risks().get(0).message().contains("renouvellent"));
        assertTrue(!AwardEvidence.splitsOfOneContract(needs, Map.of("a", List.of(link("a", lifts))), m, new Fmt(m)).get(0).risks()
                .get(0).message().contains("renouvellent"));
    }
}
