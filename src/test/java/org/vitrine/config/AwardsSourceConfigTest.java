package org.vitrine.config;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.cli.TestConfig;
import org.vitrine.cli.TestConfig.Source;

/** An awards source names its DECP file by folder or by url, one of the two. */
class AwardsSourceConfigTest {

    private static Path config(Path dir, Source awards) throws Exception {
        return TestConfig.in(dir).spreadsheets(dir.resolve("x")).source(awards).write();
    }

    private static Source awards() {
        return Source.of("attributions", "awards");
    }

    @Test
    void aUrlIsEnough(@TempDir Path dir) throws Exception {
        assertDoesNotThrow(() -> ConfigLoader.load(config(dir, awards().with("url", "https://exemple.fr/decp.json"))));
    }

    @Test
    void bothOrNeitherIsAConfigurationError(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        ConfigError both = assertThrows(ConfigError.class, () -> ConfigLoader.load(config(dir.resolve("a"),
                awards().with("url", "https://exemple.fr/decp.json").with("folder", "decp"))));
        assertTrue(both.key().equals("config.awards.folder_or_url"), both.key());
        assertThrows(ConfigError.class, () -> ConfigLoader.load(config(dir.resolve("b"), awards().with("matchDays", 90))));
    }

    @Test
    void aUrlThatIsNeitherHttpNorFileIsRefused(@TempDir Path dir) throws Exception {
        ConfigError e = assertThrows(ConfigError.class, () -> ConfigLoader.load(config(dir, awards().with("url", "ftp://exemple.fr/decp.json"))));
        assertTrue(e.key().equals("config.awards.bad_url"), e.key());
    }
}
