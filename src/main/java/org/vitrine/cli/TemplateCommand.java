package org.vitrine.cli;

import org.vitrine.run.Defaults;
import org.vitrine.run.ExitCode;
import org.vitrine.messages.Messages;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.vitrine.config.Config;
import org.vitrine.template.TemplateWorkbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code vitrine template}: writes the empty buyer workbook with the columns of config/columns.yaml. */
@Command(name = "template", resourceBundle = "i18n/cli", mixinStandardHelpOptions = true)
public final class TemplateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", descriptionKey = "template.out")
    Path out;

    @Option(names = "--config", descriptionKey = "opt.config")
    Path config;

    @Option(names = "--force", descriptionKey = "template.force")
    boolean force;

    @Option(names = "--lang", descriptionKey = "opt.lang", converter = LangOption.class)
    String lang;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Messages m = Defaults.messages(lang);
        Config cfg = Defaults.load(Defaults.configDir(config), m, err);
        if (cfg == null) {
            return ExitCode.USAGE;
        }
        List<TemplateWorkbook.TemplateColumn> columns = new ArrayList<>();
        for (String field : cfg.columns().fields()) {
            columns.add(new TemplateWorkbook.TemplateColumn(field, cfg.columns().headerFor(field, m.lang()),
                    cfg.columns().isRequired(field)));
        }
        Path file = out != null ? out : Path.of(m.get("template.default_file"));
        List<TemplateWorkbook.TemplateColumn> lotColumns = new ArrayList<>();
        var lots = cfg.columns().lots();
        if (lots != null) {
            for (String field : lots.fields()) {
                lotColumns.add(new TemplateWorkbook.TemplateColumn(field, lots.headerFor(field, m.lang()), lots.isRequired(field)));
            }
        }
        if (java.nio.file.Files.isDirectory(file)) {
            // A folder: the template goes inside it, under its usual name.
            file = file.resolve(m.get("template.default_file"));
        }
        if (java.nio.file.Files.exists(file) && !force) {
            // It may be a buyer's filled workbook: never overwritten without being asked.
            err.println(m.get("template.exists", file.toAbsolutePath().normalize()));
            return ExitCode.USAGE;
        }
        try {
            TemplateWorkbook.write(file, columns, lotColumns, m.lang());
        } catch (java.io.IOException e) {
            err.println(m.get("template.unwritable", file.toAbsolutePath().normalize(), e.getClass().getSimpleName()));
            return ExitCode.WRITE_FAILED;
        }
        spec.commandLine().getOut().println(m.get("template.written", file.toAbsolutePath().normalize()));
        return ExitCode.OK;
    }
}
