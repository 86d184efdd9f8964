package org.vitrine.camel;

import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.camel.ProducerTemplate;
import org.vitrine.config.Config;
import org.vitrine.config.ConfigLoader;
import org.vitrine.context.Run;
import org.vitrine.context.Snapshots;
import org.vitrine.messages.Messages;
import org.vitrine.publish.PreviousEdition;

/** One run of direct:run for the route tests, set up as the yearly job sets it: the 2027 forecast into {@code out}. */
final class DirectRun {

    private DirectRun() {
    }

    static Run send(ProducerTemplate template, Path out, Path configDir, String date, boolean dryRun) throws Exception {
        Config cfg = ConfigLoader.load(configDir);
        Run run = new Run(cfg, Messages.of(cfg.vitrine().primaryLanguage()), 2027, LocalDate.parse(date));
        run.edition().dryRun(dryRun);
        run.sources().snapshots(new Snapshots(out.resolve("2027")));
        PreviousEdition.Previous previous = PreviousEdition.forYear(out, 2027);
        run.edition().previous(previous.needs(), previous.date(), previous.withdrawn(), previous.calendar());
        template.sendBodyAndProperty("direct:run", null, VitrineCamel.RUN, run);
        return run;
    }
}
