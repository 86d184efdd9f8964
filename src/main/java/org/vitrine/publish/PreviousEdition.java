package org.vitrine.publish;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.vitrine.model.Need;

/**
 * The needs of the current edition (internal/needs.json, every need with its visibility), read
 * before a new edition replaces it: what changed since, and which amounts were cut.
 */
public final class PreviousEdition {

    private PreviousEdition() {
    }

    /** Needs by id of the current edition under this year folder; empty on a first edition or an unreadable file. */
    public static Map<String, Need> load(Path yearDir) {
        Path file = yearDir.resolve("current").resolve("internal").resolve("needs.json");
        Map<String, Need> needs = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return needs;
        }
        try {
            JsonNode root = Json.MAPPER.readTree(file.toFile());
            var reader = Json.MAPPER.readerFor(Need.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
            for (JsonNode n : root.path("needs")) {
                Need need = reader.readValue(n);
                needs.put(need.id(), need);
            }
        } catch (IOException e) {
            // An old edition written by another version: compare with nothing rather than fail the run.
            needs.clear();
        }
        return needs;
    }
}
