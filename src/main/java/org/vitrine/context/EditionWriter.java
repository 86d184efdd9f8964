package org.vitrine.context;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The edition layout of CONTRACT §5: each run writes editions/<id>/ completely in a temporary folder,
 * then moves it in place and replaces the {@code current} link by a rename, so readers see the old
 * edition or the new one, never a mix. {@code public} and {@code internal} point through {@code current}.
 */
public final class EditionWriter {

    private final Path yearDir;

    public EditionWriter(Path yearDir) {
        this.yearDir = yearDir;
    }

    public Path yearDir() {
        return yearDir;
    }

    /**
     * The id of the current edition, if any: the {@code current} link's target, when that edition is there with its
     * public/ folder and its home page. A link to an edition removed by hand serves nothing, and is no edition online
     * (attacker A, 7); nor is one whose public/ was emptied (attacker B, 4).
     */
    public Optional<String> currentId() {
        Path current = yearDir.resolve("current");
        if (!Files.isSymbolicLink(current) || !Files.isRegularFile(current.resolve("public").resolve("index.html"))) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readSymbolicLink(current).getFileName().toString());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * A fresh temporary folder inside editions/ (same file system, so the final move is a rename).
     * Leftovers of a run that was killed half-way are removed first: the caller holds the run lock,
     * so no other run is writing them.
     */
    public Path prepare(String editionId) throws IOException {
        Path editions = Files.createDirectories(yearDir.resolve("editions"));
        try (Stream<Path> list = Files.list(editions)) {
            for (Path p : list.filter(p -> p.getFileName().toString().startsWith(".")).toList()) {
                deleteTree(p);
            }
        }
        return Files.createTempDirectory(editions, ".tmp-" + editionId + "-");
    }

    /**
     * Folder modes of a published edition: the edition and its public/ are readable by everyone (a web
     * server running as another user serves them); internal/ (personal contacts, other buyers' needs) by
     * the owner and the group only. A temporary folder is created 0700: without this the web server got 403.
     */
    static final String PUBLIC_MODE = "rwxr-xr-x";
    static final String INTERNAL_MODE = "rwxr-x---";

    /** Moves the written edition in place and makes it current. */
    public void commit(Path tmp, String editionId) throws IOException {
        setMode(tmp, PUBLIC_MODE);
        setMode(tmp.resolve("public"), PUBLIC_MODE);
        setMode(tmp.resolve("internal"), INTERNAL_MODE);
        Path target = yearDir.resolve("editions").resolve(editionId);
        Path old = null;
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            old = yearDir.resolve("editions").resolve(".old-" + editionId + "-" + System.nanoTime());
            Files.move(target, old);
        }
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        switchLink(yearDir.resolve("current"), Path.of("editions", editionId));
        ensureLink(yearDir.resolve("public"), Path.of("current", "public"));
        ensureLink(yearDir.resolve("internal"), Path.of("current", "internal"));
        if (old != null) {
            deleteTree(old);
        }
    }

    private static void setMode(Path dir, String mode) throws IOException {
        if (Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)
                && dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString(mode));
        }
    }

    /** Replaces a symbolic link atomically: a new link beside it, renamed over the old one. */
    public static void switchLink(Path link, Path target) throws IOException {
        Path tmp = link.resolveSibling("." + link.getFileName() + ".new-" + System.nanoTime());
        Files.createSymbolicLink(tmp, target);
        try {
            Files.move(tmp, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    private static void ensureLink(Path link, Path target) throws IOException {
        if (Files.isSymbolicLink(link) && Files.readSymbolicLink(link).equals(target)) {
            return;
        }
        try {
            switchLink(link, target);
        } catch (FileAlreadyExistsException e) {
            throw new IOException(link + " exists and is not a link", e);
        }
    }

    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
