package org.vitrine.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.vitrine.context.EditionWriter;

/**
 * The physical limit for writing the catalogue: every file the catalogue stage wrote (pages, one
 * reminder per need, feeds, calendar, OCDS, assets), with the same sizes, at the same relative paths
 * (so the same folders of tens of thousands of entries), on the same disk, with plain buffered
 * streams and no templating. The catalogue can only approach it. The data exports (their own
 * stage) and the brochure are not counted.
 */
public final class WriteLimit {

    /** Seconds to write, and the bytes and files written. */
    public record Result(double seconds, double cpuSeconds, long bytes, long files) {
    }

    /** Written by other stages: the exports stage and the brochure. */
    private static final Set<String> OTHER_STAGES = Set.of("data/needs.csv", "data/needs.json");

    private WriteLimit() {
    }

    public static Result measure(Path catalogue, Path scratch) throws IOException {
        List<Path> files = new ArrayList<>();
        List<Long> sizes = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(catalogue)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String rel = catalogue.relativize(p).toString().replace('\\', '/');
                if (OTHER_STAGES.contains(rel) || rel.endsWith(".pdf")) {
                    continue;
                }
                files.add(Path.of(rel));
                sizes.add(Files.size(p));
            }
        }
        byte[] block = new byte[64 * 1024];
        java.util.Arrays.fill(block, (byte) 'x');
        Files.createDirectories(scratch);
        long bytes = 0;
        long start = System.nanoTime();
        long cpu = org.vitrine.context.CpuClock.now(); // one thread: its CPU is the system calls' and the copy's
        for (int i = 0; i < files.size(); i++) {
            Path target = scratch.resolve(files.get(i).toString());
            Path dir = target.getParent();
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir);
            }
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(target), block.length)) {
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
        double cpuSeconds = (org.vitrine.context.CpuClock.now() - cpu) / 1e9;
        EditionWriter.deleteTree(scratch);
        return new Result(seconds, cpuSeconds, bytes, files.size());
    }
}
