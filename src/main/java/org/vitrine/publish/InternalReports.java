package org.vitrine.publish;

import org.vitrine.model.Json;
import org.vitrine.model.EditionInfo;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;
import org.vitrine.messages.Messages;
import org.vitrine.model.FileCounts;
import org.vitrine.model.Reject;
import org.vitrine.context.Parallel;
import org.vitrine.context.Run;

/**
 * Writes internal/: run-report.json, needs.json (every need, the next run's previous edition), rejects.csv,
 * feedback/<buyer>.csv (what to fix, per buyer) and the risk report ({@link RiskReport}).
 */
public final class InternalReports {

    /** Feedback file for rows whose buyer is not known. */
    public static final String NO_BUYER = "sans-acheteur";

    private InternalReports() {
    }

    /** @param site the catalogue: its model is the risk pages' base, its needs and market the pages' figures quoted */
    public static void write(Path internalDir, Run run, EditionInfo edition, Templates templates, Site site)
            throws IOException {
        Map<String, Object> base = site.model();
        Files.createDirectories(internalDir.resolve("feedback"));
        writeReport(internalDir.resolve("run-report.json"), run, edition);
        // Independent files, the largest first, written side by side on the machine's cores.
        List<Parallel.Job> jobs = new ArrayList<>();
        jobs.add(() -> writeNeeds(internalDir.resolve("needs.json"), run, edition));
        jobs.add(() -> writeRejects(internalDir, run));
        jobs.add(() -> CompetitionReport.write(internalDir.resolve("competition.csv"), run, site.needs(),
                (org.vitrine.publish.catalogue.MarketAtAGlance) base.get("market")));
        jobs.addAll(RiskReport.jobs(internalDir, run, templates, base));
        Parallel.run(jobs);
    }

    /** rejects.csv, and feedback/<buyer>.csv: what each buyer has to fix, to forward ({@link Feedback}). */
    private static void writeRejects(Path internalDir, Run run) throws IOException {
        Messages m = run.messages();
        List<Reject> sorted = sorted(run.report().rejects());
        writeRejects(internalDir.resolve("rejects.csv"), sorted, m, true);
        Feedback.write(internalDir.resolve("feedback"), run);
    }

    /**
     * Rejects in the order a person reads them: file, row, column. A file's own lines (no row) stay in the order they
     * were told, the order of the file (its hidden columns A, B, … AA: by header they came C, F, E, H, D, B, G, attacker Z);
     * a file's lines are told by the one thread that reads it (one per source), so that order is the same at every run.
     */
    public static List<Reject> sorted(List<Reject> rejects) {
        List<Reject> list = new ArrayList<>(rejects);
        list.sort(java.util.Comparator.comparing(Reject::file)
                .thenComparing(r -> r.source() == null ? "" : r.source()) // two folders' files of one name: each by its thread
                .thenComparing(r -> r.sheet() == null ? "" : r.sheet())
                .thenComparing(r -> r.row() == null ? 0 : r.row())
                .thenComparing(r -> r.row() == null || r.column() == null ? "" : r.column()));
        return list;
    }

    public static void writeRejects(Path file, List<Reject> rejects, Messages m, boolean withBuyer) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(w, DataExports.excelFormat())) {
            w.write('\uFEFF');
            List<Object> header = new ArrayList<>(List.of(m.get("rejects.file"), m.get("rejects.sheet"), m.get("rejects.row"),
                    m.get("rejects.column"), m.get("rejects.value"), m.get("rejects.reason"), m.get("rejects.fix")));
            if (withBuyer) {
                header.add(m.get("rejects.buyer"));
            }
            header.add(m.get("rejects.kind"));
            csv.printRecord(header);
            for (Reject r : rejects) {
                List<Object> row = new ArrayList<>(List.of(r.file(), nz(r.sheet()), r.row() == null ? "" : r.row(),
                        nz(r.column()), nz(r.value()), r.reason(), r.fix()));
                if (withBuyer) {
                    row.add(nz(r.buyer()));
                }
                row.add(m.get(r.isWarning() ? "rejects.kind.warning" : "rejects.kind.reject"));
                csv.printRecord(DataExports.safe(row));
            }
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Every need, public or not, with its visibility and source: for staff, and for comparing the next edition. */
    private static void writeNeeds(Path file, Run run, EditionInfo edition) throws IOException {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("edition", edition);
        doc.put("needs", run.needs());
        // Compact: a machine's file (the next run reads it back), hundreds of megabytes for a national forecast.
        Json.MAPPER.writeValue(file.toFile(), doc);
    }

    /**
     * The edition's sources, an awards source with what it read: {@code records} the records read (as the console says;
     * needs.json's records are the configured buyers' awards, its {@code kept}), {@code skipped}, {@code counted} for
     * competition (officer Y, D5: records 7 while 15 were read).
     */
    private static List<Object> sources(Run run, EditionInfo edition) {
        List<Object> out = new java.util.ArrayList<>();
        for (EditionInfo.SourceInfo s : edition.sources()) {
            Run.AwardsRead a = run.awardsRead().get(s.name());
            if (a == null || !"awards".equals(s.kind())) {
                out.add(s);
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", s.name());
            m.put("kind", s.kind());
            m.put("records", a.read());
            m.put("kept", a.kept());
            m.put("skipped", a.skipped());
            m.put("counted", a.counted());
            m.put("asOf", s.asOf());
            m.put("fromSnapshot", s.fromSnapshot());
            out.add(m);
        }
        return out;
    }

    private static void writeReport(Path file, Run run, EditionInfo edition) throws IOException {
        FileCounts totals = run.report().totals();
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("edition", Map.of("id", edition.id(), "year", edition.year(), "date", edition.date().toString()));
        report.put("totals", totals); // needs only; the questions and answers apart
        report.put("questions", run.report().questionTotals());
        report.put("conservation", Map.of(
                "rule", "rowsRead = published + internalOnly + duplicates + rejected",
                "balanced", totals.balanced() && run.report().allCounts().values().stream().allMatch(FileCounts::balanced)));
        report.put("files", run.report().allCounts().values());
        report.put("rejectedFiles", run.report().allCounts().values().stream().filter(run.report()::refusedWhole).map(c -> c.file).toList());
        report.put("rejectLines", run.report().rejects().stream().filter(r -> !r.isWarning()).count());
        report.put("warningLines", run.report().rejects().stream().filter(Reject::isWarning).count());
        report.put("unknownBuyers", run.report().unknownBuyers());
        report.put("unknownColumns", run.report().unknownColumns());
        report.put("missingColumns", run.report().missingColumns());
        report.put("skippedSheets", run.report().skippedSheets());
        report.put("hiddenSheets", run.report().hiddenSheets());
        report.put("warnings", run.report().warnings());
        report.put("sources", sources(run, edition));
        report.put("degradedSources", run.sources().degraded());
        // points as risks.csv and the staff report count them: a group flag once, on its anchor
        Map<String, Long> risks = org.vitrine.model.RiskItems.byCode(run.needs());
        int renewals = org.vitrine.risk.awards.ExpectedRenewalMissing.points(run.missingRenewals());
        if (renewals > 0) {
            risks.put(org.vitrine.risk.awards.ExpectedRenewalMissing.CODE, (long) renewals); // tracked points too (lawyer D)
        }
        report.put("risksByRule", risks);
        Json.pretty().writeValue(file.toFile(), report);
    }
}
