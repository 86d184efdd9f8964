package org.vitrine.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vitrine.publish.Editions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code vitrine editions}: the kept editions of a year, the current one marked. */
@Command(name = "editions", resourceBundle = "i18n/cli", mixinStandardHelpOptions = true)
public final class EditionsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--year", descriptionKey = "run.year")
    Integer year;

    @Option(names = "--out", descriptionKey = "run.out")
    Path outOption;

    @Option(names = "--lang", descriptionKey = "opt.lang")
    String lang;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Messages m = Common.messages(lang);
        int y = year != null ? year : Common.defaultYear();
        var list = new Editions((outOption == null ? Path.of("out") : outOption).resolve(String.valueOf(y))).list();
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
