package org.vitrine.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.ingest.SourceFolder;
import org.vitrine.context.EditionWriter;
import org.vitrine.cli.TestConfig;

/**
 * A spreadsheets folder read as an attacker or a busy share would have it (issue 16, items 3, 5 and 6):
 * only regular files inside the folder are read (links, FIFOs and sub-folders are named in the report),
 * nothing outside ever reaches public files, snapshots or rejects; the files are copied when listed, so
 * a folder emptied during the run gives the whole edition or none; and a missing folder follows the
 * source's onFailure policy.
 */
class SourceFolderSafetyTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String HEADER = "Acheteur;Objet;Code CPV;Montant estimé;Date prévisionnelle de lancement\n";

    @TempDir
    Path tmp;

    static String row(String title) {
        return "chu-beaumont;" + title + ";30213100-6;15000;mai 2027\n";
    }

    static String everything(Path dir) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(f -> Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)).toList()) {
                all.append(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).append('\n');
            }
        }
        return all.toString();
    }

    static void mkfifo(Path p) throws Exception {
        Process mk = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
        assertEquals(0, mk.waitFor());
    }

    @Test
    void readsOnlyRegularFilesPlacedInTheFolderAndNamesTheOthers() throws Exception {
        Path sheets = Files.createDirectories(tmp.resolve("sheets"));
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(sheets.resolve("chu-beaumont.csv"), HEADER + row("Postes de travail du service"));
        Files.writeString(outside.resolve("secret.csv"), HEADER + row("Besoin caché hors du dossier"));
        Files.createSymbolicLink(sheets.resolve("lien.csv"), outside.resolve("secret.csv"));
        Files.createSymbolicLink(sheets.resolve("passwd.csv"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(sheets.resolve("tout"), outside);
        Files.createDirectories(sheets.resolve("archives"));
        Files.writeString(sheets.resolve("archives/vieux.csv"), HEADER + row("Besoin archivé"));
        mkfifo(sheets.resolve("tube.csv"));
        Files.createLink(sheets.resolve("physique.csv"), outside.resolve("secret.csv")); // a hard link: the outside file itself
        Path config = CorpusRun.config(tmp, sheets, false);
        Path out = tmp.resolve("out");

        CorpusRun.Result r = CorpusRun.run(config, out, Map.of(), 120);
        assertEquals(0, r.exit(), r.output());
        JsonNode needs = JSON.readTree(out.resolve("2027/public/data/needs.json").toFile()).get("needs");
        assertEquals(1, needs.size(), needs.toString());
        assertEquals("Postes de travail du service", needs.get(0).get("title").asText());
        String written = everything(out);
        assertFalse(written.contains("Besoin caché hors du dossier"), "never published, kept or quoted");
        assertFalse(written.contains("Besoin archivé"));
        assertFalse(written.contains("root:x:0:0") || written.contains("root:*:"), "no line of /etc/passwd anywhere in out/");
        String warnings = JSON.readTree(out.resolve("2027/internal/run-report.json").toFile()).get("warnings").toString();
        for (String name : List.of("lien.csv", "passwd.csv", "tout", "archives", "tube.csv", "physique.csv")) {
            assertTrue(warnings.contains(name), name + " is named in the run report: " + warnings);
        }
        try (Stream<Path> snap = Files.list(out.resolve("2027/state/snapshots/tableurs"))) {
            assertEquals(List.of("chu-beaumont.csv"), snap.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void aFileThatVanishesOrBecomesALinkWhileListedIsAChangedSource() throws Exception {
        Path sheets = Files.createDirectories(tmp.resolve("sheets"));
        Path a = Files.writeString(sheets.resolve("a.csv"), HEADER);
        Path b = Files.writeString(sheets.resolve("b.csv"), HEADER);
        SourceFolder.Listing listing = SourceFolder.list(sheets);
        Files.delete(b);
        SourceFolder.Changed gone = assertThrows(SourceFolder.Changed.class, () -> SourceFolder.stage(listing.files(), tmp.resolve("s1")));
        assertEquals("b.csv", gone.name());

        Files.delete(a);
        Files.createSymbolicLink(a, Path.of("/etc/passwd"));
        Files.writeString(b, HEADER);
        SourceFolder.Changed linked = assertThrows(SourceFolder.Changed.class, () -> SourceFolder.stage(listing.files(), tmp.resolve("s2")));
        assertEquals("a.csv", linked.name());
        assertFalse(everything(tmp.resolve("s2")).contains("root:"), "the link was copied as a link, never read");
    }

    @Test
    void aHardLinkIsNotReadAndNamed() throws Exception {
        Path sheets = Files.createDirectories(tmp.resolve("sheets"));
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Path own = Files.writeString(sheets.resolve("chu-beaumont.csv"), HEADER + row("Postes"));
        Files.writeString(outside.resolve("secret.csv"), HEADER + row("Besoin caché hors du dossier"));
        Files.createLink(sheets.resolve("physique.csv"), outside.resolve("secret.csv"));
        SourceFolder.Listing listing = SourceFolder.list(sheets);
        assertEquals(List.of(own), listing.files());
        assertEquals(List.of(new SourceFolder.Skipped("physique.csv", "hardlink")), listing.skipped());
    }

    @Test
    void aFileSwappedForAnotherOfTheSameSizeAndDateOrHardLinkedSinceTheListingIsAChangedSource() throws Exception {
        Path sheets = Files.createDirectories(tmp.resolve("sheets"));
        Path a = Files.writeString(sheets.resolve("a.csv"), HEADER + row("Postes de travail AAAA"));
        Path b = Files.writeString(sheets.resolve("b.csv"), HEADER + row("Postes de travail BBBB"));
        SourceFolder.Listing listing = SourceFolder.list(sheets);
        Path other = Files.writeString(tmp.resolve("autre.csv"), HEADER + row("Postes de travail ZZZZ"));
        Files.setLastModifiedTime(other, Files.getLastModifiedTime(a));
        Files.move(other, a, java.nio.file.StandardCopyOption.REPLACE_EXISTING); // same name, size and date: another file
        SourceFolder.Changed swapped = assertThrows(SourceFolder.Changed.class, () -> SourceFolder.stage(listing, tmp.resolve("s1")));
        assertEquals("a.csv", swapped.name());

        SourceFolder.Listing again = SourceFolder.list(sheets);
        Files.createLink(tmp.resolve("ailleurs.csv"), b); // b now has a second name outside
        SourceFolder.Changed linked = assertThrows(SourceFolder.Changed.class, () -> SourceFolder.stage(again, tmp.resolve("s2")));
        assertEquals("b.csv", linked.name());
    }

    /** {@code n} buyer files of one need each, for a run long enough to be interrupted. */
    static Path manyFiles(Path dir, int n) throws IOException {
        Files.createDirectories(dir);
        for (int i = 0; i < n; i++) {
            Files.writeString(dir.resolve(String.format("envoi-%03d.csv", i)), HEADER + row("Postes informatiques, envoi " + i));
        }
        return dir;
    }

    @Test
    void aFolderEmptiedDuringTheRunGivesTheWholeEditionOrNone() throws Exception {
        Path sheets = manyFiles(tmp.resolve("sheets"), 5);
        Path config = CorpusRun.config(tmp, sheets, false);
        Path out = tmp.resolve("out");
        assertEquals(0, CorpusRun.run(config, out, Map.of(), 120).exit(), "first edition");
        String first = Files.readSymbolicLink(out.resolve("2027/current")).getFileName().toString();

        int n = 400;
        EditionWriter.deleteTree(sheets);
        manyFiles(sheets, n);
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), CorpusRun.HEAP,
                "-cp", System.getProperty("java.class.path"), "org.vitrine.cli.VitrineCli", "run", "--config", config.toString(),
                "--out", out.toString(), "--date", "2026-11-27");
        Path log = tmp.resolve("run.log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Path fetch = out.resolve("2027/state/fetch");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.isDirectory(fetch) && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        EditionWriter.deleteTree(sheets); // the share goes away while the run copies or reads the files
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        String output = Files.readString(log);
        String current = Files.readSymbolicLink(out.resolve("2027/current")).getFileName().toString();
        int published = JSON.readTree(out.resolve("2027/public/data/needs.json").toFile()).get("needs").size();
        if (current.equals(first)) {
            assertEquals(3, p.exitValue(), output);
            assertEquals(5, published, "the previous edition is untouched");
            assertTrue(output.contains("L’édition précédente reste en ligne (" + first + ")"), output);
        } else {
            assertTrue(p.exitValue() <= 1, output);
            assertEquals(n, published, "copied before the folder went: every need, not a part");
            assertFalse(output.contains("reste en ligne"), output);
        }
    }

    @Test
    void aMissingFolderFollowsTheSourcePolicy() throws Exception {
        Path sheets = manyFiles(tmp.resolve("sheets"), 2);
        Path config = CorpusRun.config(tmp, sheets, false);
        Path out = tmp.resolve("out");
        assertEquals(0, CorpusRun.run(config, out, Map.of(), 120).exit());
        EditionWriter.deleteTree(sheets);

        CorpusRun.Result abort = CorpusRun.run(config, out, Map.of(), 120);
        assertEquals(3, abort.exit(), abort.output());
        assertTrue(abort.output().contains("n’existe pas ou plus"), abort.output());

        TestConfig.in(tmp).source(TestConfig.Source.spreadsheets("tableurs", sheets).onFailure("keep-last-good")).write();
        CorpusRun.Result degraded = CorpusRun.run(config, out, Map.of(), 120);
        assertEquals(4, degraded.exit(), degraded.output());
        JsonNode doc = JSON.readTree(out.resolve("2027/public/data/needs.json").toFile());
        assertEquals(2, doc.get("needs").size());
        assertTrue(doc.at("/edition/sources/0/fromSnapshot").asBoolean());
    }
    /**
     * Issue 16, finding 5: a link anywhere on the way to the folder, an earlier component (« lnk/sheets ») or the last
     * one, is not followed; the source fails by its onFailure (as a missing folder does), the message naming the link and
     * the real path to write; the unit rule refuses the same paths and passes the config folder's own parents.
     */
    @Test
    void aLinkOnTheWayToTheFolderIsRefusedWithTheRealPath() throws Exception {
        Path real = Files.createDirectories(tmp.resolve("ailleurs/sheets"));
        Files.writeString(real.resolve("chu-beaumont.csv"), HEADER + row("Besoin lu par un lien"));
        Path config = CorpusRun.config(tmp, real, false);
        Path lnk = Files.createSymbolicLink(config.resolve("lnk"), tmp.resolve("ailleurs"));
        Path last = Files.createSymbolicLink(config.resolve("tableurs"), real);
        Path out = tmp.resolve("out");

        for (String folder : List.of("lnk/sheets", "tableurs")) {
            TestConfig.in(tmp).source(TestConfig.Source.spreadsheets("tableurs", real).with("folder", folder)).write();
            CorpusRun.Result r = CorpusRun.run(config, out, Map.of(), 120);
            assertEquals(3, r.exit(), r.output());
            Path link = folder.startsWith("lnk") ? lnk : last;
            assertTrue(r.output().contains("passe par un lien (" + config.relativize(link) + " → " + link.toRealPath() + ")"), r.output());
            assertTrue(r.output().contains("indiquez le chemin réel " + real.toRealPath() + " dans sources.yaml"), r.output());
            assertFalse(everything(out).contains("Besoin lu par un lien"), "nothing read through the link");
        }

        // the config folder's own parents are the operator's: a link there is not refused
        Path installed = Files.createSymbolicLink(tmp.resolve("installed"), tmp);
        Files.createDirectories(config.resolve("sheets"));
        SourceFolder.checkPath(installed.resolve("config"), installed.resolve("config/sheets"));
        SourceFolder.LinkOnPath refused = assertThrows(SourceFolder.LinkOnPath.class,
                () -> SourceFolder.checkPath(config, installed.resolve("ailleurs/sheets")));
        assertEquals(installed, refused.link());
        assertEquals(real.toRealPath(), refused.real());
    }
}
