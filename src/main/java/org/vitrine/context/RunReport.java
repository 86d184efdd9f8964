package org.vitrine.context;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.vitrine.config.Config;
import org.vitrine.messages.Messages;
import org.vitrine.model.FileCounts;
import org.vitrine.model.Need;
import org.vitrine.model.Reject;

/**
 * What one run tells staff about its inputs: counts per file, accepted needs before merging, rejects and warnings,
 * unknown buyers and columns, the buyers' own headers. Ingest and normalise add to it; the reports and the summary
 * read it.
 */
public final class RunReport {
    private final Config config;
    private final Messages messages;
    private final Map<String, FileCounts> counts = new TreeMap<>();
    private final List<Need> accepted = new ArrayList<>();
    private final List<Reject> rejects = new ArrayList<>();
    private final List<org.vitrine.model.RawRecord> questionRows = new ArrayList<>();
    private final Set<String> unknownBuyers = new TreeSet<>();
    private final Map<String, Set<String>> unknownColumns = new TreeMap<>();
    /** Per file, each field's header as the buyer wrote it: messages name the buyer's column, not the template's. */
    private final Map<String, Map<String, String>> columnHeaders = new TreeMap<>();
    private final Map<String, Set<String>> skippedSheets = new TreeMap<>();
    private final Map<String, Set<String>> missingColumns = new TreeMap<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<org.vitrine.model.RawRecord> lotRows = new ArrayList<>();
    private final List<org.vitrine.model.RejectedRow> rejectedRows = new ArrayList<>();

    RunReport(Config config, Messages messages) {
        this.config = config;
        this.messages = messages;
    }

    public synchronized FileCounts counts(String source, String file) {
        return counts.computeIfAbsent(file, f -> new FileCounts(source, f));
    }

    public Map<String, FileCounts> allCounts() {
        return counts;
    }

    /**
     * The needs' rows of every source but the questions and answers (qa): what the catalogue publishes, so that the
     * console's and run-report.json's published total is the number of needs online. Conservation holds for each.
     */
    public FileCounts totals() {
        FileCounts t = new FileCounts("*", "*");
        counts.values().stream().filter(c -> !isQa(c.source)).forEach(t::add);
        return t;
    }

    /** The rows of the questions-and-answers sources, counted apart from the needs. */
    public FileCounts questionTotals() {
        FileCounts t = new FileCounts("*", "*");
        counts.values().stream().filter(c -> isQa(c.source)).forEach(t::add);
        return t;
    }

    /** True for a source of kind qa (questions and answers, not needs). */
    public boolean isQa(String source) {
        return config.sources().stream().anyMatch(s -> s.name().equals(source) && "qa".equals(s.kind()));
    }

    public synchronized void accept(Need need) {
        accepted.add(need);
    }

    public List<Need> accepted() {
        return accepted;
    }

    public synchronized void reject(Reject reject) {
        rejects.add(reject);
    }

    /**
     * Forgets everything a file gave before it failed part-way (a truncated or oversized file is
     * rejected whole: never half a file in the catalogue).
     */
    /** The rows of the qa sources (questions and answers), matched to needs once every need is known. */
    /** A rejected row of a known buyer whose cells may name its current contract (officer Z3). */
    public synchronized void rejectedRow(org.vitrine.model.RejectedRow row) {
        if (row != null) {
            rejectedRows.add(row);
        }
    }

    /** The rejected rows recorded by {@link #rejectedRow}, in the order read. */
    public synchronized List<org.vitrine.model.RejectedRow> rejectedRows() {
        return List.copyOf(rejectedRows);
    }

    public synchronized void questionRows(List<org.vitrine.model.RawRecord> rows) {
        questionRows.addAll(rows);
    }

    public List<org.vitrine.model.RawRecord> questionRows() {
        return questionRows;
    }

    /** A row of a sheet of lots, attached to its need once every need is read. */
    public synchronized void lotRow(org.vitrine.model.RawRecord row) {
        lotRows.add(row);
    }

    public List<org.vitrine.model.RawRecord> lotRows() {
        return lotRows;
    }

    public synchronized void discardFile(String file) {
        accepted.removeIf(n -> n.source() != null && file.equals(n.source().file()));
        lotRows.removeIf(r -> file.equals(r.location().file()));
        rejects.removeIf(r -> file.equals(r.file()));
        FileCounts c = counts.get(file);
        if (c != null) {
            counts.put(file, new FileCounts(c.source, file));
        }
    }

    public List<Reject> rejects() {
        return rejects;
    }

    /**
     * True when no row of the file can be published: refused as it was read (not a spreadsheet, no header), or told
     * once for the file that a required column or its buyer is missing (its rows are read and counted rejected).
     * The console said « dont 1 rejeté en entier » of a run with three such files (officer U).
     */
    public synchronized boolean refusedWhole(FileCounts c) {
        return c.fileRejected || rejects.stream().anyMatch(r -> !r.isWarning() && r.row() == null && c.file.equals(r.file())
                && java.util.Objects.equals(c.source, r.source()));
    }

    public synchronized void unknownBuyer(String name) {
        unknownBuyers.add(name);
    }

    /**
     * The spellings of one buyer not in buyers.yaml, once merged (BuyerNames), named once by the name its needs got:
     * the console listed three spellings of one EHPAD as three absent buyers.
     */
    public synchronized void unknownBuyerMerged(java.util.Collection<String> spellings, String name) {
        if (unknownBuyers.removeAll(spellings)) {
            unknownBuyers.add(name);
        }
    }

    public Set<String> unknownBuyers() {
        return unknownBuyers;
    }

    public synchronized void unknownColumn(String file, String header) {
        unknownColumns.computeIfAbsent(file, f -> new TreeSet<>()).add(header);
    }

    public Map<String, Set<String>> unknownColumns() {
        return unknownColumns;
    }

    public synchronized void columnHeader(String file, String field, String header) {
        columnHeaders.computeIfAbsent(file, f -> new java.util.HashMap<>()).putIfAbsent(field, header);
    }

    /** True when the buyer's file has a column read as this field (its cells may still be empty). */
    public synchronized boolean hasColumn(String file, String field) {
        return columnHeaders.getOrDefault(file, Map.of()).containsKey(field);
    }

    /** The header the buyer's file gives this field, else the template's column name (what the buyer would add). */
    public synchronized String header(String file, String field) {
        String h = columnHeaders.getOrDefault(file, Map.of()).get(field);
        return h != null ? h : config.columns().headerFor(field, messages.lang());
    }

    public synchronized void skippedSheet(String file, String sheet) {
        skippedSheets.computeIfAbsent(file, f -> new TreeSet<>()).add(sheet);
    }

    public Map<String, Set<String>> skippedSheets() {
        return skippedSheets;
    }

    private final Map<String, List<org.vitrine.model.IgnoredRow>> ignoredRows = new TreeMap<>();

    public synchronized void ignoredRows(String file, List<org.vitrine.model.IgnoredRow> rows) {
        if (!rows.isEmpty()) {
            ignoredRows.computeIfAbsent(file, f -> new ArrayList<>()).addAll(rows);
        }
    }

    /** The totals, notes and section headings skipped: file → rows, in the order of the file (feedback, check). */
    public synchronized Map<String, List<org.vitrine.model.IgnoredRow>> ignoredRows() {
        return ignoredRows;
    }

    private final Map<String, Set<String>> hiddenSheets = new TreeMap<>();

    public synchronized void hiddenSheet(String file, String sheet) {
        hiddenSheets.computeIfAbsent(file, f -> new TreeSet<>()).add(sheet);
    }

    /** Sheets hidden in their workbook, not read: file → sheet names (run-report.json). */
    public Map<String, Set<String>> hiddenSheets() {
        return hiddenSheets;
    }

    public synchronized void missingColumn(String file, String header) {
        missingColumns.computeIfAbsent(file, f -> new TreeSet<>()).add(header);
    }

    public Map<String, Set<String>> missingColumns() {
        return missingColumns;
    }

    public synchronized void warn(String message) {
        warnings.add(message);
    }

    public List<String> warnings() {
        return warnings;
    }
}
