package org.vitrine.publish.catalogue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.vitrine.context.Parallel;

/**
 * A {@code .gz} copy beside each text file of the catalogue worth compressing, for web servers that send a
 * precompressed file as it is (nginx {@code gzip_static}, Apache {@code mod_rewrite} rules, most CDNs): the
 * search index of a 20,000-need forecast goes over a phone link in a fifth of the bytes, with no work on the
 * server. Gzip headers carry no time nor name (the JDK writes none), so the copies are as reproducible as
 * the files. No Brotli: the Java encoders are native-library wrappers, not shipped for every platform the
 * tool runs on.
 */
public final class Precompressed {

    /** Below this size a compressed copy saves less than a network round trip. */
    static final long MIN_BYTES = 1024;

    private static final Set<String> TEXT = Set.of("html", "js", "css", "json", "csv", "xml", "ics", "svg", "txt");

    private Precompressed() {
    }

    /**
     * Writes {@code f.gz} for every text file of at least {@link #MIN_BYTES} under dir (not under dir/en: its own
     * catalogue does), except the needs' own pages and reminders: a few kilobytes each, they would save a phone
     * about 30 ms apiece, and at 20,000 needs their 40,000 copies took longer to write than the rest of the
     * catalogue on this project's disks (docs/BENCHMARKS.md). A server compressing on the fly still compresses them.
     */
    public static void writeAll(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).filter(Precompressed::worth).sorted().toList();
        }
        Path english = dir.resolve("en");
        Path needs = dir.resolve("needs");
        List<Parallel.Job> jobs = new ArrayList<>();
        List<Path> batch = new ArrayList<>();
        for (Path f : files) {
            if (f.startsWith(english) && Files.isDirectory(english) || f.startsWith(needs)) {
                continue;
            }
            batch.add(f);
            if (batch.size() == 256) {
                jobs.add(job(List.copyOf(batch)));
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            jobs.add(job(List.copyOf(batch)));
        }
        Parallel.run(jobs);
    }

    private static Parallel.Job job(List<Path> files) {
        return () -> {
            for (Path f : files) {
                write(f);
            }
        };
    }

    static boolean worth(Path f) {
        String name = f.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot < 0 || !TEXT.contains(name.substring(dot + 1))) {
            return false;
        }
        try {
            return Files.size(f) >= MIN_BYTES;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * f.gz beside f: at the JDK's default level (6) for pages, where level 9 saves 1–2 % for about three times
     * the CPU; at level 9 for the few large files (the search index: 3 % fewer bytes on a phone link).
     */
    public static void write(Path f) throws IOException {
        byte[] bytes = Files.readAllBytes(f);
        int level = bytes.length >= LARGE ? java.util.zip.Deflater.BEST_COMPRESSION : java.util.zip.Deflater.DEFAULT_COMPRESSION;
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f.resolveSibling(f.getFileName() + ".gz")), 1 << 16) {
            {
                def.setLevel(level);
            }
        }) {
            out.write(bytes);
        }
    }

    /** From this size a file gets the best compression. */
    static final int LARGE = 256 * 1024;
}
