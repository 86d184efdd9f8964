package org.vitrine.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.vitrine.ingest.awards.AwardSource;

/**
 * The awards source against the floor: a synthetic national DECP file (2019 layout, records of the size and shape of
 * the consolidated file's: long subjects, holders, modifications) read by {@link AwardSource} keeping 100 buyers out
 * of 20,000 and counting every buyer's awards of two markets for the competition figures, compared with a plain Jackson token scan of the same file (every token, nothing kept). The target
 * (issue 21) is at most twice the scan, in a 1 GiB heap.
 */
public final class DecpBench {

    /**
     * Medians over the rounds, each reader in turn first ({@link Rounds}), with the spread (fastest and slowest round):
     * wall seconds, and CPU of the reading thread (the CPU figures hold on a loaded machine, where the wall ones do
     * not); the file's size, records read and awards kept.
     */
    public record Result(long bytes, long records, int kept, Rounds.Samples scan, Rounds.Samples read) {
        /** The ratio of the medians, wall time. */
        public double ratio() {
            return read.medianWall() / scan.medianWall();
        }

        /** The ratio of the medians, CPU time. */
        public double cpuRatio() {
            return read.medianCpu() / scan.medianCpu();
        }
    }

    static final int BUYERS = 20_000;
    static final int CONFIGURED = 100;

    private DecpBench() {
    }

    public static Result run(Path dir, long megabytes, int rounds, long seed) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve("decp-synthetic.json");
        // written once per size and seed (the same bytes each time, DecpBenchTest): a rerun spends no minute writing it
        Path written = dir.resolve("decp-synthetic.written");
        String stamp = (megabytes << 20) + " " + seed;
        if (!(Files.isRegularFile(file) && Files.isRegularFile(written)
                && Files.readString(written).equals(stamp + " " + Files.size(file)))) {
            write(file, megabytes << 20, seed);
            Files.writeString(written, stamp + " " + Files.size(file));
        }
        Set<String> sirets = new TreeSet<>();
        for (int i = 0; i < CONFIGURED; i++) {
            sirets.add(siret(i * (BUYERS / CONFIGURED)));
        }
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        Rounds.Samples scan = new Rounds.Samples();
        Rounds.Samples read = new Rounds.Samples();
        AwardSource.Result[] last = new AwardSource.Result[1];
        Rounds.alternate(rounds, scan, into -> {
            long t0 = System.nanoTime();
            long c0 = cpu.getCurrentThreadCpuTime();
            scan(file);
            into.add((System.nanoTime() - t0) / 1e9, (cpu.getCurrentThreadCpuTime() - c0) / 1e9);
        }, read, into -> {
            long t0 = System.nanoTime();
            long c0 = cpu.getCurrentThreadCpuTime();
            last[0] = AwardSource.read(file, sirets, tally());
            into.add((System.nanoTime() - t0) / 1e9, (cpu.getCurrentThreadCpuTime() - c0) / 1e9);
        });
        return new Result(Files.size(file), last[0].records(), last[0].awards().size(), scan, read);
    }

    /**
     * Competition counted as a run counts it: every buyer's awards of two markets (cleaning 9091, IT services 72) in
     * every département over three years, a broad forecast's ask.
     */
    static org.vitrine.ingest.awards.CompetitionTally tally() {
        Set<String> keys = new TreeSet<>();
        for (int d = 1; d <= 95; d++) {
            keys.addAll(org.vitrine.ingest.awards.CompetitionTally.keys("90919200-4", String.format("%02d", d)));
            keys.add("72|" + String.format("%02d", d));
        }
        return new org.vitrine.ingest.awards.CompetitionTally(keys, java.time.LocalDate.of(2022, 11, 26),
                java.time.LocalDate.of(2025, 11, 26));
    }

    /** Every token of the file, nothing kept: the floor any streaming reader stands on. */
    static long scan(Path file) throws IOException {
        long tokens = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
                JsonParser p = new JsonFactory().createParser(in)) {
            while (p.nextToken() != null) {
                tokens++;
            }
        }
        return tokens;
    }

    static String siret(int buyer) {
        return String.format("2%08d%05d", buyer, 10);
    }

    /** About {@code bytes} of DECP records, the same for the same seed. */
    static void write(Path file, long bytes, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        String[] cpv = {"90919200-4", "09310000-5", "72267100-0", "45233140-2", "30192000-1", "50750000-7", "66515200-5"};
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("marches");
            long n = 0;
            while (Files.size(file) + g.getOutputBuffered() < bytes) {
                for (int k = 0; k < 1000; k++, n++) {
                    int buyer = random.nextInt(BUYERS);
                    g.writeStartObject();
                    g.writeStringField("uid", siret(buyer) + "2024" + n);
                    g.writeStringField("id", "2024" + n);
                    g.writeStringField("source", "data.gouv.fr_aife");
                    g.writeStringField("_type", "Marché");
                    g.writeObjectFieldStart("acheteur");
                    g.writeStringField("id", siret(buyer));
                    g.writeStringField("nom", "Acheteur public n° " + buyer);
                    g.writeEndObject();
                    g.writeStringField("nature", random.nextInt(4) == 0 ? "Accord-cadre" : "Marché");
                    g.writeStringField("objet", "Prestations de services récurrentes pour les besoins des services, lot "
                            + random.nextInt(12) + " : fourniture, livraison, installation et maintenance sur l'ensemble des sites");
                    g.writeStringField("codeCPV", cpv[random.nextInt(cpv.length)]);
                    g.writeStringField("procedure", "Appel d'offres ouvert");
                    g.writeObjectFieldStart("lieuExecution");
                    g.writeStringField("code", String.format("%02d", 1 + random.nextInt(95)));
                    g.writeStringField("typeCode", "Code département");
                    g.writeStringField("nom", "Département");
                    g.writeEndObject();
                    g.writeNumberField("dureeMois", 12 + random.nextInt(49));
                    g.writeStringField("dateNotification", String.format("20%02d-%02d-%02d", 19 + random.nextInt(7),
                            1 + random.nextInt(12), 1 + random.nextInt(28)));
                    g.writeStringField("datePublicationDonnees", "2025-01-15");
                    g.writeNumberField("montant", 40_000 + random.nextInt(2_000_000));
                    g.writeStringField("formePrix", "Révisable");
                    g.writeArrayFieldStart("titulaires");
                    g.writeStartObject();
                    g.writeStringField("typeIdentifiant", "SIRET");
                    g.writeStringField("id", String.format("%014d", random.nextLong(99_999_999_999_999L)));
                    g.writeStringField("denominationSociale", "Entreprise titulaire SAS");
                    g.writeEndObject();
                    g.writeEndArray();
                    g.writeArrayFieldStart("modifications");
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.flush();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }
}
