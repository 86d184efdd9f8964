package org.vitrine.publish.catalogue;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.model.Need;
import org.vitrine.normalise.parse.CpvCatalogue;

/**
 * Officer Y4, D5: « 3 en médiane sur les 1 marchés qui l'indiquent ; 0 % n'en ont reçu qu'une », shown to suppliers: a
 * median and a share made of one contract, and a plural. Under the floor, the count and the bids only.
 */
class MarketAtAGlanceBidsTest {

    @TempDir
    static Path dir;

    static String page(int withBids, int single) throws Exception {
        Need.Builder b = org.vitrine.normalise.Needs.need("ville", "P-1", "Fournitures de bureau", 60_000, "public", "f.xlsx", 2).toBuilder();
        b.cpv = CpvCatalogue.load().cpv("30192000-1");
        b.place = new org.vitrine.model.Place("departement", "21", "21", "FRC11");
        Need p1 = b.build();
        org.vitrine.publish.Site site = CatalogueFixture.site(List.of(p1), "fr");
        String key = org.vitrine.ingest.awards.CompetitionTally.keys(p1.cpv().code(),
                org.vitrine.ingest.awards.CompetitionTally.departement(p1.place())).get(0);
        String[] parts = key.split("\\|");
        site.model().put("market", new org.vitrine.risk.awards.MeasuredCompetition(Map.of(key, new org.vitrine.model.MarketFigures(
                parts[0], parts[1], LocalDate.of(2023, 11, 26), 6, 4, withBids, BigDecimal.valueOf(3), single, List.of()))));
        Path out = dir.resolve("w" + withBids);
        new org.vitrine.publish.Catalogue(new org.vitrine.publish.Templates(Path.of("templates"), Locale.FRENCH), Path.of("templates"))
                .write(out, site);
        return Files.readString(out.resolve("needs/" + p1.id() + ".html"));
    }

    @Test
    void oneContractGivingBidsIsNoMedian() throws Exception {
        String one = page(1, 0);
        assertTrue(one.contains("Offres reçues : 1 marché l’indique, 3 offres."), one);
        assertFalse(one.contains("médiane"), one);
        String five = page(5, 2);
        assertTrue(five.contains("Offres reçues : 3 en médiane sur les 5 marchés qui l’indiquent ; 40 % n’en ont reçu qu’une."), five);
    }
}
