package org.vitrine.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vitrine.messages.Messages;
import org.vitrine.config.Config;
import org.vitrine.config.ConfigLoader;
import org.vitrine.model.Location;
import org.vitrine.model.RawCell;
import org.vitrine.model.RawRecord;
import org.vitrine.model.Reject;
import org.vitrine.normalise.parse.CpvCatalogue;

/** Repeated cells are parsed once, yet every row gets its own value or its own reject line. */
class NormaliserMemoTest {

    private static RawRecord row(int n, String procedure, String launch) {
        Map<String, RawCell> f = new HashMap<>();
        f.put("buyer", RawCell.text("Ville de Lyon"));
        f.put("title", RawCell.text("Nettoyage des locaux " + n));
        f.put("cpv", RawCell.text("90910000"));
        f.put("amount", RawCell.text("120 000 €"));
        f.put("launch", RawCell.text(launch));
        f.put("procedure", RawCell.text(procedure));
        return new RawRecord(new Location("s", "f.csv", "f.csv", n), f, Map.of("procedure", "Procédure", "launch", "Lancement"));
    }

    @Test
    void sameCellsGiveSameValuesAndEachBadRowIsRejectedWithItsOwnRow() throws Exception {
        Config config = ConfigLoader.load(Path.of("config"));
        Normaliser normaliser = new Normaliser(config, CpvCatalogue.load(), Messages.of("fr"), 2027);
        Normaliser.Result a = normaliser.normalise(row(2, "Appel d'offres ouvert", "T2 2027"));
        Normaliser.Result b = normaliser.normalise(row(3, "Appel d'offres ouvert", "T2 2027"));
        assertNotNull(a.need());
        assertNotNull(b.need());
        assertEquals("open", a.need().procedure());
        assertEquals(a.need().procedure(), b.need().procedure());
        assertEquals(a.need().launch(), b.need().launch());

        Normaliser.Result bad1 = normaliser.normalise(row(4, "Appel d'offres ouvert", "31/02/2027"));
        Normaliser.Result bad2 = normaliser.normalise(row(5, "Appel d'offres ouvert", "31/02/2027"));
        assertNull(bad1.need());
        assertNull(bad2.need());
        List<Reject> r1 = bad1.rejects();
        List<Reject> r2 = bad2.rejects();
        assertEquals(1, r1.size());
        assertEquals(1, r2.size());
        assertEquals(4, r1.get(0).row());
        assertEquals(5, r2.get(0).row());
        assertEquals(r1.get(0).reason(), r2.get(0).reason());
        assertEquals("Lancement", r2.get(0).column());
        assertEquals("31/02/2027", r2.get(0).value());
        // and a fresh normaliser gives the same reject: the memo changes no outcome
        Normaliser fresh = new Normaliser(config, CpvCatalogue.load(), Messages.of("fr"), 2027);
        assertEquals(r2, fresh.normalise(row(5, "Appel d'offres ouvert", "31/02/2027")).rejects());
    }

    @Test
    void aDurationThatGivesItsStartGivesItOnEveryRowThatRepeatsIt() throws Exception {
        Config config = ConfigLoader.load(Path.of("config"));
        Normaliser normaliser = new Normaliser(config, CpvCatalogue.load(), Messages.of("fr"), 2027);
        for (int n = 2; n <= 3; n++) {
            RawRecord r = row(n, "Appel d'offres ouvert", "T2 2027");
            r.fields().put("duration_months", RawCell.text("4 ans à compter du 01/01/2028"));
            r.fields().put("contract_start", RawCell.text(""));
            org.vitrine.model.Need need = normaliser.normalise(r).need();
            assertEquals(48, need.durationMonths(), "row " + n);
            assertNotNull(need.contractStart(), "row " + n);
            assertEquals(java.time.LocalDate.of(2028, 1, 1), need.contractStart().start(), "row " + n);
        }
    }

    @Test
    void aNeedHeldBackByItsVisibilityCellIsNamedInAWarning() throws Exception {
        Config config = ConfigLoader.load(Path.of("config"));
        Normaliser normaliser = new Normaliser(config, CpvCatalogue.load(), Messages.of("fr"), 2027);
        RawRecord r = row(7, "Appel d'offres ouvert", "T2 2027");
        r.fields().put("visibility", RawCell.text("Confidentiel"));
        Normaliser.Result result = normaliser.normalise(r);
        assertEquals("confidential", result.need().visibility());
        assertEquals(1, result.warnings().size());
        assertEquals(7, result.warnings().get(0).row());
        assertEquals("Colonne « Diffusion » : « Confidentiel » : le besoin n’est pas publié ; il reste dans les fichiers internes.",
                result.warnings().get(0).reason());
        assertEquals("Rien à faire si c’est voulu ; pour le publier, écrivez « public » dans la colonne « Diffusion ».",
                result.warnings().get(0).fix());
    }

    /** Officer U: « Publication autorisée » = non was told « écrivez « public » dans la colonne Diffusion ». */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0} = {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "Publication autorisée|non|oui",
        "Confidentialité|oui|non",
        "Diffusion|interne|public",
    })
    void theAdviceNamesTheBuyersOwnColumnAndWord(String header, String value, String word) throws Exception {
        Config config = ConfigLoader.load(Path.of("config"));
        Normaliser normaliser = new Normaliser(config, CpvCatalogue.load(), Messages.of("fr"), 2027);
        RawRecord base = row(8, "Appel d'offres ouvert", "T2 2027");
        Map<String, RawCell> f = new HashMap<>(base.fields());
        f.put("visibility", RawCell.text(value));
        RawRecord r = new RawRecord(base.location(), f, Map.of("visibility", header));
        Normaliser.Result result = normaliser.normalise(r);
        assertEquals(false, result.need().isPublic());
        assertEquals("Colonne « " + header + " » : « " + value + " » : le besoin n’est pas publié ; il reste dans les fichiers internes.",
                result.warnings().get(0).reason());
        assertEquals("Rien à faire si c’est voulu ; pour le publier, écrivez « " + word + " » dans la colonne « " + header + " ».",
                result.warnings().get(0).fix());
    }
}
