package org.vitrine.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vitrine.normalise.Needs.need;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vitrine.model.Amount;
import org.vitrine.model.Need;

class ChangesTest {

    static final LocalDate LAST = LocalDate.of(2026, 6, 1);
    static final LocalDate NOW = LocalDate.of(2026, 11, 26);

    static Need withDates(Need n, LocalDate first, LocalDate modified) {
        Need.Builder b = n.toBuilder();
        b.firstPublished = first;
        b.modified = modified;
        b.change = "new";
        return b.build();
    }

    static Need withAmount(Need n, long amount) {
        Need.Builder b = n.toBuilder();
        b.amount = new Amount(BigDecimal.valueOf(amount), BigDecimal.valueOf(amount), "EUR", "total");
        return b.build();
    }

    @Test
    void marksNewRevisedAndUnchangedAndCarriesTheDates() {
        Need a = need("b", "A", "Nettoyage", 100_000, "public", "f", 2);
        Need b = need("b", "B", "Ascenseurs", 50_000, "public", "f", 3);
        Need gone = need("b", "C", "Gardiennage", 70_000, "public", "f", 4);
        Need hidden = need("b", "D", "Interne", 70_000, "internal", "f", 5);
        Map<String, Need> previous = Map.of(a.id(), withDates(a, LAST, LAST), b.id(), withDates(b, LAST, LAST),
                gone.id(), withDates(gone, LAST, LAST), hidden.id(), withDates(hidden, LAST, LAST));
        Need c = need("b", "E", "Nouveau", 10_000, "public", "f", 6);

        Changes.Result r = Changes.apply(List.of(a, withAmount(b, 60_000), c), previous, NOW);

        Need ua = r.needs().get(0);
        assertEquals("unchanged", ua.change());
        assertEquals(LAST, ua.firstPublished());
        assertEquals(LAST, ua.modified());
        Need rb = r.needs().get(1);
        assertEquals("revised", rb.change());
        assertEquals(LAST, rb.firstPublished());
        assertEquals(NOW, rb.modified());
        assertEquals(1, rb.changes().size());
        assertEquals("amount", rb.changes().get(0).field());
        Need nc = r.needs().get(2);
        assertEquals("new", nc.change());
        assertEquals(NOW, nc.firstPublished());
        assertEquals(List.of(gone.id()), r.withdrawn().stream().map(EditionInfo.Withdrawn::id).toList(),
                "only needs that were public are listed as withdrawn");
    }

    @Test
    void sameAmountWrittenDifferentlyIsNoChange() {
        Need a = need("b", "A", "Nettoyage", 100_000, "public", "f", 2);
        Need.Builder b = a.toBuilder();
        b.amount = new Amount(new BigDecimal("100000.00"), new BigDecimal("1E+5"), "EUR", "total");
        Need sameValue = b.build();
        assertEquals(List.of(), Changes.diff(a, sameValue));
    }
}
