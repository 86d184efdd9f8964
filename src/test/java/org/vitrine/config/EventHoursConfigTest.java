package org.vitrine.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.cli.TestConfig;

/** event.opens / event.closes: both or neither, HH:MM, closing after opening; a config without them still loads. */
class EventHoursConfigTest {

    /** The shipped configuration in {@code dir}, its event hours as given (null: the key left out). */
    private static Path config(Path dir, String opens, String closes) throws Exception {
        return TestConfig.in(dir).shippedSources().eventHours(opens, closes).write();
    }

    @Test
    void theShippedHoursAreRead(@TempDir Path dir) throws Exception {
        VitrineConfig.Event e = ConfigLoader.load(TestConfig.in(dir).shippedSources().write()).vitrine().event();
        assertEquals("09:00", e.openingHours()[0].toString());
        assertEquals("17:30", e.openingHours()[1].toString());
    }

    @Test
    void aConfigWithoutThemStillLoads(@TempDir Path dir) throws Exception {
        assertNull(ConfigLoader.load(config(dir, null, null)).vitrine().event().openingHours());
    }

    @Test
    void oneAloneOrNotATimeOrClosingBeforeOpeningIsAConfigurationError(@TempDir Path dir) throws Exception {
        int i = 0;
        for (String[] bad : new String[][] {{"09:00", null}, {null, "17:30"}, {"9 h", "17 h 30"}, {"17:30", "09:00"}}) {
            Path d = Files.createDirectories(dir.resolve(String.valueOf(i++)));
            String what = bad[0] + " – " + bad[1];
            ConfigError e = assertThrows(ConfigError.class, () -> ConfigLoader.load(config(d, bad[0], bad[1])), what);
            assertEquals("config.event_hours", e.key(), what);
        }
    }
}
