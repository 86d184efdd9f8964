package org.vitrine.context;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.vitrine.messages.Messages;
import org.vitrine.config.Config;
import org.vitrine.model.FileCounts;
import org.vitrine.model.Need;
import org.vitrine.model.Reject;

/**
 * The state of one yearly run as it goes through the stages: counts per file, accepted needs,
 * rejects and warnings. One run at a time per process; stages add to it in order.
 */
public final class Run {

    private final Config config;
    private final Messages messages;
    private final int year;
    private final LocalDate editionDate;
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
    private List<Need> needs = List.of();
    private volatile Throwable failure;
    private String editionId;
    private String fingerprint;
    private Map<String, String> inputChecksums = Map.of();
    private boolean dryRun;
    private Map<String, Need> previous = Map.of();
    private Progress progress = Progress.NONE;
    private Set<String> refreshOnly;
    private Snapshots snapshots;
    private final Map<String, String> degraded = new TreeMap<>();
    private final Map<String, java.nio.file.Path> readFrom = new TreeMap<>();
    private boolean unchanged;
    private final Map<String, double[]> timings = new java.util.LinkedHashMap<>();
    private Progress.Stage stage;
    private List<org.vitrine.model.EditionInfo.Withdrawn> withdrawn = List.of();
    private List<org.vitrine.model.Award> awards = List.of();
    private List<org.vitrine.model.AwardLink> awardLinks = List.of();
    private Map<String, List<org.vitrine.model.Award>> missingRenewals = Map.of();
    private Map<String, org.vitrine.model.MarketFigures> markets = Map.of();
    private Map<String, String> needMarkets = Map.of();
    private final Map<String, Long> awardsKept = new TreeMap<>();

    public Run(Config config, Messages messages, int year, LocalDate editionDate) {
        this.config = config;
        this.messages = messages;
        this.year = year;
        this.editionDate = editionDate;
    }

    public Config config() {
        return config;
    }

    public Messages messages() {
        return messages;
    }

    public int year() {
        return year;
    }

    public LocalDate editionDate() {
        return editionDate;
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
    public synchronized void questionRows(List<org.vitrine.model.RawRecord> rows) {
        questionRows.addAll(rows);
    }

    public List<org.vitrine.model.RawRecord> questionRows() {
        return questionRows;
    }

    private final List<org.vitrine.model.RawRecord> lotRows = new ArrayList<>();

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

    public synchronized void unknownBuyer(String name) {
        unknownBuyers.add(name);
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

    /** The final needs after deduplication, sorted by id: what the publish stage works on. */
    public List<Need> needs() {
        return needs;
    }

    public void needs(List<Need> finalNeeds) {
        this.needs = finalNeeds;
    }

    public String editionId() {
        return editionId;
    }

    public String fingerprint() {
        return fingerprint;
    }

    /** Set once every source is read: the edition id, the fingerprint, each input file's checksum. */
    public void edition(String id, String inputsFingerprint, Map<String, String> checksums) {
        this.editionId = id;
        this.fingerprint = inputsFingerprint;
        this.inputChecksums = checksums;
    }

    /** Each input file ("source/name") with its SHA-256, for the manifest. */
    public Map<String, String> inputChecksums() {
        return inputChecksums;
    }

    /** Where each source's last good input is kept (out/<year>/state/snapshots). */
    public void snapshots(Snapshots store) {
        this.snapshots = store;
    }

    /**
     * Only these sources are read afresh; the others come from their last good snapshot
     * ({@code vitrine run --source}). Null: every source is read.
     */
    public void refreshOnly(Set<String> names) {
        this.refreshOnly = names;
    }

    /** True when a source is taken from its snapshot in this run (a --source rerun, or its policy after a failure). */
    public boolean fromSnapshot(org.vitrine.config.SourceConfig source) {
        return degraded.containsKey(source.name())
                || refreshOnly != null && !refreshOnly.contains(source.name()) && snapshots != null && snapshots.has(source.name());
    }

    /** A source failed and its keep-last-good policy took its snapshot instead; {@code reason} says why. */
    public synchronized void degraded(String source, String reason) {
        degraded.put(source, reason);
    }

    public Map<String, String> degraded() {
        return degraded;
    }

    /** Where a spreadsheets source is read from in this run: its folder, or its last good snapshot. */
    public java.nio.file.Path folderOf(org.vitrine.config.SourceConfig source) {
        return fromSnapshot(source) ? snapshots.dir(source.name()) : config.folderOf(source);
    }

    /** Records the folder a source's input was read from (its files, or the pages fetched from its API). */
    public synchronized void readFrom(String source, java.nio.file.Path folder) {
        readFrom.put(source, folder);
    }

    public Map<String, java.nio.file.Path> readFrom() {
        return readFrom;
    }

    /** Adds time spent in a stage (seconds) and the items it handled, for the summary and the benchmark. */
    public synchronized void time(String stage, double seconds, long items) {
        double[] t = timings.computeIfAbsent(stage, k -> new double[2]);
        t[0] += seconds;
        t[1] += items;
    }

    /** Stage name to {seconds, items}, in the order stages ran. */
    public Map<String, double[]> timings() {
        return timings;
    }

    /** Inputs and configuration are those of the current edition: nothing to publish. */
    public boolean unchanged() {
        return unchanged;
    }

    public void unchanged(boolean value) {
        this.unchanged = value;
    }

    /** True when the later stages have nothing to do: a failure, or nothing changed. */
    public boolean stopped() {
        return failure != null || unchanged;
    }

    public Snapshots snapshots() {
        return snapshots;
    }

    public void progress(Progress p) {
        this.progress = p;
    }

    public Progress progress() {
        return progress;
    }

    /** Starts a long stage whose steps come from several route calls (one per file). */
    public synchronized void startStage(String label, long total) {
        endStage();
        stage = progress.start(label, total);
    }

    public synchronized void stepStage() {
        if (stage != null) {
            stage.step();
        }
    }

    public synchronized void endStage() {
        if (stage != null) {
            stage.close();
            stage = null;
        }
    }

    /** The previous edition's needs by id (empty on a first edition). */
    public Map<String, Need> previous() {
        return previous;
    }

    public void previous(Map<String, Need> needs) {
        this.previous = needs;
    }

    public List<org.vitrine.model.EditionInfo.Withdrawn> withdrawn() {
        return withdrawn;
    }

    public void withdrawn(List<org.vitrine.model.EditionInfo.Withdrawn> list) {
        this.withdrawn = list;
    }

    public boolean dryRun() {
        return dryRun;
    }

    public void dryRun(boolean value) {
        this.dryRun = value;
    }

    public Throwable failure() {
        return failure;
    }

    public synchronized void fail(Throwable t) {
        if (failure == null) {
            failure = t;
        }
    }

    /** The configured buyers' past awards (DECP), sorted; empty without an awards source. */
    public List<org.vitrine.model.Award> awards() {
        return awards;
    }

    public synchronized void awards(List<org.vitrine.model.Award> list) {
        List<org.vitrine.model.Award> all = new ArrayList<>(awards);
        all.addAll(list);
        awards = List.copyOf(all);
    }

    /** Each planned need linked to its current contract, in need order (set by the risk stage). */
    public List<org.vitrine.model.AwardLink> awardLinks() {
        return awardLinks;
    }

    public void awardLinks(List<org.vitrine.model.AwardLink> links) {
        awardLinks = List.copyOf(links);
    }

    /** By buyer id: the awards that should be renewed in the forecast window and match no planned need. */
    public Map<String, List<org.vitrine.model.Award>> missingRenewals() {
        return missingRenewals;
    }

    public void missingRenewals(Map<String, List<org.vitrine.model.Award>> byBuyer) {
        missingRenewals = byBuyer;
    }

    /** Competition measured on the awards of all buyers, by market|département (issue 21.3); empty without awards. */
    public Map<String, org.vitrine.model.MarketFigures> markets() {
        return markets;
    }

    public synchronized void markets(Map<String, org.vitrine.model.MarketFigures> byKey) {
        Map<String, org.vitrine.model.MarketFigures> all = new TreeMap<>(markets);
        all.putAll(byKey);
        markets = java.util.Collections.unmodifiableMap(all);
    }

    /** By need id, the key of the market figures its competition messages quote (set by the risk stage). */
    public Map<String, String> needMarkets() {
        return needMarkets;
    }

    public void needMarkets(Map<String, String> byNeed) {
        needMarkets = java.util.Collections.unmodifiableMap(new TreeMap<>(byNeed));
    }

    /** By awards source, how many past awards of the configured buyers it gave (needs.json's records for it). */
    public synchronized Map<String, Long> awardsKept() {
        return Map.copyOf(awardsKept);
    }

    public synchronized void awardsKept(String source, long count) {
        awardsKept.put(source, count);
    }
}
