package org.vitrine.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.messages.Messages;
import org.vitrine.text.TokenEcho;

/**
 * Attacker Y3 (F6, issue 16): a spreadsheet named with a REST source's token (« Zq7Rt3Kp9Lm2Xv8Wn4Bc6Hd.csv ») was
 * read, and its name written in the buyer's feedback file, internal/needs.json, the run report, the risks page and the
 * manifest. A file or an entry whose name holds a configured secret is not read, not copied, and never named: the
 * warning names the source only.
 */
class SecretFileNamesTest {

    static final String TOKEN = "Zq7Rt3Kp9Lm2Xv8Wn4Bc6Hd";

    @TempDir
    Path folder;

    @Test
    void aFileNamedWithTheTokenIsNeitherReadNorNamed() throws Exception {
        Files.writeString(folder.resolve(TOKEN + ".csv"), "Acheteur;Objet\nVille;Travaux\n");
        Files.writeString(folder.resolve("budget-" + TOKEN.toLowerCase() + ".xlsx"), "x");
        Files.writeString(folder.resolve("ville.csv"), "Acheteur;Objet\nVille;Travaux\n");
        Files.createDirectory(folder.resolve("copie " + TOKEN));
        SourceFolder.Listing listing = SourceFolder.list(folder)
                .withoutNamesHolding(TokenEcho.Many.of(List.of(TokenEcho.of(TOKEN))));
        assertEquals(List.of(folder.resolve("ville.csv")), listing.files());
        assertEquals(3, listing.skipped().stream().filter(s -> s.kind().equals("secret")).count(), listing.skipped().toString());
        for (SourceFolder.Skipped s : listing.skipped()) {
            assertFalse(s.name().toLowerCase().contains(TOKEN.toLowerCase().substring(0, 8)), s.name());
        }
        assertFalse(listing.keys().keySet().stream().anyMatch(p -> p.toString().contains(TOKEN)));
        String warning = Messages.of("fr").get("source.skipped_secret", "ville");
        assertTrue(warning.contains("ville") && warning.contains("jeton"), warning);
        assertTrue(Messages.of("en").get("source.skipped_secret", "ville").contains("token"));
    }

    @Test
    void withoutASecretTheListingIsUnchanged() throws Exception {
        Files.writeString(folder.resolve("ville.csv"), "Acheteur;Objet\nVille;Travaux\n");
        SourceFolder.Listing listing = SourceFolder.list(folder);
        assertEquals(listing, listing.withoutNamesHolding(TokenEcho.Many.of(List.of())));
        assertEquals(listing.files(), listing.withoutNamesHolding(TokenEcho.Many.of(List.of(TokenEcho.of(TOKEN)))).files());
    }
}
