package org.vitrine.publish.catalogue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vitrine.bench.WriteLimit;
import org.vitrine.messages.Messages;
import org.vitrine.config.Config;
import org.vitrine.config.ConfigLoader;
import org.vitrine.model.Need;
import org.vitrine.publish.Catalogue;
import org.vitrine.model.EditionInfo;
import org.vitrine.publish.PreviousEdition;
import org.vitrine.publish.PublicView;
import org.vitrine.publish.Site;
import org.vitrine.publish.Templates;

/**
 * Times the catalogue stage alone, several rounds in one JVM, on the needs of a finished
 * {@code vitrine bench} run (not a test: no timing assertions), and then the write limit of the last
 * round's files. Run with
 * {@code java -Xmx2g -cp target/test-classes:target/classes:target/lib/* org.vitrine.publish.catalogue.CatalogueBench BENCH_DIR OUT [ROUNDS]}
 * where BENCH_DIR is the {@code --out} of a bench run. Prints wall and process CPU seconds (user, system) per round.
 */
public final class CatalogueBench {

    private CatalogueBench() {
    }

    public static void main(String[] args) throws Exception {
        Path bench = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Config config = ConfigLoader.load(bench.resolve("config"));
        Messages m = Messages.of("fr");
        List<Need> all = new ArrayList<>(PreviousEdition.load(bench.resolve("out").resolve("2027")).values());
        all.sort(java.util.Comparator.comparing(Need::id));
        java.time.LocalDate date = java.time.LocalDate.of(2026, 11, 26);
        EditionInfo edition = new EditionInfo("2026-11-26-1", 2027, date, "fr", List.of(), List.of(), "Licence Ouverte / Etalab 2.0",
                null, m.get("publish.disclaimer"));
        Site site = new Site(PublicView.of(all, config, PublicView.Use.PAGES, m), config, edition, m);
        Path templates = Path.of("templates");
        for (int r = 0; r < rounds; r++) {
            Path dir = out.resolve("r" + r);
            org.vitrine.context.EditionWriter.deleteTree(dir);
            Files.createDirectories(dir);
            long[] times = userSys();
            long t0 = System.nanoTime();
            new Catalogue(new Templates(templates, Locale.FRENCH), templates).write(dir, site);
            long[] after = userSys();
            System.out.printf(Locale.ROOT, "round %d: %d needs, %.2f s wall, CPU %.2f s user + %.2f s system%n", r, site.needs().size(),
                    (System.nanoTime() - t0) / 1e9, (after[0] - times[0]) / 100.0, (after[1] - times[1]) / 100.0);
            if (r < rounds - 1) {
                org.vitrine.context.EditionWriter.deleteTree(dir);
            }
        }
        long[] times = userSys();
        WriteLimit.Result w = WriteLimit.measure(out.resolve("r" + (rounds - 1)), out.resolve("write-limit"));
        long[] after = userSys();
        System.out.printf(Locale.ROOT, "write limit: %.2f s wall, CPU %.2f s user + %.2f s system (%,d files, %,d bytes)%n",
                w.seconds(), (after[0] - times[0]) / 100.0, (after[1] - times[1]) / 100.0, w.files(), w.bytes());
    }

    /** User and system CPU of this process in clock ticks (1/100 s), from /proc (Linux). */
    private static long[] userSys() throws java.io.IOException {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return new long[] {Long.parseLong(f[11]), Long.parseLong(f[12])};
    }
}
