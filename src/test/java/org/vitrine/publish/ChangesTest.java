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
        return new Need(n.id(), n.buyer(), n.reference(), n.title(), n.description(), n.cpv(), n.cpvAdditional(),
                n.category(), n.amount(), n.lots(), n.launch(), n.notification(), n.contractStart(), n.durationMonths(),
                n.duration(), n.procedure(), n.technique(), n.route(), n.location(), n.contact(), n.coverage(),
                n.suppliersKnown(), n.incumbentEnd(), n.renewal(), n.innovation(), n.reserved(), n.socialClause(),
                n.environmentalClause(), n.firmness(), n.tenderUrl(), n.beyondYear(), first, modified, "new", List.of(),
                n.risks(), n.visibility(), n.source());
    }

    static Need withAmount(Need n, long amount) {
        return new Need(n.id(), n.buyer(), n.reference(), n.title(), n.description(), n.cpv(), n.cpvAdditional(),
                n.category(), new Amount(BigDecimal.valueOf(amount), BigDecimal.valueOf(amount), "EUR", "total"), n.lots(),
                n.launch(), n.notification(), n.contractStart(), n.durationMonths(), n.duration(), n.procedure(), n.technique(),
                n.route(), n.location(), n.contact(), n.coverage(), n.suppliersKnown(), n.incumbentEnd(), n.renewal(),
                n.innovation(), n.reserved(), n.socialClause(), n.environmentalClause(), n.firmness(), n.tenderUrl(),
                n.beyondYear(), n.firstPublished(), n.modified(), n.change(), n.changes(), n.risks(), n.visibility(), n.source());
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
        Need sameValue = new Need(a.id(), a.buyer(), a.reference(), a.title(), a.description(), a.cpv(), a.cpvAdditional(),
                a.category(), new Amount(new BigDecimal("100000.00"), new BigDecimal("1E+5"), "EUR", "total"), a.lots(),
                a.launch(), a.notification(), a.contractStart(), a.durationMonths(), a.duration(), a.procedure(), a.technique(),
                a.route(), a.location(), a.contact(), a.coverage(), a.suppliersKnown(), a.incumbentEnd(), a.renewal(),
                a.innovation(), a.reserved(), a.socialClause(), a.environmentalClause(), a.firmness(), a.tenderUrl(),
                a.beyondYear(), null, null, null, List.of(), List.of(), a.visibility(), a.source());
        assertEquals(List.of(), Changes.diff(a, sameValue));
    }
}
