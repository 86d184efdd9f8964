package org.vitrine.cli;

import org.vitrine.run.ExitCode;
import org.vitrine.messages.Messages;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.vitrine.publish.Editions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code vitrine editions}: the kept editions of a year, the current one marked. */
@Command(name = "editions", resourceBundle = "i18n/cli", mixinStandardHelpOptions = true)
public final class EditionsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    YearFolder folder;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Messages m = folder.messages();
        int y = folder.year();
        var list = new Editions(folder.dir()).list();
        if (list.isEmpty()) {
            out.println(m.get("editions.none", String.valueOf(y)));
            return ExitCode.OK;
        }
        out.println(m.get("editions.header", String.valueOf(y)));
        for (Editions.Edition e : list) {
            out.println(m.get(e.current() ? "editions.line.current" : "editions.line", e.id(), e.date(), e.published(), e.rejected()));
        }
        return ExitCode.OK;
    }
}
