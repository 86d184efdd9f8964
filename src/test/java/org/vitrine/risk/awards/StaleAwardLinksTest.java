package org.vitrine.risk.awards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vitrine.config.AwardOverrides;
import org.vitrine.messages.Messages;
import org.vitrine.model.Award;
import org.vitrine.model.Need;

/**
 * Officer Y2, D2: a staff decision in config/award-links.yaml whose need was renumbered by the buyer (MVS-27-008 became
 * MVS-27-08) silently stopped counting. Each decision whose need or award is no longer read is said.
 */
class StaleAwardLinksTest {

    static final Award AWARD = AwardMatcherTest.award("2023-NET-01", "21710001200010", "90919200", "2023-03-01", 48);
    static final List<Need> NEEDS = List.of(AwardMatcherTest.need("ville", "MVS-27-08", "90919200-4", "2027-02-01", null));

    static List<String> stale(AwardOverrides.Entry... entries) {
        return AwardEvidence.staleOverrides(new AwardOverrides(List.of(entries)), NEEDS, List.of(AWARD), Messages.of("fr"));
    }

    @Test
    void aDecisionOnANeedOrAnAwardNoLongerReadIsSaid() {
        List<String> said = stale(new AwardOverrides.Entry("ville", "MVS-27-008", "2023-NET-01", "confirm", null),
                new AwardOverrides.Entry("ville", "MVS-27-08", "2019-OLD-77", "reject", null),
                new AwardOverrides.Entry("chu", "CH-1", "2019-OLD-77", "reject", null));
        assertEquals(3, said.size(), said.toString());
        assertTrue(said.get(0).contains("le lien confirmé entre le besoin « MVS-27-008 » (acheteur ville) et le marché « 2023-NET-01 »")
                && said.get(0).contains("ce besoin n’est plus dans la prévision"), said.get(0));
        assertTrue(said.get(1).startsWith("config/award-links.yaml : le lien rejeté") && said.get(1).contains("ce marché n’est pas dans"), said.get(1));
        assertTrue(said.get(2).contains("ni ce besoin ni ce marché"), said.get(2));
    }

    @Test
    void aDecisionThatStillAppliesIsNotSaidWhateverTheSpellingOfTheReference() {
        assertEquals(List.of(), stale(new AwardOverrides.Entry("ville", "mvs 27/08", "2023-NET-01", "confirm", null)));
    }
}
