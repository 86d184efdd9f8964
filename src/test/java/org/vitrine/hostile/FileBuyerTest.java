package org.vitrine.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22 (officer4): the buyer of a file without a buyer column comes from its name's prefix or its title
 * row; when nothing names it, the file gets one line saying so, not one « l'acheteur » line per row.
 */
class FileBuyerTest {

    @TempDir
    Path dir;

    /** The rows of InputFiles without their Acheteur column, under an optional title line. */
    private Path file(String name, String title) throws Exception {
        StringBuilder b = new StringBuilder();
        if (title != null) {
            b.append(title).append("\r\n\r\n");
        }
        b.append(String.join(";", Arrays.copyOfRange(InputFiles.HEADERS, 1, InputFiles.HEADERS.length))).append("\r\n");
        for (int r = 1; r <= 3; r++) {
            String[] v = InputFiles.row("R-" + r, "Entretien des espaces verts, secteur " + r, "");
            b.append(String.join(";", Arrays.copyOfRange(v, 1, v.length))).append("\r\n");
        }
        Path f = dir.resolve(name);
        Files.writeString(f, b, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void aFileNameStartingWithABuyerIdNamesTheBuyer() throws Exception {
        InputFiles.Read r = InputFiles.read(file("ville-beaumont-sur-saone_espaces-verts-2027.csv", null));
        assertEquals(3, r.needs().size(), r.rejects() + " " + r.fileLines());
        assertTrue(r.needs().stream().allMatch(n -> n.buyer().id().equals("ville-beaumont-sur-saone")));
        assertTrue(r.rejects().isEmpty() && r.fileLines().isEmpty(), r.rejects() + " " + r.fileLines());
    }

    @Test
    void aPrefixMustEndAtAHyphenOrUnderscore() throws Exception {
        InputFiles.Read r = InputFiles.read(file("chu-beaumontois-2027.csv", null));
        assertEquals(0, r.needs().size(), "chu-beaumontois is not chu-beaumont");
    }

    @Test
    void aTitleRowAboveTheHeadersNamesTheBuyer() throws Exception {
        InputFiles.Read r = InputFiles.read(file("plan-2027.csv",
                "Centre hospitalier universitaire de Beaumont-sur-Saône — Plan d'équipement 2027"));
        assertEquals(3, r.needs().size(), r.rejects() + " " + r.fileLines());
        assertTrue(r.needs().stream().allMatch(n -> n.buyer().id().equals("chu-beaumont")));
    }

    @Test
    void aFileThatNamesNoBuyerGetsOneLineForTheFile() throws Exception {
        InputFiles.Read r = InputFiles.read(file("plan-2027.csv", "Plan d'équipement 2027"));
        assertEquals(0, r.needs().size());
        assertEquals(0, r.rejects().size(), "no line per row: " + r.rejects());
        assertEquals(1, r.fileLines().size(), r.fileLines().toString());
        String line = r.fileLines().get(0).reason() + " " + r.fileLines().get(0).fix();
        assertTrue(line.contains("Aucun acheteur pour ce fichier") && line.contains("-plan-2027.csv »"), line);
        assertEquals(3, r.run().report().counts("t", "plan-2027.csv").rowsRead);
    }
}
