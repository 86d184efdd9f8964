package org.vitrine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.context.EditionWriter;
import org.vitrine.model.Json;

/** A run its stop handler ends just after the switch: status.json names the new edition, not the one before (attacker B, 3b). */
class StatusEndedTest {

    @TempDir
    Path tmp;

    @Test
    void aStoppedRunSaysWhichEditionTheLinkServesAndNoCountsOfItsOwn() throws Exception {
        Path year = tmp.resolve("2027");
        for (String id : new String[] {"2026-11-28-old", "2026-12-01-new"}) {
            Files.createDirectories(year.resolve("editions/" + id + "/public"));
            Files.writeString(year.resolve("editions/" + id + "/public/index.html"), "<!doctype html>");
        }
        Files.createDirectories(year.resolve("state"));
        Files.writeString(year.resolve("state/status.json"), "{\"lastRun\":\"2026-11-28T10:00:00Z\",\"outcome\":\"published\","
                + "\"exitCode\":0,\"edition\":\"2026-11-28-old\",\"online\":\"2026-11-28-old\",\"counts\":{\"published\":3}}");
        EditionWriter.switchLink(year.resolve("current"), Path.of("editions", "2026-12-01-new")); // the run switched, then was stopped

        Status.ended(year, ExitCode.STOPPED, "stopped");

        JsonNode status = Json.MAPPER.readTree(year.resolve("state/status.json").toFile());
        assertEquals("2026-12-01-new", status.path("online").asText());
        assertEquals("stopped", status.path("outcome").asText());
        assertEquals(ExitCode.STOPPED, status.path("exitCode").asInt());
        assertFalse(status.has("counts"), "the last run's counts are not this run's");
        assertFalse(status.path("lastRun").asText().startsWith("2026-11-28"), "a stopped run is a run");
    }
}
