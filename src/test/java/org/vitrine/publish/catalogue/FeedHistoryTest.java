package org.vitrine.publish.catalogue;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.model.Need;
import org.vitrine.publish.Changes;
import org.vitrine.publish.Site;

/**
 * Supplier Y, D10: feed.xml of the second edition held one entry (the withdrawal), 231 in the first: a new subscriber
 * got no history, where the buyers' feeds keep theirs. It now keeps the year's news across editions, newest first (the
 * latest {@link ChangeFeed#KEEP}, and every entry of this edition): each need's publication and latest revision, the
 * questions and answers, the withdrawals; an entry keeps its id and date from one edition to the next; the feed parses
 * as Atom 1.0 (Rome, validating) and the same inputs give the same bytes.
 */
class FeedHistoryTest {

    @TempDir
    Path dir;

    static final LocalDate D1 = CatalogueFixture.DATE;
    static final LocalDate D2 = LocalDate.of(2026, 12, 10);

    static Feed parse(Path file) throws Exception {
        return (Feed) new WireFeedInput(true, Locale.ROOT).build(file.toFile());
    }

    static Map<String, Entry> byId(Feed f) {
        Map<String, Entry> out = new HashMap<>();
        f.getEntries().forEach(e -> out.put(e.getId(), e));
        return out;
    }

    /** The second edition of the fixture: one need revised (its amount), one withdrawn, one new. */
    static Site second(List<Need> first) {
        Map<String, Need> previous = new HashMap<>();
        Changes.apply(first, Map.of(), D1).needs().forEach(n -> previous.put(n.id(), n));
        List<Need> now = new ArrayList<>(first);
        Need gone = now.remove(now.size() - 1);
        Need.Builder revised = now.get(2).toBuilder();
        revised.amount = new org.vitrine.model.Amount(java.math.BigDecimal.valueOf(2_800_000), java.math.BigDecimal.valueOf(2_800_000),
                "EUR", "total");
        now.set(2, revised.build());
        now.add(SearchInFixture.added());
        Changes.Result r = Changes.apply(now, previous, D2);
        // the fixture's needs carry no visibility, which Changes reads for a withdrawal: it is written as Changes writes it
        org.vitrine.model.EditionInfo.Withdrawn w = new org.vitrine.model.EditionInfo.Withdrawn(gone.id(), gone.title(), gone.buyer().name(),
                D2, gone.buyer().id(), gone.cpv().code());
        return IcsRevisionsTest.site(r.needs(), D2, List.of(w));
    }

    /** A need first published by the second edition. */
    static final class SearchInFixture {
        static Need added() {
            Need.Builder b = CatalogueFixture.needs().get(3).toBuilder();
            b.reference = "V-9";
            b.id = "ville-beaumont-sur-saone-v-9";
            b.title = "Mobilier scolaire";
            return b.build();
        }
    }

    @Test
    void theSecondEditionsFeedKeepsTheFirstsEntriesBehindItsOwn() throws Exception {
        List<Need> first = CatalogueFixture.needs();
        Path one = dir.resolve("one");
        CatalogueFixture.write(one, IcsRevisionsTest.site(Changes.apply(first, Map.of(), D1).needs(), D1, List.of()));
        Feed f1 = parse(one.resolve("feed.xml"));
        Path two = dir.resolve("two");
        Site s2 = second(first);
        CatalogueFixture.write(two, s2);
        Feed f2 = parse(two.resolve("feed.xml"));

        // the first edition: every need new and the questions of its day
        assertEquals(first.size() + 2, f1.getEntries().size(), titles(f1).toString());
        // the second: this edition's three changes first, then every entry of the first still there, same id, same date
        List<String> t2 = titles(f2);
        assertEquals(f1.getEntries().size() - 1 + 3, f2.getEntries().size(), t2.toString());
        assertEquals(List.of("Modifié : Rénovation énergétique de l’école Jules-Ferry", "Nouveau : Mobilier scolaire"),
                t2.subList(0, 3).stream().filter(t -> !t.startsWith("Retiré")).toList());
        assertTrue(t2.subList(0, 3).stream().anyMatch(t -> t.startsWith("Retiré : ")), t2.toString());
        Need gone = first.get(first.size() - 1);
        Map<String, Entry> two2 = byId(f2);
        for (Entry e : f1.getEntries()) {
            if (e.getId().contains(gone.id() + ".html#")) {
                continue; // withdrawn: its « Retiré » entry says so
            }
            Entry kept = two2.get(e.getId());
            assertTrue(kept != null, "lost from the second edition's feed: " + e.getId());
            assertEquals(e.getTitle(), kept.getTitle());
            assertEquals(e.getUpdated(), kept.getUpdated());
        }
        // newest first
        List<java.util.Date> dates = f2.getEntries().stream().map(Entry::getUpdated).toList();
        for (int i = 1; i < dates.size(); i++) {
            assertTrue(!dates.get(i).after(dates.get(i - 1)), t2.toString());
        }
        // the revision's summary lists what changed in this edition
        Entry rev = f2.getEntries().get(0);
        assertTrue(rev.getSummary().getValue().contains("→"), rev.getSummary().getValue());

        // the same inputs give the same bytes
        Path again = dir.resolve("again");
        CatalogueFixture.write(again, second(first));
        assertArrayEquals(Files.readAllBytes(two.resolve("feed.xml")), Files.readAllBytes(again.resolve("feed.xml")));
    }

    @Test
    void theLatestEntriesAreKeptAndAllOfThisEditions() {
        List<Need> many = new ArrayList<>();
        Need base = CatalogueFixture.needs().get(3);
        for (int i = 0; i < ChangeFeed.KEEP + 100; i++) {
            Need.Builder b = base.toBuilder();
            b.reference = "V-" + i;
            b.id = "ville-beaumont-sur-saone-v-" + i;
            b.firstPublished = i < 50 ? D2 : D1;
            b.modified = b.firstPublished;
            b.change = i < 50 ? "new" : "unchanged";
            b.questions = List.of();
            many.add(b.build());
        }
        List<ChangeFeed.Entry> kept = ChangeFeed.entries(IcsRevisionsTest.site(many, D2, List.of()));
        assertEquals(ChangeFeed.KEEP, kept.size());
        assertEquals(50, kept.stream().filter(e -> e.date().equals(D2)).count(), "this edition's first, all of them");
        // this edition alone has more than KEEP entries: none is cut
        many.replaceAll(n -> {
            Need.Builder b = n.toBuilder();
            b.firstPublished = D2;
            b.modified = D2;
            b.change = "new";
            return b.build();
        });
        assertEquals(ChangeFeed.KEEP + 100, ChangeFeed.entries(IcsRevisionsTest.site(many, D2, List.of())).size());
    }

    static List<String> titles(Feed f) {
        return f.getEntries().stream().map(e -> e.getTitle()).toList();
    }
}
