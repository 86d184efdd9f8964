package org.vitrine.ingest.awards;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vitrine.model.Award;

/**
 * A source of kind {@code awards}: one DECP JSON file, or every {@code *.json} of a folder, read in name order. The
 * same award published twice (the consolidated file holds an award once per platform that sent it) is kept once:
 * the first by buyer, id and notification date. The kept awards are sorted, so the run does not depend on file order.
 */
public final class AwardSource {

    /** The kept awards (sorted by buyer, id, notification), records read in all, records skipped by file name. */
    public record Result(List<Award> awards, long records, Map<String, List<DecpReader.Skipped>> skipped,
            List<org.vitrine.ingest.SourceFolder.Skipped> notRead) {
        public Result(List<Award> awards, long records, Map<String, List<DecpReader.Skipped>> skipped) {
            this(awards, records, skipped, List.of());
        }

        public long skippedCount() {
            return skipped.values().stream().mapToLong(List::size).sum();
        }
    }

    private static final Comparator<Award> ORDER = Comparator.comparing(Award::buyerSiret).thenComparing(Award::id)
            .thenComparing(Award::notification);

    private AwardSource() {
    }

    /** Throws NoSuchFileException when the path is not there, IOException when a file is not DECP JSON. */
    public static Result read(Path fileOrFolder, Set<String> sirets) throws IOException {
        return read(fileOrFolder, sirets, null);
    }

    /** The same, measuring competition on every buyer's awards into {@code tally} (may be null). */
    public static Result read(Path fileOrFolder, Set<String> sirets, CompetitionTally tally) throws IOException {
        List<Path> files;
        List<org.vitrine.ingest.SourceFolder.Skipped> notRead = List.of();
        if (Files.isDirectory(fileOrFolder)) {
            // The spreadsheets' rule (SourceFolder): a link or a second name may be a file from outside the folder.
            org.vitrine.ingest.SourceFolder.Listing listing = org.vitrine.ingest.SourceFolder.list(fileOrFolder);
            files = listing.files().stream().filter(AwardSource::json).toList();
            notRead = listing.skipped().stream().filter(k -> json(Path.of(k.name()))).toList();
        } else if (Files.exists(fileOrFolder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            String refused = org.vitrine.ingest.SourceFolder.refused(fileOrFolder);
            if (refused != null) {
                throw new org.vitrine.ingest.SourceFolder.Refused(fileOrFolder.getFileName().toString(), refused);
            }
            files = List.of(fileOrFolder);
        } else {
            throw new java.nio.file.NoSuchFileException(fileOrFolder.toString());
        }
        Map<String, Award> kept = new LinkedHashMap<>();
        Map<String, List<DecpReader.Skipped>> skipped = new java.util.TreeMap<>();
        long records = 0;
        for (Path f : files) {
            DecpReader.Result r;
            try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(f, java.nio.file.LinkOption.NOFOLLOW_LINKS), 1 << 16)) {
                r = DecpReader.read(in, sirets, tally);
            } catch (IOException e) {
                throw new IOException(f.getFileName() + ": " + e.getMessage(), e);
            }
            records += r.records();
            for (Award a : r.awards()) {
                kept.putIfAbsent(a.buyerSiret() + "\u0000" + a.id() + "\u0000" + a.notification(), a);
            }
            if (!r.skipped().isEmpty()) {
                skipped.put(f.getFileName().toString(), r.skipped());
            }
        }
        List<Award> awards = new ArrayList<>(kept.values());
        awards.sort(ORDER);
        return new Result(List.copyOf(awards), records, skipped, notRead);
    }

    private static boolean json(Path f) {
        return f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json");
    }

    /**
     * Writes the kept awards as a small DECP file (2019 layout, plus offresRecues), the source's snapshot: a rerun or
     * a later failure reads it back with {@link DecpReader} instead of the gigabyte national file.
     */
    public static void write(List<Award> awards, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file);
                JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("marches");
            for (Award a : awards) {
                g.writeStartObject();
                g.writeStringField("id", a.id());
                g.writeObjectFieldStart("acheteur");
                g.writeStringField("id", a.buyerSiret());
                g.writeEndObject();
                write(g, "objet", a.title());
                g.writeStringField("codeCPV", a.cpv());
                write(g, "nature", a.nature());
                write(g, "procedure", a.procedure());
                g.writeStringField("dateNotification", a.notification().toString());
                if (a.durationMonths() != null) {
                    g.writeNumberField("dureeMois", a.durationMonths());
                }
                if (a.amount() != null) {
                    g.writeNumberField("montant", a.amount());
                }
                if (a.bidsReceived() != null) {
                    g.writeNumberField("offresRecues", a.bidsReceived());
                }
                if (a.placeCode() != null || a.placeType() != null) {
                    g.writeObjectFieldStart("lieuExecution");
                    write(g, "code", a.placeCode());
                    write(g, "typeCode", a.placeType());
                    g.writeEndObject();
                }
                g.writeArrayFieldStart("titulaires");
                for (Award.Holder h : a.holders()) {
                    g.writeStartObject();
                    write(g, "id", h.id());
                    write(g, "denominationSociale", h.name());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void write(JsonGenerator g, String field, String value) throws IOException {
        if (value != null) {
            g.writeStringField(field, value);
        }
    }
}
