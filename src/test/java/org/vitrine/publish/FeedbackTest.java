package org.vitrine.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vitrine.normalise.Needs.need;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vitrine.messages.Messages;
import org.vitrine.config.ConfigLoader;
import org.vitrine.model.Need;
import org.vitrine.model.Reject;
import org.vitrine.model.RiskFlag;
import org.vitrine.context.Run;

/** RISKS.md §6 "Buyer feedback": what each buyer's file says, in order, and only about its own rows. */
class FeedbackTest {

    private static Run run(List<Need> needs, List<Reject> lines) throws Exception {
        Run run = new Run(ConfigLoader.load(Path.of("config")), Messages.of("fr"), 2027, LocalDate.of(2026, 11, 26));
        run.needs(needs);
        lines.forEach(run.report()::reject);
        return run;
    }

    @Test
    void saysWhatWasPublishedWhenToCorrectAndEveryItemOfTheBuyerInOrder() throws Exception {
        Need flagged = need("ville-x", "R-1", "Formation des personnels administratifs", 150_000, "public", "ville-x.csv", 2)
                .withRisks(List.of(new RiskFlag("CPV_IMPRECISE", "low", "Le code ne désigne qu’un groupe.", List.of()),
                        new RiskFlag("LIVE_DURING_EVENT", "high", "Consultation en cours le jour du salon.", List.of()),
                        new RiskFlag("SPLIT_SUSPECT", "medium", "Pas pour l’acheteur.", List.of())));
        Need small = need("ville-x", "R-2", "Nettoyage", 20_000, "public", "ville-x.csv", 3);
        Need hidden = need("ville-x", "R-3", "Étude", 100_000, "confidential", "ville-x.csv", 4);
        Need other = need("ville-y", "Y-1", "Nettoyage", 200_000, "public", "ville-y.csv", 2);
        Reject reject = new Reject("s", "ville-x.csv", "S", 5, "Montant", "0", "Montant nul", "Donnez une estimation", "ville-x");
        Reject warning = new Reject("s", "ville-x.csv", "S", 3, "Courriel", "a@", "Adresse invalide", "Vérifiez", "ville-x",
                Reject.WARNING);
        Run run = run(List.of(flagged, small, hidden, other), List.of(reject, warning));
        run.report().unknownColumn("ville-x.csv", "Observations internes");
        List<Feedback.Item> items = Feedback.items(run).get("ville-x");
        List<String> kinds = items.stream().map(Feedback.Item::kind).toList();
        assertEquals(List.of("summary", "reject", "warning", "warning", "check", "confirm", "complete"), kinds.subList(0, 7), items.toString());
        Feedback.Item summary = items.get(0);
        assertTrue(summary.reason().startsWith("2 besoins publiés, 1 non publié"), summary.reason());
        assertTrue(summary.fix().contains("14 janvier 2027"), "event 4 February 2027 less 21 days: " + summary.fix());
        assertTrue(items.stream().anyMatch(i -> i.reason().contains("Observations internes")), "ignored columns are told");
        Feedback.Item cpv = items.stream().filter(i -> i.kind().equals("check")).findFirst().orElseThrow();
        // the line's reason has the rule's proposal; no nearby codes that could contradict it (lawyer H, D6)
        assertTrue(cpv.fix().startsWith("Remplacez le code par le code proposé") && !cpv.fix().contains("80511000-9"), cpv.fix());
        assertTrue(items.stream().noneMatch(i -> i.column().equals("SPLIT_SUSPECT")), "only the buyer's own items to fix");
        assertTrue(items.stream().noneMatch(i -> i.file().contains("ville-y")), "never another buyer's rows");
        // No contact on any published need and none in buyers.yaml: one line for all of them (the confidential R-3,
        // row 4, has no page whose contact would be missing).
        List<Feedback.Item> contact = items.stream().filter(i -> i.column().equals("Contact")).toList();
        assertEquals(1, contact.size());
        assertEquals("2, 3", contact.get(0).rows());
        // Published needs of 90 000 € or more missing a field: one line per field listing its rows (R-2 is smaller,
        // R-3 is not published).
        Feedback.Item procedure = items.stream().filter(i -> i.column().equals("Procédure")).findFirst().orElseThrow();
        assertEquals("2", procedure.rows());
        assertTrue(procedure.reason().contains("1 besoin de 90 000"), procedure.reason());
    }

    @Test
    void aGraveSplitReachesTheBuyerOnceAMediumOneStaysTheStaffs() throws Exception {
        // lawyer N: a high SPLIT_SUSPECT (5.6 M€ of works lots in MAPA) was in the staff report only
        Need a0 = need("ville-x", "M-1", "Médiathèque lot 1", 900_000, "public", "ville-x.csv", 2);
        Need m0 = need("ville-x", "M-2", "Médiathèque lot 2", 800_000, "public", "ville-x.csv", 3);
        String text = "Procédure formalisée requise pour l’opération.";
        Need anchor = a0.withRisks(List.of(new RiskFlag("SPLIT_SUSPECT", "high", text, List.of(m0.id()), "S", null, a0.id(), null, List.of())));
        Need member = m0.withRisks(List.of(new RiskFlag("SPLIT_SUSPECT", "high", text, List.of(a0.id()), "S", null, a0.id(), null, List.of())));
        List<Feedback.Item> items = Feedback.items(run(List.of(anchor, member), List.of())).get("ville-x");
        List<String> split = items.stream().filter(i -> i.reason().startsWith("Procédure formalisée requise pour l’opération"))
                .map(i -> i.kind() + ":" + i.rows()).toList();
        assertEquals(List.of("confirm:2"), split, anchor.id() + " " + items);
    }

    @Test
    void aDivisionCodeLineShowsTheCodeReadNotTheTitle() throws Exception {
        // officer Z, D7: the « Valeur lue » of « Code CPV à vérifier » was the need's title
        Need.Builder b = need("ville-x", "R-9", "Nettoyage des écoles", 150_000, "public", "ville-x.csv", 7).toBuilder();
        b.cpv = new org.vitrine.model.Cpv("90000000-7", java.util.Map.of("fr", "Services d'évacuation", "en", "Sewage"));
        List<Feedback.Item> items = Feedback.items(run(List.of(b.build()), List.of())).get("ville-x");
        Feedback.Item division = items.stream().filter(i -> i.reason().contains("ne désigne qu’une division")).findFirst().orElseThrow();
        assertEquals("90000000-7", division.value(), division.toString());
    }

    @Test
    void aNeedThatWillNotBePublishedGetsNoPublicCompletenessItemsButKeepsItsLegalOnes() throws Exception {
        List<RiskFlag> flags = List.of(new RiskFlag("INCOMPLETE", "low", "Précisez la date de lancement.", List.of()),
                new RiskFlag("CPV_IMPRECISE", "low", "Le code ne désigne qu’un groupe.", List.of()),
                new RiskFlag("CPV_MISMATCH", "medium", "Le code ne correspond pas à l’objet.", List.of()),
                new RiskFlag("MAPA_ABOVE_THRESHOLD", "high", "Procédure formalisée requise.", List.of()));
        Need confidential = need("ville-x", "R-3", "Étude de sûreté", 300_000, "confidential", "ville-x.csv", 4).withRisks(flags);
        Need published = need("ville-x", "R-4", "Formation", 300_000, "public", "ville-x.csv", 5).withRisks(flags);
        List<Feedback.Item> items = Feedback.items(run(List.of(confidential, published), List.of())).get("ville-x");
        List<String> row4 = items.stream().filter(i -> i.rows().equals("4")).map(i -> i.kind() + ":" + i.reason()).toList();
        assertEquals(List.of("check:Le code ne correspond pas à l’objet.", "confirm:Procédure formalisée requise."), row4);
        List<String> row5 = items.stream().filter(i -> i.rows().equals("5")).map(Feedback.Item::kind).toList();
        assertEquals(List.of("complete", "check", "check", "confirm"), row5.subList(0, 4), "a published need keeps all four");
        assertTrue(row5.size() > 4, "and its missing fields (lots, procedure…) are asked: " + row5);
        assertTrue(items.stream().filter(i -> i.column().equals("Contact")).allMatch(i -> i.rows().equals("5")),
                "the missing contact is asked for the published need only");
    }

    /**
     * Officer U: the CHU's Bilan said 29 published while the console's line for its file said 28 (one came from a
     * groupement's file), and Morvan's « 2 lignes rejetées » counted a row of the questions file.
     */
    @Test
    void theSummarySaysWhichFileEachPublishedNeedCameFromAndCountsQuestionsApart() throws Exception {
        Need own = need("ville-x", "R-1", "Nettoyage des locaux", 50_000, "public", "ville-x.csv", 2);
        Need own2 = need("ville-x", "R-2", "Entretien des espaces verts", 50_000, "public", "ville-x.csv", 3);
        Need shared = need("ville-x", "G-1", "Fourniture de papier", 50_000, "public", "groupement.xlsx", 4);
        Reject row = new Reject("tableurs", "ville-x.csv", "ville-x.csv", 5, "Montant", "0", "Montant nul", "Donnez une estimation", "ville-x");
        Reject question = new Reject("questions", "questions.csv", "questions.csv", 8, "Besoin", "ville-x-r-9", "Besoin introuvable",
                "Corrigez l’identifiant", "ville-x");
        Feedback.Item summary = Feedback.items(run(List.of(own, own2, shared), List.of(row, question))).get("ville-x").get(0);
        assertEquals("3 besoins publiés, 0 non publié (internes ou confidentiels), 1 ligne rejetée. Besoins publiés par fichier : "
                + "2 de ville-x.csv ; 1 de groupement.xlsx. 1 question refusée dans le fichier des questions, à part des besoins.", summary.reason());
        Feedback.Item alone = Feedback.items(run(List.of(own), List.of())).get("ville-x").get(0);
        assertEquals("1 besoin publié, 0 non publié (internes ou confidentiels), 0 ligne rejetée.", alone.reason(), "one file: no list");
    }

    /** Officer U: « Valeur lue » of a launch item was the need's title, under « Date de lancement ». */
    @Test
    void aThresholdEdgeIsToCheckBeforeTheLaunchAsTheStaffReportSays() throws Exception {
        // lawyer N (defect 7): the file said « À confirmer avant le salon » where the staff report files THRESHOLD_EDGE
        // under « Avant le lancement » (section L): one timing, the launch's
        Need n = need("ville-x", "T-1", "Nettoyage des locaux", 215_000, "public", "ville-x.csv", 2)
                .withRisks(List.of(new RiskFlag("THRESHOLD_EDGE", "medium", "Valeur ajustée au seuil.", List.of(), "L", null, null, null, List.of()),
                        new RiskFlag("LIVE_DURING_EVENT", "high", "Consultation en cours le jour du salon.", List.of(), "S", null, null, null, List.of())));
        List<Feedback.Item> items = Feedback.items(run(List.of(n), List.of())).get("ville-x");
        Feedback.Item edge = items.stream().filter(i -> i.reason().equals("Valeur ajustée au seuil.")).findFirst().orElseThrow();
        assertEquals("launch", edge.kind());
        assertEquals("À vérifier avant le lancement", org.vitrine.messages.Messages.of("fr").get("feedback.kind." + edge.kind()));
        Feedback.Item live = items.stream().filter(i -> i.reason().startsWith("Consultation en cours")).findFirst().orElseThrow();
        assertEquals("confirm", live.kind(), "a section-S item stays to confirm before the event");
        Need gap = need("ville-x", "T-2", "Nettoyage des écoles", 150_000, "public", "ville-x.csv", 3)
                .withRisks(List.of(new RiskFlag("CONTINUITY_GAP", "medium", "Interruption de 30 jours.", List.of(), "L", null, null, null, List.of())));
        assertEquals(List.of("confirm"), Feedback.items(run(List.of(gap), List.of())).get("ville-x").stream()
                .filter(i -> i.reason().startsWith("Interruption")).map(Feedback.Item::kind).toList(),
                "a continuity gap's row is to correct before the event, as its fix says");
    }

    /** Lawyer O (VM-27-18): a MAPA's short bid period had the formalised minima as its remedy, contradicting its line. */
    @Test
    void aMapaShortBidPeriodIsRemediedByAReasonableTimeNotTheFormalisedMinima() throws Exception {
        Need n = need("ville-x", "M-1", "Réfection de la toiture", 180_000, "public", "ville-x.csv", 2)
                .withRisks(List.of(new RiskFlag("BID_PERIOD_SHORT", "low", "Conseil : délai de 10 jours pour une procédure adaptée.",
                        List.of(), "L", null, null, null, List.of(), "risk.BID_PERIOD_SHORT.mapa.title")));
        Feedback.Item item = Feedback.items(run(List.of(n), List.of())).get("ville-x").stream()
                .filter(i -> i.reason().startsWith("Conseil")).findFirst().orElseThrow();
        assertTrue(item.fix().contains("R2143-1") && item.fix().contains("R2151-1"), item.fix());
        assertTrue(!item.fix().contains("R2161") && !item.fix().contains("30 jours"), item.fix());
        assertEquals("launch", item.kind(), "the staff report files the advice before the launch (section L)");
        Need formal = need("ville-x", "F-1", "Nettoyage", 300_000, "public", "ville-x.csv", 3)
                .withRisks(List.of(new RiskFlag("BID_PERIOD_SHORT", "high", "Délai de 20 jours.", List.of(), "S", null, null, null, List.of())));
        Feedback.Item f = Feedback.items(run(List.of(formal), List.of())).get("ville-x").stream()
                .filter(i -> i.reason().startsWith("Délai")).findFirst().orElseThrow();
        assertTrue(f.fix().contains("R2161-3 2°") && f.fix().contains("R2161-3 3°"), "30 days is R2161-3 2°, urgency 3°: " + f.fix());
    }

    @Test
    void aRiskItemShowsTheValueReadInItsColumnNotTheTitle() throws Exception {
        Need n = need("ville-x", "R-1", "Nettoyage des locaux administratifs", 150_000, "public", "ville-x.csv", 2)
                .withRisks(List.of(new RiskFlag("LIVE_DURING_EVENT", "high", "Consultation en cours le jour du salon.", List.of()),
                        new RiskFlag("CPV_MISMATCH", "medium", "Le code ne correspond pas à l’objet.", List.of())));
        List<Feedback.Item> items = Feedback.items(run(List.of(n), List.of())).get("ville-x");
        Feedback.Item launch = items.stream().filter(i -> i.kind().equals("confirm")).findFirst().orElseThrow();
        assertEquals("Date prévisionnelle de lancement", launch.column());
        assertEquals("2e trimestre 2027", launch.value());
        Feedback.Item cpv = items.stream().filter(i -> i.kind().equals("check")).findFirst().orElseThrow();
        assertEquals("90910000-9", cpv.value());
    }

    @Test
    void aCsvFilesSheetColumnStaysEmptyRatherThanRepeatingTheFileName() throws Exception {
        Reject csv = new Reject("s", "ville-x.csv", "ville-x.csv", 5, "Montant", "0", "Montant nul", "Donnez une estimation", "ville-x");
        Reject xlsx = new Reject("s", "ville-x.xlsx", "Besoins 2027", 6, "Montant", "0", "Montant nul", "Donnez une estimation", "ville-x");
        List<Feedback.Item> items = Feedback.items(run(List.of(), List.of(csv, xlsx))).get("ville-x");
        Feedback.Item fromCsv = items.stream().filter(i -> i.file().equals("ville-x.csv")).findFirst().orElseThrow();
        assertEquals("", fromCsv.sheet());
        Feedback.Item fromXlsx = items.stream().filter(i -> i.file().equals("ville-x.xlsx")).findFirst().orElseThrow();
        assertEquals("Besoins 2027", fromXlsx.sheet(), "a workbook's tab is named");
    }

    /** Officer Z2, N3: the CHU's « Onglet » column was empty on its missing-field and contact lines; each names its tab. */
    @Test
    void everyLineOfAWorkbooksRowsNamesItsTab() throws Exception {
        Need a = need("ville-x", "R-1", "Nettoyage", 150_000, "public", "ville-x.xlsx", 3);
        Need b = need("ville-x", "R-2", "Gardiennage", 150_000, "public", "ville-x.xlsx", 4);
        List<Feedback.Item> items = Feedback.items(run(List.of(a, b), List.of())).get("ville-x");
        List<Feedback.Item> withRows = items.stream().filter(i -> !i.rows().isEmpty()).toList();
        assertTrue(withRows.stream().anyMatch(i -> i.kind().equals("complete") && i.column().equals("Lieu d'exécution")), items.toString());
        assertTrue(withRows.stream().anyMatch(i -> i.column().equals("Contact")), items.toString());
        withRows.forEach(i -> assertEquals("S", i.sheet(), i.toString()));
    }

    /** Officer Z2, N2: the rows skipped as no need are each named in the buyer's file, with their tab and text. */
    @Test
    void theRowsSkippedAsNoNeedAreNamedInTheBuyersFile() throws Exception {
        Need n = need("ville-x", "R-1", "Nettoyage", 20_000, "public", "ville-x.xlsx", 3);
        Run run = run(List.of(n), List.of());
        run.report().ignoredRows("ville-x.xlsx", List.of(new org.vitrine.model.IgnoredRow("Plan achats 2027", 4, "heading", "PÔLE BIOLOGIE"),
                new org.vitrine.model.IgnoredRow("Plan achats 2027", 38, "total", "TOTAL")));
        List<Feedback.Item> ignored = Feedback.items(run).get("ville-x").stream().filter(i -> i.kind().equals("ignored")).toList();
        assertEquals(2, ignored.size(), ignored.toString());
        assertEquals(List.of("Plan achats 2027", "4", "PÔLE BIOLOGIE"), List.of(ignored.get(0).sheet(), ignored.get(0).rows(), ignored.get(0).value()));
        assertTrue(ignored.get(0).reason().startsWith("Titre de section, pas un besoin"), ignored.get(0).reason());
        assertTrue(ignored.get(1).reason().startsWith("Ligne de total"), ignored.get(1).reason());
    }

    /** The need with some of its fields replaced, as needs.json would give them. */
    @SuppressWarnings("unchecked")
    private static Need with(Need n, java.util.Map<String, Object> fields) {
        java.util.Map<String, Object> json = org.vitrine.model.Json.MAPPER.convertValue(n, java.util.Map.class);
        json.putAll(fields);
        return org.vitrine.model.Json.MAPPER.copy().configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .convertValue(json, Need.class);
    }

    @Test
    void asksNoProcedureOfAUgapOrderAndNoLinkBeforeTheLaunch() throws Exception {
        Need ugap = with(need("ville-x", "U-1", "Véhicules électriques", 650_000, "public", "ville-x.csv", 2),
                java.util.Map.of("route", "central_purchasing"));
        Need later = need("ville-x", "R-2", "Nettoyage", 200_000, "public", "ville-x.csv", 3); // launched in Q2 2027
        Need launched = with(need("ville-x", "R-3", "Étude", 150_000, "public", "ville-x.csv", 4), java.util.Map.of("launch",
                java.util.Map.of("start", "2026-11-02", "end", "2026-11-02", "precision", "day")));
        List<Feedback.Item> items = Feedback.items(run(List.of(ugap, later, launched), List.of())).get("ville-x");
        Feedback.Item procedure = items.stream().filter(i -> i.column().equals("Procédure")).findFirst().orElseThrow();
        assertEquals("3, 4", procedure.rows(), "an order to UGAP is not a procedure");
        Feedback.Item lots = items.stream().filter(i -> i.column().equals("Nombre de lots")).findFirst().orElseThrow();
        assertEquals("3, 4", lots.rows());
        Feedback.Item link = items.stream().filter(i -> i.column().equals("Lien consultation")).findFirst().orElseThrow();
        assertEquals("4", link.rows(), "a link exists only once the consultation is launched");
    }

    @Test
    void asksAFinerCodeThanADivisionWithTheNearbyCodesOfTheTitle() throws Exception {
        Need spectrometer = with(need("ville-x", "D-1", "Spectromètre de masse haute résolution", 750_000, "public", "ville-x.csv", 2),
                java.util.Map.of("cpv", java.util.Map.of("code", "38000000-5")));
        Need fine = with(need("ville-x", "D-2", "Spectromètre", 300_000, "public", "ville-x.csv", 3),
                java.util.Map.of("cpv", java.util.Map.of("code", "38433000-9")));
        List<Feedback.Item> items = Feedback.items(run(List.of(spectrometer, fine), List.of())).get("ville-x");
        List<Feedback.Item> division = items.stream().filter(i -> i.reason().contains("ne désigne qu’une division")).toList();
        assertEquals(1, division.size(), items.toString());
        assertEquals("2", division.get(0).rows());
        assertTrue(division.get(0).fix().contains("38433100-0 Spectromètre de masse"), division.get(0).fix());
    }

    @Test
    void asksTheMaximumOfAFrameworkAgreementThatGivesNone() throws Exception {
        Need framework = with(need("ville-x", "F-1", "Études d'urbanisme", 800_000, "public", "ville-x.csv", 2),
                java.util.Map.of("technique", "framework"));
        Need capped = with(need("ville-x", "F-2", "Fournitures", 300_000, "public", "ville-x.csv", 3), java.util.Map.of("technique",
                "framework", "frameworkMaximum", java.util.Map.of("min", 400_000, "max", 400_000, "currency", "EUR", "basis", "total")));
        Run run = run(List.of(framework, capped), List.of());
        List<Feedback.Item> items = Feedback.items(run).get("ville-x");
        Feedback.Item maximum = items.stream().filter(i -> i.fix().contains("R2162-4")).findFirst().orElseThrow(() -> new AssertionError(items));
        assertEquals("2", maximum.rows(), "only the framework without a maximum");
        // a file without the column is told to add it (officer Z3, D2); one that has it, to fill it
        assertTrue(maximum.fix().startsWith("Votre fichier n’a pas de colonne"), maximum.fix());
        run.report().columnHeader("ville-x.csv", "framework_maximum", "Montant maximum");
        List<Feedback.Item> withColumn = Feedback.items(run).get("ville-x");
        Feedback.Item fill = withColumn.stream().filter(i -> i.fix().contains("R2162-4")).findFirst().orElseThrow(() -> new AssertionError(withColumn));
        assertTrue(fill.fix().startsWith("Indiquez le maximum de l’accord-cadre dans la colonne « Montant maximum »"), fill.fix());
    }

    @Test
    void passesTheBuyersCalendarItemsToConfirm() throws Exception {
        Need gap = need("ville-x", "G-1", "Nettoyage", 200_000, "public", "ville-x.csv", 2)
                .withRisks(List.of(new RiskFlag("CONTINUITY_GAP", "high", "Interruption de 120 jours.", List.of()),
                        new RiskFlag("TIGHT_SCHEDULE", "high", "17 jours pour 77.", List.of())));
        Run run = run(List.of(gap), List.of());
        List<Feedback.Item> confirm = Feedback.items(run).get("ville-x").stream()
                .filter(i -> i.kind().equals("confirm")).toList();
        assertEquals(List.of("Interruption de 120 jours.", "17 jours pour 77."), confirm.stream().map(Feedback.Item::reason).toList());
        // each item names the buyer's columns it is about (here the template's names: the file has no such header)
        assertEquals(List.of(run.report().header("ville-x.csv", "incumbent_end") + ", " + run.report().header("ville-x.csv", "launch"),
                run.report().header("ville-x.csv", "launch")), confirm.stream().map(Feedback.Item::column).toList());
        assertTrue(confirm.get(0).fix().contains("marché relais"), confirm.get(0).fix());
        assertTrue(confirm.get(1).fix().contains("Avancez le lancement"), confirm.get(1).fix());
    }

    @Test
    void columnsAreTheBuyersOwnHeadersOrTheTemplatesNeverAFieldOrRiskCode() throws Exception {
        Need flagged = need("ville-x", "R-1", "Formation des personnels administratifs", 150_000, "public", "ville-x.csv", 2)
                .withRisks(List.of(new RiskFlag("CPV_IMPRECISE", "low", "Le code ne désigne qu’un groupe.", List.of()),
                        new RiskFlag("LIVE_DURING_EVENT", "high", "Consultation en cours le jour du salon.", List.of())));
        Run run = run(List.of(flagged), List.of());
        run.report().columnHeader("ville-x.csv", "cpv", "Code CPV principal");
        run.report().columnHeader("ville-x.csv", "launch", "Publication prévue");
        run.report().columnHeader("ville-x.csv", "procedure", "Mode de passation");
        List<Feedback.Item> items = Feedback.items(run).get("ville-x");
        assertEquals("Code CPV principal", items.stream().filter(i -> i.kind().equals("check")).findFirst().orElseThrow().column());
        assertEquals("Publication prévue", items.stream().filter(i -> i.kind().equals("confirm")).findFirst().orElseThrow().column());
        // the file has the column, its cell is empty: the buyer's header; it has none: the template's name
        assertTrue(items.stream().anyMatch(i -> i.column().equals("Mode de passation") && i.reason().startsWith("« Mode de passation » manque")),
                items.toString());
        assertTrue(items.stream().anyMatch(i -> i.column().equals("Nombre de lots")), items.toString());
        assertTrue(items.stream().noneMatch(i -> i.column().matches("[a-z_]+|[A-Z_]+")), items.toString());
    }

    @Test
    void theBuyerLevelContactItemIsOneLineUnderContactNamingTheBuyer() throws Exception {
        // issue 22 (officer4): the rule's buyer-level flag sits on each of the buyer's needs; it was written once per
        // row under the launch column, then the contact line said it again
        java.util.function.Function<Need, Need> flagged = n -> n.withRisks(List.of(
                new RiskFlag("INCOMPLETE", "low", "Aucun des 2 besoins de " + n.buyer().id() + " n’a de contact.", List.of(),
                        "L", null, "anchor-" + n.buyer().id(), "f", List.of()),
                new RiskFlag("INCOMPLETE", "low", "À compléter : lancement 2027.", List.of())));
        List<Need> needs = List.of(flagged.apply(need("ch-a", "A-1", "Repas", 150_000, "public", "ght.csv", 2)),
                flagged.apply(need("ch-a", "A-2", "Ambulances", 150_000, "public", "ght.csv", 3)),
                flagged.apply(need("ch-b", "B-1", "Oxygène", 150_000, "public", "ght.csv", 4)));
        Run run = run(needs, List.of());
        run.report().columnHeader("ght.csv", "launch", "Date prévisionnelle de publication");
        for (String buyer : List.of("ch-a", "ch-b")) {
            List<Feedback.Item> items = Feedback.items(run).get(buyer);
            List<Feedback.Item> contact = items.stream().filter(i -> i.reason().contains("contact")).toList();
            assertEquals(1, contact.size(), items.toString());
            assertEquals("Contact", contact.get(0).column());
            // officer U: one need is « Le seul besoin », not « Aucun des 1 besoins »
            assertTrue(contact.get(0).reason().startsWith(buyer.equals("ch-a") ? "Aucun des 2 besoins de ch-a n’a de contact"
                    : "Le seul besoin de ch-b n’a pas de contact"), contact.get(0).reason());
            // the row's own items are still told, under the launch
            assertTrue(items.stream().anyMatch(i -> i.reason().equals("À compléter : lancement 2027.")
                    && i.column().equals("Date prévisionnelle de publication")), items.toString());
        }
        assertEquals("2, 3", Feedback.items(run).get("ch-a").stream().filter(i -> i.column().equals("Contact")).findFirst()
                .orElseThrow().rows());
    }

    @Test
    void aBuyerWithAFunctionalContactGetsNoContactLine() throws Exception {
        Run run = run(List.of(need("chu-beaumont", "C-1", "Nettoyage", 50_000, "public", "chu.csv", 2)), List.of());
        assertTrue(Feedback.items(run).get("chu-beaumont").stream().noneMatch(i -> i.column().equals("Contact")));
    }

    @Test
    void asksTheBuyerToPlanTheDesignContestOrWriteItsException() throws Exception {
        Need moe = need("ville-x", "M-1", "Maîtrise d’œuvre de la construction d’une école", 400_000, "public", "ville-x.csv", 2)
                .withRisks(List.of(new RiskFlag("DESIGN_CONTEST_MISSING", "high", "Le concours est obligatoire (R2172-2).", List.of())));
        Run run = run(List.of(moe), List.of());
        Feedback.Item item = Feedback.items(run).get("ville-x").stream().filter(i -> i.kind().equals("confirm")).findFirst().orElseThrow();
        assertEquals(run.report().header("ville-x.csv", "procedure"), item.column());
        assertTrue(item.fix().contains("« concours » dans la colonne de la procédure"), item.fix());
    }

    /** The officer: a file refused whole was summarised « 0 ligne(s) rejetée(s) », as if all had gone well. */
    @Test
    void aFileRefusedWholeIsSaidSoWithItsRowsAndReason() throws Exception {
        Reject fileLine = new Reject("s", "ville-x.csv", null, null, null, null,
                "Aucune colonne n’a été reconnue comme le montant estimé", "Renommez la colonne", "ville-x");
        Run run = run(List.of(), List.of(fileLine));
        run.report().counts("s", "ville-x.csv").rowsRead = 3;
        run.report().counts("s", "ville-x.csv").rejected = 3;
        Feedback.Item summary = Feedback.items(run).get("ville-x").get(0);
        assertEquals("summary", summary.kind());
        assertTrue(summary.reason().contains("3 lignes rejetées"), summary.reason());
        assertTrue(summary.reason().contains("Fichier refusé en entier, voir les lignes ci-dessous : ville-x.csv (Aucune colonne n’a été reconnue comme le montant estimé)."),
                summary.reason());
    }

    /**
     * The officer's « Programmation achats 2027 CHU v3 DEF.xlsx »: no buyer in its name, so its file-level refusal
     * went to sans-acheteur.csv while its rows' warnings (buyer column « CHU de Beaumont ») went to the CHU's file,
     * whose summary said nothing of the refusal. The refusal belongs to the buyer its rows name.
     */
    @Test
    void aFileLevelLineGoesToTheBuyerTheFilesRowsName() throws Exception {
        Reject fileLine = new Reject("s", "Programmation CHU.xlsx", null, null, null, null,
                "Aucune colonne n’a été reconnue comme le code CPV", "Renommez la colonne", null);
        Reject rowWarning = new Reject("s", "Programmation CHU.xlsx", "Prog", 6, "Lien", "x", "Lien invalide", "Copiez l’adresse",
                "ville-x", Reject.WARNING);
        Reject orphan = new Reject("s", "inconnu.csv", null, null, null, null, "Aucune ligne d’en-tête", "Ajoutez les en-têtes", null);
        Run run = run(List.of(), List.of(fileLine, rowWarning, orphan));
        run.report().counts("s", "Programmation CHU.xlsx").rejected = 2;
        var items = Feedback.items(run);
        assertTrue(items.get("ville-x").stream().anyMatch(i -> i.kind().equals("reject") && i.reason().contains("code CPV")),
                items.get("ville-x").toString());
        assertTrue(items.get("ville-x").get(0).reason().contains("Fichier refusé en entier"), items.get("ville-x").get(0).reason());
        List<Feedback.Item> noBuyer = items.get(Feedback.noBuyerKey("inconnu.csv"));
        assertEquals("sans-acheteur-inconnu", Feedback.noBuyerKey("inconnu.csv"));
        assertTrue(noBuyer.stream().noneMatch(i -> i.file().equals("Programmation CHU.xlsx")), noBuyer.toString());
        assertTrue(noBuyer.stream().anyMatch(i -> i.file().equals("inconnu.csv")), "a file no row names a buyer of stays there");
        assertTrue(!items.containsKey(Feedback.noBuyerKey("Programmation CHU.xlsx")), items.keySet().toString());
    }

    /** Officer U: sans-acheteur.csv mixed two buyers (the CH of Montrevel and an EHPAD): one feedback file per source file. */
    @Test
    void linesOfNoBuyerGoToOneFeedbackFilePerSourceFile() throws Exception {
        Reject montrevel = new Reject("s", "CH Montrevel - achats 2027.ods", null, null, null, null, "Aucun acheteur pour ce fichier",
                "Ajoutez une colonne « Acheteur »", null);
        Reject ehpad = new Reject("s", "previsions_achats_2027_v3_DEF.csv", null, null, null, null, "Aucun acheteur pour ce fichier",
                "Ajoutez une colonne « Acheteur »", null);
        var items = Feedback.items(run(List.of(), List.of(montrevel, ehpad)));
        assertTrue(items.get("sans-acheteur-ch-montrevel-achats-2027").stream().allMatch(i -> i.file().isEmpty()
                || i.file().equals("CH Montrevel - achats 2027.ods")), items.toString());
        assertTrue(items.get("sans-acheteur-previsions-achats-2027-v3-def").stream().allMatch(i -> i.file().isEmpty()
                || i.file().equals("previsions_achats_2027_v3_DEF.csv")), items.toString());
        assertTrue(!items.containsKey(InternalReports.NO_BUYER), items.keySet().toString());
    }

    /**
     * Lawyer O (VM-27-15): the « Valeur lue » of a procedure item quoted Vitrine's label (« Marché négocié sans publicité ni
     * mise en concurrence ») where the cell said « Sans publicité ni mise en concurrence »: the value read quotes the cell.
     */
    @Test
    void aProcedureItemQuotesTheCellAsWritten() throws Exception {
        org.vitrine.messages.Fmt fmt = new org.vitrine.messages.Fmt(org.vitrine.messages.Messages.of("fr"));
        for (String cell : List.of("Sans publicité ni mise en concurrence", "Quasi-régie (L2511-1)",
                "Négocié sans publicité ni mise en concurrence — urgence impérieuse (R2122-1)")) {
            Need n = org.vitrine.normalise.Rows.normalise(org.vitrine.normalise.Rows.run(), java.util.Map.of("procedure", cell)).need();
            assertEquals(cell, Feedback.valueOf("MAPA_ABOVE_THRESHOLD", n, fmt));
            // never public: the catalogue and open data keep the buyer's words around the procedure only
            assertEquals(cell, n.procedureCell());
            assertTrue(n.forPublic(null).procedureCell() == null, cell);
        }
    }
}
