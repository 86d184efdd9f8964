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
            long records = run.allCounts().values().stream().filter(c -> s.name().equals(c.source)).mapToLong(c -> c.published).sum();
            if ("awards".equals(s.kind())) {
                records = run.awardsKept().getOrDefault(s.name(), 0L); // the buyers' past awards read as evidence (CONTRACT §4)
            }
            boolean snapshot = run.fromSnapshot(s);
            java.time.LocalDate asOf = snapshot ? run.snapshots().asOf(s.name()) : run.editionDate();
            sources.add(new EditionInfo.SourceInfo(s.name(), s.kind(), records, asOf, snapshot));
        }
        VitrineConfig.Organisation org = config.vitrine().organisation();
        return new EditionInfo(run.editionId(), run.year(), run.editionDate(), m.lang(), sources, run.withdrawn(),
                org == null || org.licence() == null ? m.get("publish.licence.default") : org.licence(),
                org == null ? null : org.licenceUrl(), m.get("publish.disclaimer"));
    }

    public void publish(Run run) throws IOException {
        if (run.stopped()) {
            return;
        }
        long changesStart = System.nanoTime();
        Changes.Result changes = Changes.apply(run.needs(), run.previous(), run.editionDate(),
                PreviousEdition.withdrawn(outDir.resolve(String.valueOf(run.year()))));
        run.time("changes", (System.nanoTime() - changesStart) / 1e9, run.needs().size());
        List<Need> needs = changes.needs();
        run.needs(needs);
        run.withdrawn(changes.withdrawn());
        if (run.dryRun()) {
            return;
        }
        Config config = run.config();
        Messages m = run.messages();
        EditionInfo edition = edition(run);
        EditionWriter writer = new EditionWriter(outDir.resolve(String.valueOf(run.year())));
        org.vitrine.context.StopSignal.check(); // stopping: no edition folder is begun that nobody would remove
        Path tmp = writer.prepare(run.editionId());
        try {
            Path pub = Files.createDirectories(tmp.resolve("public"));
            Path data = Files.createDirectories(pub.resolve("data"));
            long t0 = System.nanoTime();
            long cpu0 = org.vitrine.context.CpuClock.process();
            List<Need> dataNeeds = PublicView.of(needs, config, PublicView.Use.DATA, m);
            // Two independent files: written side by side, one per core.
            org.vitrine.context.Parallel.run(List.of(
                    () -> DataExports.writeJson(data.resolve("needs.json"), edition, dataNeeds),
                    () -> DataExports.writeCsv(data.resolve("needs.csv"), dataNeeds, m, config.vitrine())));
            run.time("exports", (System.nanoTime() - t0) / 1e9, dataNeeds.size());
            run.time("exports.cpu", (org.vitrine.context.CpuClock.process() - cpu0) / 1e9, dataNeeds.size());
            t0 = System.nanoTime();
            cpu0 = org.vitrine.context.CpuClock.process();
            Site site = new Site(PublicView.of(needs, config, PublicView.Use.PAGES, m), config, edition, m);
            warnIfBrochureTooLarge(run, site);
            warnIfSamplePrinter(run, site);
            warnIfBaseUrlUnusable(run, site);
            warnIfPlaceholderOcid(run);
            if (english(config, m)) {
                site.model().put("altLangHref", "en/");
                site.model().put("altLang", "en");
                site.model().put("altLangLabel", "English");
            }
            Templates templates = new Templates(templateDir, m.locale());
            new Catalogue(templates, templateDir).write(pub, site, run.progress(), m.get("progress.pages"));
            writeEnglish(pub, needs, config, edition, m);
            run.time("catalogue", (System.nanoTime() - t0) / 1e9, site.needs().size());
            run.time("catalogue.cpu", (org.vitrine.context.CpuClock.process() - cpu0) / 1e9, site.needs().size());
            org.vitrine.context.StopSignal.check(); // stopping: not the brochure, the longest step
            if (site.hasBrochure()) {
                t0 = System.nanoTime();
                try (var stage = run.progress().start(m.get("progress.pdf"), -1)) {
                    new Brochure(templates, templateDir).writeAll(pub, site, config, m);
                }
                run.time("brochure", (System.nanoTime() - t0) / 1e9, site.needs().size());
            }
            t0 = System.nanoTime();
            cpu0 = org.vitrine.context.CpuClock.process();
            InternalReports.write(tmp.resolve("internal"), run, edition, templates, site.model());
            run.time("reports", (System.nanoTime() - t0) / 1e9, needs.size());
            run.time("reports.cpu", (org.vitrine.context.CpuClock.process() - cpu0) / 1e9, needs.size());
            writeManifest(writer, run, editions(writer).nextSequence());
            org.vitrine.context.StopSignal.commit(() -> writer.commit(tmp, run.editionId()));
        } catch (IOException | RuntimeException e) {
            if (e instanceof org.vitrine.context.StopSignal.Stopped) {
                // Stopping (SIGTERM): out of the way at once — removing 6,000 pages took 10 s on a busy disk,
                // past the stop's budget. Whatever the stop leaves of it, the next run removes (a dot folder).
                EditionWriter.deleteTree(Files.move(tmp, tmp.resolveSibling(".discarded" + tmp.getFileName().toString().substring(4))));
            }
            EditionWriter.deleteTree(tmp);
            throw e;
        }
        // The edition is online from here: what fails now is said as a warning, never as "the previous
        // edition stays online".
        try {
            saveSnapshots(run, writer);
            editions(writer).prune(config.vitrine().editionsKept() == null ? 10 : config.vitrine().editionsKept());
        } catch (IOException | RuntimeException e) {
            run.warn(m.get("publish.after_commit_failed", run.editionId(), e.getClass().getSimpleName(), String.valueOf(e.getMessage())));
        }
    }

    private static Editions editions(EditionWriter writer) {
        return new Editions(writer.yearDir());
    }

    /** The shipped ocid prefix is a placeholder: data/ocds.json is then published as unregistered, and staff are told. */
    private static void warnIfPlaceholderOcid(Run run) {
        String prefix = run.config().vitrine().ocidPrefix();
        if (org.vitrine.config.VitrineConfig.PLACEHOLDER_OCID_PREFIX.equals(prefix)) {
            run.warn(run.messages().get("cat.warn.ocid_placeholder", prefix));
        }
    }

    /** A brochure enabled but not made (above brochure.maxNeeds) is said in the run's warnings and summary. */
    private static void warnIfBrochureTooLarge(Run run, Site site) {
        var v = run.config().vitrine();
        if (v.brochureEnabled() && !site.hasBrochure()) {
            run.warn(run.messages().get("publish.brochure_too_large", site.needs().size(), v.brochureMaxNeeds()));
        }
    }

    /** A brochure whose printer is still the example's (brochure.printer) must not go to print as is: said in the warnings. */
    private static void warnIfSamplePrinter(Run run, Site site) {
        var b = run.config().vitrine().brochure();
        String sample = run.messages().get("bro.printer.sample");
        if (site.hasBrochure() && b != null && b.printer() != null && b.printer().strip().equalsIgnoreCase(sample)) {
            run.warn(run.messages().get("bro.printer.sample_warning", b.printer().strip()));
        }
    }

    /** A publicBaseUrl the brochure cannot print or link (not a whole http(s) address) is said in the warnings. */
    private static void warnIfBaseUrlUnusable(Run run, Site site) {
        String base = run.config().vitrine().publicBaseUrl();
        if (site.hasBrochure() && base != null && !base.isBlank()
                && org.vitrine.publish.brochure.BrochureTools.siteBase(base).isEmpty()) {
            run.warn(run.messages().get("bro.base_url.unusable", base.strip()));
        }
    }

    /**
     * The English catalogue under public/en/ when English is configured besides French: the same
     * public needs with English labels; the data files and the brochure are shared with the main
     * catalogue (one level up).
     */
    private void writeEnglish(Path pub, List<Need> needs, Config config, EditionInfo edition, Messages m) throws IOException {
        if (!english(config, m)) {
            return;
        }
        Messages en = Messages.of("en");
        EditionInfo editionEn = new EditionInfo(edition.id(), edition.year(), edition.date(), "en", edition.sources(),
                edition.withdrawn(), edition.licence(), edition.licenceUrl(), en.get("publish.disclaimer"));
        Site site = new Site(PublicView.of(needs, config, PublicView.Use.PAGES, en), config, editionEn, en);
        site.model().put("dataRoot", "../");
        if (site.hasBrochure()) {
            site.model().put("brochureFile", "brochure-en.pdf");
        }
        site.model().put("altLangHref", "../");
        site.model().put("altLang", "fr");
        site.model().put("altLangLabel", "Français");
        new Catalogue(new Templates(templateDir, en.locale()), templateDir).write(pub.resolve("en"), site);
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
            Path folder = run.readFrom().get(s.name());
            if (run.fromSnapshot(s) || folder == null) {
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
        FileCounts t = run.totals();
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("edition", run.editionId());
        manifest.put("sequence", sequence);
        manifest.put("date", run.editionDate().toString());
        manifest.put("year", run.year());
        manifest.put("fingerprint", run.fingerprint());
        manifest.put("tool", Version.get());
        manifest.put("counts", t);
        manifest.put("inputs", run.inputChecksums());
        Json.pretty().writeValue(manifests.resolve(run.editionId() + ".json").toFile(), manifest);
    }
}
