package org.vitrine.cli;

import org.vitrine.run.YearlyJob;
import org.vitrine.messages.Messages;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.vitrine.model.FileCounts;
import org.vitrine.context.EditionWriter;
import org.vitrine.context.Run;

/** The end-of-run summary table: per source and in total, risks by rule, outputs, duration. */
public final class Summary {

    private Summary() {
    }

    /**
     * The console of the yearly job: progress bars on a terminal (asked only by an interactive run, {@code
     * YearlyJob.Options.interactive}), this summary after a published run.
     */
    public static YearlyJob.Console console() {
        return new YearlyJob.Console() {
            @Override
            public org.vitrine.context.Progress progress() {
                return TerminalProgress.forConsole();
            }

            @Override
            public void summary(PrintWriter out, Run run, EditionWriter editions, Messages m, double seconds) {
                print(out, run, editions, m, seconds);
            }
        };
    }

    static void print(PrintWriter out, Run run, EditionWriter editions, Messages m, double seconds) {
        Map<String, FileCounts> bySource = new TreeMap<>();
        Map<String, long[]> files = new TreeMap<>();
        for (FileCounts c : run.report().allCounts().values()) {
            bySource.computeIfAbsent(c.source, s -> new FileCounts(s, "*")).add(c);
            long[] f = files.computeIfAbsent(c.source, s -> new long[2]);
            f[0]++;
            f[1] += run.report().refusedWhole(c) ? 1 : 0;
        }
        String format = "%-34s %8s %8s %9s %9s %9s %9s %14s%n";
        out.println();
        out.printf(format, m.get("summary.col.source"), m.get("summary.col.files"), m.get("summary.col.rows"),
                m.get("summary.col.published"), m.get("summary.col.internal"), m.get("summary.col.duplicates"),
                m.get("summary.col.rejected"), m.get("summary.col.warnings"));
        // Conservation per file (rows = published + internal + merged + rejected): every file with something other
        // than all its rows published, under its source; the rest counted in one line (all in run-report.json).
        Map<String, List<FileCounts>> notable = new TreeMap<>();
        Map<String, Integer> plain = new TreeMap<>();
        for (FileCounts c : run.report().allCounts().values()) {
            boolean clean = !run.report().refusedWhole(c) && c.internalOnly == 0 && c.duplicates == 0 && c.rejected == 0 && c.warnings == 0;
            if (clean) {
                plain.merge(c.source, 1, Integer::sum);
            } else {
                notable.computeIfAbsent(c.source, k -> new java.util.ArrayList<>()).add(c);
            }
        }
        // The needs' sources, their total, then the questions and answers apart (they are no needs: the catalogue's
        // count is the total's published column).
        Map<String, FileCounts> questions = new TreeMap<>();
        bySource.keySet().stream().filter(run.report()::isQa).toList().forEach(s -> questions.put(s, bySource.remove(s)));
        bySource.forEach((s, c) -> {
            row(out, format, s, files.get(s), c);
            // a source of one file (a REST source, the questions) is that file: its row says it all
            List<FileCounts> list = files.get(s)[0] < 2 ? List.of() : notable.getOrDefault(s, List.of()).stream()
                    .sorted(java.util.Comparator.comparing((FileCounts f) -> f.file)).toList();
            list.stream().limit(FILES_SHOWN).forEach(f -> out.printf(format, "  " + shortName(f.file),
                    run.report().refusedWhole(f) ? m.get("summary.file_refused") : "", f.rowsRead, f.published, f.internalOnly, f.duplicates,
                    f.rejected, f.warnings));
            int more = Math.max(0, list.size() - FILES_SHOWN) + plain.getOrDefault(s, 0);
            if (more > 0 && list.size() > 0) {
                out.println("  " + m.get("summary.other_files", more));
            }
        });
        long[] allFiles = {run.report().allCounts().size(), run.report().allCounts().values().stream().filter(run.report()::refusedWhole).count()};
        long[] needFiles = {run.report().allCounts().values().stream().filter(c -> !run.report().isQa(c.source)).count(),
                run.report().allCounts().values().stream().filter(c -> !run.report().isQa(c.source) && run.report().refusedWhole(c)).count()};
        row(out, format, m.get("summary.col.total"), needFiles, run.report().totals());
        questions.forEach((s, c) -> row(out, format, m.get("summary.questions_apart", s), files.get(s), c));
        out.println();
        FileCounts t = run.report().totals();
        if (allFiles[1] > 0) {
            out.println(m.get("summary.files", allFiles[0], allFiles[1]));
        }
        out.println(m.get("summary.skipped_rows", t.blankRows, t.summaryRows));
        // past awards are no rows of the table: what each awards source read, kept, skipped and counted (officer Y, D5)
        run.awardsRead().forEach((s, a) -> out.println(m.get("summary.awards", s, a.read(), a.kept(), a.skipped(), a.counted(),
                a.fromSnapshot() ? 1 : 0)));
        // points as risks.csv and the staff report count them: a group flag once, on its anchor
        Map<String, Long> risks = org.vitrine.model.RiskItems.byCode(run.needs());
        int renewals = org.vitrine.risk.awards.ExpectedRenewalMissing.points(run.missingRenewals());
        if (renewals > 0) {
            risks.put(org.vitrine.risk.awards.ExpectedRenewalMissing.CODE, (long) renewals); // tracked points too (lawyer D)
        }
        if (!risks.isEmpty()) {
            out.println(m.get("summary.risks", risks.values().stream().mapToLong(Long::longValue).sum(),
                    risks.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))));
        }
        if (!run.report().unknownBuyers().isEmpty()) {
            out.println(m.get("summary.unknown_buyers", shortList(run.report().unknownBuyers(), m)));
        }
        run.report().warnings().forEach(w -> out.println(m.get("summary.warning", w)));
        // A whole file's problem (no amount column, not a spreadsheet...) is said here, not only in rejects.csv.
        // in rejects.csv's order (InternalReports.sorted: a file's own lines keep the file's order, review revH R9)
        org.vitrine.publish.InternalReports.sorted(run.report().rejects()).stream().filter(r -> r.row() == null)
                .forEach(r -> out.println(r.fix() == null || r.fix().isBlank() ? m.get("summary.file_problem", r.file(), r.reason())
                        : m.get("summary.file_problem_fix", r.file(), r.reason(), r.fix())));
        if (run.edition().dryRun()) {
            out.println(m.get("summary.dry_run"));
        } else {
            Path year = editions.yearDir();
            out.println(m.get("summary.public", year.resolve("public").resolve("index.html")));
            out.println(m.get("summary.internal", year.resolve("internal")));
            long warnings = run.report().rejects().stream().filter(org.vitrine.model.Reject::isWarning).count();
            long rejects = run.report().rejects().size() - warnings;
            if (rejects > 0) {
                out.println(m.get("summary.rejects", rejects, year.resolve("internal").resolve("rejects.csv")));
            }
            if (warnings > 0) {
                out.println(m.get("summary.warnings", warnings, year.resolve("internal").resolve("rejects.csv")));
            }
        }
        out.println(m.get("summary.duration", String.format(m.locale(), "%.1f", seconds)));
    }

    private static void row(PrintWriter out, String format, String label, long[] files, FileCounts c) {
        out.printf(format, label, files[0], c.rowsRead, c.published, c.internalOnly, c.duplicates, c.rejected, c.warnings);
    }

    /** Files listed under their source in the summary (the others: run-report.json). */
    static final int FILES_SHOWN = 30;

    /** A file name that fits its column: the start and the end ("prefecture-saone-e….xlsx"). */
    static String shortName(String name) {
        String file = org.vitrine.messages.Visible.inline(name); // a line break in the name would start a false row
        return file.length() <= 32 ? file : file.substring(0, 24) + "…" + file.substring(file.length() - 7);
    }

    /** Unknown buyers shown in the summary before "and N more": a large forecast may have hundreds (all in run-report.json). */
    static final int LIST_SHOWN = 20;

    static String shortList(java.util.Collection<String> names, Messages m) {
        List<String> all = List.copyOf(names);
        if (all.size() <= LIST_SHOWN) {
            return String.join(", ", all);
        }
        return String.join(", ", all.subList(0, LIST_SHOWN)) + m.get("summary.unknown_buyers_more", all.size() - LIST_SHOWN);
    }
}
