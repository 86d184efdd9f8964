package org.vitrine.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.vitrine.normalise.Needs.need;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vitrine.config.ConfigLoader;
import org.vitrine.context.Run;
import org.vitrine.messages.Messages;
import org.vitrine.model.BuyerRef;
import org.vitrine.model.Need;

/**
 * Issue 16 (outside attacker A, failure 2): a colliding id was « x-2 » by order, and the need left alone next edition
 * took « x », the URL and QR code of another need (changes.html: the first modified into the second, the second
 * withdrawn). A colliding id's suffix comes from the need itself; an id the previous edition gave to one need is never
 * handed to another.
 */
class StableCollidingIdsTest {

    /** One edition: these needs, the previous edition's needs by id. */
    static Map<String, Need> edition(Map<String, Need> previous, Need... needs) throws Exception {
        Run run = new Run(ConfigLoader.load(Path.of("config")), Messages.of("fr"), 2027, LocalDate.of(2026, 11, 26));
        run.edition().previous(previous, previous.isEmpty() ? null : LocalDate.of(2026, 10, 1), List.of(), Map.of());
        for (Need n : needs) {
            run.report().counts("s", n.source().file()).rowsRead++;
            run.report().accept(n);
        }
        new Deduplicator().deduplicate(run);
        Map<String, Need> out = new LinkedHashMap<>();
        run.needs().forEach(n -> out.put(n.id(), n));
        return out;
    }

    static String idOf(Map<String, Need> edition, String title) {
        return edition.values().stream().filter(n -> n.title().equals(title)).findFirst().orElseThrow().id();
    }

    static Need of(String buyer, String reference, String title, long amount, String file, int row) {
        Need n = need(buyer, reference, title, amount, "public", file, row);
        return n.withBuyer(new BuyerRef(buyer, buyer, "local"));
    }

    /** Buyer « departement » + ref « MORVAN-SUD CD-27-01 » and buyer « departement-morvan-sud » + ref « CD-27-01 ». */
    static Need morvan() {
        return of("departement-morvan-sud", "CD-27-01", "Voirie Morvan", 100, "a-morvan.ods", 2);
    }

    static Need hautJura() {
        return of("departement", "MORVAN-SUD CD-27-01", "Collision QZXCOLL1", 300, "b-departement.csv", 2);
    }

    @Test
    void twoBuyersWhoseIdsCollideKeepTheirIdsWhenOneLeaves() throws Exception {
        Map<String, Need> first = edition(Map.of(), morvan(), hautJura());
        String x = "departement-morvan-sud-cd-27-01";
        assertEquals(x, idOf(first, "Voirie Morvan"), "a need that collides with none keeps its id");
        String hj = idOf(first, "Collision QZXCOLL1");
        assertNotEquals(x, hj);
        assertEquals(false, hj.endsWith("-2"), "the suffix comes from the need, not from its order: " + hj);
        // next edition without the Morvan file: the Haut-Jura need keeps its id, the Morvan id is given to nobody
        Map<String, Need> second = edition(first, hautJura());
        assertEquals(List.of(hj), List.copyOf(second.keySet()));
        // and the reverse: the Morvan need keeps x
        assertEquals(List.of(x), List.copyOf(edition(first, morvan()).keySet()));
    }

    @Test
    void theSuffixDoesNotDependOnOrder() throws Exception {
        // the Haut-Jura need first by source order: same suffix for it as when it came second, in its first edition
        Need hjFirst = of("departement", "MORVAN-SUD CD-27-01", "Collision QZXCOLL1", 300, "0-departement.csv", 2);
        Map<String, Need> a = edition(Map.of(), morvan(), hautJura());
        Map<String, Need> b = edition(Map.of(), hjFirst, morvan(), of("departement", "AUTRE", "Autre", 5, "0-departement.csv", 3));
        String suffixed = idOf(a, "Collision QZXCOLL1");
        assertEquals(true, b.containsKey(suffixed) || b.containsKey("departement-morvan-sud-cd-27-01"), b.keySet().toString());
        // a need arriving later never takes an id a previous edition gave to another need
        Map<String, Need> onlyMorvan = edition(Map.of(), morvan());
        Map<String, Need> next = edition(onlyMorvan, hautJura());
        assertNotEquals("departement-morvan-sud-cd-27-01", idOf(next, "Collision QZXCOLL1"));
        assertEquals(suffixed, idOf(next, "Collision QZXCOLL1"), "its own suffix, whatever came before");
    }

    @Test
    void twoRowsWithoutReferenceAndOneTitleKeepTheirIdsWhenTheFirstIsDeleted() throws Exception {
        Need may = of("departement", null, "Balayage", 40000, "d.csv", 2);
        Need june = of("departement", null, "Balayage", 45000, "d.csv", 3);
        Map<String, Need> first = edition(Map.of(), may, june);
        String base = NeedIds.idFor("departement", null, "Balayage", "90910000-9");
        assertEquals(base, idOf(first, "Balayage"), "the first keeps the id it had alone");
        String juneId = first.values().stream().filter(n -> n.amount().min().intValue() == 45000).findFirst().orElseThrow().id();
        assertNotEquals(base, juneId);
        assertEquals(false, juneId.endsWith("-2"), juneId);
        assertEquals(List.of(juneId), List.copyOf(edition(first, june).keySet()), "the second keeps its id, the first's is not reused");
        assertEquals(List.of(base), List.copyOf(edition(first, may).keySet()));
        // a need left alone whose amount changed keeps its id (nothing else claims it)
        Map<String, Need> alone = edition(Map.of(), may);
        assertEquals(List.of(base), List.copyOf(edition(alone, of("departement", null, "Balayage", 42000, "d.csv", 2)).keySet()));
    }

    @Test
    void idsFromTheOldOrderSuffixAreKeptByTheirNeed() throws Exception {
        // an edition published before this fix: the Haut-Jura need was « x-2 »; it keeps it, no other need takes it
        Map<String, Need> old = new LinkedHashMap<>();
        old.put("departement-morvan-sud-cd-27-01", morvan());
        old.put("departement-morvan-sud-cd-27-01-2", hautJura().withId("departement-morvan-sud-cd-27-01-2"));
        assertEquals(List.of("departement-morvan-sud-cd-27-01-2"), List.copyOf(edition(old, hautJura()).keySet()));
        Map<String, Need> both = edition(old, morvan(), hautJura());
        assertEquals(List.of("departement-morvan-sud-cd-27-01", "departement-morvan-sud-cd-27-01-2"), List.copyOf(both.keySet()));
    }

    @Test
    void aPreviousIdMadeOfARemovedNameIsNotPublishedAgainAsWithdrawn() throws Exception {
        // an edition of an earlier version: « Dossier Mme Vuillemot » named its need chu-dossier-mme-vuillemot
        Need named = of("chu", "Dossier Mme Vuillemot", "Nettoyage", 100, "c.xlsx", 2);
        assertEquals("chu-dossier", named.id());
        Map<String, Need> old = new LinkedHashMap<>();
        old.put("chu-dossier-mme-vuillemot", named.withId("chu-dossier-mme-vuillemot"));
        old.put("chu-r-1", of("chu", "R-1", "Voirie", 5, "c.xlsx", 3));
        Run run = new Run(ConfigLoader.load(Path.of("config")), Messages.of("fr"), 2027, LocalDate.of(2026, 11, 26));
        run.edition().previous(old, LocalDate.of(2026, 10, 1), List.of(), Map.of());
        run.report().counts("s", "c.xlsx").rowsRead++;
        run.report().accept(named);
        new Deduplicator().deduplicate(run);
        assertEquals(List.of("chu-dossier"), run.needs().stream().map(Need::id).toList());
        // the need is the one it was: compared under its id of now, the old id is in no withdrawal
        assertEquals(java.util.Set.of("chu-dossier", "chu-r-1"), run.edition().previous().keySet());
        assertEquals("chu-dossier", run.edition().previous().get("chu-dossier").id());
    }
}
