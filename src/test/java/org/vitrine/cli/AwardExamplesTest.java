package org.vitrine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped examples with their past awards (examples/awards, one file per DECP format): the staff report shows
 * the current contracts and why, exactly one renewal is missing from the forecast (the Région's photocopiers), in
 * its feedback file too; no holder reaches public files (privacy.publishIncumbent is false); a missing awards
 * file stops a run whose source says abort.
 */
class AwardExamplesTest {

    @TempDir
    static Path tmp;

    static Path out;
    static String console;

    @BeforeAll
    static void runExamples() {
        out = tmp.resolve("out");
        CliRunner.Result r = CliRunner.run("run", "--config", "config", "--out", out.toString(), "--date", "2026-11-26");
        assertEquals(1, r.exit(), r.out() + r.err());
        console = r.out() + r.err();
    }

    /**
     * Officer Y, D5: the console said nothing of the awards source, and run-report.json gave it 7 records while 15 were
     * read. 15 in the three files, 7 of them the Région's and the Métropole's; 11 counted for competition: the 8 other
     * buyers' and 3 of theirs (2024RBV031, 2024-MVS-0108, 2025-MVS-0011), notified since 26 November 2023 in a market
     * and département a need asks about (the snapshot's market.json).
     */
    @Test
    void theConsoleAndTheRunReportSayWhatTheAwardsSourceReadKeptSkippedAndCounted() throws IOException {
        assertTrue(console.contains("Marchés passés, source attributions : 15 marchés lus, dont 7 des acheteurs configurés, gardés "
                + "comme preuve ; aucun ignoré ; 11 comptés pour mesurer la concurrence (internal/competition.csv)"), console);
        var sources = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.resolve("2027/internal/run-report.json").toFile())
                .path("sources");
        var awards = java.util.stream.StreamSupport.stream(sources.spliterator(), false)
                .filter(s -> "awards".equals(s.path("kind").asText())).findFirst().orElseThrow();
        assertEquals(15, awards.path("records").asLong(), "what was read, as the console says");
        assertEquals(7, awards.path("kept").asLong());
        assertEquals(0, awards.path("skipped").asLong());
        assertEquals(11, awards.path("counted").asLong());
    }

    @Test
    void staffSeeEachCurrentContractWithWhyItWasLinked() throws IOException {
        String region = Files.readString(out.resolve("2027/internal/risks/region-bourgogne-vallees.html"));
        assertTrue(region.contains("2023RBV014"), "nettoyage du siège");
        assertTrue(region.contains("Propreté Bourguignonne"));
        assertTrue(region.contains("même code CPV 90919200 ; le marché se termine le"), "why the link was made");
        // 48 months from 1 June 2023 end on 31 May 2027, the incumbent end the need gives (lawyer D, defect 12: it said 1 June)
        assertTrue(region.contains("le marché se termine le 31 mai 2027, soit la fin du contrat en cours indiquée"), "same day");
        // a 2022-format award names its holder by SIRET only: said as one, not a bare number (officer X)
        assertTrue(region.contains("<td>SIRET 775 123 456 00045 (nom absent des données essentielles)</td>"), "2023RBV020's holder");
        String metropole = Files.readString(out.resolve("2027/internal/risks/metropole-val-de-saone.html"));
        assertTrue(metropole.contains("lien confirmé par l’équipe achats (config/award-links.yaml, marché 2024-MVS-0108)"));
    }

    @Test
    void exactlyOneRenewalIsMissingInTheReportAndTheFeedbackFile() throws IOException {
        String summary = Files.readString(out.resolve("2027/internal/risks.html"));
        assertTrue(summary.contains("Renouvellements attendus absents de la prévision"));
        long lines = 0;
        try (Stream<Path> files = Files.list(out.resolve("2027/internal/feedback"))) {
            for (Path f : files.toList()) {
                List<String> renewal = Files.readAllLines(f).stream().filter(l -> l.startsWith("Renouvellement attendu")).toList();
                lines += renewal.size();
                if (!renewal.isEmpty()) {
                    assertEquals("region-bourgogne-vallees.csv", f.getFileName().toString());
                    assertTrue(renewal.get(0).contains("2023RBV077"), renewal.get(0));
                    // the buyer's line gives the date the staff's point gives (officer X: it gave none)
                    assertTrue(renewal.get(0).contains("lancez la consultation au plus tard le 11 janvier 2027"), renewal.get(0));
                }
            }
        }
        assertEquals(1, lines);
        String region = Files.readString(out.resolve("2027/internal/risks/region-bourgogne-vallees.html"));
        assertTrue(region.contains("id=\"renewal-2023RBV077\""));
        assertTrue(region.contains("L2111-1"));
        // the buyer's table gives the launch-by date of the point too (officer Y2), and no look-alike here
        assertTrue(region.contains("<th>À lancer au plus tard</th>"), "column");
        assertTrue(region.matches("(?s).*<tr id=\"renewal-2023RBV077\">.*<td>11 janvier 2027</td><td></td></tr>.*"), "row");
    }

    @Test
    void theMissingRenewalIsATrackedPointOfRisksCsvCountedWithTheOthers() throws IOException {
        // lawyer D, defect 11: it was in the report and the feedback file, but no line of risks.csv (no owner, status, count)
        List<String> lines = Files.readAllLines(out.resolve("2027/internal/risks.csv")).stream()
                .filter(l -> l.contains(";EXPECTED_RENEWAL_MISSING;")).toList();
        assertEquals(1, lines.size(), lines.toString());
        String line = lines.get(0);
        assertTrue(line.startsWith("2023RBV077;Région Bourgogne-Vallées;"), line);
        assertTrue(line.contains("se termine le 31 mars 2027"), "48 months from 1 April 2023: " + line);
        // open procedure, 77 days to notification and 3 days of transmission to the prefect (the Région has legalityCheck, lawyer I
        // defect 9): launched by 11 January 2027, before the event of 4 February; due four weeks earlier
        assertTrue(line.contains("à lancer au plus tard le 11 janvier 2027"), line);
        assertTrue(line.contains("dont 3 jours de transmission au contrôle de légalité"), line);
        assertTrue(line.contains(";À traiter avant le salon;14/12/2026;"), line);
        // the worked example of docs/RISKS.md §8 states these dates (officer X: it still said 14 January and 17 December)
        String spec = Files.readString(Path.of("docs/RISKS.md")).replaceAll("\\s+", " ");
        assertTrue(spec.contains("The examples' `2023RBV077` ends 31 March 2027: an open procedure")
                && spec.contains("launched by 11 January 2027, due 14 December 2026, section S"), "docs/RISKS.md's example");
        assertTrue(line.matches(".*;2023RBV077\\|EXPECTED_RENEWAL_MISSING\\|[0-9a-f]{16}$"), "its key: " + line);
        String summary = Files.readString(out.resolve("2027/internal/risks.html"));
        assertTrue(summary.contains("<code>EXPECTED_RENEWAL_MISSING</code>"), "counted in the table by section and rule");
        String runReport = Files.readString(out.resolve("2027/internal/run-report.json"));
        assertTrue(runReport.contains("\"EXPECTED_RENEWAL_MISSING\" : 1"), "and in run-report.json's risksByRule");
    }

    @Test
    void competitionItemsStateTheMeasuredFiguresTraceableToAwardIds() throws IOException {
        String risks = Files.readString(out.resolve("2027/internal/risks.csv"));
        String line = risks.lines().filter(l -> l.startsWith("chu-beaumont-chu-27-001;") && l.contains(";LOW_COMPETITION;"))
                .findFirst().orElseThrow();
        assertTrue(line.contains("sur 8 marchés de la classe CPV 3369 exécutés dans le département 71 et notifiés depuis le 26 novembre 2023, "
                + "4 titulaires différents ; médiane des offres reçues : 1 sur les 7 marchés qui le disent, 57 % avec une "
                + "seule offre"), line);
        // every award counted is named, the other buyers' included (none of them is configured); every need quoting the
        // figures too: chu-27-022 (same class and département, no risk item) quotes them on its page (officer X: only
        // chu-27-001 was named)
        assertTrue(Files.readString(out.resolve("2027/public/needs/chu-beaumont-chu-27-022.html"))
                .contains("8 marchés de la classe CPV 3369 exécutés dans le département 71"), "its « Le marché en bref »");
        String row = Files.readAllLines(out.resolve("2027/internal/competition.csv")).stream().filter(l -> l.startsWith("3369;71;"))
                .findFirst().orElseThrow();
        assertTrue(row.endsWith(";8;4;7;1;4;chu-beaumont-chu-27-001 chu-beaumont-chu-27-022;2023-LAB-118 2024-BIO-07 2024-LAB-031 "
                + "2025-BIO-02 2025-LAB-009 2026-BIO-11 24S0042 25S0017"), row);
        String pub = Files.readString(out.resolve("2027/public/data/needs.json"));
        assertFalse(pub.contains("Concurrence mesurée"), "staff text only");
    }

    /** Suppliers see the same measured figures, as plain facts with their source, and only where there are enough. */
    @Test
    void aNeedPageShowsTheMarketAtAGlanceOnlyWithEnoughPastAwards() throws IOException {
        String page = Files.readString(out.resolve("2027/public/needs/chu-beaumont-chu-27-001.html"));
        String block = page.substring(page.indexOf("<section class=\"market\""), page.indexOf("</section>", page.indexOf("<section class=\"market\"")));
        assertTrue(block.contains("Le marché en bref"), block);
        assertTrue(block.contains("8 marchés de la classe CPV 3369 exécutés dans le département 71 ont été attribués par des acheteurs "
                + "publics depuis le 26 novembre 2023, à 4 titulaires différents."), block);
        assertTrue(block.contains("Offres reçues : 1 en médiane sur les 7 marchés qui l’indiquent ; 57 % n’en ont reçu qu’une."), block);
        assertTrue(block.contains("données essentielles de la commande publique (DECP)"), "its source");
        assertFalse(block.contains("Propreté") || block.contains("faible") || block.contains("concurrence"), "no holder, no judgement");
        // the Région's cleaning need: 2 awards of its market in the examples, under the floor of 5
        assertFalse(Files.readString(out.resolve("2027/public/needs/region-bourgogne-vallees-rbv-2027-01.html")).contains("class=\"market\""));
    }

    @Test
    void needsJsonCountsTheAwardsSourceAsTheAwardsItGaveNotZero() throws IOException {
        var sources = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.resolve("2027/public/data/needs.json").toFile())
                .path("edition").path("sources");
        var awards = java.util.stream.StreamSupport.stream(sources.spliterator(), false)
                .filter(s -> "awards".equals(s.path("kind").asText())).findFirst().orElseThrow();
        assertEquals(7, awards.path("records").asLong(), "the Région's and the Métropole's awards; the other buyers' are not theirs");
    }

    @Test
    void holdersStayOffPublicFiles() throws IOException {
        try (Stream<Path> files = Files.walk(out.resolve("2027/public"))) {
            for (Path f : files.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(html|json|csv|xml)$")).toList()) {
                assertFalse(Files.readString(f).contains("Propreté Bourguignonne"), f.toString());
            }
        }
    }

    @Test
    void aMissingAwardsFileStopsTheRunWhenItsSourceSaysAbort() throws IOException {
        Path config = TestConfig.in(tmp.resolve("abort")).spreadsheets(Path.of("examples/spreadsheets")).brochure(false)
                .source(TestConfig.Source.awards("attributions", "/nonexistent/decp.json").onFailure("abort")).write();
        CliRunner.Result r = CliRunner.run("run", "--config", config.toString(), "--out", tmp.resolve("abort-out").toString(),
                "--date", "2026-11-26");
        assertEquals(3, r.exit(), r.out() + r.err());
        assertTrue((r.out() + r.err()).contains("/nonexistent/decp.json"), r.out() + r.err());
    }

    @Test
    void aFailedAwardsSourceUnderKeepLastGoodReadsItsSnapshot() throws IOException {
        Path awards = Files.createDirectories(tmp.resolve("keep/awards"));
        try (Stream<Path> files = Files.list(Path.of("examples/awards"))) {
            for (Path f : files.toList()) {
                Files.copy(f, awards.resolve(f.getFileName()));
            }
        }
        Path config = TestConfig.in(tmp.resolve("keep")).spreadsheets(Path.of("examples/spreadsheets")).brochure(false)
                .source(TestConfig.Source.awards("attributions", awards).onFailure("keep-last-good")).write();
        Path keepOut = tmp.resolve("keep-out");
        CliRunner.Result first = CliRunner.run("run", "--config", config.toString(), "--out", keepOut.toString(), "--date", "2026-11-26");
        assertEquals(1, first.exit(), first.out() + first.err());
        try (Stream<Path> files = Files.list(awards)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(awards);
        CliRunner.Result again = CliRunner.run("run", "--config", config.toString(), "--out", keepOut.toString(), "--date", "2026-11-27");
        assertEquals(4, again.exit(), again.out() + again.err());
        assertTrue((again.out() + again.err()).contains("attributions"), again.out());
        assertTrue(again.out().contains("Marchés passés, source attributions (instantané de la dernière lecture réussie) : 7 marchés lus, "
                + "dont 7 des acheteurs configurés"), again.out());
        String region = Files.readString(keepOut.resolve("2027/internal/risks/region-bourgogne-vallees.html"));
        assertTrue(region.contains("id=\"renewal-2023RBV077\""), "the awards of the last good read");
        assertTrue(Files.readString(keepOut.resolve("2027/internal/competition.csv")).contains("\n3369;71;27 novembre 2023;8;4;7;1;4;"),
                "the competition measured at the last good read (its market.json)");
    }

    @Test
    void anAwardsSourceWithAUrlIsFetchedAsARestSourceIs() throws IOException {
        com.github.tomakehurst.wiremock.WireMockServer server = new com.github.tomakehurst.wiremock.WireMockServer(
                com.github.tomakehurst.wiremock.core.WireMockConfiguration.options().dynamicPort());
        server.start();
        try {
            server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get("/decp/2019.json").willReturn(
                    com.github.tomakehurst.wiremock.client.WireMock.okJson(
                            Files.readString(Path.of("examples/awards/decp-2019-region-metropole.json")))));
            Path config = TestConfig.in(tmp.resolve("url")).spreadsheets(Path.of("examples/spreadsheets")).brochure(false)
                    .source(TestConfig.Source.awardsAt("attributions", "http://localhost:" + server.port() + "/decp/2019.json")
                            .onFailure("abort"))
                    .write();
            Path urlOut = tmp.resolve("url-out");
            CliRunner.Result r = CliRunner.run("run", "--config", config.toString(), "--out", urlOut.toString(), "--date", "2026-11-26");
            assertEquals(1, r.exit(), r.out() + r.err());
            String region = Files.readString(urlOut.resolve("2027/internal/risks/region-bourgogne-vallees.html"));
            assertTrue(region.contains("2023RBV014"), "a current contract from the fetched file");
            assertTrue(region.contains("id=\"renewal-2023RBV077\""));
            server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get("/decp/2019.json").willReturn(
                    com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(404)));
            CliRunner.Result gone = CliRunner.run("run", "--config", config.toString(), "--out", urlOut.toString(), "--date", "2026-11-27");
            assertEquals(3, gone.exit(), "abort: nothing published");
            assertTrue((gone.out() + gone.err()).contains("attributions"), gone.out() + gone.err());
        } finally {
            server.stop();
        }
    }

    /**
     * Two awards sources (the national file and a buyer's own export, say): a market's competition counts the
     * contracts of both, a contract present in both once — the second source's figures used to replace the first's.
     * The other buyers' file is cut in two: contracts 1–5 in one source, 4–8 in the other.
     */
    @Test
    void twoAwardsSourcesAddUpAndAContractInBothCountsOnce() throws IOException {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var decp = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(Path.of("examples/awards/decp-2022-autres-acheteurs-71.json").toFile());
        var all = (com.fasterxml.jackson.databind.node.ArrayNode) decp.path("marches").path("marche");
        assertEquals(8, all.size());
        Path config = TestConfig.in(tmp.resolve("two")).spreadsheets(Path.of("examples/spreadsheets")).brochure(false)
                .source(TestConfig.Source.awards("decp-national", part(json, decp, all, 0, 5, tmp.resolve("two/national"))))
                .source(TestConfig.Source.awards("decp-acheteur", part(json, decp, all, 3, 8, tmp.resolve("two/own"))))
                .marketAtAGlance(false).write();
        Path twoOut = tmp.resolve("two-out");
        CliRunner.Result r = CliRunner.run("run", "--config", config.toString(), "--out", twoOut.toString(), "--date", "2026-11-26");
        assertEquals(1, r.exit(), r.out() + r.err());
        String row = Files.readAllLines(twoOut.resolve("2027/internal/competition.csv")).stream().filter(l -> l.startsWith("3369;71;"))
                .findFirst().orElseThrow();
        assertTrue(row.endsWith(";8;4;7;1;4;chu-beaumont-chu-27-001;2023-LAB-118 2024-BIO-07 2024-LAB-031 "
                + "2025-BIO-02 2025-LAB-009 2026-BIO-11 24S0042 25S0017"), "the same 8 contracts as one file gives: " + row);
        // (this run also switches « Le marché en bref » off: the staff's figures stay, the suppliers' block goes)
        assertFalse(Files.readString(twoOut.resolve("2027/public/needs/chu-beaumont-chu-27-001.html")).contains("class=\"market\""));
    }

    /** Contracts from..to (exclusive) of a DECP 2022 file, written alone in a folder of their own. */
    private static Path part(com.fasterxml.jackson.databind.ObjectMapper json, com.fasterxml.jackson.databind.node.ObjectNode decp,
            com.fasterxml.jackson.databind.node.ArrayNode all, int from, int to, Path dir) throws IOException {
        var copy = decp.deepCopy();
        var some = ((com.fasterxml.jackson.databind.node.ObjectNode) copy.path("marches")).putArray("marche");
        for (int i = from; i < to; i++) {
            some.add(all.get(i));
        }
        Files.createDirectories(dir);
        json.writeValue(dir.resolve("decp.json").toFile(), copy);
        return dir;
    }
}
