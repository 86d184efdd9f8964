package org.vitrine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.context.EditionWriter;
import org.vitrine.messages.Messages;

/**
 * « L’édition précédente reste en ligne » only when it does (outside attacker A, failure 7): {@code current} pointing
 * at an edition folder that no longer exists, or that has no public/ or an empty one, is no edition online, for the console and
 * status.json alike (both read {@link EditionWriter#currentId()}).
 */
class OnlineEditionTest {

    @TempDir
    Path tmp;

    @Test
    void aCurrentLinkToAnEditionThatIsGoneOrServesNoHomePageIsNoEditionOnline() throws Exception {
        Path year = Files.createDirectories(tmp.resolve("2027"));
        EditionWriter editions = new EditionWriter(year);
        Messages m = Messages.of("fr");
        EditionWriter.switchLink(year.resolve("current"), Path.of("editions", "2026-11-26-6bedc2a0"));

        assertEquals(Optional.empty(), editions.currentId(), "the link's target is gone");
        assertEquals("Aucune édition n’est en ligne.", YearlyJob.whatIsOnline(editions, editions.currentId(), m));

        Files.createDirectories(year.resolve("editions/2026-11-26-6bedc2a0/internal"));
        assertEquals(Optional.empty(), editions.currentId(), "an edition without public/ serves nothing");

        Files.createDirectories(year.resolve("editions/2026-11-26-6bedc2a0/public"));
        assertEquals(Optional.empty(), editions.currentId(), "an emptied public/ serves nothing (attacker B, 4)");

        Files.writeString(year.resolve("editions/2026-11-26-6bedc2a0/public/index.html"), "<!doctype html>");
        assertEquals(Optional.of("2026-11-26-6bedc2a0"), editions.currentId());
        assertEquals("L’édition précédente reste en ligne (2026-11-26-6bedc2a0).",
                YearlyJob.whatIsOnline(editions, editions.currentId(), m));
    }
}
