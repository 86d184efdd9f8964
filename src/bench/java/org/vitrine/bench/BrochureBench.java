package org.vitrine.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.vitrine.messages.Messages;
import org.vitrine.config.Config;
import org.vitrine.model.Need;
import org.vitrine.publish.Brochure;
import org.vitrine.publish.DataExports;
import org.vitrine.model.EditionInfo;
import org.vitrine.context.EditionWriter;
import org.vitrine.publish.Publisher;
import org.vitrine.publish.PublicView;
import org.vitrine.publish.Site;
import org.vitrine.publish.Templates;
import org.vitrine.publish.brochure.PdfRenderer;
import org.vitrine.publish.brochure.QrImages;
import org.vitrine.context.CpuClock;
import org.vitrine.context.Run;

/**
 * The benchmark's brochure: the real brochure of a subset of the run's public needs (nobody prints
 * 100,000), timed, and the limit it is compared with: its final HTML rendered by openhtmltopdf alone
 * with the brochure's own output settings (PDF/A-3u, PDF/UA tagging, fonts, stream cache, save). The
 * same HTML rendered plain (no PDF/A, no tagging) is reported beside it, to show what those cost.
 */
public final class BrochureBench {

    /**
     * Seconds (wall) and CPU seconds (every thread of the process, garbage collection included) of the
     * brochure, of the limit ({@code render}) and of the plain render; needs and pages of the brochure.
     */
    public record Result(double seconds, double cpuSeconds, long needs, int pages, double renderSeconds,
                         double renderCpuSeconds, double renderPlainSeconds, double renderPlainCpuSeconds) {

        /** A brochure that could not be measured (it did not fit the heap). */
        public static Result failed() {
            return new Result(Double.NaN, Double.NaN, 0, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
    }

    private BrochureBench() {
    }

    /**
     * What the brochure is made of: the first {@code count} public needs of the run, through the public
     * view, with the run's config, messages and edition. Taken before the measurement so that the run
     * itself (every need of the forecast) can be let go and the brochure measured in its own memory.
     */
    public record Input(List<Need> needs, List<Need> dataNeeds, Config config, Messages messages, EditionInfo edition) {
    }

    /**
     * The subset first, then its public view: a public view of every need (a second copy of ~100,000
     * needs) only to keep 5,000 of them did not fit a 1 GiB heap. The brochure shows no related lists,
     * the only thing the view computes from the other needs.
     */
    public static Input input(Run run, int count) {
        List<Need> first = run.needs().stream().filter(Need::isPublic).limit(count).toList();
        return new Input(PublicView.of(first, run.config(), PublicView.Use.PAGES, run.messages()),
                PublicView.of(first, run.config(), PublicView.Use.DATA, run.messages()), run.config(),
                run.messages(), Publisher.edition(run));
    }

    /**
     * Timed rounds of the brochure and of its limit, each in turn first ({@link Rounds}): the best of each is
     * reported, the fastest round in wall time and the cheapest in CPU each on its own (two rounds of a long brochure
     * give no median). Timed once each, the brochure (first) paid for the JIT still compiling layout code at scale and
     * the limit did not: on one 5,000-need data set the first brochure took 35.7 s, the limit 26.6 s, then the brochure
     * 24.8 and 27.4 s and the limit 30.7 and 23.9 s.
     */
    static final int ROUNDS = 2;

    public static Result run(Input input, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Need> subset = input.needs();
        Path templateDir = Templates.defaultDir();
        Brochure brochure = new Brochure(new Templates(templateDir, input.messages().locale()), templateDir);
        warmUp(brochure, subset.subList(0, Math.min(WARM_UP, subset.size())), input, dir.resolve("warm-up"));

        Path pdf = dir.resolve("brochure.pdf");
        Site site = site(subset, input); // shared with the catalogue in a run: not the brochure's work
        // The edition's data files, attached to the brochure: made by the exports stage in a run.
        Path data = writeData(dir, input.dataNeeds(), input);
        Rounds.Samples best = new Rounds.Samples();
        Rounds.Samples render = new Rounds.Samples();
        Rounds.Samples plain = new Rounds.Samples();
        // The limits render the final HTML with its QR codes already made: they are the HTML's images.
        try (QrImages qr = Brochure.qrImages(site)) {
            String html = brochure.html(site, input.messages(), input.config(), qr);
            qr.awaitAll();
            // Kept beside the PDFs so that the limit can be reproduced (and profiled) on its own.
            Files.writeString(dir.resolve("brochure.html"), html);
            Rounds.alternate(ROUNDS, best, into -> timeBrochure(brochure, pdf, data, site, input, into),
                    render, into -> timeRender(html, brochure, qr, dir, into));
            Timer timer = Timer.start();
            PdfRenderer.renderPlain(html, brochure.baseUri(), qr, dir.resolve("plain.pdf"));
            plain.add(timer.seconds(), timer.cpuSeconds());
        }
        int pages;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            pages = doc.getNumberOfPages();
        }
        return new Result(best.bestWall(), best.bestCpu(), subset.size(), pages, render.bestWall(), render.bestCpu(),
                plain.bestWall(), plain.bestCpu());
    }

    private static void timeBrochure(Brochure brochure, Path pdf, Path data, Site site, Input input, Rounds.Samples best)
            throws IOException {
        Timer timer = Timer.start();
        brochure.write(pdf, data, site, input.messages(), input.config());
        best.add(timer.seconds(), timer.cpuSeconds());
    }

    private static void timeRender(String html, Brochure brochure, QrImages qr, Path dir, Rounds.Samples render) throws IOException {
        Timer timer = Timer.start();
        PdfRenderer.renderHtmlOnly(html, brochure.baseUri(), qr, dir.resolve("render.pdf"));
        render.add(timer.seconds(), timer.cpuSeconds());
    }

    /**
     * Needs in the untimed warm-up brochure. With 200 the brochure, timed first, still paid for the JIT
     * at scale: on the same 2,000-need HTML its main thread took 3.5 s more CPU first than second.
     */
    private static final int WARM_UP = 1000;

    /**
     * The three renderings once on a smaller brochure, untimed: otherwise the brochure, timed first, pays
     * for loading and compiling openhtmltopdf and PDFBox and the limits, timed after it, do not.
     */
    private static void warmUp(Brochure brochure, List<Need> needs, Input input, Path dir) throws IOException {
        Files.createDirectories(dir);
        Site site = site(needs, input);
        Path data = writeData(dir, input.dataNeeds().subList(0, Math.min(needs.size(), input.dataNeeds().size())), input);
        brochure.write(dir.resolve("brochure.pdf"), data, site, input.messages(), input.config());
        try (QrImages qr = Brochure.qrImages(site)) {
            String html = brochure.html(site, input.messages(), input.config(), qr);
            PdfRenderer.renderHtmlOnly(html, brochure.baseUri(), qr, dir.resolve("render.pdf"));
            PdfRenderer.renderPlain(html, brochure.baseUri(), qr, dir.resolve("plain.pdf"));
        }
        EditionWriter.deleteTree(dir);
    }

    /** needs.json and needs.csv of these needs in {@code dir/data}, as the exports stage writes them. */
    private static Path writeData(Path dir, List<Need> dataNeeds, Input input) throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        DataExports.writeJson(data.resolve("needs.json"), input.edition(), dataNeeds);
        DataExports.writeCsv(data.resolve("needs.csv"), dataNeeds, input.messages().lang());
        return data;
    }

    private static Site site(List<Need> needs, Input input) {
        return new Site(needs, input.config(), input.edition(), input.messages());
    }

    /** Wall and process CPU time since it was made (CPU of every thread: QR workers, GC, JIT). */
    private static final class Timer {

        /**
         * A timer started on a collected heap, so that no round pays for the garbage of the one before
         * (the brochure and its limit each leave a few hundred MB).
         */
        static Timer start() {
            System.gc();
            return new Timer();
        }

        private final long wall = System.nanoTime();
        private final long cpu = CpuClock.process();

        double seconds() {
            return (System.nanoTime() - wall) / 1e9;
        }

        double cpuSeconds() {
            return (CpuClock.process() - cpu) / 1e9;
        }
    }
}
