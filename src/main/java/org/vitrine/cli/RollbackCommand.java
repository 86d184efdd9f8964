package org.vitrine.cli;

import org.vitrine.run.ExitCode;
import org.vitrine.messages.Messages;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vitrine.publish.Editions;
import org.vitrine.run.RunLock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Override
    public Integer call() throws Exception {
        Messages m = folder.messages();
        int y = folder.year();
        Path yearDir = folder.dir();
        try (RunLock lock = RunLock.acquire(yearDir.resolve("state"), java.time.Duration.ofSeconds(30), "vitrine rollback")) {
            if (!new Editions(yearDir).rollback(edition)) {
                spec.commandLine().getErr().println(m.get("rollback.unknown", edition, String.valueOf(y)));
                return ExitCode.USAGE;
            }
        } catch (RunLock.Held held) {
            spec.commandLine().getErr().println(m.get("run.locked", held.holder(), 30));
            return ExitCode.LOCKED;
        }
        org.vitrine.run.Status.rolledBack(yearDir, edition);
        spec.commandLine().getOut().println(m.get("rollback.done", edition, yearDir.resolve("public")));
        return ExitCode.OK;
    }
}
