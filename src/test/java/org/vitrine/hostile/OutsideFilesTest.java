package org.vitrine.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.config.SourceConfig;
import org.vitrine.ingest.SourceFolder;
import org.vitrine.ingest.awards.AwardSource;
import org.vitrine.ingest.rest.JdkHttp;
import org.vitrine.ingest.rest.RestFetcher;
import org.vitrine.ingest.rest.SourceFailure;
import org.vitrine.messages.Messages;

/**
 * Files outside a source's folder (outside attacker A, failure 5): the awards folder and a REST {@code file:} export
 * follow the spreadsheets' rule, SourceFolder's: a symbolic link or a hard link is not read, and is named.
 */
class OutsideFilesTest {

    @TempDir
    Path tmp;

    static String decp(String id) {
        return "{\"marches\":[{\"id\":\"" + id + "\",\"acheteur\":{\"id\":\"21710001200010\"},\"objet\":\"Nettoyage\","
                + "\"codeCPV\":\"90919200-4\",\"nature\":\"Marché\",\"procedure\":\"Appel d'offres ouvert\","
                + "\"dateNotification\":\"2024-03-01\",\"dureeMois\":36,\"montant\":120000,"
                + "\"titulaires\":[{\"id\":\"12345678900011\",\"denominationSociale\":\"Propre SA\"}]}]}";
    }

    @Test
    void anAwardsFolderReadsNeitherASymbolicNorAHardLinkAndNamesThem() throws Exception {
        Path awards = Files.createDirectories(tmp.resolve("awards"));
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(awards.resolve("decp.json"), decp("OWN-1"));
        Files.writeString(outside.resolve("sym.json"), decp("QZXAWLINKID"));
        Files.writeString(outside.resolve("hard.json"), decp("QZXAWHARDID"));
        Files.createSymbolicLink(awards.resolve("z-link.json"), outside.resolve("sym.json"));
        Files.createLink(awards.resolve("z-hard.json"), outside.resolve("hard.json"));

        AwardSource.Result r = AwardSource.read(awards, Set.of("21710001200010"));
        assertEquals(List.of("OWN-1"), r.awards().stream().map(a -> a.id()).toList());
        assertEquals(1, r.records());
        assertEquals(List.of(new SourceFolder.Skipped("z-hard.json", "hardlink"), new SourceFolder.Skipped("z-link.json", "link")),
                r.notRead());
    }

    @Test
    void aConfiguredAwardsFileThatIsALinkIsRefused() throws Exception {
        Path outside = Files.writeString(tmp.resolve("outside.json"), decp("QZXAWLINKID"));
        Path link = Files.createSymbolicLink(tmp.resolve("decp.json"), outside);
        SourceFolder.Refused refused = assertThrows(SourceFolder.Refused.class, () -> AwardSource.read(link, Set.of()));
        assertEquals("link", refused.kind());
    }

    static SourceConfig fileSource(String url) {
        return new SourceConfig("si", "rest", null, "abort", url, "chu-beaumont", null, null, "/items", "/id",
                Map.of("title", "/t"), 1, 0, 1, null, null);
    }

    @Test
    void aRestFileExportThatIsASymbolicOrHardLinkIsNotRead() throws Exception {
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("api-outside.json"), "{\"items\":[{\"id\":\"1\",\"t\":\"QZXRESTLINK\"}]}");
        Path config = Files.createDirectories(tmp.resolve("config"));
        Files.createSymbolicLink(config.resolve("export.json"), outside.resolve("api-outside.json"));
        Files.createLink(config.resolve("hard.json"), outside.resolve("api-outside.json"));
        RestFetcher fetcher = new RestFetcher(new JdkHttp(1 << 20), Map.of(), config, 1 << 20);
        for (String name : List.of("export.json", "hard.json")) {
            Path pages = tmp.resolve("pages-" + name);
            SourceFailure f = assertThrows(SourceFailure.class, () -> fetcher.fetch(fileSource("file:" + name), pages));
            String said = Messages.of("fr").get(f.key(), f.args());
            assertTrue(said.contains(name) && said.contains("copie du fichier"), said);
            try (var written = Files.list(pages)) {
                assertFalse(written.findAny().isPresent(), "nothing of the outside file kept");
            }
        }
        Files.writeString(config.resolve("own.json"), "{\"items\":[{\"id\":\"1\",\"t\":\"Postes\"}]}");
        assertEquals(1, fetcher.fetch(fileSource("file:own.json"), tmp.resolve("own")));
    }
}
