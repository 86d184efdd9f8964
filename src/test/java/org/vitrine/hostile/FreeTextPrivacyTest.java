package org.vitrine.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.cli.TestConfig;

/**
 * Issue 16, the outside attacker's last cases: a person's e-mail or phone number written in a title, a description, a
 * place or a lot was published in every public file, and « CONFIDENTIEL » or « ne pas diffuser » in a title did not
 * hold the need back (the Diffusion and Remarques columns did). Every public file is read, the brochure through
 * pdftotext: the addresses are gone (the buyer's functional contact of buyers.yaml stays), the stamped needs are
 * absent, the internal files keep the text, and the buyer's feedback file names the row and column and what to do.
 */
class FreeTextPrivacyTest {

    static final String HEADER = "Acheteur;Objet;Description;Lieu d'exécution;Intitulés des lots;Code CPV;Montant estimé;"
            + "Date prévisionnelle de lancement\n";
    static final List<String> PERSONAL = List.of("marie.dupont@example-chu-beaumont.fr", "06 12 34 56 78", "+33 6 98 76 54 32",
            "j.martin@gmail.com", "paul.roux (at) example-chu-beaumont.fr", "0611223344");

    @TempDir
    Path tmp;

    static String row(String title, String description, String place, String lots) {
        return "chu-beaumont;" + title + ";" + description + ";" + place + ";" + lots + ";30213100-6;15000;mai 2027\n";
    }

    @Test
    void noPersonalContactNorStampedNeedReachesAPublicFile() throws Exception {
        Path sheets = Files.createDirectories(tmp.resolve("sheets"));
        String csv = HEADER
                + row("Ordinateurs portables – contact marie.dupont@example-chu-beaumont.fr", "Questions : Mme Dupont, 06 12 34 56 78",
                        "71", "\"Lot 1 : postes (j.martin@gmail.com) ; Lot 2 : écrans\"")
                + row("Tablettes durcies", "Écrire à paul.roux (at) example-chu-beaumont.fr ou appeler le +33 6 98 76 54 32",
                        "Bâtiment B, tél 0611223344", "")
                + row("Serveurs de calcul", "Renseignements : achats@example-chu-beaumont.fr ou le standard 03 00 00 06 06", "71", "")
                + row("CONFIDENTIEL - Audit de sécurité du réseau", "Rien", "71", "")
                + row("Refonte de la téléphonie", "Projet sensible, ne pas diffuser avant le conseil", "71", "")
                + row("Pare-feu C O N F I D E N T I E L", "", "71", "")
                + row("Destruction de documents confidentiels", "Confidentialité des données garantie", "71", "");
        Path out = run(tmp, sheets, csv);
        assertFalse(Files.readString(out.resolve("2027/internal/rejects.csv")).contains(";Rejet"), "no row rejected");

        String published = publicText(out.resolve("2027/public"));
        for (String address : PERSONAL) {
            assertFalse(published.contains(address), address + " is published");
        }
        assertTrue(published.contains("Ordinateurs portables – contact (coordonnée retirée)"), "the need stays public, its title says a contact was removed");
        assertTrue(published.contains("Tablettes durcies") && published.contains("postes (coordonnée retirée)"), "the needs stay public");
        assertTrue(published.contains("le standard 03 00 00 06 06"), "the buyer's functional contact (buyers.yaml) stays");
        for (String stamped : List.of("Audit de sécurité du réseau", "Refonte de la téléphonie", "Pare-feu")) {
            assertFalse(published.contains(stamped), stamped + " is published");
        }
        assertTrue(published.contains("Destruction de documents confidentiels"), "a need about confidential documents is public");

        String internal = Files.readString(out.resolve("2027/internal/needs.json"));
        assertTrue(internal.contains("marie.dupont@example-chu-beaumont.fr") && internal.contains("Audit de s"),
                "the internal files keep the text and the held needs: " + internal.substring(0, Math.min(3000, internal.length())));
        String feedback = Files.readString(out.resolve("2027/internal/feedback/chu-beaumont.csv"));
        assertTrue(feedback.contains("marie.dupont@example-chu-beaumont.fr") && feedback.contains("mettez le contact dans la colonne Contact".substring(1)),
                feedback);
        for (String column : List.of("Objet", "Description", "Lieu d'exécution", "Intitulés des lots")) {
            assertTrue(feedback.contains("La colonne « " + column + " » donne une coordonnée"), column + "\n" + feedback);
        }
        assertTrue(feedback.contains("porte la mention « CONFIDENTIEL »") && feedback.contains("« ne pas diffuser »"), feedback);
        assertFalse(feedback.contains("achats@example-chu-beaumont.fr"), "the functional contact is no warning");
    }

    /**
     * Tenth attack (V), through a whole run: a link with a login in a description, a disguised address, stamps set off
     * in a description, a title or one lot, « 3 lots dont 1 confidentiel »; web sites and the words used as words stay.
     */
    @Test
    void theTenthAttacksLinksStampsAndDisguisesReachNoPublicFile() throws Exception {
        Path sheets = Files.createDirectories(tmp.resolve("sheets"));
        String csv = "Acheteur;Objet;Description;Lieu d'exécution;Intitulés des lots;Nombre de lots;Code CPV;Montant estimé;"
                + "Date prévisionnelle de lancement\n"
                + "chu-beaumont;Accompagnement numérique;Voir https://jean.dupont:Secr3t15@marches.example.fr/c ou écrire à mx32 [@] ville.fr;71;;;30213100-6;15000;mai 2027\n"
                + "chu-beaumont;Hébergement web;Site hébergé chez ovh.fr, look at ville-beaumont.fr;71;;;30213100-6;15000;mai 2027\n"
                + "chu-beaumont;Entretien mkd05;Entretien des parcs. Diffusion interne. mkd05;71;;;30213100-6;15000;mai 2027\n"
                + "chu-beaumont;Maintenance mkd21 – CONFIDENTIE1;;71;;;30213100-6;15000;mai 2027\n"
                + "chu-beaumont;Élagage mkd30;;71;;3 lots dont 1 confidentiel;30213100-6;15000;mai 2027\n"
                + "chu-beaumont;Voirie mkd31;;71;\"Lot 1 : Enrobés ; Lot 2 : Diffusion : interne\";2;30213100-6;15000;mai 2027\n"
                + "chu-beaumont;Plateforme de diffusion interne des actes;Confidentialité des données;71;;;30213100-6;15000;mai 2027\n";
        Path out = run(tmp, sheets, csv);

        String published = publicText(out.resolve("2027/public"));
        for (String leak : List.of("jean.dupont", "Secr3t15", "mx32", "mkd05", "mkd21", "mkd30", "mkd31")) {
            assertFalse(published.contains(leak), leak + " is published");
        }
        assertTrue(published.contains("Voir https://marches.example.fr/c ou écrire à (coordonnée retirée)"), "the link stays without the login");
        assertTrue(published.contains("Site hébergé chez ovh.fr, look at ville-beaumont.fr"), "web sites are no addresses");
        assertTrue(published.contains("Plateforme de diffusion interne des actes") && published.contains("Confidentialité des données"),
                "the words used as words are public");
        String feedback = Files.readString(out.resolve("2027/internal/feedback/chu-beaumont.csv"));
        assertTrue(feedback.contains("mkd05") && feedback.contains("Nombre de lots") && feedback.contains("Intitulés des lots"), feedback);
    }

    /**
     * Attacker W, through a whole run: « mdurand03&lt;at&gt;… » lost its at sign when the cell's markup was removed and was
     * published « mdurand03 ville-beaumont.fr »; separators and look-alike digits, « Port. », a LinkedIn profile; and
     * « Hôtel 6 12 34 56 79 », removed as a phone before, stays.
     */
    @Test
    void attackerWsDisguisesReachNoPublicFile() throws Exception {
        Path sheets = Files.createDirectories(tmp.resolve("sheets"));
        String csv = HEADER
                + row("Nettoyage mw01", "Contact technique : mdurand03<at>ville-beaumont.fr", "71", "")
                + row("Entretien mw02", "\"Contact : mdurand88 &lt;at&gt; ville-beaumont.fr ou mdurand66 -@- ville-beaumont.fr\"", "71", "")
                + row("Voirie mw03", "Visite : 06*12*34*56*42, O6.12.34.56.40 ou Port. 6.12.34.56.48", "71", "")
                + row("Élagage mw04", "Profil : linkedin.com/in/sophie-martin-80", "71", "")
                + row("Accueil mw05", "Réservation Hôtel 6 12 34 56 79", "71", "");
        Path out = run(tmp, sheets, csv);

        String published = publicText(out.resolve("2027/public"));
        for (String leak : List.of("mdurand03", "mdurand88", "mdurand66", "06*12", "O6.12", "6.12.34.56.48", "sophie-martin")) {
            assertFalse(published.contains(leak), leak + " is published");
        }
        assertTrue(published.contains("Contact technique : (coordonnée retirée)"), "the need stays public without the address");
        assertTrue(published.contains("Réservation Hôtel 6 12 34 56 79"), "« Hôtel » is no phone's label");
    }

    /**
     * Issue 17 (lawyer I, CHU-27-22): the « Remarques » column, staff comments, is kept on the need so that the risk rules
     * read the basis of a direct award written there, and reaches no public file (nor its words: the brochure, the pages,
     * needs.json and .csv, OCDS); the internal needs keep it. The same row without the remark is flagged « sans fondement ».
     */
    @Test
    void theRemarksAreReadByTheRulesAndReachNoPublicFile() throws Exception {
        Path sheets = Files.createDirectories(tmp.resolve("sheets"));
        String remark = "Droits exclusifs du constructeur rmk17q (R2122-3 3°) ; attestation d'exclusivité au dossier";
        String csv = "Acheteur;Objet;Code CPV;Montant estimé;Date prévisionnelle de lancement;Procédure;Remarques\n"
                + "chu-beaumont;Maintenance de l'IRM 3T du constructeur;50421000-2;420000;mai 2027;Marché négocié sans publicité;\"" + remark + "\"\n"
                + "chu-beaumont;Maintenance du scanner;50421000-2;420000;mai 2027;Marché négocié sans publicité;\n";
        Path out = run(tmp, sheets, csv);

        String published = publicText(out.resolve("2027/public"));
        assertTrue(published.contains("Maintenance de l'IRM 3T du constructeur") || published.contains("Maintenance de l’IRM 3T"),
                "the need is public");
        assertFalse(published.contains("rmk17q") || published.contains("attestation d'exclusivit"), "a remark is published");
        String internal = Files.readString(out.resolve("2027/internal/needs.json"));
        assertTrue(internal.contains("rmk17q (R2122-3 3°) ; attestation d'exclusivit"), "the internal needs keep the remark");
        assertEquals(1, internal.split("\"code\":\"MAPA_ABOVE_THRESHOLD\"", -1).length - 1,
                "only the row without a basis is flagged: " + internal.substring(0, Math.min(4000, internal.length())));
    }

    /** Every public file as text: the brochure through pdftotext, .gz copies skipped (the same bytes compressed). */
    /** One whole run on {@code csv} as chu-beaumont's file in {@code sheets} (small config, the corpus date); its out folder. */
    static Path run(Path tmp, Path sheets, String csv) throws Exception {
        Files.writeString(sheets.resolve("chu-beaumont.csv"), csv, StandardCharsets.UTF_8);
        Path config = TestConfig.copy(tmp, sheets, true);
        Path out = tmp.resolve("out");
        org.vitrine.cli.CliRunner.Result r = org.vitrine.cli.CliRunner.run("run", "--config", config.toString(), "--out",
                out.toString(), "--date", CorpusRun.DATE);
        assertTrue(r.exit() <= 1, r.out() + "\n" + r.err());
        return out;
    }

    static String publicText(Path dir) throws Exception {
        StringBuilder all = new StringBuilder();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir.toRealPath())) { // public is a link to the edition online
            s.filter(Files::isRegularFile).forEach(files::add);
        }
        int pdfs = 0;
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (name.endsWith(".pdf")) {
                Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", f.toString(), "-").redirectErrorStream(true).start();
                all.append(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
                assertEquals(0, p.waitFor());
                pdfs++;
            } else if (name.matches(".*\\.(html|json|csv|xml|atom|ics|txt|js)$")) {
                all.append(Files.readString(f)).append('\n');
            }
        }
        assertTrue(pdfs > 0, "the brochure is read: " + files);
        return all.toString().replace("\\u00e9", "é");
    }
}
