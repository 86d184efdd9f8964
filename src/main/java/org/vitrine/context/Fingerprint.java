package org.vitrine.context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.vitrine.config.Config;

/**
 * A SHA-256 over everything an edition depends on: configuration, input files (names and content),
 * templates, routes, year, date, language and tool version. Same fingerprint: same edition. Each
 * input file is read once; its own checksum goes to the edition's manifest.
 */
public final class Fingerprint {

    /** The edition's fingerprint, and each input file ("source/name") with its SHA-256. */
    public record Result(String hash, Map<String, String> inputs) {
    }

    private Fingerprint() {
    }

    /** {@code inputs}: each source's folder as read in this run (files, fetched pages or a snapshot). */
    public static Result of(Config config, Map<String, Path> inputs, Path templates, Path routes, int year,
            LocalDate date, String lang) {
        try {
            MessageDigest md = digest();
            Map<String, String> files = new TreeMap<>();
            text(md, "vitrine " + Version.get() + " year " + year + " date " + date + " lang " + lang);
            tree(md, config.dir(), "config", null);
            for (var e : new TreeMap<>(inputs).entrySet()) {
                tree(md, e.getValue(), "source " + e.getKey(), files);
            }
            tree(md, templates, "templates", null);
            tree(md, routes, "routes", null);
            return new Result(HexFormat.of().formatHex(md.digest()), files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds each file's name and checksum to {@code md}; records the checksums in {@code out} when given. */
    private static void tree(MessageDigest md, Path dir, String label, Map<String, String> out) throws IOException {
        text(md, label);
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile).forEach(files::add);
        }
        files.sort(null);
        for (Path f : files) {
            String name = dir.relativize(f).toString().replace('\\', '/');
            String sum = sha256(f);
            text(md, name);
            text(md, sum);
            if (out != null) {
                out.put(label.substring("source ".length()) + "/" + name, sum);
            }
        }
    }

    private static String sha256(Path f) throws IOException {
        MessageDigest md = digest();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(f)) {
            for (int n; (n = in.read(buffer)) >= 0;) {
                md.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void text(MessageDigest md, String s) {
        md.update(s.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
    }
}
