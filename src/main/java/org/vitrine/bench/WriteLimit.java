package org.vitrine.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.vitrine.publish.EditionWriter;

/**
 * The physical limit for writing the catalogue: the same number of files of the same sizes, written
 * to the same disk with plain buffered streams and no templating. The catalogue can only approach it.
 */
public final class WriteLimit {

    /** Seconds to write, and the bytes and files written. */
    public record Result(double seconds, long bytes, long files) {
    }

    private WriteLimit() {
    }

    public static Result measure(Path catalogue, Path scratch) throws IOException {
        List<Long> sizes = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(catalogue)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(".html") || name.endsWith(".css") || name.endsWith(".js")) {
                    sizes.add(Files.size(p));
                }
            }
        }
        byte[] block = new byte[64 * 1024];
        java.util.Arrays.fill(block, (byte) 'x');
        Files.createDirectories(scratch);
        long bytes = 0;
        long start = System.nanoTime();
        for (int i = 0; i < sizes.size(); i++) {
            Path dir = scratch.resolve(String.valueOf(i % 64));
            Files.createDirectories(dir);
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(dir.resolve(i + ".html")))) {
                long left = sizes.get(i);
                while (left > 0) {
                    int n = (int) Math.min(block.length, left);
                    out.write(block, 0, n);
                    left -= n;
                }
            }
            bytes += sizes.get(i);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        EditionWriter.deleteTree(scratch);
        return new Result(seconds, bytes, sizes.size());
    }
}
