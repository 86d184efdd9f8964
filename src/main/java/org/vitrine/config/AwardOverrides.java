package org.vitrine.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * config/award-links.yaml, optional: staff decisions on the links between planned needs and past awards, kept
 * across runs (the file is theirs; Vitrine only reads it). Each entry names the need by its buyer id and reference
 * (as the buyer wrote it), the award by its DECP id, and says {@code confirm} (this award is the need's current
 * contract, whatever the matching found) or {@code reject} (never link them; the next best award may be linked).
 */
public record AwardOverrides(List<Entry> links) {

    public static final String FILE = "award-links.yaml";

    /** One decision; {@code note} is the staff's own words, kept for them. */
    public record Entry(String buyer, String need, String award, String decision, String note) {
        public boolean confirm() {
            return "confirm".equals(decision);
        }
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    public static AwardOverrides none() {
        return new AwardOverrides(List.of());
    }

    /** The decisions of {@code dir}/award-links.yaml; none when the file is absent; a bad entry is a ConfigError. */
    public static AwardOverrides read(Path dir) throws ConfigError {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return none();
        }
        AwardOverrides read;
        try {
            read = YAML.readValue(file.toFile(), AwardOverrides.class);
        } catch (IOException e) {
            throw new ConfigError("config.award_links.unreadable", file.toString(), String.valueOf(e.getMessage()));
        }
        if (read == null || read.links() == null) {
            return none();
        }
        int i = 0;
        for (Entry e : read.links()) {
            i++;
            if (e == null || blank(e.buyer()) || blank(e.need()) || blank(e.award())
                    || !List.of("confirm", "reject").contains(String.valueOf(e.decision()))) {
                throw new ConfigError("config.award_links.bad_entry", file.toString(), String.valueOf(i),
                        e == null ? "" : String.valueOf(e.decision()));
            }
        }
        return new AwardOverrides(List.copyOf(read.links()));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
