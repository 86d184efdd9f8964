package org.vitrine.cli;

import org.vitrine.run.ExitCode;
import org.vitrine.messages.Messages;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code vitrine} command: one small class per verb; errors become messages and exit codes, never stack traces. */
@Command(name = "vitrine", mixinStandardHelpOptions = true, versionProvider = VitrineCli.VersionProvider.class,
        resourceBundle = "i18n/cli",
        subcommands = {RunCommand.class, CheckCommand.class, TemplateCommand.class, EditionsCommand.class,
            RollbackCommand.class, ServeCommand.class,
            CommandLine.HelpCommand.class})
public final class VitrineCli implements Runnable {

    /** Camel's logger of a Quartz fire's exchange (serve's schedule). */
    static final String QUARTZ_JOB_LOG = "org.apache.camel.component.quartz.CamelJob";

    /** Held so the level set below stays (java.util.logging keeps loggers weakly). */
    private static final java.util.logging.Logger PDFBOX_LOG = java.util.logging.Logger.getLogger("org.apache.pdfbox");

    static {
        // Camel and the PDF libraries log through slf4j-simple: only real problems, on stderr.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", System.getProperty("vitrine.log", "error"));
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        // A stop of `serve` during a run interrupts the Quartz fire: Camel's CamelJob then logs « ERROR … CamelJob …
        // RejectedExecutionException » beside serve's own French stop lines (attacker A, failure 8). The run's outcome
        // is told by serve (serve.stopping*, serve.finished); that logger stays silent unless -Dvitrine.log asks.
        if (System.getProperty("vitrine.log") == null) {
            System.setProperty("org.slf4j.simpleLogger.log." + QUARTZ_JOB_LOG, "off");
        }
        // HTTP wire and header logs would show the sources' credentials: never below warn, even in debug.
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.hc.client5.http.wire", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.hc.client5.http.headers", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.hc.client5.http.impl", "warn");
        // The JDK's HttpClient (the REST sources) logs request headers, the token with them, when asked to.
        System.clearProperty("jdk.httpclient.HttpClient.log");
        System.clearProperty("jdk.internal.httpclient.debug");
        System.setProperty("java.awt.headless", "true");
        // PDFBox reports font fallbacks and cache building through java.util.logging: not for users.
        PDFBOX_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * The benchmark ships apart from the product (src/bench/java, target/vitrine-bench.jar, docs/BENCHMARKS.md):
     * {@code vitrine bench} exists only when bin/vitrine puts it on the class path, or in the tests.
     */
    private static void addBenchIfPresent(CommandLine cmd) {
        try {
            cmd.addSubcommand(Class.forName("org.vitrine.bench.BenchCommand").getDeclaredConstructor().newInstance());
        } catch (ClassNotFoundException absent) {
            // the product alone
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line in-process (tests use this) and returns the exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cmd = new CommandLine(new VitrineCli());
        addBenchIfPresent(cmd);
        // What the run prints quotes file, sheet and cell text: an escape sequence there must not drive the terminal.
        cmd.setOut(org.vitrine.messages.Visible.writer(out));
        cmd.setErr(org.vitrine.messages.Visible.writer(err));
        cmd.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        cmd.setExitCodeExceptionMapper(ex -> ExitCode.USAGE);
        cmd.setParameterExceptionHandler(new CommandLineErrors());
        // picocli's own help verb keeps its English description whatever the bundle says.
        String helpText = Messages.of(CommandLineErrors.lang(args)).get("cli.help.description");
        cmd.getSubcommands().get("help").getCommandSpec().usageMessage().header(helpText).description(helpText);
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            Messages m = Messages.of(System.getenv().getOrDefault("VITRINE_LANG", "fr"));
            commandLine.getErr().println(m.get("cli.internal_error", ex.getClass().getSimpleName(), String.valueOf(ex.getMessage())));
            if (Boolean.getBoolean("vitrine.debug")) {
                ex.printStackTrace(commandLine.getErr());
            }
            return ExitCode.SOURCE_FAILED;
        });
        int exit = cmd.execute(args);
        cmd.getOut().flush();
        cmd.getErr().flush();
        return exit;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Prints the version from the jar manifest. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"vitrine " + org.vitrine.context.Version.get()};
        }
    }
}
