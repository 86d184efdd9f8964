package org.vitrine.publish.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.model.Need;
import org.vitrine.publish.Site;

/**
 * A first edition has no previous one: pages say "Première édition" and call no need new; from the second
 * edition on, new needs are badged and the changes page counts them, in words that agree in number.
 */
class FirstEditionPagesTest {

    @TempDir
    Path dir;

    static List<Need> everyNeedNew() {
        List<Need> out = new ArrayList<>();
        for (Need n : CatalogueFixture.needs()) {
            Need.Builder b = n.toBuilder();
            b.change = "new";
            out.add(b.build());
        }
        return out;
    }

    @Test
    void aFirstEditionSaysSoAndBadgesNoNeedAsNew() throws IOException {
        Site site = CatalogueFixture.write(dir, everyNeedNew());
        assertTrue(site.firstEdition());
        String home = Files.readString(dir.resolve("index.html"));
        assertTrue(home.contains("6 besoins publiés par 3 acheteurs · Première édition, du 26 novembre 2026"), home);
        assertFalse(home.contains("class=\"badge badge-new\""));
        String changes = Files.readString(dir.resolve("changes.html"));
        assertTrue(changes.contains("Ceci est la première édition du catalogue"), changes);
        assertFalse(changes.contains("depuis l’édition précédente"));
        assertFalse(changes.contains("class=\"need\""), "no list of every need: the page is short on a phone");
        assertFalse(Files.readString(dir.resolve("buyers/chu-beaumont.html")).contains("class=\"badge badge-new\""));
        // the search index marks none either (its change column is 0: unchanged)
        @SuppressWarnings("unchecked")
        List<List<Object>> columns = (List<List<Object>>) new SearchIndex(site, (org.vitrine.messages.Messages) site.model().get("msg")).build().get("columns");
        assertTrue(columns.get(17).stream().allMatch(v -> Integer.valueOf(0).equals(v)), columns.get(17).toString());
    }

    @Test
    void aLaterEditionCountsItsNewNeedsInWordsThatAgree() throws IOException {
        List<Need> needs = everyNeedNew();
        // five needs first published in an earlier edition, one new
        for (int i = 1; i < needs.size(); i++) {
            Need.Builder b = needs.get(i).toBuilder();
            b.change = "unchanged";
            b.firstPublished = CatalogueFixture.DATE.minusMonths(2);
            needs.set(i, b.build());
        }
        Site site = CatalogueFixture.write(dir, needs);
        assertFalse(site.firstEdition());
        assertTrue(Files.readString(dir.resolve("index.html")).contains("class=\"badge badge-new\""));
        String changes = Files.readString(dir.resolve("changes.html"));
        assertTrue(changes.contains("1 nouveau besoin, aucun modifié, aucun retiré depuis l’édition précédente."), changes);
        assertEquals(1, changes.split("class=\"need\"", -1).length - 1);
    }
}
