package org.vitrine.ingest.awards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vitrine.model.Award;

class DecpReaderTest {

    static final Path DECP = Path.of("src/test/resources/decp");

    @Test
    void the2022FormatKeepsTheConfiguredBuyersAwardsWithBidsAndHolders() throws IOException {
        AwardSource.Result r = AwardSource.read(DECP.resolve("decp-2022-schema-sample.json"),
                Set.of("21710001200010", "26710000100017"));
        assertEquals(5, r.records());
        assertEquals(List.of("2023-NET-01", "2024-VOI-07"), r.awards().stream().map(Award::id).toList());
        Award cleaning = r.awards().get(0);
        assertEquals("90919200", cleaning.cpv());
        assertEquals(LocalDate.of(2023, 3, 1), cleaning.notification());
        // 48 months from 1 March 2023: the last day is 28 February 2027
        assertEquals(LocalDate.of(2027, 2, 28), cleaning.end());
        assertEquals(3, cleaning.bidsReceived());
        assertEquals(new BigDecimal("240000"), cleaning.amount());
        assertEquals("71", cleaning.placeCode());
        assertEquals(List.of(new Award.Holder("11122233300014", null)), cleaning.holders());
        assertEquals(2, r.awards().get(1).holders().size());
        // a date that is no date, an amount written with its currency: skipped and counted, the others read
        assertEquals(2, r.skippedCount());
        List<DecpReader.Skipped> skipped = r.skipped().get("decp-2022-schema-sample.json");
        assertEquals(new DecpReader.Skipped("2024-ASS-02", "dateNotification", "2024-13-45"), skipped.get(0));
        assertEquals(new DecpReader.Skipped("2022-INF-11", "montant", "12 000,00 €"), skipped.get(1));
    }

    @Test
    void a2022HolderNamedBesideItsWrapperIsOneHolderWithItsName() throws IOException {
        // officer X: the name written beside {"titulaire": {...}} made a holder with the bare SIRET and another with the
        // name only; inside the wrapper, or with no name at all, it is as before
        String json = "{\"marches\": {\"marche\": [{\"id\": \"2024-NET-09\", \"acheteur\": {\"id\": \"21710001200010\"},"
                + " \"codeCPV\": \"90919200-4\", \"dateNotification\": \"2024-01-01\", \"dureeMois\": 36, \"titulaires\": ["
                + "{\"titulaire\": {\"typeIdentifiant\": \"SIRET\", \"id\": \"11122233300014\"}, \"denominationSociale\": \"Net Pro\"},"
                + "{\"titulaire\": {\"typeIdentifiant\": \"SIRET\", \"id\": \"44455566600027\", \"denominationSociale\": \"Propre SA\"}},"
                + "{\"titulaire\": {\"typeIdentifiant\": \"SIRET\", \"id\": \"77788899900011\"}}]}]}}";
        DecpReader.Result r = DecpReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), Set.of("21710001200010"));
        assertEquals(List.of(new Award.Holder("11122233300014", "Net Pro"), new Award.Holder("44455566600027", "Propre SA"),
                new Award.Holder("77788899900011", null)), r.awards().get(0).holders());
    }

    @Test
    void the2019FormatOfTheStateFileIsReadWithItsSevenDigitCpv() throws IOException {
        AwardSource.Result r = AwardSource.read(DECP.resolve("decp-2019-etat-dae.json"), Set.of("13002220500012"));
        assertEquals(284, r.records());
        assertEquals(284, r.awards().size());
        assertEquals(0, r.skippedCount());
        Award electricity = r.awards().stream().filter(a -> a.id().equals("20182018F0007800")).findFirst().orElseThrow();
        assertEquals("09310000", electricity.cpv());
        assertEquals(60, electricity.durationMonths());
        assertEquals("Accord-cadre", electricity.nature());
        assertNull(electricity.bidsReceived());
        assertEquals("75", electricity.placeCode());
    }

    @Test
    void anotherBuyersAwardsAreNotKept() throws IOException {
        AwardSource.Result r = AwardSource.read(DECP.resolve("decp-2019-etat-dae.json"), Set.of("21710001200010"));
        assertEquals(284, r.records());
        assertTrue(r.awards().isEmpty());
    }

    @Test
    void aFolderIsReadInNameOrderAndAnAwardSentTwiceIsKeptOnce(@TempDir Path dir) throws IOException {
        Files.copy(DECP.resolve("decp-2022-schema-sample.json"), dir.resolve("a.json"));
        Files.copy(DECP.resolve("decp-2022-schema-sample.json"), dir.resolve("b.json"));
        Files.writeString(dir.resolve("notes.txt"), "not read");
        AwardSource.Result r = AwardSource.read(dir, Set.of("21710001200010"));
        assertEquals(10, r.records());
        assertEquals(2, r.awards().size());
    }

    @Test
    void theSnapshotWrittenReadsBackTheSameAwards(@TempDir Path dir) throws IOException {
        AwardSource.Result r = AwardSource.read(DECP.resolve("decp-2022-schema-sample.json"), Set.of("21710001200010"));
        AwardSource.write(r.awards(), dir.resolve("s/awards.json"));
        assertEquals(r.awards(), AwardSource.read(dir.resolve("s/awards.json"), Set.of("21710001200010")).awards());
    }

    @Test
    void aFileThatIsNotJsonFailsTheSourceAndAMissingOneToo(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("x.json"), "id;acheteur\n1;2\n");
        assertThrows(IOException.class, () -> AwardSource.read(dir.resolve("x.json"), Set.of()));
        assertThrows(java.nio.file.NoSuchFileException.class, () -> AwardSource.read(dir.resolve("gone"), Set.of()));
    }

    @Test
    void aFieldOfTheWrongShapeSkipsItsRecordOnly() throws IOException {
        String json = "{\"marches\":[{\"id\":\"A\",\"acheteur\":{\"id\":\"21710001200010\"},\"codeCPV\":{\"x\":1},"
                + "\"dateNotification\":\"2020-01-01\"},{\"id\":\"B\",\"acheteur\":{\"id\":\"21710001200010\"},"
                + "\"codeCPV\":\"30200000-1\",\"dateNotification\":\"2020-01-01T00:00:00+01:00\",\"dureeMois\":\"NC\"}]}";
        DecpReader.Result r = DecpReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                Set.of("21710001200010"));
        assertEquals(List.of("B"), r.awards().stream().map(Award::id).toList());
        assertNull(r.awards().get(0).end());
        assertEquals(new DecpReader.Skipped("A", "codeCPV", "{…}"), r.skipped().get(0));
    }

    @ParameterizedTest
    @CsvSource({"45316110-9,45316110", "9310000,09310000", "30200000,30200000", "302,", "'',", "0931000,00931000",
            "45.31.61.10,45316110", "'1 234567-8',01234567", "453161109,", "4531611X-9,", "+4531611-0,", "00000000-0,00000000"})
    void cpvCodes(String written, String expected) {
        assertEquals(expected, DecpReader.cpv8(written));
    }

    /** The date is read by hand (it runs on every counted record): exactly as LocalDate.parse reads its first ten characters. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"2024-03-01", "2024-02-29", "2023-02-29", "2023-02-30", "2024-13-01",
            "2024-00-10", "2024-01-00", "2024-01-32", "0000-01-01", "2019-03-04+01:00", "2019-03-04T00:00:00Z", "2019-3-04xx",
            "2019/03/04", "+2019-03-0", "２０１９-03-04", "2019-0a-04", "2019-03-4", "20190304", ""})
    void datesAsTheLibraryReadsThem(String written) {
        LocalDate library;
        try {
            library = written.length() < 10 ? null : LocalDate.parse(written.substring(0, 10));
        } catch (java.time.format.DateTimeParseException e) {
            library = null;
        }
        assertEquals(library, DecpReader.date(written));
    }
}
