package org.vitrine.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A copy of the shipped config/ in a temp folder, pointing at a given spreadsheets folder, brochure optional. */
public final class TestConfig {

    private TestConfig() {
    }

    public static Path copy(Path tmp, Path spreadsheets, boolean brochure) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("config"));
        for (String f : new String[] {"vitrine.yaml", "columns.yaml", "buyers.yaml"}) {
            Files.copy(Path.of("config", f), dir.resolve(f));
        }
        String v = Files.readString(dir.resolve("vitrine.yaml"));
        Files.writeString(dir.resolve("vitrine.yaml"), v.replace("enabled: true", "enabled: " + brochure));
        Files.writeString(dir.resolve("sources.yaml"), "sources:\n  - name: tableurs\n    kind: spreadsheets\n    folder: \""
                + spreadsheets.toAbsolutePath().toString().replace("\\", "/") + "\"\n");
        return dir;
    }
}
