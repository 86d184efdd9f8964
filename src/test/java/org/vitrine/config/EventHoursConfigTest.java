package org.vitrine.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** event.opens / event.closes: both or neither, HH:MM, closing after opening; a config without them still loads. */
class EventHoursConfigTest {

    private static Path config(Path dir, String hours) throws Exception {
        for (String f : new String[] {"vitrine.yaml", "columns.yaml", "buyers.yaml", "sources.yaml"}) {
            Files.copy(Path.of("config", f), dir.resolve(f));
        }
        String yaml = Files.readString(dir.resolve("vitrine.yaml"));
        String shipped = "  opens: \"09:00\"\n  closes: \"17:30\"\n";
        if (!yaml.contains(shipped)) {
            throw new AssertionError("config/vitrine.yaml no longer ships event.opens / event.closes");
        }
        Files.writeString(dir.resolve("vitrine.yaml"), yaml.replace(shipped, hours));
        return dir;
    }

    @Test
    void theShippedHoursAreRead(@TempDir Path dir) throws Exception {
        VitrineConfig.Event e = ConfigLoader.load(config(dir, "  opens: \"09:00\"\n  closes: \"17:30\"\n")).vitrine().event();
        assertEquals("09:00", e.openingHours()[0].toString());
        assertEquals("17:30", e.openingHours()[1].toString());
    }

    @Test
    void aConfigWithoutThemStillLoads(@TempDir Path dir) throws Exception {
        assertNull(ConfigLoader.load(config(dir, "")).vitrine().event().openingHours());
    }

    @Test
    void oneAloneOrNotATimeOrClosingBeforeOpeningIsAConfigurationError(@TempDir Path dir) throws Exception {
        int i = 0;
        for (String bad : new String[] {"  opens: \"09:00\"\n", "  opens: \"9 h\"\n  closes: \"17 h 30\"\n",
                "  opens: \"17:30\"\n  closes: \"09:00\"\n"}) {
            Path d = Files.createDirectories(dir.resolve(String.valueOf(i++)));
            ConfigError e = assertThrows(ConfigError.class, () -> ConfigLoader.load(config(d, bad)), bad);
            assertEquals("config.event_hours", e.key(), bad);
        }
    }
}
