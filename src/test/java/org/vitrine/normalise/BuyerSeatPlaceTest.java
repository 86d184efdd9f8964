package org.vitrine.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.config.Config;
import org.vitrine.config.ConfigLoader;
import org.vitrine.messages.Messages;
import org.vitrine.model.Location;
import org.vitrine.model.Need;
import org.vitrine.model.RawCell;
import org.vitrine.model.RawRecord;
import org.vitrine.normalise.parse.CpvCatalogue;

/**
 * A row with no place, of a buyer that is a commune, an intercommunality or a syndicat (buyers.yaml seat), is placed
 * in the buyer's commune (supplier Y, D1: 58 needs were only « Saône-et-Loire (71) », the commune filter missed them);
 * a département's or a région's keeps its place; a row's own place, even one no list reads, is kept.
 */
class BuyerSeatPlaceTest {

    private static RawRecord row(String buyer, String location) {
        Map<String, RawCell> f = new HashMap<>();
        f.put("buyer", RawCell.text(buyer));
        f.put("title", RawCell.text("Nettoyage des locaux"));
        f.put("cpv", RawCell.text("90910000"));
        f.put("amount", RawCell.text("120 000 €"));
        f.put("launch", RawCell.text("T2 2027"));
        f.put("procedure", RawCell.text("Appel d'offres ouvert"));
        if (location != null) {
            f.put("location", RawCell.text(location));
        }
        return new RawRecord(new Location("s", "f.csv", "f.csv", 2), f, Map.of());
    }

    private static Need need(Config config, String buyer, String location) {
        return new Normaliser(config, CpvCatalogue.load(), Messages.of("fr"), 2027).normalise(row(buyer, location)).need();
    }

    @Test
    void theExamplesCommuneAndSyndicatPlaceTheirNeedsAtTheirSeat() throws Exception {
        Config config = ConfigLoader.load(Path.of("config"));
        Need ville = need(config, "Ville de Beaumont-sur-Saône", null);
        assertEquals("Beaumont-sur-Saône", ville.buyerSeat());
        assertNull(ville.location(), "the row gave no place: the feedback still asks for one");
        // a commune no reference list reads (the examples' are fictional) stays under the buyer's département
        assertEquals("71", ville.place().code());
        assertEquals("Beaumont-sur-Saône", need(config, "Syndicat intercommunal des eaux du Val-de-Saône", null).buyerSeat());
        // a département or a région keeps its whole territory
        assertNull(need(config, "Département du Morvan-Sud", null).buyerSeat());
        assertNull(need(config, "Région Bourgogne-Vallées", null).buyerSeat());
        // the row's own place, even a text no list reads, is the row's
        assertNull(need(config, "Ville de Beaumont-sur-Saône", "Usine de la Sablière").buyerSeat());
        assertNull(need(config, "Ville de Beaumont-sur-Saône", "71").buyerSeat());
    }

    @Test
    void aSeatTheReferenceListReadsIsTheNeedsPlace(@TempDir Path dir) throws Exception {
        try (var files = Files.list(Path.of("config"))) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                Files.copy(p, dir.resolve(p.getFileName()));
            }
        }
        Path buyers = dir.resolve("buyers.yaml");
        Files.writeString(buyers, Files.readString(buyers).replace("seat: \"Beaumont-sur-Saône\"", "seat: \"Mâcon\""));
        Need ville = need(ConfigLoader.load(dir), "Ville de Beaumont-sur-Saône", null);
        assertEquals("commune", ville.place().kind());
        assertEquals("71270", ville.place().code());
        assertEquals("Mâcon", ville.buyerSeat());
    }
}
