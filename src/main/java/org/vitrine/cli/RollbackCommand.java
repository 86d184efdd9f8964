package org.vitrine.cli;

import org.vitrine.run.ExitCode;
import org.vitrine.messages.Messages;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vitrine.publish.Editions;
import org.vitrine.run.RunLock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code vitrine rollback EDITION}: makes an earlier kept edition current again, atomically. */
@Command(name = "rollback", resourceBundle = "i18n/cli", mixinStandardHelpOptions = true)
public final class RollbackCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "EDITION", descriptionKey = "rollback.edition")
    String edition;

    @Mixin
    YearFolder folder;

    @Option(names = "--config", descriptionKey = "opt.config")
    Path config;

    @Override
    public Integer call() throws Exception {
        Messages m = folder.messages();
        int y = folder.year();
        Path configDir = org.vitrine.run.Defaults.configDir(config);
        Path yearDir = org.vitrine.run.Defaults.outDir(folder.out, configDir).resolve(String.valueOf(y));
        java.time.Duration wait = lockWait(configDir);
        java.io.PrintWriter err = spec.commandLine().getErr();
        RunLock lock;
        try {
            // A run in progress is let finish first (as a second run waits for it): a rollback made under it would be
            // replaced seconds later by the edition the run switches in (attacker A, failure 6).
            lock = RunLock.acquire(yearDir.resolve("state"), java.time.Duration.ZERO, "vitrine rollback");
        } catch (RunLock.Held held) {
            err.println(m.get("rollback.waiting", held.holder(), edition, wait.toSeconds()));
            err.flush();
            try {
                lock = RunLock.acquire(yearDir.resolve("state"), wait, "vitrine rollback");
            } catch (RunLock.Held still) {
                err.println(m.get("rollback.locked", still.holder(), wait.toSeconds(), edition));
                return ExitCode.LOCKED;
            }
        }
        try (RunLock held = lock) {
            if (!new Editions(yearDir).rollback(edition)) {
                err.println(m.get("rollback.unknown", edition, String.valueOf(y)));
                return ExitCode.USAGE;
            }
            // said under the lock: a run waiting for it reads that a rollback came first (YearlyJob)
            org.vitrine.run.Status.rolledBack(yearDir, edition);
        }
        spec.commandLine().getOut().println(m.get("rollback.done", edition, yearDir.resolve("public")));
        return ExitCode.OK;
    }

    /** The runs' lockWaitSeconds (vitrine.yaml), or its default when the configuration cannot be read. */
    private static java.time.Duration lockWait(Path configDir) {
        try {
            return org.vitrine.config.ConfigLoader.load(configDir).vitrine().lockWait();
        } catch (Exception e) { // a broken configuration must not keep an operator from going back
            return java.time.Duration.ofSeconds(org.vitrine.config.VitrineConfig.DEFAULT_LOCK_WAIT_SECONDS);
        }
    }
}
