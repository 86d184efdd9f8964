package org.vitrine.ingest.awards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vitrine.model.MarketFigures;

/** Competition measured while the DECP file streams: all buyers, the asked markets only, one count per award. */
class CompetitionTallyTest {

    private static final String OWN = "21710001200010";
    private static final LocalDate SINCE = LocalDate.of(2023, 11, 26);
    private static final LocalDate UNTIL = LocalDate.of(2026, 11, 26);

    private static String award(String id, String buyer, String cpv, String date, String place, String type, String bids,
            String holder) {
        return "{\"id\":\"" + id + "\",\"acheteur\":{\"id\":\"" + buyer + "\"},\"codeCPV\":\"" + cpv
                + "\",\"dateNotification\":\"" + date + "\",\"dureeMois\":12,\"montant\":1000"
                + (bids == null ? "" : ",\"offresRecues\":" + bids)
                + ",\"lieuExecution\":{\"code\":\"" + place + "\",\"typeCode\":\"" + type + "\"}"
                + ",\"titulaires\":[{\"titulaire\":{\"typeIdentifiant\":\"SIRET\",\"id\":\"" + holder + "\"}}]}";
    }

    private static String file(String... awards) {
        return "{\"marches\":{\"marche\":[" + String.join(",", awards) + "]}}";
    }

    private static DecpReader.Result read(String json, CompetitionTally tally) throws Exception {
        return DecpReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), Set.of(OWN), tally);
    }

    @Test
    void countsEveryBuyersAwardsOfTheAskedMarketAndDepartement() throws Exception {
        CompetitionTally tally = new CompetitionTally(Set.of("9091|71", "90|71"), SINCE, UNTIL);
        DecpReader.Result r = read(file(
                award("A1", OWN, "90919200-4", "2024-03-01", "71", "Code département", "3", "11111111100011"),
                award("B1", "20000000000001", "90919000-2", "2024-05-01", "71100", "Code postal", "1", "22222222200022"),
                award("B2", "20000000000002", "90600000-3", "2025-01-10", "71076", "Code commune", "1", "22222222200022"),
                award("B3", "20000000000003", "90919200-4", "2025-06-01", "71", "Code département", null, "33333333300033"),
                // the same award sent by a second platform: counted once
                award("B3", "20000000000003", "90919200-4", "2025-06-01", "71", "Code département", null, "33333333300033"),
                award("B4", "20000000000004", "90919200-4", "2025-07-01", "71", "Code département", "2", "44444444400044"),
                // not counted: another département, before the three years, a region, another market
                award("X1", "20000000000005", "90919200-4", "2025-07-01", "58", "Code département", "1", "55555555500055"),
                award("X2", "20000000000005", "90919200-4", "2023-11-01", "71", "Code département", "1", "55555555500055"),
                award("X3", "20000000000005", "90919200-4", "2025-07-01", "27", "Code région", "1", "55555555500055"),
                award("X4", "20000000000005", "72267000-4", "2025-07-01", "71", "Code département", "1", "55555555500055")),
                tally);
        assertEquals(List.of("A1"), r.awards().stream().map(a -> a.id()).toList(), "only the configured buyer's awards are kept as its own");
        Map<String, MarketFigures> f = tally.figures();
        MarketFigures cls = f.get("9091|71");
        assertEquals(List.of("A1", "B1", "B3", "B4"), cls.awardIds());
        assertEquals(4, cls.contracts());
        assertEquals(4, cls.holders());
        assertEquals(3, cls.withBids());
        assertEquals(new BigDecimal("2"), cls.medianBids());
        assertEquals(1, cls.singleBid());
        assertEquals(33, cls.singleBidPercent());
        MarketFigures div = f.get("90|71");
        assertEquals(List.of("A1", "B1", "B2", "B3", "B4"), div.awardIds(), "the division holds its classes' awards");
        assertEquals(4, div.holders(), "one holder with two awards counts once");
        assertEquals(new BigDecimal("1.5"), div.medianBids(), "median of 1, 1, 2, 3");
        assertFalse(f.containsKey("7226|71"), "a market no need asks about is not kept");
        assertEquals(5, tally.awards().size(), "what the snapshot keeps: the counted awards, once each");
    }

    @Test
    void aFrameworksCallOffsAreNotCountedAsContractsOfTheirOwn() throws Exception {
        // officer Y4: a framework and its six call-offs made « 7 marchés » of one competition
        CompetitionTally tally = new CompetitionTally(Set.of("9091|71"), SINCE, UNTIL);
        String framework = award("F1", "20000000000001", "90919200-4", "2024-01-10", "71", "Code département", "4", "22222222200022")
                .replace("{\"id\"", "{\"nature\":\"Accord-cadre\",\"id\"");
        String own = award("C1", OWN, "90919200-4", "2024-03-01", "71", "Code département", "1", "11111111100011")
                .replace("{\"id\"", "{\"nature\":\"Marché subséquent\",\"id\"");
        String other = award("C2", "20000000000001", "90919200-4", "2024-05-01", "71", "Code département", "1", "22222222200022")
                .replace("\"dureeMois\"", "\"nature\":\"Marché subséquent\",\"dureeMois\"");
        // the nature read as characters (revG R3): any case, padded
        String shouted = award("C3", "20000000000002", "90919200-4", "2024-06-01", "71", "Code département", "1", "33333333300033")
                .replace("{\"id\"", "{\"nature\":\"  MARCHÉ SUBSÉQUENT \",\"id\"");
        DecpReader.Result r = read(file(framework, own, other, shouted), tally);
        assertEquals(List.of("C1"), r.awards().stream().map(a -> a.id()).toList(), "the buyer's call-off is still its award");
        assertEquals("Marché subséquent", r.awards().get(0).nature());
        MarketFigures cls = tally.figures().get("9091|71");
        assertEquals(List.of("F1"), cls.awardIds(), "the framework counts, its call-offs (own or another buyer's) do not");
        assertEquals(0, cls.singleBid(), "the call-offs' single bids are the framework holders', not the market's");
    }

    @Test
    void anotherBuyersFieldsThatTheFiguresDoNotUseAreNotRead() throws Exception {
        // the reader skips another buyer's subject, amount and duration without decoding them (most of the national
        // file): a broken one there no longer drops the award from the count; the configured buyer's is still skipped
        String broken = ",\"objet\":{\"texte\":\"une structure\"},\"montant\":\"beaucoup\"}";
        String other = award("B1", "20000000000001", "90919200-4", "2024-05-01", "71", "Code département", "2", "22222222200022");
        String own = award("A1", OWN, "90919200-4", "2024-03-01", "71", "Code département", "3", "11111111100011");
        CompetitionTally tally = new CompetitionTally(Set.of("9091|71"), SINCE, UNTIL);
        DecpReader.Result r = read(file(other.substring(0, other.length() - 1) + broken,
                own.substring(0, own.length() - 1) + broken), tally);
        assertEquals(List.of("B1"), tally.figures().get("9091|71").awardIds());
        assertTrue(r.awards().isEmpty());
        assertEquals(List.of(new DecpReader.Skipped("A1", "objet", "{…}")), r.skipped(), "the configured buyer's record is skipped and named");
    }

    @Test
    void aSnapshotOfTheCountedAwardsGivesTheSameFigures(@TempDir Path dir) throws Exception {
        CompetitionTally first = new CompetitionTally(Set.of("9091|71"), SINCE, UNTIL);
        read(file(award("B1", "20000000000001", "90919000-2", "2024-05-01", "71100", "Code postal", "1", "22222222200022"),
                award("B4", "20000000000004", "90919200-4", "2025-07-01", "71", "Code département", "2", "44444444400044")), first);
        Path snapshot = dir.resolve("market.json");
        AwardSource.write(first.awards(), snapshot);
        CompetitionTally again = new CompetitionTally(Set.of("9091|71"), SINCE, UNTIL);
        AwardSource.read(snapshot, Set.of(), again);
        assertEquals(first.figures(), again.figures());
        assertTrue(Files.size(snapshot) > 0);
    }

    @Test
    void aHolderWithABlankIdentifierIsCountedByItsNameInTheSnapshotToo(@TempDir Path dir) throws Exception {
        // 2019 format: a titulaire with an empty id and a name, as some platforms send it
        String named = "{\"marches\":[" + String.join(",",
                named("B1", "20000000000001", "Nettoyage Durandet SARL"),
                named("B2", "20000000000002", "Propreté du Val SAS")) + "]}";
        CompetitionTally first = new CompetitionTally(Set.of("9091|71"), SINCE, UNTIL);
        read(named, first);
        assertEquals(2, first.figures().get("9091|71").holders(), "two holders known by their names");
        Path snapshot = dir.resolve("market.json");
        AwardSource.write(first.awards(), snapshot);
        CompetitionTally again = new CompetitionTally(Set.of("9091|71"), SINCE, UNTIL);
        AwardSource.read(snapshot, Set.of(), again);
        assertEquals(first.figures(), again.figures(), "the snapshot keeps the name a blank identifier needs");
    }

    private static String named(String id, String buyer, String holderName) {
        return "{\"id\":\"" + id + "\",\"acheteur\":{\"id\":\"" + buyer + "\"},\"codeCPV\":\"90919200-4\""
                + ",\"dateNotification\":\"2024-05-01\",\"dureeMois\":12,\"montant\":1000"
                + ",\"lieuExecution\":{\"code\":\"71\",\"typeCode\":\"Code département\"}"
                + ",\"titulaires\":[{\"typeIdentifiant\":\"SIRET\",\"id\":\" \",\"denominationSociale\":\"" + holderName + "\"}]}";
    }

    @Test
    void aNeedsMarketIsItsClassThenItsDivision() {
        assertEquals(List.of("9091|71", "90|71"), CompetitionTally.keys("90919200-4", "71"));
        assertEquals(List.of("45|2A"), CompetitionTally.keys("45000000-7", "2A"), "a division-level code has no class");
        assertEquals(List.of(), CompetitionTally.keys("90919200-4", null));
    }

    @ParameterizedTest(name = "{1} {0} → {2}")
    @CsvSource(nullValues = "null", value = {
            "71, Code département, 71", "1, Code département, 01", "2a, Code département, 2A", "971, Code département, 971",
            "FR, Code département, null", "71100, Code postal, 71", "97110, Code postal, 971", "20000, Code postal, 2A",
            "20200, Code postal, 2B", "59512, Code commune, 59", "2B033, Code commune, 2B", "27, Code région, null",
            "FR, Code pays, null", "7110, Code postal, null"})
    void departementOfAnAwardsPlace(String code, String type, String dep) {
        assertEquals(dep, CompetitionTally.departement(code, type));
    }

    @Test
    void aPlaceWiderThanADepartementHasNone() {
        assertNull(CompetitionTally.departement(new org.vitrine.model.Place("region", "27", "Bourgogne-Franche-Comté", null)));
        assertEquals("59", CompetitionTally.departement(new org.vitrine.model.Place("commune", "59512", "Roubaix", "FRE11")));
    }
}
