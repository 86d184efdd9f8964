package org.vitrine.publish;

import org.vitrine.context.EditionWriter;
import org.vitrine.model.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The kept editions of a year, from their manifests (state/manifests/<id>.json): listing, rollback
 * to an earlier one, and pruning to the configured number (the current edition is never removed).
 */
public final class Editions {

    /** One kept edition, as listed by {@code vitrine editions}. */
    public record Edition(String id, String date, long sequence, long published, long rejected, boolean current) {
    }

    private final EditionWriter writer;

    public Editions(Path yearDir) {
        this.writer = new EditionWriter(yearDir);
    }

    /** Kept editions, oldest first. */
    public List<Edition> list() throws IOException {
        Path manifests = writer.yearDir().resolve("state").resolve("manifests");
        Optional<String> current = writer.currentId();
        List<Edition> list = new ArrayList<>();
        if (!Files.isDirectory(manifests)) {
            return list;
        }
        try (Stream<Path> files = Files.list(manifests)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                JsonNode m = Json.MAPPER.readTree(f.toFile());
                String id = m.path("edition").asText();
                if (Files.isDirectory(writer.yearDir().resolve("editions").resolve(id))) {
                    list.add(new Edition(id, m.path("date").asText(), m.path("sequence").asLong(),
                            m.at("/counts/published").asLong(), m.at("/counts/rejected").asLong(),
                            current.filter(id::equals).isPresent()));
                }
            }
        }
        list.sort(Comparator.comparingLong(Edition::sequence).thenComparing(Edition::id));
        return list;
    }

    /** The sequence number the next edition gets. */
    public long nextSequence() throws IOException {
        return list().stream().mapToLong(Edition::sequence).max().orElse(0) + 1;
    }

    /** Makes an earlier edition current again; false when it is not kept. */
    public boolean rollback(String id) throws IOException {
        Path dir = writer.yearDir().resolve("editions").resolve(id);
        if (id.contains("/") || id.startsWith(".") || !Files.isDirectory(dir.resolve("public"))) {
            return false;
        }
        EditionWriter.switchLink(writer.yearDir().resolve("current"), Path.of("editions", id));
        return true;
    }

    /** Removes the oldest editions beyond {@code keep}, never the current one. */
    public void prune(int keep) throws IOException {
        List<Edition> list = list();
        int excess = list.size() - Math.max(1, keep);
        for (Edition e : list) {
            if (excess <= 0) {
                break;
            }
            if (!e.current()) {
                EditionWriter.deleteTree(writer.yearDir().resolve("editions").resolve(e.id()));
                Files.deleteIfExists(writer.yearDir().resolve("state").resolve("manifests").resolve(e.id() + ".json"));
                excess--;
            }
        }
    }
}
