package org.vitrine.config;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An awards source names its DECP file by folder or by url, one of the two. */
class AwardsSourceConfigTest {

    private static Path config(Path dir, String awards) throws Exception {
        for (String f : new String[] {"vitrine.yaml", "columns.yaml", "buyers.yaml"}) {
            Files.copy(Path.of("config", f), dir.resolve(f));
        }
        Files.writeString(dir.resolve("sources.yaml"), "sources:\n  - name: tableurs\n    kind: spreadsheets\n    folder: x\n"
                + "  - name: attributions\n    kind: awards\n" + awards);
        return dir;
    }

    @Test
    void aUrlIsEnough(@TempDir Path dir) throws Exception {
        assertDoesNotThrow(() -> ConfigLoader.load(config(dir, "    url: https://exemple.fr/decp.json\n")));
    }

    @Test
    void bothOrNeitherIsAConfigurationError(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        ConfigError both = assertThrows(ConfigError.class, () -> ConfigLoader.load(config(dir.resolve("a"),
                "    url: https://exemple.fr/decp.json\n    folder: decp\n")));
        assertTrue(both.key().equals("config.awards.folder_or_url"), both.key());
        assertThrows(ConfigError.class, () -> ConfigLoader.load(config(dir.resolve("b"), "    matchDays: 90\n")));
    }

    @Test
    void aUrlThatIsNeitherHttpNorFileIsRefused(@TempDir Path dir) throws Exception {
        ConfigError e = assertThrows(ConfigError.class, () -> ConfigLoader.load(config(dir, "    url: ftp://exemple.fr/decp.json\n")));
        assertTrue(e.key().equals("config.awards.bad_url"), e.key());
    }
}
