package org.vitrine.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.cli.CliRunner;
import org.vitrine.cli.TestConfig;

/**
 * The rules against two labelled corpora written from docs/RISKS.md before the rules: the shipped examples and the
 * risk corpus (src/test/resources/risk-corpus). Per rule, every required flag is raised (recall 100 %) and at
 * least 95 % of the flags raised are required (precision); the live variant of each live consultation is the
 * labelled one. The scores are printed.
 */
class RiskCorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/risk-corpus");

    @TempDir
    Path tmp;

    @Test
    void examplesMeetTheirLabels() throws Exception {
        Path config = copyShippedConfig();
        Path out = tmp.resolve("out");
        run(config, out, "2026-11-26");
        check("examples", CORPUS.resolve("examples.labels.csv"), out);
    }

    @Test
    void riskCorpusMeetsItsLabels() throws Exception {
        Path out = tmp.resolve("out");
        Path config = corpusConfig(CORPUS.resolve("config"), CORPUS.resolve("previous"));
        run(config, out, "2026-10-01");
        corpusConfig(CORPUS.resolve("config"), CORPUS.resolve("spreadsheets"));
        run(config, out, "2026-11-26");
        check("corpus", CORPUS.resolve("corpus.labels.csv"), out);
    }

    /**
     * The forecast a French procurement lawyer wrote and graded item by item (risk-corpus/lawyer/README.md): no item
     * graded wrong comes back, every item is graded and at least 90 % of the items are useful. The grades per code
     * are printed; every planted problem must be found (a code under 80 % does not fail yet).
     */
    @Test
    void lawyerCorpusKeepsTheLawyersGrades() throws Exception {
        Path lawyer = CORPUS.resolve("lawyer");
        Path config = corpusConfig(lawyer.resolve("config"), lawyer.resolve("spreadsheets"));
        Path out = tmp.resolve("out");
        run(config, out, "2026-11-26");
        Path labelsFile = lawyer.resolve("labels.csv");
        CorpusLabels labels = CorpusLabels.read(labelsFile);
        Map<String, CorpusLabels.Grade> grades = labels.grade(out.resolve("2027/internal/needs.json"));
        int useful = 0;
        int items = 0;
        StringBuilder report = new StringBuilder("lawyer:\n");
        for (CorpusLabels.Grade g : grades.values()) {
            report.append("  ").append(g).append('\n');
            useful += g.useful().size();
            items += g.items();
        }
        report.append(String.format("  overall useful %5.1f %% (%d/%d)%n", 100.0 * useful / items, useful, items));
        Set<String> flagged = CorpusLabels.flagged(out.resolve("2027/internal/needs.json"));
        Set<String> missed = new TreeSet<>(labels.mustNoted("planted", labelsFile));
        missed.removeAll(flagged);
        report.append("  planted and missed: ").append(missed).append('\n');
        System.out.print(report);
        for (CorpusLabels.Grade g : grades.values()) {
            assertEquals(List.of(), g.wrong(), report.toString());
            assertEquals(List.of(), g.ungraded(), report.toString());
        }
        // every problem the lawyer planted is found (issue 17 leftovers); a code under 80 % useful is not asserted yet
        assertEquals(Set.of(), missed, report.toString());
        assertTrue(useful >= 0.90 * items, report.toString());
    }

    /**
     * Lawyer D's forecast (risk-corpus/lawyerD/README.md), run with the shipped risks.yaml: no item graded wrong comes
     * back but those noted open, every item is graded, every planted trap is found, at least 90 % of the items are
     * useful and no code is under 80 %; the texts version
     * 2.6 corrected say what the lawyer expected.
     */
    @Test
    void lawyerDCorpusKeepsTheLawyersGrades() throws Exception {
        Path lawyer = CORPUS.resolve("lawyerD");
        Path config = TestConfig.in(tmp, lawyer.resolve("config")).spreadsheets(lawyer.resolve("spreadsheets"))
                .source(TestConfig.Source.awards("attributions", lawyer.resolve("awards")).with("matchDays", 120)).write();
        Files.copy(Path.of("config/risks.yaml"), config.resolve("risks.yaml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path needs = keepsTheGrades("lawyer D", lawyer, config);
        // defect 1: at or above T the only alternative to an R2122 ground is a formalised procedure, never a MAPA
        String ct = message(needs, "chu-beaumont-chu27-04", "MAPA_ABOVE_THRESHOLD");
        assertTrue(ct.contains("procédure formalisée est requise") && !ct.contains("sinon prévoyez une procédure adaptée"), ct);
        // defects 5 and 10: one line per fix, stating both rules
        assertTrue(message(needs, "ville-beaumont-sur-saone-vb27-02", "MAPA_ABOVE_THRESHOLD").contains("Besoin non alloti"));
        assertTrue(message(needs, "chu-beaumont-chu27-18", "PARTIAL_COVERAGE").contains("2 fournisseurs connus"));
    }

    /**
     * Lawyer E's forecast (risk-corpus/lawyerE/README.md), run with the shipped risks.yaml: no item graded wrong and no
     * lookalike comes back, every item is graded, every planted trap is found (T16 reagents of four disciplines in one
     * lot, T17 a restricted procedure's 20 days, T24 a framework « sans montant maximum »), at least 90 % of the items
     * are useful and no code is under 80 %.
     */
    @Test
    void lawyerECorpusKeepsTheLawyersGrades() throws Exception {
        Path lawyer = CORPUS.resolve("lawyerE");
        Path config = TestConfig.in(tmp, lawyer.resolve("config")).spreadsheets(lawyer.resolve("spreadsheets")).write();
        Files.copy(Path.of("config/risks.yaml"), config.resolve("risks.yaml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path needs = keepsTheGrades("lawyer E", lawyer, config);
        // defect 4: a lot of an operation is not « tous corps d'état »
        assertTrue(message(needs, "agglo-grand-clunisois-cagc-27-04", "NOT_ALLOTTED").startsWith("(no "));
        // defect 3: the four disciplines are named as the evidence
        assertTrue(message(needs, "ch-montceau-les-forges-chm-27-19", "NOT_ALLOTTED").contains("biochimie, hématologie, hémostase, immunologie"),
                message(needs, "ch-montceau-les-forges-chm-27-19", "NOT_ALLOTTED"));
        // defect 10: the buyer's « partielle » is stated in the NOT_ALLOTTED line of the same need, not on a line of its own
        assertTrue(message(needs, "ch-montceau-les-forges-chm-27-21", "NOT_ALLOTTED").contains("Couverture partielle du besoin"));
    }

    /**
     * Lawyer F's forecast (risk-corpus/lawyerF/README.md) with its past awards, run with the shipped risks.yaml: no
     * item graded wrong or noise and no lookalike comes back, every item is graded (the items the risk10b change
     * decides are may), every planted trap is found (T16 five product families in one lot, T20 one known maintainer
     * of an installed software, T21 multi-trade works at 7.5 M€ in one lot), at least 90 % useful, no code under 80 %.
     */
    @Test
    void lawyerFCorpusKeepsTheLawyersGrades() throws Exception {
        Path lawyer = CORPUS.resolve("lawyerF");
        Path config = TestConfig.in(tmp, lawyer.resolve("config")).spreadsheets(lawyer.resolve("spreadsheets"))
                .source(TestConfig.Source.awards("attributions", lawyer.resolve("awards")).with("matchDays", 120)).write();
        Files.copy(Path.of("config/risks.yaml"), config.resolve("risks.yaml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path needs = keepsTheGrades("lawyer F", lawyer, config);
        // D4: the five product families are named as the evidence (they are in brackets)
        String ppe = message(needs, "sdis-haute-arvene-sdis-27-03", "NOT_ALLOTTED");
        assertTrue(ppe.contains("tenues de feu, textiles, chaussures, gants, casques"), ppe);
        // D3, T20: no « allot » for one software's maintenance, but its one maintainer: exclusivity or sourcing
        String software = message(needs, "sdis-haute-arvene-sdis-27-12", "PARTIAL_COVERAGE");
        assertTrue(software.contains("R2122-3") && software.contains("mainteneurs"), software);
        // D8: a value just under a threshold with nothing suggesting an error is information; since version 2.10 (lawyer G:
        // noise for the officer) it is off the staff report and risks.csv, and in the buyer's feedback file only
        Path csv = tmp.resolve("out/2027/internal/risks.csv");
        List<String> edges = Files.readAllLines(csv).stream().filter(l -> l.contains("THRESHOLD_EDGE")).toList();
        assertEquals(List.of(), edges);
        String sdis = Files.readString(tmp.resolve("out/2027/internal/feedback/sdis-haute-arvene.csv"));
        String dept = Files.readString(tmp.resolve("out/2027/internal/feedback/departement-haute-arvene.csv"));
        assertTrue(sdis.contains("Vérifiez l’estimation sur toute la durée") && dept.contains("Vérifiez l’estimation sur toute la durée"), sdis);
        // D7: the Département's cleaning, not allotted, is in no grouping item; since version 2.24 (lawyer Q R60) it is left
        // out before the clusters are formed, and its cluster's other members (the OPH, the ville) are one item without it
        assertTrue(message(needs, "departement-haute-arvene-dha-27-14", "GROUPING_OPPORTUNITY").startsWith("(no "));
        String cleaning = message(needs, "oph-arvene-habitat-oph-27-01", "GROUPING_OPPORTUNITY");
        assertTrue(cleaning.startsWith("2 besoins de 2 acheteurs") && !cleaning.contains("collèges"), cleaning);
    }

    /**
     * Lawyer G's forecast (risk-corpus/lawyerG/README.md) with its past awards, run with the shipped risks.yaml: no
     * item graded wrong or noise and no lookalike comes back, every item is graded (the defects not fixed yet are may,
     * noted « left »), every planted trap is found, at least 90 % useful, no code under 80 %.
     */
    @Test
    void lawyerGCorpusKeepsTheLawyersGrades() throws Exception {
        Path lawyer = CORPUS.resolve("lawyerG");
        Path config = TestConfig.in(tmp, lawyer.resolve("config")).spreadsheets(lawyer.resolve("spreadsheets"))
                .source(TestConfig.Source.awards("attributions", lawyer.resolve("awards")).with("matchDays", 120)).write();
        Files.copy(Path.of("config/risks.yaml"), config.resolve("risks.yaml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        keepsTheGrades("lawyer G", lawyer, config);
        // defect 9: the imaging contract 2023CHA09 renews CH-27-33 only, not also CH-27-02 (sterilisation) on the generic CPV
        String hospital = staffPage("ch-montvallon");
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("CH-27-(\\d\\d) — [^<]*</td>\\s*<td[^>]*>\\s*2023CHA09").matcher(hospital);
        List<String> linked = new java.util.ArrayList<>();
        while (link.find()) {
            linked.add(link.group(1));
        }
        assertEquals(List.of("33"), linked, hospital);
        // T37 (version 2.10): the CCAS's cleaning 2023CCASA19 ends 31/12/2026, before the forecast year: a renewal point
        String ccas = staffPage("ccas-saint-leger");
        assertTrue(ccas.contains("2023CCASA19") && ccas.contains("ce marché se termine avant l’année de la prévision"), ccas);
    }

    /**
     * Lawyer H's forecast (risk-corpus/lawyerH/README.md) with its past awards, run with the shipped risks.yaml: no
     * item graded wrong or noise and no lookalike comes back, every item is graded (the defects not fixed yet are may,
     * noted « left »), every planted trap is found, at least 90 % useful, no code under 80 %.
     */
    @Test
    void lawyerHCorpusKeepsTheLawyersGrades() throws Exception {
        Path lawyer = CORPUS.resolve("lawyerH");
        Path config = TestConfig.in(tmp, lawyer.resolve("config")).spreadsheets(lawyer.resolve("spreadsheets"))
                .source(TestConfig.Source.awards("attributions", lawyer.resolve("awards")).with("matchDays", 120)).write();
        Files.copy(Path.of("config/risks.yaml"), config.resolve("risks.yaml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        keepsTheGrades("lawyer H", lawyer, config);
        // D3: the headline's « contrats en cours s'arrêtent avant » names SMEP-27-09 (incumbent ends 31/01), not
        // UNIV-27-15 (a tight schedule with no current contract)
        String report = Files.readString(tmp.resolve("out/2027/internal/risks.html"));
        java.util.regex.Matcher keep = java.util.regex.Pattern.compile("Ne faites pas décaler ([^<]*?), dont").matcher(report);
        assertTrue(keep.find(), report);
        assertEquals("SMEP-27-09", keep.group(1), keep.group(0));
        // D6, D10 (version 2.11): CPV precision is the buyer's: no CPV_IMPRECISE line in risks.csv; the université's
        // feedback file proposes hazardous waste for its chemical waste and language courses for its language training
        Path csv = tmp.resolve("out/2027/internal/risks.csv");
        assertEquals(List.of(), Files.readAllLines(csv).stream().filter(l -> l.contains("CPV_IMPRECISE")).toList());
        String univ = Files.readString(tmp.resolve("out/2027/internal/feedback/universite-rhone-est.csv"));
        assertTrue(univ.contains("90520000-8") && univ.contains("80580000-3") && !univ.contains("90511000-2"), univ);
        // D12: the 1.8 M€ launched 4 days after the event is to settle before it
        String shortNotice = Files.readAllLines(csv).stream()
                .filter(l -> l.startsWith("universite-rhone-est-univ-27-09;") && l.contains("SHORT_NOTICE")).findFirst().orElseThrow();
        assertTrue(shortNotice.contains("avant le salon") && !shortNotice.contains("Pour information"), shortNotice);
        // D7: the guarding 2023REG090 (an Annex XIV service at 540 k€) is timed as the MAPA it may be
        String region = staffPage("region-garonne-pyrenees");
        assertTrue(region.contains("services sociaux et spécifiques sous leur seuil (R2123-1 3°)"), region);
    }

    /**
     * Lawyer I's forecast (risk-corpus/lawyerI/README.md) with its past awards, run with the shipped risks.yaml: no
     * item graded wrong or noise and no lookalike comes back, every item is graded (the defects not fixed yet are may,
     * noted « left »), every planted trap is found, at least 90 % useful, no code under 80 %.
     */
    @Test
    void lawyerICorpusKeepsTheLawyersGrades() throws Exception {
        Path lawyer = CORPUS.resolve("lawyerI");
        Path config = TestConfig.in(tmp, lawyer.resolve("config")).spreadsheets(lawyer.resolve("spreadsheets"))
                .source(TestConfig.Source.awards("attributions", lawyer.resolve("awards")).with("matchDays", 120)).write();
        Files.copy(Path.of("config/risks.yaml"), config.resolve("risks.yaml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        keepsTheGrades("lawyer I", lawyer, config);
        // D2: the quasi-régie with the métropole's SPL is not open to offers: its page offers no meeting and announces no notice
        String mol20 = Files.readString(tmp.resolve("out/2027/public/needs/metropole-orbe-loire-mol-27-20.html"));
        assertTrue(mol20.contains("Quasi-régie : besoin non ouvert aux offres") && !mol20.contains("rendez-vous")
                && !mol20.contains("L’avis paraîtra"), mol20);
    }

    /**
     * Lawyer J's procedural defects (risk-corpus/lawyerJ/README.md), run with the shipped risks.yaml: an entité
     * adjudicatrice's bid periods and days to notification are its own (R2161-2, R2161-21, R2161-22), a framework
     * agreement is valued at its maximum (R2121-8) and a groupement de commandes at its members' total (L2113-6, L2113-7).
     */
    @Test
    void lawyerJCorpusKeepsTheLawyersGrades() throws Exception {
        Path lawyer = CORPUS.resolve("lawyerJ");
        Path config = TestConfig.in(tmp, lawyer.resolve("config")).spreadsheets(lawyer.resolve("spreadsheets")).write();
        Files.copy(Path.of("config/risks.yaml"), config.resolve("risks.yaml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        keepsTheGrades("lawyer J", lawyer, config);
    }

    /**
     * Lawyer J's noise defects rebuilt as a small corpus (risk-corpus/lawyerJb/README.md), labelled from docs/RISKS.md
     * before the run, with the shipped risks.yaml: recall 100 % and precision 95 % per rule, as the other label files.
     */
    @Test
    void lawyerJbCorpusMeetsItsLabels() throws Exception {
        Path lawyer = CORPUS.resolve("lawyerJb");
        Path config = TestConfig.in(tmp, lawyer.resolve("config")).spreadsheets(lawyer.resolve("spreadsheets")).write();
        Files.copy(Path.of("config/risks.yaml"), config.resolve("risks.yaml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path out = tmp.resolve("out");
        run(config, out, "2026-11-26");
        check("lawyer Jb", lawyer.resolve("labels.csv"), out);
        // defect 1: the road works' proposals are no supply codes (16310000 Faucheuses)
        Path needs = out.resolve("2027/internal/needs.json");
        assertTrue(message(needs, "commune-val-dorge-vdo-27-02", "CPV_MISMATCH").contains("45000000"),
                message(needs, "commune-val-dorge-vdo-27-02", "CPV_MISMATCH"));
    }

    /** A buyer's page of the staff report of the run in tmp/out. */
    private String staffPage(String buyer) throws IOException {
        try (var files = Files.walk(tmp.resolve("out/2027/editions"))) {
            Path page = files.filter(p -> p.endsWith(Path.of("internal", "risks", buyer + ".html"))).findFirst().orElseThrow();
            return Files.readString(page);
        }
    }

    /**
     * Runs a graded lawyer's corpus and checks its grades (no wrong item but those noted open, none ungraded, every
     * planted trap found, 90 % useful overall and 80 % per code); returns the run's internal/needs.json.
     */
    private Path keepsTheGrades(String name, Path lawyer, Path config) throws IOException {
        Path out = tmp.resolve("out");
        run(config, out, "2026-11-26");
        Path labelsFile = lawyer.resolve("labels.csv");
        CorpusLabels labels = CorpusLabels.read(labelsFile);
        Path needs = out.resolve("2027/internal/needs.json");
        Map<String, CorpusLabels.Grade> grades = labels.grade(needs);
        Set<String> open = labels.noted("open", labelsFile);
        int useful = 0;
        int items = 0;
        StringBuilder report = new StringBuilder(name + ":\n");
        for (CorpusLabels.Grade g : grades.values()) {
            report.append("  ").append(g).append('\n');
            useful += g.useful().size();
            items += g.items();
        }
        report.append(String.format("  overall useful %5.1f %% (%d/%d)%n", 100.0 * useful / items, useful, items));
        Set<String> missed = new TreeSet<>(labels.mustNoted("planted", labelsFile));
        missed.removeAll(CorpusLabels.flagged(needs));
        report.append("  planted and missed: ").append(missed).append('\n');
        System.out.print(report);
        for (CorpusLabels.Grade g : grades.values()) {
            assertEquals(List.of(), g.wrong().stream().filter(id -> !open.contains(id + "|" + g.rule())).toList(), report.toString());
            assertEquals(List.of(), g.ungraded(), report.toString());
            assertTrue(g.precision() >= 0.80, report.toString());
        }
        assertEquals(Set.of(), missed, report.toString());
        assertTrue(useful >= 0.90 * items, report.toString());
        return needs;
    }

    private static String message(Path needsJson, String need, String code) throws IOException {
        for (JsonNode n : new ObjectMapper().readTree(needsJson.toFile()).get("needs")) {
            for (JsonNode r : n.path("risks")) {
                if (n.get("id").asText().equals(need) && r.get("code").asText().equals(code)) {
                    return r.get("message").asText();
                }
            }
        }
        return "(no " + code + " on " + need + ")";
    }

    private void check(String name, Path labelsFile, Path out) throws IOException {
        Path needs = out.resolve("2027/internal/needs.json");
        CorpusLabels labels = CorpusLabels.read(labelsFile);
        Map<String, CorpusLabels.Score> scores = labels.score(CorpusLabels.flagged(needs));
        StringBuilder report = new StringBuilder(name + ":\n");
        scores.values().forEach(s -> report.append("  ").append(s).append('\n'));
        System.out.print(report);
        for (CorpusLabels.Score s : scores.values()) {
            assertEquals(1.0, s.recall(), report.toString());
            assertTrue(s.precision() >= 0.95, report.toString());
        }
        Map<String, String> live = new TreeMap<>();
        for (JsonNode n : new ObjectMapper().readTree(needs.toFile()).get("needs")) {
            if (!n.path("live").isNull() && !n.path("live").isMissingNode()) {
                live.put(n.get("id").asText(), n.get("live").asText());
            }
        }
        assertEquals(labels.must("LIVE_DURING_EVENT", labelsFile), live, "live variants");
    }

    private Path copyShippedConfig() throws IOException {
        return TestConfig.in(tmp).copyFromBase("risks.yaml").keepImages().shippedSources().brochure(false).write();
    }

    /** A corpus' own vitrine.yaml, buyers.yaml and risks.yaml (as they are), reading {@code spreadsheets}. */
    private Path corpusConfig(Path corpusConfig, Path spreadsheets) throws IOException {
        return TestConfig.in(tmp, corpusConfig).copyFromBase("risks.yaml").spreadsheets(spreadsheets).write();
    }

    private static void run(Path config, Path out, String date) {
        CliRunner.Result r = CliRunner.run("run", "--config", config.toString(), "--out", out.toString(), "--date", date);
        assertTrue(r.exit() == 0 || r.exit() == 1, "run " + date + " exit " + r.exit() + ": " + r.out() + r.err());
    }
}
