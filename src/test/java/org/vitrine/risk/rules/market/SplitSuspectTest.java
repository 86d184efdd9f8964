package org.vitrine.risk.rules.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vitrine.risk.rules.market.MarketNeeds.flag;
import static org.vitrine.risk.rules.market.MarketNeeds.month;
import static org.vitrine.risk.rules.market.MarketNeeds.need;
import static org.vitrine.risk.rules.market.MarketNeeds.run;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vitrine.model.Need;
import org.vitrine.model.RiskFlag;
import org.vitrine.risk.Flags;

class SplitSuspectTest {

    private static final String NNBSP = "\u202F";
    private final SplitSuspect rule = new SplitSuspect();

    @Test
    void twoNeedsOfALocalBuyerEachUnderTheThresholdButReachingItTogetherAreBothFlagged() {
        Need a = need("a").amount(100_000).build();
        Need b = need("b").amount(116_000).launch(month(2027, 9)).build();
        Flags flags = run(rule, List.of(a, b));
        RiskFlag fa = flag(flags, "a");
        assertEquals("medium", fa.severity());
        assertEquals(List.of("b"), fa.related());
        assertEquals(List.of("a"), flag(flags, "b").related());
        assertEquals("2 besoins de cet acheteur sur le même marché (CPV 30190000 – Machines, fournitures et équipement de "
                + "bureau divers) lancés en 2027, chacun sous le seuil européen de 216" + NNBSP + "000\u00A0€, totalisent 216"
                + NNBSP + "000\u00A0€. Vérifiez l’estimation globale de ces besoins : la valeur à comparer au seuil peut être "
                + "celle de l’ensemble des besoins homogènes.", fa.message());
    }

    @Test
    void aSumOneEuroUnderTheThresholdIsNotFlagged() {
        Need a = need("a").amount(100_000).build();
        Need b = need("b").amount(115_999).build();
        assertTrue(run(rule, List.of(a, b)).all().isEmpty());
    }

    @Test
    void theThresholdFollowsTheBuyerKind() {
        List<Need> central = List.of(need("a").kind("central").amount(70_000).build(),
                need("b").kind("central").amount(70_000).build());
        assertEquals(2, run(rule, central).all().size());
        List<Need> local = List.of(need("a").amount(70_000).build(), need("b").amount(70_000).build());
        assertTrue(run(rule, local).all().isEmpty());
    }

    @Test
    void differentClassesBuyersOrYearsAreNotAddedUp() {
        Need a = need("a").amount(150_000).build();
        assertTrue(run(rule, List.of(a, need("b").amount(150_000).cpv("30210000-4").build())).all().isEmpty());
        assertTrue(run(rule, List.of(a, need("b").amount(150_000).buyer("ville-b").build())).all().isEmpty());
        assertTrue(run(rule, List.of(a, need("b").amount(150_000).launch(month(2028, 1)).build())).all().isEmpty());
    }

    @Test
    void aNeedAlreadyOverTheThresholdIsNotPartOfTheSum() {
        Need big = need("big").amount(216_000).build();
        Need a = need("a").amount(100_000).build();
        Need b = need("b").amount(100_000).build();
        assertTrue(run(rule, List.of(big, a, b)).all().isEmpty());
    }

    @Test
    void annualAmountsAreComparedOverTheWholeDuration() {
        Need a = need("a").annual(60_000, 24).build();
        Need b = need("b").amount(100_000).build();
        Flags flags = run(rule, List.of(a, b));
        assertTrue(flag(flags, "a").message().contains("totalisent 220" + NNBSP + "000\u00A0€"), flag(flags, "a").message());
    }

    @Test
    void worksOfTheSameOperationAreTheSameGroupAndSiteOthersAreNot() {
        Need a = need("a").category("works").cpv("45214000-0").amount(3_000_000).location("Lycée Jean Moulin").build();
        Need b = need("b").category("works").cpv("45210000-2").amount(2_500_000).location("lycee jean-moulin").build();
        Flags flags = run(rule, List.of(a, b));
        assertTrue(flag(flags, "a").message().startsWith("2 besoins de travaux de cet acheteur sur le même site "
                + "(Lycée Jean Moulin, CPV 45200000"), flag(flags, "a").message());
        Need c = need("c").category("works").cpv("45210000-2").amount(2_500_000).location("Gymnase").build();
        assertTrue(run(rule, List.of(a, c)).all().isEmpty());
    }

    @Test
    void theMessageIsInEnglishWithTheSameFigures() {
        Need a = need("a").kind("central").amount(70_000).build();
        Need b = need("b").kind("central").amount(80_000).build();
        Flags flags = run(rule, List.of(a, b), "en", Map.of());
        assertEquals("2 needs of this buyer in the same market (CPV 30190000 – Various office equipment and supplies) "
                + "launched in 2027, each under the EU threshold of 140,000\u00A0€, add up to 150,000\u00A0€. Please check the "
                + "overall estimate of these needs: the value to compare with the threshold may be that of all similar needs "
                + "together.", flag(flags, "a").message());
    }

    @Test
    void settingsWidenTheMarketAndChangeTheSeverity() {
        Need a = need("a").amount(150_000).cpv("30192000-1").build();
        Need b = need("b").amount(150_000).cpv("30210000-4").build();
        Flags flags = run(rule, List.of(a, b), "fr", Map.of("SPLIT_SUSPECT", Map.of("cpvDepth", 2, "severity", "high")));
        assertEquals("high", flag(flags, "a").severity());
    }

    @Test
    void needsWithoutAmountOrLaunchAreLeftOutWithoutError() {
        Need a = need("a").build();
        Need noAmount = new Need("x", a.buyer(), null, "t", null, a.cpv(), List.of(), "supplies", null, null, a.launch(), null,
                null, null, null, "open", null, "own", null, null, null, null, null, null, null, false, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, false, false, null, null, null, List.of(), List.of(), List.of(), "public", null);
        Need noLaunch = need("y").amount(200_000).launch(null).build();
        assertTrue(run(rule, List.of(a, noAmount, noLaunch)).all().isEmpty());
    }
}
