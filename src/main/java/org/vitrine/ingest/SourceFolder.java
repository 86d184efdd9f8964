package org.vitrine.ingest;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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

    /**
     * What a folder holds: the files to read, sorted, the entries left out (by kind), and each file's
     * identity when listed (device and inode), which its copy must still have.
     */
    public record Listing(List<Path> files, List<Skipped> skipped, java.util.Map<Path, Object> keys) {
        public Listing(List<Path> files, List<Skipped> skipped) {
            this(files, skipped, java.util.Map.of());
        }
    }

    /**
     * An entry not read: {@code kind} is {@code link}, {@code hardlink}, {@code special}, {@code folder} or
     * {@code clutter}.
     */
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

    /** Writing the copy failed (a full disk under out/): the run's fault, not the source's. */
    public static final class StagingFailed extends IOException {
        StagingFailed(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    private SourceFolder() {
    }

    /** Lists {@code folder} without following any link. */
    public static Listing list(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        java.util.Map<Path, Object> keys = new java.util.HashMap<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                BasicFileAttributes a;
                try {
                    a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (NoSuchFileException gone) {
                    continue; // removed between the listing and this look: as if never there
                }
                String refused = refused(p, a);
                if ((refused == null || "hardlink".equals(refused)) && isOfficeClutter(name)) {
                    refused = "clutter"; // a lock or temporary file, whatever its names
                }
                if (refused != null) {
                    skipped.add(new Skipped(name, refused));
                } else {
                    files.add(p);
                    if (a.fileKey() != null) {
                        keys.put(p, a.fileKey());
                    }
                }
            }
        }
        files.sort(null);
        skipped.sort(java.util.Comparator.comparing(Skipped::name));
        return new Listing(files, skipped, keys);
    }

    /**
     * Why {@code p} (of attributes {@code a}, read without following links) is not a file Vitrine reads:
     * {@code link}, {@code folder}, {@code special} or {@code hardlink}; null for a regular file of one name.
     * The one rule for every file a source reads, a folder's entries or a configured file.
     */
    static String refused(Path p, BasicFileAttributes a) throws IOException {
        if (a.isSymbolicLink()) {
            return "link";
        } else if (a.isDirectory()) {
            return "folder";
        } else if (!a.isRegularFile()) {
            return "special";
        } else if (links(p) > 1) {
            // A hard link is the outside file itself under a name in the folder: nothing tells it
            // from a copy but its link count, so a file with another name anywhere is not read.
            return "hardlink";
        }
        return null;
    }

    /**
     * {@link #refused(Path, BasicFileAttributes)} of a configured file (an awards file, a REST {@code file:} export):
     * null when it is a regular file of one name; throws NoSuchFileException when it is not there.
     */
    public static String refused(Path p) throws IOException {
        return refused(p, Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
    }

    /** A configured file that is a link, a second name or not a file: not read, the source fails. */
    public static final class Refused extends IOException {
        private final String name;
        private final String kind;

        public Refused(String name, String kind) {
            super(name + " (" + kind + ")");
            this.name = name;
            this.kind = kind;
        }

        public String name() {
            return name;
        }

        public String kind() {
            return kind;
        }
    }

    /** A link on the way to a configured folder: the folder is not read, the source fails by its onFailure. */
    public static final class LinkOnPath extends IOException {
        private final Path link;
        private final Path target;
        private final Path real;

        LinkOnPath(Path link, Path target, Path real) {
            super(link + " -> " + target);
            this.link = link;
            this.target = target;
            this.real = real;
        }

        /** The link, as found on the path. */
        public Path link() {
            return link;
        }

        /** Where the link leads (its real path, or its target when that does not exist). */
        public Path target() {
            return target;
        }

        /** The configured folder's real path: what sources.yaml should say instead. */
        public Path real() {
            return real;
        }
    }

    /**
     * Refuses a symbolic link anywhere on the way to a configured {@code folder} (issue 16, finding 5): every
     * component is looked at without following links, except the config folder and its parents (the operator's
     * installation) and the file system's root. A component that does not exist ends the check: the reading then
     * says the folder is missing. Throws {@link LinkOnPath} naming the first link and the real path to write.
     */
    public static void checkPath(Path configDir, Path folder) throws IOException {
        Path config = configDir.toAbsolutePath().normalize();
        Path target = folder.toAbsolutePath().normalize();
        Path root = target.getRoot();
        for (int i = 1; i <= target.getNameCount(); i++) {
            Path p = root == null ? target.subpath(0, i) : root.resolve(target.subpath(0, i));
            if (config.startsWith(p)) {
                continue; // the config folder or one of its parents
            }
            BasicFileAttributes a;
            try {
                a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException gone) {
                return;
            }
            if (a.isSymbolicLink()) {
                Path leads;
                try {
                    leads = p.toRealPath();
                } catch (IOException dangling) {
                    leads = p.getParent().resolve(Files.readSymbolicLink(p)).normalize();
                }
                throw new LinkOnPath(p, leads, leads.resolve(p.relativize(target)).normalize());
            }
        }
    }

    /** What the run says of a {@link LinkOnPath}: the folder as configured, the link, where it leads, what to write. */
    public static String linkReason(org.vitrine.messages.Messages messages, Path configDir, String configured, LinkOnPath link) {
        Path config = configDir.toAbsolutePath().normalize();
        Path shown = link.link().startsWith(config) ? config.relativize(link.link()) : link.link();
        return messages.get("source.link_on_path", configured, shown, link.target(), link.real());
    }

    /** The number of names of a regular file (1 where the file system cannot say). */
    static int links(Path p) throws IOException {
        try {
            Object n = Files.getAttribute(p, "unix:nlink", LinkOption.NOFOLLOW_LINKS);
            return n instanceof Integer i ? i : 1;
        } catch (UnsupportedOperationException | IllegalArgumentException notUnix) {
            return 1;
        } catch (NoSuchFileException gone) {
            return 1; // gone: its copy will say so
        }
    }

    /** {@link #stage(List, Path)} of a listing, each file checked against its identity when listed. */
    public static List<Path> stage(Listing listing, Path staging) throws IOException {
        return stage(listing.files(), listing.keys(), staging);
    }

    /**
     * Copies {@code files} (of {@code folder}) into {@code staging}, which must not exist yet, and returns
     * the copies in the same order. A file that is gone, replaced by a link, or whose size or date
     * changed during its copy throws {@link Changed}.
     */
    public static List<Path> stage(List<Path> files, Path staging) throws IOException {
        return stage(files, java.util.Map.of(), staging);
    }

    private static List<Path> stage(List<Path> files, java.util.Map<Path, Object> keys, Path staging) throws IOException {
        org.vitrine.context.StopSignal.check();
        try {
            Files.createDirectories(staging.getParent());
            Files.createDirectory(staging);
        } catch (IOException e) {
            throw new StagingFailed(e);
        }
        List<Path> copies = new ArrayList<>(files.size());
        for (Path f : files) {
            org.vitrine.context.StopSignal.check();
            String name = f.getFileName().toString();
            Path copy = staging.resolve(name);
            try {
                BasicFileAttributes before = Files.readAttributes(f, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                Object listed = keys.get(f);
                // Another file moved in under the listed name (same size and date or not), a link, a FIFO
                // or a second name made since the listing: not the file listed.
                if (!before.isRegularFile() || listed != null && !listed.equals(before.fileKey()) || links(f) > 1) {
                    throw new Changed(name);
                }
                // O_NOFOLLOW: a file swapped for a link after this look fails to open instead of being followed.
                try (var in = Files.newInputStream(f, LinkOption.NOFOLLOW_LINKS)) {
                    copy(in, copy);
                }
                try {
                    Files.setLastModifiedTime(copy, before.lastModifiedTime());
                } catch (IOException e) {
                    throw new StagingFailed(e);
                }
                BasicFileAttributes after = Files.readAttributes(f, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                BasicFileAttributes copied = Files.readAttributes(copy, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (!after.isRegularFile() || !java.util.Objects.equals(before.fileKey(), after.fileKey())
                        || before.size() != after.size() || !before.lastModifiedTime().equals(after.lastModifiedTime())
                        || copied.size() != before.size()) {
                    throw new Changed(name);
                }
            } catch (NoSuchFileException e) {
                throw new Changed(name);
            } catch (java.nio.file.FileSystemException e) {
                if (e.getMessage() != null && e.getMessage().contains("symbolic link")) {
                    throw new Changed(name); // ELOOP: became a link between the look and the open
                }
                throw e;
            }
            copies.add(copy);
        }
        return copies;
    }

    /** Copies {@code in} to a new file, telling a failed write (the disk under out/) from a failed read. */
    private static void copy(java.io.InputStream in, Path target) throws IOException {
        java.io.OutputStream out;
        try {
            out = Files.newOutputStream(target, java.nio.file.StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            throw new StagingFailed(e);
        }
        try {
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                try {
                    out.write(buffer, 0, n);
                } catch (IOException e) {
                    throw new StagingFailed(e);
                }
            }
        } finally {
            try {
                out.close();
            } catch (IOException e) {
                throw new StagingFailed(e);
            }
        }
    }

    /** Lock and temporary files that office programs leave beside a workbook: not data. */
    static boolean isOfficeClutter(String name) {
        return name.startsWith(".") || name.startsWith("~$") || name.endsWith("#") || name.endsWith(".tmp")
                || name.equalsIgnoreCase("README.md") || name.equalsIgnoreCase("Thumbs.db");
    }
}
