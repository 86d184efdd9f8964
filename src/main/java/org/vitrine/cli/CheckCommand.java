package org.vitrine.cli;

import org.vitrine.run.Defaults;
import org.vitrine.run.ExitCode;
import org.vitrine.messages.Messages;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vitrine.camel.Normalisers;
import org.vitrine.config.Config;
import org.vitrine.ingest.SourceFile;
import org.vitrine.ingest.SpreadsheetSource;
import org.vitrine.model.Need;
import org.vitrine.model.Period;
import org.vitrine.model.Reject;
import org.vitrine.normalise.Normaliser;
import org.vitrine.publish.Feedback;
import org.vitrine.context.Run;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code vitrine check FILE...}: what a buyer runs before sending a spreadsheet. Reads each file with
 * the same readers and parsers as the yearly run and lists every problem, then a completeness score
 * per row (how many of the fields suppliers value are filled).
 */
@Command(name = "check", resourceBundle = "i18n/cli", mixinStandardHelpOptions = true)
public final class CheckCommand implements Callable<Integer> {

    /** Fields suppliers value most, for the completeness score. */
    static final List<String> VALUED = List.of("description", "amount", "launch", "duration", "procedure", "lots",
            "location", "contact", "coverage", "firmness");

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "check.files")
    List<Path> files;

    @Option(names = "--config", descriptionKey = "opt.config")
    Path config;

    @Option(names = "--year", descriptionKey = "run.year")
    Integer year;

    @Option(names = "--lang", descriptionKey = "opt.lang", converter = LangOption.class)
    String lang;

    /** The day the file is checked as of, as run's --date: a launch is past, or before the event, by that day. */
    @Option(names = "--date", descriptionKey = "check.date")
    String date;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Messages m = Defaults.messages(lang);
        Config cfg = Defaults.load(Defaults.configDir(config), m, err);
        if (cfg == null) {
            return ExitCode.USAGE;
        }
        LocalDate day;
        try {
            day = Defaults.editionDate(date);
        } catch (java.time.DateTimeException | NumberFormatException e) {
            err.println(m.get("run.bad_date", date));
            return ExitCode.USAGE;
        }
        int y = Defaults.forecastYear(year, cfg, day);
        // how the day was chosen, said beside a launch already past (« la date de SOURCE_DATE_EPOCH, --date n'étant pas donné »)
        org.vitrine.config.DayOrigin origin = Defaults.dayOrigin(date);
        int exit = ExitCode.OK;
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                // a folder, a pipe or a device exists: « introuvable » would be false (issue 16, attacker Y3)
                String kind = Files.exists(file) ? kindOf(file) : null;
                err.println(kind == null ? m.get("check.no_file", file) : m.get("check.not_regular", file, m.get("check.kind." + kind)));
                return ExitCode.USAGE;
            }
            exit = Math.max(exit, checkFile(file, cfg, m, y, day, origin, out));
        }
        return exit;
    }

    /** What a path that is no regular file is: folder, fifo, device, socket or other. Read without opening it. */
    static String kindOf(Path file) {
        if (Files.isDirectory(file)) {
            return "folder";
        }
        try {
            int mode = (Integer) Files.getAttribute(file, "unix:mode");
            switch (mode & 0170000) {
                case 0010000:
                    return "fifo";
                case 0020000:
                case 0060000:
                    return "device";
                case 0140000:
                    return "socket";
                default:
                    return "other";
            }
        } catch (java.io.IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "other";
        }
    }

    private int checkFile(Path file, Config cfg, Messages m, int y, LocalDate day, org.vitrine.config.DayOrigin origin, PrintWriter out) {
        Run run = new Run(cfg, m, y, day);
        Normaliser normaliser = Normalisers.forRun(run).checkDay(origin);
        String name = file.getFileName().toString();
        List<Need> needs = new ArrayList<>();
        // the file read whole, then normalised, as the run does (camel/Batches): a stamp below a sheet's data holds its rows read before it
        List<org.vitrine.model.RawRecord> raws = new ArrayList<>();
        new SpreadsheetSource().readFile(new SourceFile("check", file, name), run, raws::add);
        raws.forEach(raw -> {
            Normaliser.Result r = normaliser.normalise(raw);
            r.warnings().forEach(run.report()::reject);
            if (r.need() == null) {
                r.rejects().forEach(run.report()::reject);
                run.report().counts("check", name).rejected++;
                return;
            }
            run.report().accept(r.need());
        });
        var counts = run.report().counts("check", name);
        // a row held back (confidential, or a doubtful amount) is read but not published: not « acceptée » (officer U)
        long held = run.report().accepted().stream().filter(n -> !n.isPublic()).count();
        long accepted = counts.rowsRead - counts.rejected - held;
        // The merge stage as the yearly run has it: duplicates told, one name per buyer.
        new org.vitrine.normalise.Deduplicator().deduplicate(run);
        // The risk rules as the yearly run has them, on this file alone (no previous edition, no award data): the
        // buyer's own items of its feedback file — the launch to place before or after the event, a consultation
        // running on the event day, a code to check — were in feedback/ and not here (officer U: check ≠ feedback).
        new org.vitrine.risk.RiskStage().flag(run, Map.of());
        needs.addAll(run.needs());
        out.println(m.get("check.file", name));
        run.report().skippedSheets().getOrDefault(name, java.util.Set.of()).forEach(s -> out.println(m.get("check.skipped_sheet", s)));
        ignoredRows(run.report().ignoredRows().getOrDefault(name, List.of()), name, m, out);
        // what the merge stage told of the file's buyers (spellings joined, « probablement le même acheteur »)
        run.report().warnings().forEach(w -> out.println(m.get("summary.warning", w)));
        // Grouped by problem, in the order of the buyer's feedback file: rejects, warnings, what to complete. A file-level
        // line is in each of the file's buyers' feedback: told once here (an ignored column was told once per buyer).
        Map<String, List<Feedback.Item>> byKind = new java.util.LinkedHashMap<>();
        java.util.Set<Feedback.Item> told = new java.util.HashSet<>();
        Map<String, List<Feedback.Item>> byBuyer = Feedback.items(run, false);
        byBuyer.values().forEach(list -> list.stream().filter(i -> !i.kind().equals("summary"))
                .filter(i -> !i.rows().isEmpty() || told.add(i))
                .forEach(i -> byKind.computeIfAbsent(i.kind(), k -> new ArrayList<>()).add(i)));
        // A file shared by several buyers: one « column missing » line per column for the whole file, not per buyer.
        // Only needs that will be published: an internal need has no public page to complete.
        Feedback.missingFields(run.needs().stream().filter(Need::isPublic).toList(), run)
                .forEach(i -> byKind.computeIfAbsent(i.kind(), k -> new ArrayList<>()).add(i));
        for (String kind : List.of("reject", "warning", "complete", "check", "confirm")) {
            List<Feedback.Item> items = byKind.getOrDefault(kind, List.of());
            if (items.isEmpty()) {
                continue;
            }
            out.println("  " + m.get("check.section." + kind, items.size()));
            Map<String, List<Feedback.Item>> byReason = new java.util.LinkedHashMap<>();
            items.forEach(i -> byReason.computeIfAbsent(problemOf(i), k -> new ArrayList<>()).add(i));
            byReason.forEach((problem, same) -> {
                if (same.size() > 1 && !same.get(0).rows().isEmpty()) {
                    // One problem, several rows: what to do is said once, then each row with what was read there.
                    Feedback.Item first = same.get(0);
                    out.println("    " + m.get("check.group", first.column(), same.size(), first.fix(), where(first.file(), first.sheet(), m)));
                    for (Feedback.Item i : same) {
                        out.println("      " + (i.value().isEmpty() ? m.get("check.group_line_novalue", rows(i, m), i.reason())
                                : m.get("check.group_line", rows(i, m), i.value(), i.reason())));
                    }
                    return;
                }
                for (Feedback.Item i : same) {
                    String where = where(i.file(), i.sheet(), m);
                    out.println("    " + (i.rows().isEmpty()
                            ? m.get(i.kind().equals("reject") ? "check.file_problem" : "check.file_line", i.reason(), i.fix())
                            : i.value().isEmpty() ? m.get("check.problem_novalue", where, rows(i, m), i.column(), i.reason(), i.fix())
                            : m.get("check.problem", where, rows(i, m), i.column(), i.value(), i.reason(), i.fix())));
                }
            });
        }
        needs.sort(java.util.Comparator.comparing((Need n) -> n.source().sheet() == null ? "" : n.source().sheet())
                .thenComparingInt(n -> n.source().row()));
        // published needs only: a confidential or internal need has no page for suppliers to complete (officer Z2, N1)
        java.util.Map<String, Integer> absentColumns = new java.util.LinkedHashMap<>();
        for (Need n : needs) {
            if (!n.isPublic()) {
                continue;
            }
            List<String> missing = missing(n, run, absentColumns);
            out.println("  " + m.get("check.score", where(n.source().file(), n.source().sheet(), m), n.source().row(),
                    VALUED.size() - missing.size(), VALUED.size())
                    + (missing.isEmpty() ? "" : " — " + m.get("check.score_missing", String.join(", ", missing))));
        }
        // a column the file lacks is missing on every row: said once, with the header to add and what to write (N1)
        absentColumns.forEach((field, count) -> out.println("  " + m.get("check.add_column", run.report().header(name, field), count,
                m.has("template.field." + field + ".examples") ? m.get("template.field." + field + ".examples") : "")));
        // The feedback file's « Bilan » line of each buyer of the file, with the same counts (published, held back, rejected)
        byBuyer.forEach((buyer, list) -> list.stream().filter(i -> i.kind().equals("summary")).forEach(i ->
                out.println("  " + m.get("check.buyer_summary", buyerName(buyer, run), i.reason()))));
        boolean refusedWhole = counts.fileRejected || run.report().rejects().stream().anyMatch(r -> !r.isWarning() && r.row() == null);
        out.println(m.get(held == 0 ? "check.total" : "check.total_held", counts.rowsRead, accepted, counts.rejected, counts.blankRows,
                counts.summaryRows, held)
                + (refusedWhole ? " " + m.get("check.total_refused") : ""));
        return counts.rejected > 0 || counts.fileRejected ? ExitCode.REJECTS : ExitCode.OK;
    }

    /**
     * The totals, notes and headings skipped, each named by sheet, row and text (officer Z2, N2: « 2 lignes … ignorées »
     * did not say which, and the CHU could not tell its headings from a lost need).
     */
    private static void ignoredRows(List<org.vitrine.model.IgnoredRow> rows, String file, Messages m, PrintWriter out) {
        if (rows.isEmpty()) {
            return;
        }
        List<String> named = new ArrayList<>();
        String lastSheet = null;
        for (org.vitrine.model.IgnoredRow r : rows) {
            String sheet = Feedback.sheet(file, r.sheet());
            String where = sheet.isEmpty() || sheet.equals(lastSheet) ? "" : m.get("check.ignored_sheet", sheet);
            lastSheet = sheet;
            String text = r.text().length() > 60 ? r.text().substring(0, 60) + "…" : r.text();
            named.add(m.get("check.ignored_row", where, String.valueOf(r.row()), text, m.get("check.ignored_kind." + r.kind())));
        }
        out.println(m.get("check.ignored_rows", rows.size(), String.join(" ; ", named)));
    }

    /** The buyer's name as buyers.yaml or its rows give it; the feedback file's name for rows of no known buyer. */
    private static String buyerName(String id, Run run) {
        org.vitrine.config.BuyerConfig b = run.config().buyers().byId(id);
        if (b != null && b.name() != null) {
            return b.name();
        }
        return run.needs().stream().filter(n -> n.buyer() != null && id.equals(n.buyer().id())).map(n -> n.buyer().name()).findFirst()
                .orElse(run.messages().get("check.no_buyer", id));
    }

    /**
     * Where a line is, in one form for every line of the file (officer Z2, N3: « Plan achats 2027, ligne 8 » beside
     * « chu.xlsx, lignes 10, … »): the workbook's tab, « onglet « Plan achats 2027 » », or the file for a csv, which has none.
     */
    private static String where(String file, String sheet, Messages m) {
        String tab = Feedback.sheet(file, sheet);
        return tab.isEmpty() ? file : m.get("check.in_sheet", tab);
    }

    /** « ligne 9 », « lignes 10, 26, 30 ». */
    private static String rows(Feedback.Item i, Messages m) {
        return m.get("check.rows", i.rows().split(",").length, i.rows());
    }

    /**
     * Lines of one problem go together: one column and one thing to do (the reason's figures change from row to row).
     * A whole-file line, and a line of several rows, stays alone.
     */
    private static String problemOf(Feedback.Item i) {
        if (i.rows().isEmpty() || i.rows().contains(",")) {
            return "\0" + i.file() + "|" + i.column() + "|" + i.reason();
        }
        return i.file() + "|" + i.sheet() + "|" + i.column() + "|" + i.fix();
    }

    /** The fields suppliers value that this need leaves out, by the header a buyer writes. */
    /** The valued fields the need lacks, as the buyer's headers; a field whose column the file lacks is counted in {@code absent}. */
    private static List<String> missing(Need n, Run run, java.util.Map<String, Integer> absent) {
        List<String> out = new ArrayList<>();
        java.util.function.BiConsumer<Boolean, String> add = (lacks, field) -> {
            if (lacks) {
                out.add(run.report().header(n.source().file(), field));
                if (!run.report().hasColumn(n.source().file(), field)) {
                    absent.merge(field, 1, Integer::sum);
                }
            }
        };
        add.accept(n.description() == null, "description");
        // a value that is there but too vague says what it lacks, not that the column is empty
        if (!(n.amount() != null && (n.amount().max() == null || n.amount().min() == null
                || n.amount().max().compareTo(n.amount().min().multiply(java.math.BigDecimal.valueOf(3))) <= 0))) {
            out.add(run.messages().get("check.missing.range", run.report().header(n.source().file(), "amount")));
        }
        if (n.launch() == null || n.launch().precision() == Period.Precision.year) {
            out.add(run.messages().get("check.missing.quarter", run.report().header(n.source().file(), "launch")));
        }
        add.accept(n.durationMonths() == null, "duration_months");
        // as the feedback file asks (issue 22, officer4): an order to a central purchasing body (UGAP) or a call-off is
        // a route, not a procedure, so neither procedure nor lots is asked; the buyer's functional contact in
        // buyers.yaml is published on every row that gives none
        add.accept(n.isOpenOpportunity() && n.procedure() == null, "procedure");
        add.accept(n.isOpenOpportunity() && n.lots() == null && n.lotList().isEmpty(), "lots");
        add.accept(n.location() == null, "location");
        org.vitrine.config.BuyerConfig buyer = n.buyer() == null ? null : run.config().buyers().byId(n.buyer().id());
        add.accept(n.contact() == null && (buyer == null || !buyer.hasContact()), "contact");
        add.accept(n.coverage() == null, "coverage");
        add.accept(n.firmness() == null, "firmness");
        return out;
    }

}
