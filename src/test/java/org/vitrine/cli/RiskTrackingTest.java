package org.vitrine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Staff record their work in the tracking file (risks.csv saved as config/suivi-risques.csv): an item marked écarté
 * leaves the report until its figures change, risks.csv keeps it with its status, owners and statuses come back.
 */
class RiskTrackingTest {

    @TempDir
    Path tmp;

    @Test
    void aDismissedItemStaysHiddenUntilItsFiguresChange() throws Exception {
        Path sheets = Files.createDirectories(tmp.resolve("sheets"));
        String header = "Référence;Objet;Code CPV;Montant estimé;Date prévisionnelle de lancement;Procédure;Nombre de lots;Fournisseurs identifiés\n";
        Files.writeString(sheets.resolve("ville-beaumont-sur-saone.csv"), header
                + "T-1;Impression du bulletin municipal;79810000-5;200 000;mars 2027;Appel d'offres ouvert;2;2\n");
        Path config = TestConfig.copy(tmp, sheets, false);
        Files.copy(Path.of("config/risks.yaml"), config.resolve("risks.yaml"));
        Path out = tmp.resolve("out");
        CliRunner.run("run", "--config", config.toString(), "--out", out.toString(), "--date", "2026-11-26");
        Path csv = out.resolve("2027/internal/risks.csv");
        List<CSVRecord> first = RiskExamplesTest.csv(csv);
        CSVRecord shortNotice = first.stream().filter(r -> r.get("Code").equals("SHORT_NOTICE")).findFirst().orElseThrow();
        String html = Files.readString(out.resolve("2027/internal/risks/ville-beaumont-sur-saone.html"));
        assertTrue(html.contains(shortNotice.get("Clé")));

        // Staff mark it écarté with a reason and save risks.csv as the tracking file.
        String edited = Files.readString(csv).replace(";;à faire;;" + shortNotice.get("Clé"),
                ";M. Durand;écarté;date du salon erronée;" + shortNotice.get("Clé"));
        Files.writeString(config.resolve("suivi-risques.csv"), edited);
        CliRunner.run("run", "--config", config.toString(), "--out", out.toString(), "--date", "2026-11-27");
        Path page = out.resolve("2027/internal/risks/ville-beaumont-sur-saone.html");
        assertFalse(Files.exists(page) && Files.readString(page).contains(shortNotice.get("Clé")), "hidden while its figures are the same");
        assertTrue(Files.readString(out.resolve("2027/internal/risks.html")).contains("1 point écarté est masqué"));
        CSVRecord kept = RiskExamplesTest.csv(csv).stream().filter(r -> r.get("Clé").equals(shortNotice.get("Clé"))).findFirst().orElseThrow();
        assertEquals("écarté", kept.get("Statut"));
        assertEquals("M. Durand", kept.get("Responsable"));
        assertEquals("date du salon erronée", kept.get("Motif"));

        // The launch moves: new figures, the item is back, to do, with its owner.
        Files.writeString(sheets.resolve("ville-beaumont-sur-saone.csv"), header
                + "T-1;Impression du bulletin municipal;79810000-5;200 000;15/03/2027;Appel d'offres ouvert;2;2\n");
        CliRunner.run("run", "--config", config.toString(), "--out", out.toString(), "--date", "2026-11-28");
        CSVRecord back = RiskExamplesTest.csv(csv).stream().filter(r -> r.get("Code").equals("SHORT_NOTICE")).findFirst().orElseThrow();
        assertFalse(back.get("Clé").equals(shortNotice.get("Clé")));
        assertEquals("à faire", back.get("Statut"));
        assertEquals("M. Durand", back.get("Responsable"));
        assertTrue(Files.readString(out.resolve("2027/internal/risks/ville-beaumont-sur-saone.html")).contains(back.get("Clé")));
    }
}
