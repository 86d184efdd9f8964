package org.vitrine.hostile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference column is optional: a file without one is published whole (officer Z, D1: the staff report's
 * headline on launches close to the event sorted null references, and the run stopped with no edition online).
 */
class NoReferenceRunTest {

    @Test
    void aFileWithoutReferencesIsPublishedAndItsEarlyLaunchesNamedByTitle(@TempDir Path tmp) throws Exception {
        Path sheets = Files.createDirectories(tmp.resolve("sheets"));
        // launches within 8 weeks of the event (4 February 2027 in the shipped config): the headline names them
        String csv = "Acheteur;Objet;Code CPV;Montant estimé;Date prévisionnelle de lancement;Procédure\n"
                + "chu-beaumont;Nettoyage des blocs opératoires;90911200-8;180000;février 2027;Appel d'offres ouvert\n"
                + "chu-beaumont;Blanchisserie du linge hospitalier;98311000-6;250000;mars 2027;Appel d'offres ouvert\n"
                + "chu-beaumont;Entretien des espaces verts;77311000-3;60000;juin 2027;Procédure adaptée\n";
        Path out = FreeTextPrivacyTest.run(tmp, sheets, csv);

        String needs = Files.readString(out.resolve("2027/public/data/needs.csv"));
        assertTrue(needs.contains("Nettoyage des blocs opératoires") && needs.contains("Entretien des espaces verts"), needs);
        String report = Files.readString(out.resolve("2027/internal/risks.html"));
        assertTrue(report.contains("« Nettoyage des blocs opératoires »"), "the headline names the need by its title");
    }
}
