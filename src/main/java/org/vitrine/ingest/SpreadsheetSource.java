package org.vitrine.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.vitrine.config.BuyerConfig;
import org.vitrine.config.ColumnMap;
import org.vitrine.config.Config;
import org.vitrine.config.SourceConfig;
import org.vitrine.model.FileCounts;
import org.vitrine.model.RawCell;
import org.vitrine.model.RawRecord;
import org.vitrine.model.Reject;
import org.vitrine.context.Run;

/**
 * The spreadsheets source kind: lists every file of the source folders at each run (never the
 * file consumer's "already seen" memory, see docs/PITFALLS.md) and streams each file's records onward.
 * A file that cannot be read becomes one reject line and the run goes on.
 */
public final class SpreadsheetSource {

    /** Every spreadsheet file of every spreadsheets source, sorted by source then name. */
    public List<SourceFile> listFiles(Run run) {
        return listFiles(run, "spreadsheets");
    }

    /**
     * Every file of every source of this kind (spreadsheets, or qa: sheets of questions and answers), as
     * copies made when listed (see {@link SourceFolder}): links, special files and sub-folders are not
     * read but named in the report. A folder that is missing or unreadable, or whose files vanish or
     * change while they are copied, fails its source: its policy decides (abort, or its last snapshot).
     */
    public List<SourceFile> listFiles(Run run, String kind) {
        List<SourceFile> files = new ArrayList<>();
        Config config = run.config();
        // a secret in a file's name is masked in every file the run writes, internal ones included (issue 16 F6)
        SecretNames names = SecretNames.of(config, System.getenv());
        for (SourceConfig s : config.sources()) {
            if (!kind.equals(s.kind())) {
                continue;
            }
            List<Path> staged;
            try {
                staged = read(run, s, run.sources().folderOf(s), names);
            } catch (SourceFolder.StagingFailed e) {
                // The disk under out/ is full or closed: said as a failed write (exit 6), not blamed on the source.
                throw new java.io.UncheckedIOException((IOException) e.getCause());
            } catch (IOException e) {
                String reason = reason(run, s, e, names);
                if (!run.sources().fromSnapshot(s) && run.sources().canFallBack(s)) {
                    run.sources().degraded(s.name(), reason);
                    try {
                        staged = read(run, s, run.sources().folderOf(s), names);
                    } catch (SourceFolder.StagingFailed again) {
                        throw new java.io.UncheckedIOException((IOException) again.getCause());
                    } catch (IOException again) {
                        throw new SourceAbort(run.messages().get(run.sources().abortKey(s), s.name(), reason(run, s, again, names)));
                    }
                } else {
                    throw new SourceAbort(run.messages().get(run.sources().abortKey(s), s.name(), reason));
                }
            }
            staged.forEach(p -> files.add(new SourceFile(s.name(), p, names.masked(p.getFileName().toString()))));
        }
        return files;
    }

    /** Lists and copies one source's folder; the copies are what the run reads, fingerprints and snapshots. */
    private static List<Path> read(Run run, SourceConfig s, Path folder, SecretNames names) throws IOException {
        if (!run.sources().fromSnapshot(s)) {
            SourceFolder.checkPath(run.config().dir(), folder); // no link on the way to the folder (issue 16, finding 5)
        }
        SourceFolder.Listing listing = SourceFolder.list(folder);
        for (SourceFolder.Skipped skipped : listing.skipped()) {
            // Not read, but named in the report: a file left out must not go unnoticed (".budget.xlsx", a link).
            String key = "clutter".equals(skipped.kind()) ? "source.ignored_file" : "source.skipped_" + skipped.kind();
            run.report().warn(run.messages().get(key, names.masked(skipped.name())));
        }
        if (run.sources().snapshots() == null) {
            run.sources().readFrom(s.name(), folder);
            return listing.files();
        }
        Path staging = run.sources().snapshots().staging(s.name());
        List<Path> copies = SourceFolder.stage(listing, staging);
        run.sources().readFrom(s.name(), staging);
        // the copy (the snapshot the next run may read) under the masked name: no secret in a file name under out/
        List<Path> named = new ArrayList<>(copies.size());
        for (Path copy : copies) {
            String name = copy.getFileName().toString();
            String masked = names.masked(name);
            if (masked.equals(name)) {
                named.add(copy);
                continue;
            }
            Path target = copy.resolveSibling(masked);
            for (int n = 2; Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS); n++) {
                int dot = masked.lastIndexOf('.');
                target = copy.resolveSibling(dot > 0 ? masked.substring(0, dot) + "-" + n + masked.substring(dot) : masked + "-" + n);
            }
            try {
                named.add(Files.move(copy, target));
            } catch (IOException e) {
                throw new SourceFolder.StagingFailed(e);
            }
        }
        return named;
    }

    private static String reason(Run run, SourceConfig s, IOException e, SecretNames names) {
        if (e instanceof SourceFolder.Changed changed) {
            return run.messages().get("source.changed", names.masked(changed.name()));
        }
        if (e instanceof SourceFolder.LinkOnPath link) {
            return SourceFolder.linkReason(run.messages(), run.config().dir(), s.folder(), link);
        }
        if (e instanceof java.nio.file.NoSuchFileException || e instanceof java.nio.file.NotDirectoryException) {
            return run.messages().get("source.folder_missing", run.config().folderOf(s));
        }
        return e.getClass().getSimpleName() + " " + run.config().folderOf(s);
    }

    /**
     * Reads one file, handing every record to {@code out}. Returns normally even when the file is
     * rejected: the reject is recorded in the run.
     */
    public void readFile(SourceFile file, Run run, Consumer<RawRecord> out) {
        readFile(file, run, run.config().columns(), out);
    }

    /** Reads one file whose headers are those of {@code columns} (the needs', or the questions' table). */
    public void readFile(SourceFile file, Run run, ColumnMap columns, Consumer<RawRecord> out) {
        FileCounts counts = run.report().counts(file.source(), file.name());
        Config config = run.config();
        BuyerConfig fileBuyer = buyerOfFile(config, file.source(), file.name());
        Map<String, RawCell> defaults = fileBuyer == null ? Map.of() : Map.of("buyer", RawCell.text(fileBuyer.id()));
        RecordAssembler assembler = new RecordAssembler(file.source(), file.name(), columns, counts, defaults, out)
                .lots(run.report()::lotRow);
        if (columns == config.columns()) { // needs have a buyer; a table of questions names its need otherwise
            assembler.needsBuyer(text -> buyerNamedIn(config.buyers(), text));
        }
        try {
            SpreadsheetReaders.read(file.path(), config.limits(), assembler);
        } catch (ReadFailure failure) {
            rejectFile(run, file, fileBuyer, failure.key(), failure.args());
            return;
        }
        assembler.unknownHeaders().forEach(h -> run.report().unknownColumn(file.name(), h));
        assembler.headersSeen().forEach((field, h) -> run.report().columnHeader(file.name(), field, h));
        assembler.skippedSheets().forEach(s -> run.report().skippedSheet(file.name(), s));
        run.report().ignoredRows(file.name(), assembler.ignoredRows());
        for (String hidden : assembler.hiddenSheets()) {
            // not read, as a careful DPO would have it: what a buyer hid is not published, and the buyer is told
            run.report().hiddenSheet(file.name(), hidden);
            counts.warnings++;
            run.report().reject(new Reject(file.source(), file.name(), hidden, null, null, null,
                    run.messages().get("ingest.hidden_sheet", hidden), run.messages().get("ingest.hidden_sheet.fix", hidden),
                    fileBuyer == null ? null : fileBuyer.id(), Reject.WARNING));
        }
        for (RecordAssembler.ToldColumn told : assembler.columnsToldByLetter()) {
            // decided as an officer would: read and published like the others (holding it back would reject every row
            // whose title or CPV it holds), and the buyer told, as a hidden row or sheet is (issue 16, attacker Y3)
            // a column under a header merged over it and a read one: ignored, told by its letter (attacker Z)
            var hidden = told.column();
            String key = !hidden.merged() ? "ingest.hidden_column" : hidden.hidden() ? "ingest.hidden_merged_column" : "ingest.merged_column";
            counts.warnings++;
            run.report().reject(new Reject(file.source(), file.name(), told.sheet(), null, hidden.header(), null,
                    run.messages().get(key, hidden.letter(), hidden.header()), run.messages().get(key + ".fix", hidden.letter(), hidden.header()),
                    fileBuyer == null ? null : fileBuyer.id(), Reject.WARNING));
        }
        assembler.missingRequired().forEach(f -> run.report().missingColumn(file.name(), columns.headerFor(f, run.messages().lang())));
        // One line for the file, not one per row: the real cause is a header, not the cells (issue 22).
        // the file's buyer: its name's, else the one its title row names (« CHU de Beaumont — Programmation 2027 »)
        BuyerConfig owner = fileBuyer != null || assembler.buyerFromTitle() == null ? fileBuyer
                : config.buyers().find(assembler.buyerFromTitle());
        assembler.absentRequired().forEach((field, unknown) -> missingColumn(run, file, owner, columns, field, unknown));
        if (assembler.noBuyer()) {
            // Never another buyer's id as an example (officer U: an EHPAD told « par exemple chu-beaumont-… » could
            // publish its needs under the CHU): add a buyer column, or be registered by the organiser.
            var m = run.messages();
            var org = config.vitrine().organisation();
            String organiser = org == null || org.name() == null || org.name().isBlank() ? m.get("ingest.no_buyer.organiser") : org.name();
            String column = assembler.unknownHeaders().stream().filter(SpreadsheetSource::mightNameTheBuyer).findFirst().orElse(null);
            String fix = column == null ? m.get("ingest.no_buyer.fix", organiser) : m.get("ingest.no_buyer.fix_column", organiser, column);
            run.report().reject(new Reject(file.source(), file.name(), null, null, null, null, m.get("ingest.no_buyer"), fix, null));
        }
        if (!assembler.foundHeader()) {
            if (assembler.firstRowSeen().isEmpty()) {
                rejectFile(run, file, owner, "ingest.no_header");
            } else {
                rejectFile(run, file, owner, "ingest.unknown_columns", String.join(" ; ", assembler.firstRowSeen()));
            }
        }
    }

    /** Words of an ignored header that may hold the buyer (« Établissement », « Service », « Collectivité », « Pôle »). */
    private static final java.util.Set<String> BUYER_WORDS = java.util.Set.of("etablissement", "etablissements", "service",
            "collectivite", "entite", "organisme", "structure", "pole", "direction", "site", "commune", "hopital", "ehpad",
            "acheteur", "acheteurs", "buyer", "nom");

    static boolean mightNameTheBuyer(String header) {
        for (String w : org.vitrine.config.Fold.fold(header).split(" ")) {
            if (BUYER_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The buyer a file of a source belongs to: the one its name names (« sdis-saone-et-brenne.xlsx »), else the
     * folder's ({@code buyer} in sources.yaml); null when neither. Also read by the catalogue, which says on the
     * pages of a buyer whose own file was refused that its list may be incomplete.
     */
    public static BuyerConfig buyerOfFile(Config config, String source, String fileName) {
        BuyerConfig named = buyerOfFile(config.buyers(), fileName.replaceFirst("\\.[^.]+$", ""));
        if (named != null) {
            return named;
        }
        // a folder of one buyer's files (sources.yaml `buyer`): « Programmation achats 2027 CHU v3 DEF.xlsx » is its
        return config.sources().stream().filter(s -> s.name().equals(source) && s.buyer() != null)
                .map(s -> config.buyers().byId(s.buyer())).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    /**
     * The buyer a file's name gives: a buyer's id, name or alias (folded), else the longest buyer id the name
     * starts with followed by - or _ (ch-roubaix-equipements-2027.ods is ch-roubaix's, even with a ch buyer).
     */
    static BuyerConfig buyerOfFile(org.vitrine.config.Buyers buyers, String stem) {
        BuyerConfig exact = buyers.find(stem);
        if (exact != null) {
            return exact;
        }
        String name = stem.toLowerCase(java.util.Locale.ROOT);
        BuyerConfig best = null;
        for (BuyerConfig b : buyers.all()) {
            String id = b.id();
            boolean prefix = name.length() > id.length() && name.startsWith(id)
                    && (name.charAt(id.length()) == '-' || name.charAt(id.length()) == '_');
            if (prefix && (best == null || id.length() > best.id().length())) {
                best = b;
            }
        }
        return best;
    }

    /**
     * The id of the configured buyer whose name, alias or id a title text contains as whole words (folded;
     * the longest wins, then the smallest id), null when none: a title row names the file's buyer.
     */
    static String buyerNamedIn(org.vitrine.config.Buyers buyers, String text) {
        String folded = " " + org.vitrine.config.Fold.fold(text) + " ";
        String best = null;
        int bestLength = 0;
        for (BuyerConfig b : buyers.all()) {
            List<String> names = new ArrayList<>();
            names.add(b.id());
            names.add(b.name());
            if (b.aliases() != null) {
                names.addAll(b.aliases());
            }
            for (String n : names) {
                String f = org.vitrine.config.Fold.fold(n);
                if (f.length() >= 4 && folded.contains(" " + f + " ")
                        && (f.length() > bestLength || (f.length() == bestLength && b.id().compareTo(best) < 0))) {
                    best = b.id();
                    bestLength = f.length();
                }
            }
        }
        return best;
    }

    private static void missingColumn(Run run, SourceFile file, BuyerConfig buyer, ColumnMap columns, String field,
            java.util.Set<String> unknown) {
        var m = run.messages();
        List<String> near = unknown.stream().filter(h -> columns.related(field, h)).toList();
        List<String> shown = (near.isEmpty() ? List.copyOf(unknown) : near).stream().limit(8).toList();
        String label = m.get("field." + field);
        String example = columns.headerFor(field, m.lang());
        Reject line;
        if (shown.isEmpty()) {
            line = new Reject(file.source(), file.name(), null, null, null, null, m.get("ingest.missing_column", label),
                    m.get("ingest.missing_column.fix", example), buyer == null ? null : buyer.id());
        } else {
            String quoted = shown.stream().map(h -> m.get("feedback.quoted", h)).collect(java.util.stream.Collectors.joining(", "));
            line = new Reject(file.source(), file.name(), null, null, null, String.join(" ; ", shown),
                    m.get("ingest.missing_column_seen", label, quoted),
                    m.get("ingest.missing_column_seen.fix", example, quoted), buyer == null ? null : buyer.id());
        }
        run.report().reject(line);
    }

    private static void rejectFile(Run run, SourceFile file, BuyerConfig buyer, String key, Object... args) {
        run.report().discardFile(file.name());
        FileCounts counts = run.report().counts(file.source(), file.name());
        counts.fileRejected = true;
        var m = run.messages();
        run.report().reject(new Reject(file.source(), file.name(), null, null, null, null, m.get(key, args),
                m.get(key + ".fix", args), buyer == null ? null : buyer.id()));
    }
}
