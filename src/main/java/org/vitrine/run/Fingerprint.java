package org.vitrine.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.vitrine.config.Config;
import org.vitrine.config.SourceConfig;
import org.vitrine.publish.Version;

/**
 * A SHA-256 over everything an edition depends on: configuration, input files (names and bytes),
 * templates, routes, year, date, language and tool version. Same fingerprint: same edition.
 */
public final class Fingerprint {

    private Fingerprint() {
    }

    /** {@code inputs}: each source's folder as read in this run (files, fetched pages or a snapshot). */
    public static String of(Config config, java.util.Map<String, Path> inputs, Path templates,
            Path routes, int year, LocalDate date, String lang) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            text(md, "vitrine " + Version.get() + " year " + year + " date " + date + " lang " + lang);
            tree(md, config.dir(), "config");
            for (var e : new java.util.TreeMap<>(inputs).entrySet()) {
                tree(md, e.getValue(), "source " + e.getKey());
            }
            tree(md, templates, "templates");
            tree(md, routes, "routes");
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each input file with its SHA-256, for the edition's manifest. */
    public static java.util.Map<String, String> files(java.util.Map<String, Path> inputs) {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        try {
            for (var e : new java.util.TreeMap<>(inputs).entrySet()) {
                Path dir = e.getValue();
                List<Path> files = new ArrayList<>();
                try (Stream<Path> walk = Files.walk(dir)) {
                    walk.filter(Files::isRegularFile).forEach(files::add);
                }
                for (Path f : files) {
                    MessageDigest md = MessageDigest.getInstance("SHA-256");
                    try (InputStream in = new DigestInputStream(Files.newInputStream(f), md)) {
                        in.transferTo(java.io.OutputStream.nullOutputStream());
                    }
                    out.put(e.getKey() + "/" + dir.relativize(f).toString().replace('\\', '/'), HexFormat.of().formatHex(md.digest()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private static void tree(MessageDigest md, Path dir, String label) throws IOException {
        text(md, label);
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile).forEach(files::add);
        }
        files.sort(null);
        byte[] buffer = new byte[1 << 16];
        for (Path f : files) {
            text(md, dir.relativize(f).toString().replace('\\', '/'));
            try (InputStream in = new DigestInputStream(Files.newInputStream(f), md)) {
                while (in.read(buffer) >= 0) {
                    // the digest reads as we go
                }
            }
        }
    }

    private static void text(MessageDigest md, String s) {
        md.update(s.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
    }
}
