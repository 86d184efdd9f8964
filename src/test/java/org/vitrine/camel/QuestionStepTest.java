package org.vitrine.camel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vitrine.config.ConfigLoader;
import org.vitrine.context.Run;
import org.vitrine.messages.Messages;
import org.vitrine.model.Location;
import org.vitrine.model.Need;
import org.vitrine.model.RawCell;
import org.vitrine.model.RawRecord;
import org.vitrine.risk.rules.need.TestNeeds;

/**
 * The bean of route attach-questions hands its result on as the message body: the needs with their questions out,
 * nothing copied into the run (risk-flag, next, takes the needs from the body).
 */
class QuestionStepTest {

    @Test
    void theNeedsWithTheirQuestionsAreTheBodyAndTheRunIsNotWritten() throws Exception {
        Run run = new Run(ConfigLoader.load(Path.of("config")), Messages.of("fr"), 2027, LocalDate.of(2026, 11, 26));
        Need need = TestNeeds.need().id("ville-a-r-1").build();
        run.report().counts("qa", "q.csv").rowsRead++;
        run.report().questionRows(List.of(new RawRecord(new Location("qa", "q.csv", "q.csv", 2),
                Map.of("need", RawCell.text(need.id()), "question", RawCell.text("Q1 ?"), "answer", RawCell.text("R1.")), Map.of())));

        List<Need> body = new QuestionStep().attach(List.of(need), run);

        assertEquals(List.of("Q1 ?"), body.get(0).questions().stream().map(q -> q.question()).toList());
        assertTrue(run.needs().isEmpty(), "the run's needs are risk-flag's to set, from the body: " + run.needs());
    }

    @Test
    void withoutQuestionsTheBodyGoesOnAsItCame() throws Exception {
        Run run = new Run(ConfigLoader.load(Path.of("config")), Messages.of("fr"), 2027, LocalDate.of(2026, 11, 26));
        List<Need> needs = List.of(TestNeeds.need().build());
        assertSame(needs, new QuestionStep().attach(needs, run));
        assertTrue(run.needs().isEmpty());
    }
}
