package org.vitrine.risk.awards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.vitrine.config.AwardOverrides;
import org.vitrine.config.Buyers;
import org.vitrine.config.TestBuyers;
import org.vitrine.ingest.awards.AwardSource;
import org.vitrine.model.Award;
import org.vitrine.model.AwardLink;
import org.vitrine.model.Need;

/**
 * On the State purchasing directorate's 284 real awards (src/test/resources/decp): the needs that renew them, written
 * as a buyer would (RenewalNeeds), find their current contract; removing some needs makes exactly their contracts'
 * renewals appear as missing. The done-when figures (docs/BENCHMARKS.md, awards): `mvn -o test
 * -Dtest=RealAwardsMatchingTest`, printed in target/surefire-reports/…RealAwardsMatchingTest-output.txt. « Found »
 * counts a need whose links hold the right contract, alone or among two possible ones (a tie, said so to staff);
 * the stricter line tells the two apart.
 */
class RealAwardsMatchingTest {

    static final String SIRET = "13002220500012";
    static final Buyers BUYERS = TestBuyers.of("dae", SIRET);

    static List<Award> awards() throws IOException {
        return AwardSource.read(Path.of("src/test/resources/decp/decp-2019-etat-dae.json"), Set.of(SIRET)).awards();
    }

    @Test
    void theCurrentContractIsFoundForNinetyPercentOfRenewalNeedsAndWrongForUnderTwo() throws IOException {
        List<Award> awards = awards();
        List<RenewalNeeds.Built> built = RenewalNeeds.of(awards, "dae");
        AwardMatcher matcher = new AwardMatcher(awards, BUYERS, 120, AwardOverrides.none());
        int found = 0;
        int wrong = 0;
        int none = 0;
        int alone = 0;
        long links = 0;
        long contracts = 0;
        int oneContract = 0;
        // stricter, as staff read the report: the right contract alone; two possible contracts (a tie for staff to settle)
        // with the right one among them or not; one contract that is not the right one
        int alone1 = 0;
        int tieRight = 0;
        int tieWrong = 0;
        int singleWrong = 0;
        for (RenewalNeeds.Built b : built) {
            List<AwardLink> l = matcher.links(b.need());
            Set<String> linked = l.stream().map(x -> matcher.contract(x.award())).collect(Collectors.toSet());
            boolean right = linked.contains(matcher.contract(b.source()));
            boolean tie = l.stream().anyMatch(x -> x.reason().endsWith("-tie"));
            if (!l.isEmpty()) {
                if (tie) {
                    tieRight += right ? 1 : 0;
                    tieWrong += right ? 0 : 1;
                } else if (right && linked.size() == 1) {
                    alone1++;
                } else {
                    singleWrong++;
                }
            }
            links += l.size();
            long distinct = l.stream().map(x -> matcher.contract(x.award())).distinct().count();
            contracts += distinct;
            oneContract += distinct == 1 ? 1 : 0;
            // Wrong: the one contract linked as current is not the consultation the need was built from.
            boolean hit = l.stream().anyMatch(x -> matcher.contract(x.award()).equals(matcher.contract(b.source())));
            if (l.isEmpty()) {
                none++;
            } else if (hit) {
                found++;
                alone += l.size() == 1 ? 1 : 0;
            } else {
                wrong++;
            }
        }
        int n = built.size();
        System.out.printf("awards contracts per need on real DECP: %.2f distinct contracts, %d of %d (%.1f %%) exactly one%n",
                (double) contracts / n, oneContract, n, 100.0 * oneContract / n);
        System.out.printf("awards matching on real DECP: %d needs, found %d (%.1f %%, alone %d), wrong %d (%.1f %%), none %d,"
                + " %.2f links per need%n", n, found, 100.0 * found / n, alone, wrong, 100.0 * wrong / n, none, (double) links / n);
        System.out.printf("awards matching on real DECP, as staff read it: right contract alone %d (%.1f %%), two possible contracts"
                + " with the right one %d (%.1f %%), without it %d, one wrong contract %d (%.1f %%)%n", alone1, 100.0 * alone1 / n,
                tieRight, 100.0 * tieRight / n, tieWrong, singleWrong, 100.0 * singleWrong / n);
        assertTrue(n >= 250, "needs built: " + n);
        assertTrue(oneContract >= 0.6 * n, "exactly one contract for " + oneContract + " of " + n);
        assertTrue(found >= 0.9 * n, "found " + found + " of " + n);
        // and alone: a call-off is its framework's contract, a lot without procedure its consultation's (92 % since)
        assertTrue(alone1 >= 0.9 * n, "the right contract alone for " + alone1 + " of " + n);
        assertTrue(wrong < 0.02 * n, "wrong " + wrong + " of " + n);
        assertTrue(singleWrong + tieWrong < 0.02 * n, "a wrong contract alone " + singleWrong + ", ties without the right one " + tieWrong);
    }

    @Test
    void removingPlannedNeedsMakesExactlyTheirRenewalsMissing() throws IOException {
        List<Award> awards = awards();
        int year = 2025;
        List<RenewalNeeds.Built> built = RenewalNeeds.of(awards, "dae");
        AwardMatcher matcher = new AwardMatcher(awards, BUYERS, 120, AwardOverrides.none());
        List<Need> all = built.stream().map(RenewalNeeds.Built::need).toList();
        assertEquals(Map.of(), ExpectedRenewalMissing.of(awards, linked(matcher.links(all)), BUYERS, year),
                "with every renewal planned, nothing is missing");

        // Remove every other consultation (the needs of one market and end month: its lots) among those due in the window.
        Set<String> removedGroups = new TreeSet<>();
        Map<String, List<RenewalNeeds.Built>> byGroup = built.stream().collect(Collectors.groupingBy(b -> group(b.source())));
        int k = 0;
        for (String g : new TreeSet<>(byGroup.keySet())) {
            Award a = byGroup.get(g).get(0).source();
            boolean due = !a.end().isBefore(java.time.LocalDate.of(year, 1, 1)) && !a.end().isAfter(java.time.LocalDate.of(year + 1, 6, 30));
            if (due && ExpectedRenewalMissing.recurs(a) && k++ % 2 == 0) {
                removedGroups.add(g);
            }
        }
        List<Need> kept = new ArrayList<>();
        Set<String> expected = new TreeSet<>();
        for (RenewalNeeds.Built b : built) {
            if (removedGroups.contains(group(b.source()))) {
                if (ExpectedRenewalMissing.recurs(b.source()) && !renewedLater(b.source(), awards)) {
                    expected.add(b.source().id());
                }
            } else {
                kept.add(b.need());
            }
        }
        Set<String> missing = new TreeSet<>();
        ExpectedRenewalMissing.of(awards, linked(matcher.links(kept)), BUYERS, year)
                .values().forEach(l -> l.forEach(a -> missing.add(a.id())));
        System.out.printf("awards missing renewals on real DECP: %d needs removed (%d consultations), %d renewals missing, %d expected%n",
                built.size() - kept.size(), removedGroups.size(), missing.size(), expected.size());
        assertTrue(expected.size() >= 10, "expected " + expected.size());
        assertEquals(expected, missing);
    }

    private static String group(Award a) {
        return a.cpv() + "|" + java.time.YearMonth.from(a.end());
    }

    /** Same test as the rule's: a newer award of the same market ending later, not a lot of the same consultation. */
    private static boolean renewedLater(Award a, List<Award> all) {
        return all.stream().anyMatch(o -> o != a && o.cpv().equals(a.cpv()) && o.notification().isAfter(a.notification())
                && o.end() != null && o.end().isAfter(a.end()) && !AwardMatcher.consultation(o).equals(AwardMatcher.consultation(a)));
    }

    private static Set<String> linked(List<AwardLink> links) {
        return links.stream().map(l -> l.award().id()).collect(Collectors.toSet());
    }
}
