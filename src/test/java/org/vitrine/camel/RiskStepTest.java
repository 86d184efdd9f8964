package org.vitrine.camel;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vitrine.risk.rules.need.TestNeeds.quarter;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vitrine.config.ConfigLoader;
import org.vitrine.context.Run;
import org.vitrine.messages.Messages;
import org.vitrine.model.Need;
import org.vitrine.risk.rules.need.TestNeeds;

/**
 * The bean of route risk-flag hands its result on as the message body: the needs flagged (and with what the awards
 * tell) out, nothing copied into the run's needs (publish-changes, next, takes them from the body).
 */
class RiskStepTest {

    @Test
    void theFlaggedNeedsAreTheBodyAndTheRunsNeedsAreNotWritten() throws Exception {
        Run run = new Run(ConfigLoader.load(Path.of("config")), Messages.of("fr"), 2027, LocalDate.of(2026, 11, 26));
        Need mapa = TestNeeds.need().id("ville-a-r-1").cpv("79411000").procedure("adapted").amount(1_200_000)
                .launch(quarter(2027, 3)).build();

        List<Need> body = new RiskStep().flag(List.of(mapa), run);

        assertTrue(body.get(0).risks().stream().anyMatch(f -> f.code().equals("MAPA_ABOVE_THRESHOLD")),
                "the body is the flagged needs: " + body.get(0).risks());
        assertTrue(run.needs().isEmpty(), "the run's needs are the publication's to set, from the body: " + run.needs());
    }
}
