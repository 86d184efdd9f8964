package org.vitrine.camel;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;

/**
 * Camel Main set-up: binds the stage beans and loads the routes from routes/*.camel.yaml of the
 * installation (resolved from vitrine.home, not the working directory). The routes are the
 * architecture: the yearly job (direct:yearly-job), ingest, normalise, risk, publish, wired by direct: hand-offs.
 */
public final class VitrineCamel implements AutoCloseable {

    /** The exchange property that carries the run through every route. */
    public static final String RUN = "vitrine.run";
    /** The name of the threads that read spreadsheet files, followed by a number. */
    static final String READER_THREAD = "vitrine-reader-";

    private final Main main = new Main();
    /** The threads that read spreadsheet files (route ingest-spreadsheets): one per core. */
    private final java.util.concurrent.ExecutorService readers = readers(Runtime.getRuntime().availableProcessors());
    private ProducerTemplate template;
    private final NormaliseStep normalise = new NormaliseStep();

    public VitrineCamel(Path routesDir, Path outDir, Path templateDir) {
        this(routesDir, outDir, templateDir, false);
    }

    /**
     * With {@code serving}, also the schedule's routes of routes/serve/ (Quartz): {@code vitrine serve} runs every
     * scheduled job in this one Camel Main, whose routes and beans stay up between runs. Stopping is then the
     * command's (its signal hook): Camel's own would wait 45 s for the Quartz exchange of a run.
     */
    public VitrineCamel(Path routesDir, Path outDir, Path templateDir, boolean serving) {
        if (!Files.isDirectory(routesDir)) {
            throw new IllegalStateException("routes folder not found: " + routesDir);
        }
        String routes = "file:" + routesDir.toAbsolutePath().normalize() + "/*.camel.yaml";
        if (serving) {
            routes += ",file:" + routesDir.toAbsolutePath().normalize() + "/serve/*.camel.yaml";
            main.setShutdownStrategy(new org.apache.camel.main.SimpleMainShutdownStrategy());
            main.configure().withShutdownTimeout(1); // an abandoned run is the only exchange in flight: no reason to wait for it
        }
        // Camel Main's plain settings (the context's name, no route reloading) are in application.properties; here,
        // only what needs code: this installation's routes folder.
        main.configure().withRoutesIncludePattern(routes);
        bind(main::bind, readers, normalise, routesDir, outDir, templateDir);
        main.addMainListener(new org.apache.camel.main.MainListenerSupport() {
            @Override
            public void afterConfigure(org.apache.camel.main.BaseMainSupport configured) {
                StageTimings.register(configured.getCamelContext());
            }
        });
    }

    /**
     * The beans the routes name, bound by {@code bind}: the same for the product's Camel Main and for the route
     * tests (camel-test-main-junit5), so a test runs the routes of routes/ with the product's beans.
     */
    public static void bind(java.util.function.BiConsumer<String, Object> bind, java.util.concurrent.ExecutorService readers,
            NormaliseStep normalise, Path routesDir, Path outDir, Path templateDir) {
        bind.accept("ingest", new IngestStep());
        bind.accept("readers", readers);
        bind.accept("rest", new RestStep(outDir));
        bind.accept("edition", new EditionStep(outDir, routesDir.toAbsolutePath().normalize(), templateDir));
        bind.accept("normalise", normalise);
        bind.accept("questions", new QuestionStep());
        bind.accept("awards", new AwardStep());
        bind.accept("publisher", new PublishStep(outDir, templateDir));
        bind.accept("risk", new RiskStep());
        bind.accept("runErrors", new RunErrors());
    }

    /** A bean or a placeholder of the serve routes (the schedule), before {@link #start()}. */
    public void bind(String name, Object bean) {
        main.bind(name, bean);
    }

    public void property(String key, String value) {
        main.addInitialProperty(key, value);
    }

    public void start() throws Exception {
        main.start();
        CamelContext context = main.getCamelContext();
        if (context == null || context.getRoutes().isEmpty()) {
            throw new IllegalStateException("no Camel route loaded");
        }
        template = context.createProducerTemplate();
    }

    /**
     * Sends a message with no body to {@code uri}, {@code value} as the exchange property {@code property}: the yearly
     * job (direct:yearly-job and its job, {@code vitrine run}). Failures are the routes' to handle and say.
     */
    public void send(String uri, String property, Object value) {
        template.sendBodyAndProperty(uri, null, property, value);
    }

    /** The same with no property: a scheduled run now (direct:scheduled-run, the catch-up of {@code vitrine serve}). */
    public void send(String uri) {
        template.sendBody(uri, null);
    }

    public CamelContext context() {
        return main.getCamelContext();
    }

    @Override
    public void close() throws Exception {
        if (template != null) {
            template.close();
        }
        main.stop();
        readers.shutdownNow();
    }

    /** A pool of {@code threads} daemon threads for reading files. */
    public static java.util.concurrent.ExecutorService readers(int threads) {
        java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
        return java.util.concurrent.Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, READER_THREAD + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** The routes folder of this installation: $VITRINE_HOME/routes, or ./routes. */
    public static Path defaultRoutesDir() {
        String home = System.getProperty("vitrine.home");
        return (home == null ? Path.of(".") : Path.of(home)).resolve("routes").toAbsolutePath().normalize();
    }
}
