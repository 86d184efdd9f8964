package org.vitrine.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.vitrine.model.EditionInfo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.normalise.Needs;

class DataExportsTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"x\")", "+33 1", "-2", "@SUM(A1)", "\tx"})
    void neutralisesCellsASpreadsheetWouldRun(String value) {
        assertEquals("'" + value, DataExports.safe(Arrays.asList((Object) value)).get(0));
    }

    /**
     * Look-alikes of = + - @ first (issue 16, attacker Y3: « ＝HYPERLINK(…) » reached needs.csv bare): a spreadsheet
     * that folds full-width forms, or a user retyping the cell, runs them; neutralised like the ASCII ones, to be safe.
     */
    @ParameterizedTest
    @ValueSource(strings = {"\uFF1DHYPERLINK(\"http://x\";\"clic\")", "\uFF0B33 1", "\uFF0D2", "\uFF20SUM(A1)", "\uFE66cmd",
        "\uFE62x", "\uFE63x", "\uFE6Bx", "\u2212x", "\u207Cx", "\u208Cx", "\u207Ax", "\u207Bx"})
    void neutralisesLookAlikesOfTheFormulaSigns(String value) {
        assertEquals("'" + value, DataExports.safe(Arrays.asList((Object) value)).get(0));
    }

    @Test
    void aDashOrAQuoteFirstIsNoFormula() {
        assertEquals(List.of("– maintenance", "« Audit »", "€ 12"), DataExports.safe(List.of("– maintenance", "« Audit »", "€ 12")));
    }

    @Test
    void aLineBreakIsShownOnItsLineAndTheCellStillNeutralised() {
        assertEquals(List.of("'\\x0dx", "a\\x0ab"), DataExports.safe(List.of("\rx", "a\nb")));
    }

    @Test
    void leavesOrdinaryCellsAlone() {
        assertEquals(List.of("Nettoyage", 12), DataExports.safe(List.of("Nettoyage", 12)));
    }

    @Test
    void writesSemicolonCsvWithBomThatExcelOpens() throws Exception {
        Path f = tmp.resolve("needs.csv");
        DataExports.writeCsv(f, List.of(Needs.need("b", "R", "=cmd|' /C calc'!A0", 1200, "public", "f", 2)), "fr");
        byte[] bytes = Files.readAllBytes(f);
        assertEquals((byte) 0xEF, bytes[0]);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains(";\"'=cmd|' /C calc'!A0\";") || text.contains(";'=cmd|' /C calc'!A0;"), text);
        assertTrue(text.split("\r\n")[0].startsWith("\uFEFFid;buyer_id;"));
    }

    @Test
    void publishedNeedsCarryNoPublicFlagAndTheCsvGivesTotals() throws Exception {
        org.vitrine.model.Need.Builder b = Needs.need("b", "R", "Nettoyage", 1200, "public", "f", 2).forPublic(null).toBuilder();
        b.amount = new org.vitrine.model.Amount(java.math.BigDecimal.valueOf(900_000), java.math.BigDecimal.valueOf(900_000), "EUR", "annual");
        b.durationMonths = 36;
        org.vitrine.model.Need n = b.build();
        Path json = tmp.resolve("needs.json");
        EditionInfo edition = new EditionInfo("e", 2027, java.time.LocalDate.of(2026, 11, 26), "fr", List.of(), List.of(), "L", null, "D");
        DataExports.writeJson(json, edition, List.of(n));
        var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile()).get("needs").get(0);
        assertTrue(!node.has("public") && !node.has("openOpportunity"), node.toString());
        Path csv = tmp.resolve("needs.csv");
        DataExports.writeCsv(csv, List.of(n), "fr");
        List<String> lines = Files.readAllLines(csv);
        List<String> header = List.of(lines.get(0).substring(1).split(";"));
        List<String> row = List.of(lines.get(1).split(";", -1));
        assertEquals("2700000", row.get(header.indexOf("total_max")));
        assertEquals("900000", row.get(header.indexOf("amount_max")));
    }

    @Test
    void theCsvGivesThePlaceAsReadEvenWhenTheRowGaveNone() throws Exception {
        org.vitrine.model.Need.Builder b = Needs.need("b", "R", "Nettoyage", 1200, "public", "f", 2).toBuilder();
        b.location = null;
        b.place = new org.vitrine.model.Place("departement", "71", "Saône-et-Loire", "FRC13");
        Path f = tmp.resolve("needs.csv");
        DataExports.writeCsv(f, List.of(b.build()), "fr");
        List<List<String>> rows = csv(f);
        List<String> header = rows.get(0), row = rows.get(1);
        assertEquals("", row.get(header.indexOf("location")));
        assertEquals(List.of("departement", "71", "Saône-et-Loire", "FRC13"), List.of(row.get(header.indexOf("place_kind")),
                row.get(header.indexOf("place_code")), row.get(header.indexOf("place_name")), row.get(header.indexOf("place_nuts"))));
    }

    static List<List<String>> csv(Path file) throws Exception {
        List<List<String>> out = new java.util.ArrayList<>();
        try (var parser = DataExports.excelFormat().parse(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            parser.forEach(r -> out.add(r.toList()));
        }
        out.get(0).set(0, out.get(0).get(0).replace("\uFEFF", ""));
        return out;
    }

    @Test
    void aGroupementsShareRowGivesTheGroupsTotalAndItsCoordinatorByName() throws Exception {
        Path f = tmp.resolve("group.csv");
        DataExports.writeCsv(f, org.vitrine.publish.catalogue.JointGroupTest.needs(), "fr");
        List<List<String>> rows = csv(f);
        List<String> h = rows.get(0);
        List<String> member = rows.stream().filter(r -> r.get(h.indexOf("reference")).equals("G-V")).findFirst().orElseThrow();
        java.util.function.Function<String, String> at = name -> member.get(h.indexOf(name));
        assertEquals("95000", at.apply("total_max"), "the row's own share");
        assertEquals("485000", at.apply("joint_group_total_min"));
        assertEquals("485000", at.apply("joint_group_total_max"));
        // the coordinator's name, not a flag, on every share's row (the coordinator's own included), and once
        assertEquals("Métropole du Val-de-Saône", at.apply("joint_group_coordinator"));
        assertEquals("metropole-val-de-saone", at.apply("joint_group_coordinator_id"));
        List<String> lead = rows.stream().filter(r -> r.get(h.indexOf("reference")).equals("G-M")).findFirst().orElseThrow();
        assertEquals("Métropole du Val-de-Saône", lead.get(h.indexOf("joint_group_coordinator")));
        assertEquals(lead.get(h.indexOf("buyer_id")), lead.get(h.indexOf("joint_group_coordinator_id")), "the coordinator's own share");
        assertFalse(h.contains("joint_group_coordinator_name"), "the name once");
        List<String> alone = rows.stream().filter(r -> r.get(h.indexOf("reference")).equals("V-1")).findFirst().orElseThrow();
        assertEquals("", alone.get(h.indexOf("joint_group_total_max")), "a need of its own");
    }

    @Test
    void everyRowNamesItsContractAndTheWholeContractsAmount() throws Exception {
        // outside supplier Y: 226 rows against the site's 214 needs, a member's share (15 000 €) read as the amount of a
        // 200 000 € market; a row stays one buyer's need, its contract and that contract's amount beside it
        Path f = tmp.resolve("contracts.csv");
        List<org.vitrine.model.Need> needs = org.vitrine.publish.catalogue.JointGroupTest.needs();
        DataExports.writeCsv(f, needs, "fr");
        List<List<String>> rows = csv(f);
        List<String> h = rows.get(0);
        List<List<String>> body = rows.subList(1, rows.size());
        assertEquals(needs.size(), body.size(), "one row per buyer's need");
        java.util.function.BiFunction<String, String, String> at = (ref, col) -> body.stream()
                .filter(r -> r.get(h.indexOf("reference")).equals(ref)).findFirst().orElseThrow().get(h.indexOf(col));
        String lead = at.apply("G-M", "id");
        for (String share : List.of("G-M", "G-V")) {
            assertEquals(lead, at.apply(share, "contract_id"), share + ": the coordinator's share is the contract's key");
            assertEquals("485000", at.apply(share, "contract_total_min"), share);
            assertEquals("485000", at.apply(share, "contract_total_max"), share);
        }
        assertEquals("95000", at.apply("G-V", "total_max"), "the row's own share stays");
        assertEquals(at.apply("V-1", "id"), at.apply("V-1", "contract_id"), "a need of its own is its contract");
        assertEquals(at.apply("V-1", "total_max"), at.apply("V-1", "contract_total_max"));
        // as many keys as the site counts contracts
        long contracts = body.stream().map(r -> r.get(h.indexOf("contract_id"))).distinct().count();
        assertEquals(new org.vitrine.publish.catalogue.JointGroups(needs, id -> null, org.vitrine.messages.Messages.of("fr")).contracts(needs),
                contracts);
    }

    @Test
    void theCsvGivesFrenchLabelsBesideTheCodesAndYesOrNoInWords() throws Exception {
        org.vitrine.model.Need.Builder b = Needs.need("b", "R", "Nettoyage", 1200, "public", "f", 2).forPublic(null).toBuilder();
        b.procedure = "open";
        b.technique = "framework";
        b.frameworkAward = "multiple";
        b.frameworkMaximum = new org.vitrine.model.Amount(java.math.BigDecimal.valueOf(800_000), java.math.BigDecimal.valueOf(800_000), "EUR", "total");
        b.renewal = true;
        b.innovation = false;
        b.reserved = "siae";
        b.firmness = "likely";
        Path f = tmp.resolve("needs.csv");
        DataExports.writeCsv(f, List.of(b.build()), "fr");
        List<List<String>> rows = csv(f);
        List<String> h = rows.get(0);
        List<String> r = rows.get(1);
        java.util.function.Function<String, String> at = name -> r.get(h.indexOf(name));
        assertEquals("services", at.apply("category"));
        assertEquals("Services", at.apply("category_label"));
        assertEquals("Appel d’offres ouvert", at.apply("procedure_label"));
        assertEquals("Accord-cadre", at.apply("technique_label"));
        assertEquals("own", at.apply("route"));
        assertEquals("Marché de l’acheteur", at.apply("route_label"));
        assertEquals("quarter", at.apply("launch_precision"));
        assertEquals("trimestre", at.apply("launch_precision_label"));
        assertEquals("2e trimestre 2027", at.apply("launch_label"));
        assertEquals("multiple", at.apply("framework_award"));
        assertTrue(at.apply("framework_award_label").startsWith("Multi-attributaire"));
        assertEquals("800000", at.apply("framework_maximum"));
        assertEquals("oui", at.apply("renewal"));
        assertEquals("non", at.apply("innovation"));
        assertEquals("non", at.apply("beyond_year"));
        assertEquals("siae", at.apply("reserved"));
        assertEquals("Réservé aux SIAE", at.apply("reserved_label"));
        assertEquals("Probable", at.apply("firmness_label"));
    }

    /**
     * The new contract's renewal options (issue 22: read, but in neither file): the duration's renewals and their
     * months, the buyer's words as the need page shows them (« Reconductions : reconductible 3 fois »), and the
     * duration in the page's words; needs.json the same under {@code renewalOptions}. Not coded: no _label column.
     */
    @Test
    void theRenewalOptionsAreInTheCsvAndTheJson() throws Exception {
        org.vitrine.model.Need.Builder b = Needs.need("b", "R", "Nettoyage", 1200, "public", "f", 2).forPublic(null).toBuilder();
        b.durationMonths = 36;
        b.duration = new org.vitrine.model.DurationSpec(12, 2, 12);
        b.notes = Map.of("renewal_options", "reconductible 2 fois");
        org.vitrine.model.Need n = b.build();
        org.vitrine.model.Need.Builder plain = Needs.need("b", "S", "Gardiennage", 1200, "public", "f", 2).forPublic(null).toBuilder();
        plain.durationMonths = 24;
        Path f = tmp.resolve("needs.csv");
        DataExports.writeCsv(f, List.of(n, plain.build()), "fr");
        List<List<String>> rows = csv(f);
        List<String> h = rows.get(0);
        java.util.function.BiFunction<Integer, String, String> at = (row, name) -> rows.get(row).get(h.indexOf(name));
        assertEquals("2", at.apply(1, "renewals"));
        assertEquals("12", at.apply(1, "renewal_months"));
        assertEquals("reconductible 2 fois", at.apply(1, "renewal_options"));
        assertEquals("36 mois, dont 12 mois fermes et 2 reconductions de 12 mois", at.apply(1, "duration_label"));
        assertEquals(List.of("", "", "", "24 mois"), List.of(at.apply(2, "renewals"), at.apply(2, "renewal_months"),
                at.apply(2, "renewal_options"), at.apply(2, "duration_label")));
        assertTrue(h.indexOf("renewals") == h.indexOf("duration_months") + 2, "beside the duration: " + h);
        assertFalse(h.contains("renewal_options_label") || h.contains("renewals_label"), "not coded: no label column");
        Path json = tmp.resolve("needs.json");
        EditionInfo edition = new EditionInfo("e", 2027, java.time.LocalDate.of(2026, 11, 26), "fr", List.of(), List.of(), "L", null, "D");
        DataExports.writeJson(json, edition, List.of(n, plain.build()));
        var needs = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile()).get("needs");
        var r = needs.get(0).get("renewalOptions");
        assertNotNull(r, needs.get(0).toString());
        assertEquals(2, r.get("renewals").asInt());
        assertEquals(12, r.get("renewalMonths").asInt());
        assertEquals("reconductible 2 fois", r.get("asWritten").asText());
        assertFalse(needs.get(1).has("renewalOptions"), "none given, none written");
    }

    @Test
    void sourcingAndIncumbentColumnsExistOnlyWhenThePrivacySettingsPublishThem() throws Exception {
        Path f = tmp.resolve("needs.csv");
        List<org.vitrine.model.Need> needs = List.of(Needs.need("b", "R", "Nettoyage", 1200, "public", "f", 2).forPublic(null));
        DataExports.writeCsv(f, needs, org.vitrine.messages.Messages.of("fr"), org.vitrine.config.ConfigLoader.load(Path.of("config")).vitrine());
        List<String> header = csv(f).get(0);
        assertTrue(header.stream().noneMatch(c -> c.startsWith("coverage") || c.equals("suppliers_known") || c.equals("incumbent")), header.toString());
        var v = org.vitrine.config.ConfigLoader.load(Path.of("config")).vitrine();
        var published = new org.vitrine.config.VitrineConfig(v.organisation(), v.forecastYear(), v.languages(), v.publicBaseUrl(),
                v.event(), v.editionsKept(), v.limits(), new org.vitrine.config.VitrineConfig.Privacy(false, true, true, false), v.schedule(),
                v.risks(), v.brochure(), v.lockWaitSeconds(), v.openData(), v.catalogue());
        DataExports.writeCsv(f, needs, org.vitrine.messages.Messages.of("fr"), published);
        assertTrue(csv(f).get(0).containsAll(List.of("coverage", "coverage_percent", "suppliers_known", "incumbent")));
    }
    @Test
    void aRevisedNeedsChangesAreWrittenAsTheFieldsThemselvesNotAsJsonText() throws Exception {
        org.vitrine.model.Need before = Needs.need("b", "R", "Nettoyage", 1200, "public", "f", 2).forPublic(null);
        org.vitrine.model.Need.Builder b = before.toBuilder();
        org.vitrine.model.Need.Builder a = before.toBuilder();
        b.amount = new org.vitrine.model.Amount(new java.math.BigDecimal("3.8E+5"), new java.math.BigDecimal("3.8E+5"), "EUR", "total");
        a.amount = new org.vitrine.model.Amount(java.math.BigDecimal.valueOf(450_000), java.math.BigDecimal.valueOf(450_000), "EUR", "total");
        b.durationMonths = 24;
        a.durationMonths = 36;
        b.reserved = false;
        a.reserved = "siae";
        a.title = "Nettoyage des locaux";
        org.vitrine.model.Need old = b.build();
        org.vitrine.model.Need now = a.build();
        a.changes = Changes.diff(old, now);
        a.change = "revised";
        Path json = tmp.resolve("needs.json");
        EditionInfo edition = new EditionInfo("e", 2027, java.time.LocalDate.of(2026, 11, 26), "fr", List.of(), List.of(), "L", null, "D");
        DataExports.writeJson(json, edition, List.of(a.build()));
        String text = Files.readString(json);
        assertTrue(!text.contains("\\\"") && !text.contains("E+"), text);
        var changes = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile()).get("needs").get(0).get("changes");
        java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> byField = new java.util.HashMap<>();
        changes.forEach(c -> byField.put(c.get("field").asText(), c));
        var amount = byField.get("amount");
        assertTrue(amount.get("old").isObject(), amount.toString());
        assertEquals("380000", amount.get("old").get("min").toString());
        assertEquals("450000", amount.get("new").get("max").toString());
        assertEquals("EUR", amount.get("new").get("currency").asText());
        assertTrue(byField.get("durationMonths").get("old").isInt() && byField.get("durationMonths").get("new").asInt() == 36);
        assertTrue(byField.get("reserved").get("old").isBoolean(), byField.get("reserved").toString());
        assertEquals("siae", byField.get("reserved").get("new").asText());
        assertEquals("Nettoyage des locaux", byField.get("title").get("new").asText());
        // the CSV gives the kind of change only, never a JSON text
        Path csv = tmp.resolve("needs.csv");
        DataExports.writeCsv(csv, List.of(a.build()), "fr");
        String csvText = Files.readString(csv);
        assertTrue(!csvText.contains("{\"") && !csvText.contains("{\"\"min"), csvText);
    }
}
