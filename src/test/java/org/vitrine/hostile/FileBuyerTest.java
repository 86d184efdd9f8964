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
        assertTrue(line.contains("Aucun acheteur pour ce fichier") && line.contains("ajoutez une colonne « Acheteur »".substring(1))
                && line.contains("demandez à Région Exemple — Direction de la commande publique de vous inscrire dans config/buyers.yaml"), line);
        // never another buyer's id as an example (officer U: an EHPAD was told « par exemple chu-beaumont-… »)
        r.run().config().buyers().all().forEach(b -> assertTrue(!line.contains(b.id()), b.id() + " in " + line));
        assertEquals(3, r.run().report().counts("t", "plan-2027.csv").rowsRead);
    }

    /** Officer U: the refused file's line names the ignored column that may be the buyer, and how to be registered. */
    @Test
    void aRefusedFileNamesTheIgnoredColumnThatMayBeTheBuyer() throws Exception {
        Path plain = file("plan-2027.csv", "Plan d'équipement 2027");
        java.util.List<String> lines = new java.util.ArrayList<>(Files.readAllLines(plain, StandardCharsets.UTF_8));
        for (int i = 2; i < lines.size(); i++) {
            lines.set(i, (i == 2 ? "Pôle" : "Pôle logistique") + ";" + lines.get(i));
        }
        Files.write(plain, lines, StandardCharsets.UTF_8);
        InputFiles.Read r = InputFiles.read(plain);
        assertEquals(1, r.fileLines().size(), r.fileLines().toString());
        String fix = r.fileLines().get(0).fix();
        assertTrue(fix.startsWith("La colonne « Pôle » donne peut-être l’acheteur : renommez-la « Acheteur »"), fix);
        assertTrue(fix.contains("config/buyers.yaml"), fix);
    }
}
