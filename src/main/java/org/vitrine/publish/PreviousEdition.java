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

    /**
     * The needs to compare with: this year's current edition, else the last edition of the year
     * before (the first run of a new forecast year still knows what was published last year).
     */
    public static Map<String, Need> forYear(Path outDir, int year) {
        Map<String, Need> needs = load(outDir.resolve(String.valueOf(year)));
        return needs.isEmpty() ? load(outDir.resolve(String.valueOf(year - 1))) : needs;
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
