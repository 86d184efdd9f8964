package org.vitrine.context;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.vitrine.config.Config;
import org.vitrine.messages.Messages;
import org.vitrine.model.Need;

/**
 * One yearly run as it goes through the stages: its configuration, year and date, the final needs, its failure,
 * the risk stage's findings on past awards, and its parts, each with one purpose: the {@link RunReport} (counts,
 * rejects, warnings), the {@link SourceState} (snapshots, degraded sources), the {@link EditionIdentity} (id,
 * fingerprint, previous edition) and the {@link Timings}. One run at a time per process.
 */
public final class Run {
    private final Config config;
    private final Messages messages;
    private final int year;
    private final LocalDate editionDate;
    private List<Need> needs = List.of();
    private volatile Throwable failure;
    private Progress progress = Progress.NONE;
    private Progress.Stage stage;
    private List<org.vitrine.model.Award> awards = List.of();
    private List<org.vitrine.model.AwardLink> awardLinks = List.of();
    private Map<org.vitrine.model.Award, String> awardContracts = Map.of();
    private Map<String, List<org.vitrine.model.Award>> missingRenewals = Map.of();
    private Map<String, org.vitrine.model.AwardLink> nearMisses = Map.of();
    private Map<String, org.vitrine.model.RejectedRow> rejectedNaming = Map.of();
    private Map<String, List<org.vitrine.model.AwardLink>> nearMissLists = Map.of();
    private Map<String, org.vitrine.model.MarketFigures> markets = Map.of();
    private Map<String, String> needMarkets = Map.of();
    private java.util.Set<String> endFromAward = java.util.Set.of();
    private final Map<String, AwardsRead> awardsRead = new TreeMap<>();
    private final RunReport report;
    private final SourceState sources;
    private final EditionIdentity edition = new EditionIdentity();
    private final Timings timings = new Timings();

    public Run(Config config, Messages messages, int year, LocalDate editionDate) {
        this.config = config;
        this.messages = messages;
        this.year = year;
        this.editionDate = editionDate;
        this.report = new RunReport(config, messages);
        this.sources = new SourceState(config);
    }

    /** Counts, rejects and warnings: what the run tells staff about its inputs. */
    public RunReport report() {
        return report;
    }

    /** Where each source is read from, and which were degraded. */
    public SourceState sources() {
        return sources;
    }

    /** The edition this run makes (id, fingerprint, unchanged, previous edition, dry run). */
    public EditionIdentity edition() {
        return edition;
    }

    /** Time spent in each stage. */
    public Timings timings() {
        return timings;
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

    /** The final needs after deduplication, sorted by id: what the publish stage works on. */
    public List<Need> needs() {
        return needs;
    }

    public void needs(List<Need> finalNeeds) {
        this.needs = finalNeeds;
    }

    /** True when the later stages have nothing to do: a failure, or nothing changed. */
    public boolean stopped() {
        return failure != null || edition.unchanged();
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

    /**
     * The contract each linked award belongs to (risk/awards Contracts: a consultation's lots, a framework with its
     * call-offs), built once by the risk stage from all the awards read; the staff report groups its rows by it.
     */
    public Map<org.vitrine.model.Award, String> awardContracts() {
        return awardContracts;
    }

    public void awardContracts(Map<org.vitrine.model.Award, String> byAward) {
        awardContracts = Map.copyOf(byAward);
    }

    /** By buyer id: the awards that should be renewed in the forecast window and match no planned need. */
    public Map<String, List<org.vitrine.model.Award>> missingRenewals() {
        return missingRenewals;
    }

    public void missingRenewals(Map<String, List<org.vitrine.model.Award>> byBuyer) {
        missingRenewals = byBuyer;
    }

    /**
     * The closest planned need of its buyer a missing renewal (by award id) was not linked to only because its date is
     * too far; null when none.
     */
    public org.vitrine.model.AwardLink nearMiss(String awardId) {
        return nearMisses.get(awardId);
    }

    /** {@link #nearMiss} as a list of at most one link per award id (the reading Feedback still makes). */
    public Map<String, List<org.vitrine.model.AwardLink>> nearMisses() {
        return nearMissLists;
    }

    /**
     * The rejected row of its buyer that names a missing renewal's award (by award id) in its reference or remarks,
     * or null: the renewal is in the forecast, on a row to correct, not to add (officer Z3).
     */
    public org.vitrine.model.RejectedRow rejectedNaming(String awardId) {
        return rejectedNaming.get(awardId);
    }

    public void rejectedNaming(Map<String, org.vitrine.model.RejectedRow> byAward) {
        rejectedNaming = Map.copyOf(byAward);
    }

    public void nearMisses(Map<String, org.vitrine.model.AwardLink> byAward) {
        nearMisses = Map.copyOf(byAward);
        Map<String, List<org.vitrine.model.AwardLink>> lists = new java.util.HashMap<>();
        byAward.forEach((id, l) -> lists.put(id, List.of(l)));
        nearMissLists = Map.copyOf(lists);
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
    /** The needs whose current contract's end was copied from their linked award, the row giving none (officer Y4, D3). */
    public java.util.Set<String> endFromAward() {
        return endFromAward;
    }

    public void endFromAward(java.util.Set<String> ids) {
        endFromAward = java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(ids));
    }

    public Map<String, String> needMarkets() {
        return needMarkets;
    }

    public void needMarkets(Map<String, String> byNeed) {
        needMarkets = java.util.Collections.unmodifiableMap(new TreeMap<>(byNeed));
    }

    /**
     * What an awards source gave: the records it {@code read}, the configured buyers' awards {@code kept} (needs.json's
     * records for it), the records {@code skipped} for a broken field, the awards {@code counted} in the competition
     * figures (every buyer's, in the markets the needs ask about); from its snapshot when {@code fromSnapshot}.
     */
    public record AwardsRead(long read, long kept, long skipped, long counted, boolean fromSnapshot) {
    }

    /** By awards source, what it gave (the console's summary, run-report.json). */
    public synchronized Map<String, AwardsRead> awardsRead() {
        return Map.copyOf(awardsRead);
    }

    public synchronized void awardsRead(String source, AwardsRead read) {
        awardsRead.put(source, read);
    }
}
