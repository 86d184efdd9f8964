package org.vitrine.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.vitrine.model.Need;
import org.vitrine.publish.Brochure;
import org.vitrine.publish.Publisher;
import org.vitrine.publish.PublicView;
import org.vitrine.publish.Site;
import org.vitrine.publish.Templates;
import org.vitrine.run.Run;

/**
 * The benchmark's brochure: the real brochure of a subset of the run's public needs (nobody prints
 * 100,000), timed, and its final HTML rendered by openhtmltopdf alone, the limit it is compared with.
 */
public final class BrochureBench {

    /** Seconds for the brochure, needs in it, its pages, and seconds for openhtmltopdf alone. */
    public record Result(double seconds, long needs, int pages, double renderOnlySeconds) {
    }

    private BrochureBench() {
    }

    public static Result run(Run run, int count, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Need> all = PublicView.of(run.needs(), run.config(), PublicView.Use.PAGES, run.messages());
        List<Need> subset = all.subList(0, Math.min(count, all.size()));
        Site site = new Site(subset, run.config(), Publisher.edition(run), run.messages());
        Path templateDir = Templates.defaultDir();
        Brochure brochure = new Brochure(new Templates(templateDir, run.messages().locale()), templateDir);
        warmUp(brochure, all.subList(0, Math.min(WARM_UP, all.size())), run, dir.resolve("warm-up"));
        Path pdf = dir.resolve("brochure.pdf");
        long start = System.nanoTime();
        brochure.write(pdf, site, run.messages(), run.config());
        double seconds = (System.nanoTime() - start) / 1e9;
        String html = brochure.html(site, run.messages(), run.config());
        // Kept beside the PDFs so that the limit can be reproduced (and profiled) on its own.
        Files.writeString(dir.resolve("brochure.html"), html);
        start = System.nanoTime();
        org.vitrine.publish.brochure.PdfRenderer.renderPlain(html, brochure.baseUri(), dir.resolve("plain.pdf"));
        double plain = (System.nanoTime() - start) / 1e9;
        int pages;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            pages = doc.getNumberOfPages();
        }
        return new Result(seconds, subset.size(), pages, plain);
    }

    /** Needs in the untimed warm-up brochure. */
    private static final int WARM_UP = 200;

    /**
     * Both renderings once on a small brochure, untimed: otherwise the brochure, timed first, pays for
     * loading and compiling openhtmltopdf and PDFBox and the limit, timed second, does not.
     */
    private static void warmUp(Brochure brochure, List<Need> needs, Run run, Path dir) throws IOException {
        Files.createDirectories(dir);
        Site site = new Site(needs, run.config(), Publisher.edition(run), run.messages());
        brochure.write(dir.resolve("brochure.pdf"), site, run.messages(), run.config());
        org.vitrine.publish.brochure.PdfRenderer.renderPlain(brochure.html(site, run.messages(), run.config()), brochure.baseUri(),
                dir.resolve("plain.pdf"));
        org.vitrine.publish.EditionWriter.deleteTree(dir);
    }
}
