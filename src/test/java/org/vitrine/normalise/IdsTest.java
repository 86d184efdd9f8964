package org.vitrine.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 16.7: ids bounded in bytes, with a stable hash when the slug loses part of the name. */
class IdsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Ville de Lyon|ville-de-lyon",
        "VILLE DE LYON|ville-de-lyon",
        "Été|ete",
        "Ete|ete",
        "CON|con-x",
        "../../etc|etc",
        "Saint-Étienne Métropole|saint-etienne-metropole",
    })
    void keepsReadableSlugsWhenNothingIsLost(String name, String id) {
        assertEquals(id, Ids.slug(name, Ids.MAX_BUYER_BYTES));
    }

    @Test
    void boundsASixtyCharacterCjkNameInBytesWithAStableHash() {
        String cjk = "東京都港区役所調達課".repeat(6);
        String id = Ids.slug(cjk, Ids.MAX_BUYER_BYTES);
        assertTrue(id.getBytes(StandardCharsets.UTF_8).length <= Ids.MAX_BUYER_BYTES, id);
        assertTrue(id.matches("x-[0-9a-f]{8}"), id);
        assertEquals(id, Ids.slug(cjk, Ids.MAX_BUYER_BYTES), "stable");
        String need = NeedIds.idFor(id, cjk, "Fournitures", "30192000-1");
        assertTrue(need.getBytes(StandardCharsets.UTF_8).length <= 2 * Ids.MAX_BUYER_BYTES + 1, need);
    }

    @Test
    void cutsALongNameAndKeepsItDistinctFromItsNeighbours() {
        String a = "Syndicat intercommunal à vocation multiple pour l'aménagement de la vallée de la Saône amont";
        String b = "Syndicat intercommunal à vocation multiple pour l'aménagement de la vallée de la Saône aval";
        String ia = Ids.slug(a, Ids.MAX_BUYER_BYTES);
        String ib = Ids.slug(b, Ids.MAX_BUYER_BYTES);
        assertNotEquals(ia, ib);
        assertTrue(ia.length() <= Ids.MAX_BUYER_BYTES && ib.length() <= Ids.MAX_BUYER_BYTES, ia + " " + ib);
        assertTrue(ia.startsWith("syndicat-intercommunal-a-vocation-multiple"), ia);
    }

    @Test
    void namesThatKeepNothingOnceFoldedNeverShareAnId() {
        List<String> names = List.of("..", "...", "😀", "😃", "\u200B\u200Bx", "東京", "北京", "Agglom\uFFFDration");
        Set<String> ids = new HashSet<>();
        for (String n : names) {
            String id = Ids.slug(n, Ids.MAX_BUYER_BYTES);
            assertTrue(id.matches("[a-z0-9-]+"), id);
            assertTrue(ids.add(id), "two names on one id: " + n + " → " + id);
        }
        assertEquals("x", Ids.slug("\u200B\u200Bx", Ids.MAX_BUYER_BYTES), "invisible characters are no part of the name");
    }
}
