package org.vitrine.camel;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.camel.ExchangeProperty;
import org.vitrine.config.BuyerConfig;
import org.vitrine.config.SourceConfig;
import org.vitrine.context.Run;
import org.vitrine.ingest.SourceAbort;
import org.vitrine.ingest.awards.AwardSource;
import org.vitrine.ingest.awards.CompetitionTally;
import org.vitrine.ingest.rest.JdkHttp;
import org.vitrine.ingest.rest.RestFetcher;
import org.vitrine.ingest.rest.SourceFailure;
import org.vitrine.model.Need;
import org.vitrine.ingest.awards.DecpReader;

/**
 * Route bean of ingest-awards: reads each {@code awards} source (DECP JSON), keeping the configured buyers' awards
 * only. What was kept is written as the source's snapshot ({@value #SNAPSHOT}, small), so a rerun or a later failure
 * under keep-last-good reads it instead of the national file; a file or folder gone, or a file that is not JSON,
 * fails the source, which then follows its onFailure policy. Broken records are counted in a warning, never fatal.
 */
public final class AwardStep {

    static final String SNAPSHOT = "awards.json";
    /** The awards of all buyers counted in the competition figures (the markets the needs ask about only). */
    static final String MARKET_SNAPSHOT = "market.json";

    public void read(@ExchangeProperty(VitrineCamel.RUN) Run run) throws IOException {
        Set<String> sirets = new TreeSet<>();
        for (BuyerConfig b : run.config().buyers().all()) {
            if (b.hasSiret()) {
                sirets.add(b.registeredId());
            }
        }
        // One tally for the run: a contract present in two sources (the national file and a buyer's own export)
        // counts once, by its buyer, id and notification date, and no source's figures replace another's.
        // The markets the needs ask about, listed once for the run; each source counts them in its own tally too.
        Set<String> markets = markets(run);
        CompetitionTally all = tally(markets, run);
        boolean any = false;
        for (SourceConfig s : run.config().sources()) {
            if ("awards".equals(s.kind())) {
                read(s, run, sirets, all, tally(markets, run));
                any = true;
            }
        }
        if (any) {
            run.markets(all.figures());
        }
    }

    /** The market|département pairs the needs read so far ask about (their CPV class and division, their place's département). */
    static Set<String> markets(Run run) {
        Set<String> keys = new TreeSet<>();
        for (Need n : run.report().accepted()) {
            keys.addAll(CompetitionTally.keys(n.cpv() == null ? null : n.cpv().code(), CompetitionTally.departement(n.place())));
        }
        return keys;
    }

    /** A tally of these markets over the three years before the edition date. */
    private static CompetitionTally tally(Set<String> markets, Run run) {
        return new CompetitionTally(markets, run.editionDate().minusYears(3), run.editionDate());
    }

    /**
     * The awards of a snapshot's market file, counted in the run's tally (absent in a snapshot made before competition was
     * measured); how many it holds.
     */
    private static long market(Path dir, CompetitionTally all) throws IOException {
        Path file = dir.resolve(MARKET_SNAPSHOT);
        return java.nio.file.Files.isRegularFile(file) ? AwardSource.read(file, Set.of(), all).records() : 0;
    }

    private void read(SourceConfig s, Run run, Set<String> sirets, CompetitionTally all, CompetitionTally tally) throws IOException {
        AwardSource.Result result;
        long counted;
        if (run.sources().fromSnapshot(s)) {
            Path dir = run.sources().snapshots().dir(s.name());
            result = AwardSource.read(dir.resolve(SNAPSHOT), sirets);
            counted = market(dir, all);
            run.sources().readFrom(s.name(), dir);
        } else {
            boolean remote = s.url() != null && !s.url().isBlank();
            Path input = remote ? java.nio.file.Files.createTempDirectory("vitrine-awards-")
                    : run.config().dir().resolve(s.folder()).normalize();
            try {
                if (remote) {
                    fetch(s, run, input);
                } else {
                    org.vitrine.ingest.SourceFolder.checkPath(run.config().dir(), input); // issue 16, finding 5
                }
                result = AwardSource.read(input, sirets, tally);
            } catch (IOException | SourceFailure e) {
                String reason = e instanceof SourceFailure f ? run.messages().get(f.key(), f.args())
                        : e instanceof org.vitrine.ingest.SourceFolder.LinkOnPath link
                        ? org.vitrine.ingest.SourceFolder.linkReason(run.messages(), run.config().dir(), s.folder(), link)
                        : e instanceof org.vitrine.ingest.SourceFolder.Refused r
                        ? run.messages().get("source.refused_" + r.kind(), r.name())
                        : e instanceof NoSuchFileException
                        ? run.messages().get("awards.missing", input.toString())
                        : run.messages().get("awards.unreadable", String.valueOf(e.getMessage()));
                if (run.sources().canFallBack(s)) {
                    run.sources().degraded(s.name(), reason);
                    Path dir = run.sources().snapshots().dir(s.name());
                    run.sources().readFrom(s.name(), dir);
                    AwardSource.Result last = AwardSource.read(dir.resolve(SNAPSHOT), sirets);
                    run.awards(last.awards());
                    run.awardsRead(s.name(), new Run.AwardsRead(last.records(), last.awards().size(), last.skippedCount(),
                            market(dir, all), true));
                } else {
                    throw new SourceAbort(run.messages().get(run.sources().abortKey(s), s.name(), reason));
                }
                return;
            } finally {
                if (remote) {
                    delete(input); // the pages are not kept: the snapshot holds what was used
                }
            }
            if (run.sources().snapshots() != null) {
                Path staging = run.sources().snapshots().staging(s.name());
                AwardSource.write(result.awards(), staging.resolve(SNAPSHOT));
                AwardSource.write(tally.awards(), staging.resolve(MARKET_SNAPSHOT));
                run.sources().readFrom(s.name(), staging);
            }
            tally.awards().forEach(all::add);
            counted = tally.count();
        }
        for (org.vitrine.ingest.SourceFolder.Skipped skipped : result.notRead()) {
            // not read (a link, a second name, a sub-folder…), but named in the report, as the spreadsheets' are
            String key = "clutter".equals(skipped.kind()) ? "source.ignored_file" : "source.skipped_" + skipped.kind();
            run.report().warn(run.messages().get(key, skipped.name()));
        }
        for (var e : result.skipped().entrySet()) {
            List<DecpReader.Skipped> list = e.getValue();
            DecpReader.Skipped first = list.get(0);
            run.report().warn(run.messages().get("awards.skipped", s.name(), e.getKey(), list.size(), first.id(), first.field(),
                    first.value()));
        }
        run.awards(result.awards());
        run.awardsRead(s.name(), new Run.AwardsRead(result.records(), result.awards().size(), result.skippedCount(), counted,
                run.sources().fromSnapshot(s)));
    }

    /**
     * An awards source with a {@code url} is fetched as a REST source is (same origin and token guards, retries,
     * paging, page size limit), its pages then read as DECP files; {@code records} defaults to the 2019 layout's
     * {@code /marches} (the 2022 layout's is {@code /marches/marche}).
     */
    private static void fetch(SourceConfig s, Run run, Path dir) throws IOException, SourceFailure {
        SourceConfig rest = s.records() != null ? s : new SourceConfig(s.name(), s.kind(), s.folder(), s.onFailure(), s.url(),
                s.buyer(), s.auth(), s.paging(), "/marches", s.id(), s.fields(), s.timeoutSeconds(), s.retries(),
                s.backoffMillis(), s.maxRecords() != null ? s.maxRecords() : MAX_RECORDS, s.matchDays());
        long maxPage = Math.min(run.config().limits().maxFileBytes(), RestStep.MAX_PAGE_BYTES);
        new RestFetcher(new JdkHttp(maxPage), System.getenv(), run.config().dir(), maxPage).fetch(rest, dir);
    }

    /** Awards a fetched source may hold by default: a few years of a large buyer's, far fewer than the national file. */
    static final int MAX_RECORDS = 1_000_000;

    private static void delete(Path dir) throws IOException {
        try (java.util.stream.Stream<Path> all = java.nio.file.Files.walk(dir)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.deleteIfExists(p);
            }
        }
    }
}
