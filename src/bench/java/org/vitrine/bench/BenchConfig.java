package org.vitrine.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The benchmark's configuration: the installation's, reading the generated folder, brochure timed apart. */
public final class BenchConfig {

    private BenchConfig() {
    }

    public static Path write(Path from, Path to, Path data) throws IOException {
        Files.createDirectories(to);
        for (String f : new String[] {"columns.yaml", "buyers.yaml", "risks.yaml"}) {
            if (Files.isRegularFile(from.resolve(f))) {
                Files.copy(from.resolve(f), to.resolve(f));
            }
        }
        String v = Files.readString(from.resolve("vitrine.yaml"));
        Files.writeString(to.resolve("vitrine.yaml"), v.replace("enabled: true", "enabled: false"));
        Files.writeString(to.resolve("sources.yaml"), "sources:\n  - name: bench\n    kind: spreadsheets\n    folder: \""
                + data.toAbsolutePath().toString().replace("\\", "/") + "\"\n");
        return to;
    }
}
