package org.vitrine.publish;

import org.vitrine.context.Version;
import org.vitrine.context.EditionWriter;
import org.vitrine.model.Json;
import org.vitrine.model.EditionInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vitrine.messages.Messages;
import org.vitrine.config.Config;
import org.vitrine.config.SourceConfig;
import org.vitrine.config.VitrineConfig;
import org.vitrine.model.FileCounts;
import org.vitrine.model.Need;
import org.vitrine.context.Run;

/**
 * The publish stage: writes a complete edition (public/ through the public filter, internal/ with
 * everything) into a temporary folder, then switches it in. Nothing is written on a dry run.
 */
public final class Publisher {

    private final Path outDir;
    private final Path templateDir;

    public Publisher(Path outDir, Path templateDir) {
        this.outDir = outDir;
        this.templateDir = templateDir;
    }

    /** The edition block for this run (also used by the summary of a dry run). */
    public static EditionInfo edition(Run run) {
        Config config = run.config();
        Messages m = run.messages();
        List<EditionInfo.SourceInfo> sources = new ArrayList<>();
        for (SourceConfig s : config.sources()) {
            // What the source gave: needs, questions and answers for a qa source, past awards for an awards source.
            long records = run.report().allCounts().values().stream().filter(c -> s.name().equals(c.source)).mapToLong(c -> c.published).sum();
            if ("awards".equals(s.kind())) {
                Run.AwardsRead read = run.awardsRead().get(s.name()); // the buyers' past awards read as evidence (CONTRACT §4)
                records = read == null ? 0 : read.kept();
            }
            boolean snapshot = run.sources().fromSnapshot(s);
            java.time.LocalDate asOf = snapshot ? run.sources().snapshots().asOf(s.name()) : run.editionDate();
            sources.add(new EditionInfo.SourceInfo(s.name(), s.kind(), records, asOf, snapshot));
        }
        VitrineConfig.Organisation org = config.vitrine().organisation();
        return new EditionInfo(run.edition().editionId(), run.year(), run.editionDate(), m.lang(), sources, run.edition().withdrawn(),
                org == null || org.licence() == null ? m.get("publish.licence.default") : org.licence(),
                org == null ? null : org.licenceUrl(), m.get("publish.disclaimer"));
    }

    /**
     * The needs as they will be published: what changed since the previous edition (new, amended, withdrawn).
     * Done on a dry run too, whose summary counts the changes.
     */
    public void changes(Run run) {
        Changes.Result changes = Changes.apply(run.needs(), run.edition().previous(), run.editionDate(),
                run.edition().previousWithdrawn());
        run.needs(changes.needs());
        List<EditionInfo.Withdrawn> withdrawn = changes.withdrawn();
        if (run.config().vitrine().amountsAsBands()) {
            withdrawn = asBands(withdrawn, run.edition().previous(), run.editionDate());
        }
        run.edition().withdrawn(withdrawn);
    }

    /**
     * Under {@code privacy.amountsAsBands}, the needs withdrawn on this date with the amount their page gave: the band
     * of the previous edition's need, never the buyer's figure (those withdrawn earlier were banded then).
     */
    static List<EditionInfo.Withdrawn> asBands(List<EditionInfo.Withdrawn> withdrawn, Map<String, Need> previous, java.time.LocalDate date) {
        return withdrawn.stream().map(w -> w.amount() != null && previous.containsKey(w.id()) && date.equals(w.date())
                ? w.withAmount(org.vitrine.publish.catalogue.AmountBands.asBand(previous.get(w.id()))) : w).toList();
    }

    /** The edition's folder, begun aside ({@code editions/.tmp-*}); nothing is online until {@link #commit}. */
    public Draft begin(Run run) throws IOException {
        EditionWriter writer = new EditionWriter(outDir.resolve(String.valueOf(run.year())));
        EditionInfo edition = edition(run);
        org.vitrine.context.StopSignal.check(); // stopping: no edition folder is begun that nobody would remove
        Path folder = writer.prepare(run.edition().editionId());
        Draft draft = new Draft(writer, folder, edition, new Templates(templateDir, run.messages().locale()));
        try {
            Files.createDirectories(draft.publicDir());
        } catch (IOException | RuntimeException e) {
            EditionWriter.deleteTree(folder);
            throw e;
        }
        return draft;
    }

    /** The open data (data/needs.json, data/needs.csv), through the public filter. */
    public void exports(Draft d, Run run) throws IOException {
        Config config = run.config();
        Messages m = run.messages();
        Path data = Files.createDirectories(d.publicDir().resolve("data"));
        List<Need> dataNeeds = PublicView.of(run.needs(), config, PublicView.Use.DATA, m);
        // Two independent files: written side by side, one per core.
        var event = config.vitrine().event();
        DataExports.Extra extra = new DataExports.Extra(config.buyers()::byId, new org.vitrine.publish.catalogue.LaunchTiming(
                d.edition().date(), d.edition().year(), event == null ? null : event.date()));
        boolean sourcing = config.vitrine().publishSourcing(), incumbent = config.vitrine().publishIncumbent();
        org.vitrine.context.Parallel.run(List.of(
                () -> DataExports.writeJson(data.resolve("needs.json"), d.edition(), dataNeeds, extra, sourcing, incumbent),
                () -> DataExports.writeCsv(data.resolve("needs.csv"), dataNeeds, m, config.vitrine(), extra),
                // the guide to needs.csv's columns, and its English copy for the English catalogue (which shares data/)
                () -> {
                    DataExports.writeColumnGuide(data.resolve("needs-columns.csv"), m, sourcing, incumbent);
                    if (english(config, m)) {
                        DataExports.writeColumnGuide(data.resolve("needs-columns-en.csv"), Messages.of("en"), sourcing, incumbent);
                    }
                }));
    }

    /** The static catalogue (and its English copy under en/ when configured); the staff's warnings about it. */
    public void catalogue(Draft d, Run run) throws IOException {
        Config config = run.config();
        Messages m = run.messages();
        Site site = new Site(PublicView.of(run.needs(), config, PublicView.Use.PAGES, m), config, d.edition(), m);
        d.site(site);
        site.model().put("incompleteBuyers", incompleteBuyers(run));
        marketAtAGlance(site, run);
        warnIfBrochureTooLarge(run, site);
        warnIfNoPrinter(run, site);
        if (site.hasBrochure()) {
            Brochure.imageWarnings(config, run.messages()).forEach(run.report()::warn);
        }
        warnIfBaseUrlUnusable(run, site);
        warnIfPlaceholderOcid(run);
        warnIfExampleOrganiser(run);
        // the date a revised need's page says it changed since (« Modifié depuis l'édition du … »)
        java.time.LocalDate previous = run.edition().previousDate();
        if (previous != null) {
            site.model().put("previousEdition", previous);
        }
        // the calendar of the edition compared with (PreviousEdition.forYear: this year's, else last year's last):
        // its events' SEQUENCE and the withdrawn needs' events, the same UIDs and counts in both languages
        site.model().put("previousCalendar", run.edition().previousCalendar());
        if (english(config, m)) {
            site.model().put("altLangHref", "en/");
            site.model().put("altLang", "en");
            site.model().put("altLangLabel", "English");
        }
        new Catalogue(d.templates(), templateDir).write(d.publicDir(), site, run.progress(), m.get("progress.pages"));
        writeEnglish(d.publicDir(), run, config, d.edition(), m, previous);
    }

    /**
     * The buyers whose own needs file was refused whole in this run (not a spreadsheet, unreadable…): their page and
     * the exhibitors' table say their list may be incomplete, without the reason, which is the staff's (supplier W:
     * the SDIS showed « 3 besoins », only its shares of groupements).
     */
    static List<String> incompleteBuyers(Run run) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        java.util.Set<String> spreadsheets = new java.util.HashSet<>();
        run.config().sources().stream().filter(s -> "spreadsheets".equals(s.kind())).forEach(s -> spreadsheets.add(s.name()));
        for (FileCounts c : run.report().allCounts().values()) {
            // refused whole as the console counts it: unreadable, or its required column or buyer missing
            if (spreadsheets.contains(c.source) && c.file != null && run.report().refusedWhole(c)) {
                var b = org.vitrine.ingest.SpreadsheetSource.buyerOfFile(run.config(), c.source, c.file);
                if (b != null) {
                    out.add(b.id());
                }
            }
        }
        return List.copyOf(out);
    }

    /** The PDF brochure(s), when enabled and within brochure.maxNeeds. */
    public void brochure(Draft d, Run run) throws IOException {
        org.vitrine.context.StopSignal.check(); // stopping: not the brochure, the longest step
        if (d.site().hasBrochure()) {
            try (var stage = run.progress().start(run.messages().get("progress.pdf"), -1)) {
                new Brochure(d.templates(), templateDir).writeAll(d.publicDir(), d.site(), run.config(), run.messages());
            }
        }
    }

    /** internal/: rejects, feedback per buyer, risk pages, the run report; and the edition's manifest. */
    public void reports(Draft d, Run run) throws IOException {
        InternalReports.write(d.folder().resolve("internal"), run, d.edition(), d.templates(), d.site());
        writeManifest(d.writer(), run, editions(d.writer()).nextSequence());
    }

    /** The complete edition switched in, at once (the {@code current} link); a stop asked before it keeps it out. */
    public void commit(Draft d, Run run) throws IOException {
        SecretGuard.check(d.publicDir(), org.vitrine.normalise.SecretCells.secrets(run.config(), System.getenv()), run.messages());
        org.vitrine.context.StopSignal.commit(() -> d.writer().commit(d.folder(), run.edition().editionId()));
        d.committed();
    }

    /** After a failure before the switch: the half-written edition is removed, the previous one stays online. */
    public void discard(Draft d) throws IOException {
        if (d != null && !d.isCommitted()) {
            Path folder = d.folder();
            if (org.vitrine.context.StopSignal.requested() && Files.isDirectory(folder)) {
                // Stopping (SIGTERM): out of the way at once — removing 6,000 pages took 10 s on a busy disk,
                // past the stop's budget. Whatever the stop leaves of it, the next run removes (a dot folder).
                folder = Files.move(folder, folder.resolveSibling(".discarded" + folder.getFileName().toString().substring(4)));
            }
            EditionWriter.deleteTree(folder);
        }
    }

    /**
     * Once online: each source's last good snapshot kept, old editions pruned. The edition is online from here, so
     * what fails now is said as a warning, never as "the previous edition stays online".
     */
    public void afterCommit(Draft d, Run run) {
        try {
            saveSnapshots(run, d.writer());
            editions(d.writer()).prune(run.config().vitrine().editionsKept() == null ? 10 : run.config().vitrine().editionsKept());
        } catch (IOException | RuntimeException e) {
            run.report().warn(run.messages().get("publish.after_commit_failed", run.edition().editionId(), e.getClass().getSimpleName(),
                    String.valueOf(e.getMessage())));
        }
    }

    /** An edition being written by the publish route: its folder aside, its identity, and the site once built. */
    public static final class Draft {
        private final EditionWriter writer;
        private final Path folder;
        private final EditionInfo edition;
        private final Templates templates;
        private Site site;
        private boolean committed;

        Draft(EditionWriter writer, Path folder, EditionInfo edition, Templates templates) {
            this.writer = writer;
            this.folder = folder;
            this.edition = edition;
            this.templates = templates;
        }

        EditionWriter writer() {
            return writer;
        }

        /** The edition's folder aside ({@code editions/.tmp-*}). */
        public Path folder() {
            return folder;
        }

        Path publicDir() {
            return folder.resolve("public");
        }

        EditionInfo edition() {
            return edition;
        }

        Templates templates() {
            return templates;
        }

        Site site() {
            return site;
        }

        void site(Site value) {
            site = value;
        }

        void committed() {
            committed = true;
        }

        public boolean isCommitted() {
            return committed;
        }
    }

    private static Editions editions(EditionWriter writer) {
        return new Editions(writer.yearDir());
    }

    /** The shipped ocid prefix is a placeholder: data/ocds.json is then published as unregistered, and staff are told. */
    private static void warnIfPlaceholderOcid(Run run) {
        String prefix = run.config().vitrine().ocidPrefix();
        if (org.vitrine.config.VitrineConfig.PLACEHOLDER_OCID_PREFIX.equals(prefix)) {
            run.report().warn(run.messages().get("cat.warn.ocid_placeholder", prefix));
        }
    }

    /**
     * vitrine.yaml still names the shipped example's organiser (publisher, venue, booking address…), which every page
     * and the brochure would show suppliers: one line naming the values and the keys to replace. An examples run says
     * it too, as staff start from that file.
     */
    private static void warnIfExampleOrganiser(Run run) {
        Map<String, String> example = org.vitrine.config.ExampleValues.stillExample(run.config().vitrine());
        if (example.isEmpty()) {
            return;
        }
        // the publisher and the venue say whose event it is; else the first value still the example's
        List<String> shown = new ArrayList<>();
        for (String key : List.of("organisation.name", "event.venue")) {
            if (example.containsKey(key)) {
                shown.add(example.get(key));
            }
        }
        if (shown.isEmpty()) {
            shown.add(example.values().iterator().next());
        }
        Messages m = run.messages();
        run.report().warn(m.get("config.example_values",
                shown.stream().map(v -> m.get("config.example_values.quoted", v)).collect(java.util.stream.Collectors.joining(", ")),
                String.join(", ", example.keySet())));
    }

    /** A brochure enabled but not made (above brochure.maxNeeds) is said in the run's warnings and summary. */
    private static void warnIfBrochureTooLarge(Run run, Site site) {
        var v = run.config().vitrine();
        if (v.brochureEnabled() && !site.hasBrochure()) {
            run.report().warn(run.messages().get("publish.brochure_too_large", site.needs().size(), v.brochureMaxNeeds()));
        }
    }

    /**
     * A brochure that names no printer (brochure.printer not set, or still the example's) must not go to print as
     * is: said in the warnings (console and run report), and on the colophon (« à compléter avant impression »).
     */
    private static void warnIfNoPrinter(Run run, Site site) {
        String warning = Brochure.printerWarning(run.config().vitrine().brochure(), run.messages());
        if (site.hasBrochure() && warning != null) {
            run.report().warn(warning);
        }
    }

    /** A publicBaseUrl the brochure cannot print or link (not a whole http(s) address) is said in the warnings. */
    private static void warnIfBaseUrlUnusable(Run run, Site site) {
        String base = run.config().vitrine().publicBaseUrl();
        if (site.hasBrochure() && base != null && !base.isBlank()
                && org.vitrine.publish.brochure.BrochureTools.siteBase(base).isEmpty()) {
            run.report().warn(run.messages().get("bro.base_url.unusable", base.strip()));
        }
    }

    /**
     * The English catalogue under public/en/ when English is configured besides French: the same
     * public needs with English labels; the data files and the brochure are shared with the main
     * catalogue (one level up).
     */
    private void writeEnglish(Path pub, Run run, Config config, EditionInfo edition, Messages m,
            java.time.LocalDate previous) throws IOException {
        if (!english(config, m)) {
            return;
        }
        List<Need> needs = run.needs();
        Messages en = Messages.of("en");
        EditionInfo editionEn = new EditionInfo(edition.id(), edition.year(), edition.date(), "en", edition.sources(),
                edition.withdrawn(), edition.licence(), edition.licenceUrl(), en.get("publish.disclaimer"));
        Site site = new Site(PublicView.of(needs, config, PublicView.Use.PAGES, en), config, editionEn, en);
        site.model().put("dataRoot", "../");
        site.model().put("incompleteBuyers", incompleteBuyers(run));
        marketAtAGlance(site, run);
        if (previous != null) {
            site.model().put("previousEdition", previous);
        }
        if (site.hasBrochure()) {
            site.model().put("brochureFile", "brochure-en.pdf");
        }
        site.model().put("previousCalendar", run.edition().previousCalendar());
        site.model().put("altLangHref", "../");
        site.model().put("altLang", "fr");
        site.model().put("altLangLabel", "Français");
        new Catalogue(new Templates(templateDir, en.locale()), templateDir).write(pub.resolve("en"), site);
    }

    /**
     * « Le marché en bref » on need pages: the competition measured on past awards (DECP, all buyers) for the need's
     * market and département, with the same evidence floor as the staff's items (MeasuredCompetition.MIN_CONTRACTS);
     * nothing when there are no awards sources or catalogue.marketAtAGlance is false.
     */
    private static void marketAtAGlance(Site site, Run run) {
        var market = org.vitrine.publish.catalogue.MarketAtAGlance.of(run.markets(), run.config().vitrine());
        if (market != null) {
            site.model().put("market", market);
        }
    }

    private static boolean english(Config config, Messages m) {
        List<String> languages = config.vitrine().languages();
        return languages != null && languages.contains("en") && !"en".equals(m.lang());
    }

    /** Keeps what each source read afresh as its last good snapshot, for later reruns and failures. */
    private static void saveSnapshots(Run run, EditionWriter writer) throws IOException {
        org.vitrine.context.Snapshots store = new org.vitrine.context.Snapshots(writer.yearDir());
        store.clean();
        store.retainOnly(run.config().sources().stream().map(SourceConfig::name).collect(java.util.stream.Collectors.toSet()));
        for (SourceConfig s : run.config().sources()) {
            Path folder = run.sources().readFrom().get(s.name());
            if (run.sources().fromSnapshot(s) || folder == null) {
                continue;
            }
            List<Path> files;
            try (var walk = Files.list(folder)) {
                // The copies made when the source was read (or its fetched pages): regular files only.
                files = walk.filter(f -> Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)).sorted().toList();
            }
            store.save(s.name(), files, folder, run.editionDate());
        }
    }

    private static void writeManifest(EditionWriter writer, Run run, long sequence) throws IOException {
        Path manifests = Files.createDirectories(writer.yearDir().resolve("state").resolve("manifests"));
        FileCounts t = run.report().totals();
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("edition", run.edition().editionId());
        manifest.put("sequence", sequence);
        manifest.put("date", run.editionDate().toString());
        manifest.put("year", run.year());
        manifest.put("fingerprint", run.edition().fingerprint());
        manifest.put("tool", Version.get());
        manifest.put("counts", t);
        manifest.put("inputs", run.edition().inputChecksums());
        Json.pretty().writeValue(manifests.resolve(run.edition().editionId() + ".json").toFile(), manifest);
    }
}
