package org.vitrine.context;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.vitrine.model.Json;

/**
 * Each source's last good input, kept raw under out/<year>/state/snapshots/<source>/ (the files as
 * read, so a parser fix applies on rerun), with the date it was read. {@code vitrine run --source X}
 * reads X afresh and the other sources from here.
 */
public final class Snapshots {

    private final Path root;

    public Snapshots(Path yearDir) {
        this.root = yearDir.resolve("state").resolve("snapshots");
    }

    /**
     * A new folder under state/fetch/ for what a source reads in this run (its files copied when listed,
     * or its API pages); the whole of state/fetch/ is removed when the job ends.
     */
    public Path staging(String source) {
        return root.resolveSibling("fetch").resolve(source + "-" + System.nanoTime());
    }

    public Path dir(String source) {
        return root.resolve(source);
    }

    public boolean has(String source) {
        return Files.isDirectory(dir(source)) && Files.isRegularFile(root.resolve(source + ".json"));
    }

    /** The date the snapshot was read (its edition date). */
    public LocalDate asOf(String source) {
        try {
            return LocalDate.parse(Json.MAPPER.readTree(root.resolve(source + ".json").toFile()).path("asOf").asText());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Replaces a source's snapshot by the files it was just read from. */
    public void save(String source, List<Path> files, Path folder, LocalDate asOf) throws IOException {
        Files.createDirectories(root);
        Path tmp = Files.createTempDirectory(root, ".tmp-" + source + "-");
        for (Path f : files) {
            Path target = tmp.resolve(folder.relativize(f).toString());
            Files.createDirectories(target.getParent());
            Files.copy(f, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
        Path old = root.resolve(".old-" + source + "-" + System.nanoTime());
        if (Files.exists(dir(source))) {
            Files.move(dir(source), old);
        }
        Files.move(tmp, dir(source), StandardCopyOption.ATOMIC_MOVE);
        Json.pretty().writeValue(root.resolve(source + ".json").toFile(), Map.of("source", source, "asOf", asOf.toString(),
                "files", files.size()));
        EditionWriter.deleteTree(old);
    }

    /**
     * Removes the snapshots of sources no longer configured: raw inputs (personal contacts among them)
     * are kept only while a source may need them.
     */
    public void retainOnly(java.util.Set<String> sources) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> list = Files.list(root)) {
            for (Path p : list.toList()) {
                String name = p.getFileName().toString().replaceFirst("\\.json$", "");
                if (!name.startsWith(".") && !sources.contains(name)) {
                    EditionWriter.deleteTree(p);
                }
            }
        }
    }

    /** Removes leftovers of an interrupted save. */
    public void clean() throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> list = Files.list(root)) {
            for (Path p : list.filter(p -> p.getFileName().toString().startsWith(".")).toList()) {
                EditionWriter.deleteTree(p);
            }
        }
    }
}
