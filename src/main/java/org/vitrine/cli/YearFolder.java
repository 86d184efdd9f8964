package org.vitrine.cli;

import org.vitrine.run.Defaults;
import org.vitrine.messages.Messages;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by the verbs that work on one year's editions: --year, --out, --lang. */
final class YearFolder {

    @Option(names = "--year", descriptionKey = "run.year")
    Integer year;

    @Option(names = "--out", descriptionKey = "run.out")
    Path out;

    @Option(names = "--lang", descriptionKey = "opt.lang", converter = LangOption.class)
    String lang;

    int year() {
        return year != null ? year : Defaults.defaultYear();
    }

    /** out/<year>/ (out/ beside the config folder unless --out says otherwise) */
    Path dir() {
        return Defaults.outDir(out, Defaults.configDir(null)).resolve(String.valueOf(year()));
    }

    Messages messages() {
        return Defaults.messages(lang);
    }
}
