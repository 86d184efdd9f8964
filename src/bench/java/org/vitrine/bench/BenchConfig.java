package org.vitrine.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The benchmark's configuration: the installation's, reading the generated folder, brochure timed apart. */
public final class BenchConfig {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private BenchConfig() {
    }

    public static Path write(Path from, Path to, Path data) throws IOException {
        Files.createDirectories(to);
        for (String f : new String[] {"columns.yaml", "buyers.yaml", "risks.yaml"}) {
            if (Files.isRegularFile(from.resolve(f))) {
                Files.copy(from.resolve(f), to.resolve(f));
            }
        }
        // brochure.enabled set as a key, not by a text replace (which also hit any other "enabled: true" of the file)
        ObjectNode vitrine = (ObjectNode) YAML.readTree(from.resolve("vitrine.yaml").toFile());
        vitrine.withObject("/brochure").put("enabled", false);
        YAML.writeValue(to.resolve("vitrine.yaml").toFile(), vitrine);
        Files.writeString(to.resolve("sources.yaml"), "sources:\n  - name: bench\n    kind: spreadsheets\n    folder: \""
                + data.toAbsolutePath().toString().replace("\\", "/") + "\"\n");
        return to;
    }
}
