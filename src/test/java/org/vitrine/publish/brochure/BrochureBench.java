package org.vitrine.publish.brochure;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.vitrine.bench.SyntheticNeeds;
import org.vitrine.messages.Messages;
import org.vitrine.config.Config;
import org.vitrine.config.ConfigLoader;
import org.vitrine.model.Need;
import org.vitrine.publish.Brochure;
import org.vitrine.publish.DataExports;
import org.vitrine.model.EditionInfo;
import org.vitrine.publish.Site;
import org.vitrine.publish.Templates;

/**
 * Times the brochure of a large synthetic forecast (not a test: no timing assertions). Run with
 * {@code java -Xmx2g -cp target/test-classes:target/classes:target/lib/* org.vitrine.publish.brochure.BrochureBench OUT [NEEDS] [BUYERS]}.
 */
public final class BrochureBench {

    private BrochureBench() {}

    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args[0]));
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        int buyers = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        Config config = ConfigLoader.load(Path.of("config"));
        Messages m = Messages.of("fr");
        List<Need> needs = SyntheticNeeds.generate(count, buyers, 42, 2027);
        EditionInfo edition = new EditionInfo("2027-bench", 2027, LocalDate.of(2026, 11, 26), "fr", List.of(), List.of(),
                "Licence Ouverte / Etalab 2.0", null, m.get("publish.disclaimer"));
        Path data = Files.createDirectories(out.resolve("data"));
        DataExports.writeJson(data.resolve("needs.json"), edition, needs);
        DataExports.writeCsv(data.resolve("needs.csv"), needs, "fr");
        Site site = new Site(needs, config, edition, m);
        Path templates = Path.of("templates");
        long start = System.nanoTime();
        new Brochure(new Templates(templates, Locale.FRENCH), templates).write(out.resolve("brochure.pdf"), data, site, m, config);
        double seconds = (System.nanoTime() - start) / 1e9;
        int pages;
        try (PDDocument doc = Loader.loadPDF(out.resolve("brochure.pdf").toFile())) {
            pages = doc.getNumberOfPages();
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "%d needs, %d buyers: %d pages, %.1f s, %.1f pages/s, %d MiB PDF, peak heap %d MiB (max %d MiB)%n",
                count, buyers, pages, seconds, pages / seconds, Files.size(out.resolve("brochure.pdf")) >> 20,
                peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }
}
