package org.vitrine.ingest;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * A source folder as Vitrine may read it: only the regular files placed in it (never a symbolic link,
 * a FIFO, a device or a sub-folder, which are named in the report instead), copied aside when listed so
 * that the whole run reads one consistent set of files. A file that vanishes or changes while it is
 * copied makes the source fail (its onFailure policy decides), never a partial edition.
 */
public final class SourceFolder {

    /** What a folder holds: the files to read, sorted, and the entries left out (by kind). */
    public record Listing(List<Path> files, List<Skipped> skipped) {
    }

    /** An entry not read: {@code kind} is {@code link}, {@code special}, {@code folder} or {@code clutter}. */
    public record Skipped(String name, String kind) {
    }

    /** The folder's files changed or vanished while they were being copied. */
    public static final class Changed extends IOException {
        private final String name;

        Changed(String name) {
            super(name);
            this.name = name;
        }

        public String name() {
            return name;
        }
    }

    private SourceFolder() {
    }

    /** Lists {@code folder} without following any link. */
    public static Listing list(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                BasicFileAttributes a;
                try {
                    a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (NoSuchFileException gone) {
                    continue; // removed between the listing and this look: as if never there
                }
                if (a.isSymbolicLink()) {
                    skipped.add(new Skipped(name, "link"));
                } else if (a.isDirectory()) {
                    skipped.add(new Skipped(name, "folder"));
                } else if (!a.isRegularFile()) {
                    skipped.add(new Skipped(name, "special"));
                } else if (isOfficeClutter(name)) {
                    skipped.add(new Skipped(name, "clutter"));
                } else {
                    files.add(p);
                }
            }
        }
        files.sort(null);
        skipped.sort(java.util.Comparator.comparing(Skipped::name));
        return new Listing(files, skipped);
    }

    /**
     * Copies {@code files} (of {@code folder}) into {@code staging}, which must not exist yet, and returns
     * the copies in the same order. A file that is gone, replaced by a link, or whose size or date
     * changed during its copy throws {@link Changed}.
     */
    public static List<Path> stage(List<Path> files, Path staging) throws IOException {
        Files.createDirectories(staging.getParent());
        Files.createDirectory(staging);
        List<Path> copies = new ArrayList<>(files.size());
        for (Path f : files) {
            String name = f.getFileName().toString();
            Path copy = staging.resolve(name);
            try {
                BasicFileAttributes before = Files.readAttributes(f, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                // NOFOLLOW_LINKS: a file swapped for a link after the listing is copied as a link, and refused below.
                Files.copy(f, copy, LinkOption.NOFOLLOW_LINKS, StandardCopyOption.COPY_ATTRIBUTES);
                BasicFileAttributes after = Files.readAttributes(f, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                BasicFileAttributes copied = Files.readAttributes(copy, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (!before.isRegularFile() || !copied.isRegularFile() || before.size() != after.size()
                        || !before.lastModifiedTime().equals(after.lastModifiedTime()) || copied.size() != before.size()) {
                    throw new Changed(name);
                }
            } catch (NoSuchFileException e) {
                throw new Changed(name);
            }
            copies.add(copy);
        }
        return copies;
    }

    /** Lock and temporary files that office programs leave beside a workbook: not data. */
    static boolean isOfficeClutter(String name) {
        return name.startsWith(".") || name.startsWith("~$") || name.endsWith("#") || name.endsWith(".tmp")
                || name.equalsIgnoreCase("README.md") || name.equalsIgnoreCase("Thumbs.db");
    }
}
