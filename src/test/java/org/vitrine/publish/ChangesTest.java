package org.vitrine.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vitrine.normalise.Needs.need;

import org.vitrine.model.Json;
import org.vitrine.model.EditionInfo;
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

    /** The withdrawn list comes from the previous internal needs: a person's contact in the title is not published (outside attacker). */
    @Test
    void aWithdrawnTitleShowsNoPersonsContact() {
        Need gone = need("b", "C", "Chauffage – contact marie.dupont@ville.fr, 06 12 34 56 78", 20_000, "public", "f", 4);
        Changes.Result r = Changes.apply(List.of(), Map.of(gone.id(), withDates(gone, LAST, LAST)), NOW);
        assertEquals("Chauffage – contact (coordonnée retirée), (coordonnée retirée)", r.withdrawn().get(0).title());
    }

    /**
     * Supplier Y (D5): a withdrawn need keeps what its page said, for its withdrawn page: the reference, the launch and
     * the contract's total over its duration (a yearly amount times its years); the next edition carries them over.
     */
    @Test
    void aWithdrawnNeedKeepsItsReferenceLaunchAndTotal() {
        Need.Builder b = need("b", "SIEVS-27-02", "Compteurs d’eau", 30_000, "public", "f", 4).toBuilder();
        b.amount = new Amount(BigDecimal.valueOf(30_000), BigDecimal.valueOf(30_000), "EUR", "annual");
        b.durationMonths = 48;
        b.launch = new org.vitrine.model.Period(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31), org.vitrine.model.Period.Precision.month);
        Need gone = b.build();
        EditionInfo.Withdrawn w = Changes.apply(List.of(), Map.of(gone.id(), withDates(gone, LAST, LAST)), NOW).withdrawn().get(0);
        assertEquals("SIEVS-27-02", w.reference());
        assertEquals(gone.launch(), w.launch());
        assertEquals(0, BigDecimal.valueOf(120_000).compareTo(w.amount().max()), w.amount().toString());
        assertEquals("total", w.amount().basis());
        EditionInfo.Withdrawn later = Changes.apply(List.of(), Map.of(), NOW.plusDays(14), List.of(w)).withdrawn().get(0);
        assertEquals(List.of(w.reference(), w.launch(), w.amount(), NOW), List.of(later.reference(), later.launch(), later.amount(), later.date()));
    }

    /** Under privacy.amountsAsBands a withdrawn need's page gives the band its page gave, never the buyer's figure. */
    @Test
    void underAmountsAsBandsAWithdrawnNeedKeepsItsBandNotItsFigure() {
        Need gone = need("b", "C", "Gardiennage", 93_500, "public", "f", 4);
        List<EditionInfo.Withdrawn> w = Changes.apply(List.of(), Map.of(gone.id(), withDates(gone, LAST, LAST)), NOW).withdrawn();
        assertEquals(0, BigDecimal.valueOf(93_500).compareTo(w.get(0).amount().max()));
        Amount band = Publisher.asBands(w, Map.of(gone.id(), gone), NOW).get(0).amount();
        assertEquals(org.vitrine.publish.catalogue.AmountBands.asBand(gone), band);
        org.junit.jupiter.api.Assertions.assertNotEquals(0, BigDecimal.valueOf(93_500).compareTo(band.max()), band.toString());
    }

    @Test
    void sameAmountWrittenDifferentlyIsNoChange() {
        Need a = need("b", "A", "Nettoyage", 100_000, "public", "f", 2);
        Need.Builder b = a.toBuilder();
        b.amount = new Amount(new BigDecimal("100000.00"), new BigDecimal("1E+5"), "EUR", "total");
        Need sameValue = b.build();
        assertEquals(List.of(), Changes.diff(a, sameValue));
    }

    /**
     * The field-by-field diff finds exactly what the former one did, which turned both whole needs into JSON
     * and compared every tracked field: same values, values written differently, nulls, lists and maps.
     */
    @Test
    void diffFindsWhatComparingWholeNeedsAsJsonFound() {
        Need a = need("b", "A", "Nettoyage", 100_000, "public", "f", 2);
        java.util.List<java.util.function.Consumer<Need.Builder>> edits = List.of(
                x -> { },
                x -> x.title = "Nettoyage des locaux",
                x -> x.description = "",
                x -> x.amount = new Amount(new BigDecimal("100000.0"), new BigDecimal("100000"), "EUR", "total"),
                x -> x.amount = new Amount(new BigDecimal("100000"), new BigDecimal("120000"), "EUR", "annual"),
                x -> x.amount = null,
                x -> x.lots = 3,
                x -> x.cpv = new org.vitrine.model.Cpv("90910000-9", Map.of("en", "Cleaning services", "fr", "Services de nettoyage")),
                x -> x.cpv = new org.vitrine.model.Cpv("90911000-6", Map.of("fr", "Nettoyage")),
                x -> x.cpvAdditional = List.of(new org.vitrine.model.Cpv("90919000-2", Map.of())),
                x -> x.launch = new org.vitrine.model.Period(LocalDate.of(2027, 4, 1), LocalDate.of(2027, 6, 30),
                        org.vitrine.model.Period.Precision.month),
                x -> x.reserved = "siae",
                x -> x.reserved = Boolean.TRUE,
                x -> x.beyondYear = true,
                x -> x.buyer = new org.vitrine.model.BuyerRef("b", "Autre nom", "local"),
                x -> {
                    x.suppliersKnown = 2;
                    x.procedure = "open";
                    x.risks = List.of(new org.vitrine.model.RiskFlag("INCOMPLETE", "low", "m", List.of()));
                    x.contact = null;
                });
        for (var first : edits) {
            for (var second : edits) {
                Need.Builder x = a.toBuilder();
                first.accept(x);
                Need before = x.build();
                Need.Builder y = a.toBuilder();
                second.accept(y);
                Need after = y.build();
                assertEquals(formerDiff(before, after), Changes.diff(before, after));
            }
        }
    }

    /** The former implementation (whole needs as JSON, then each tracked field compared), kept as the reference. */
    private static List<org.vitrine.model.FieldChange> formerDiff(Need before, Need after) {
        com.fasterxml.jackson.databind.JsonNode a = Json.MAPPER.valueToTree(before);
        com.fasterxml.jackson.databind.JsonNode b = Json.MAPPER.valueToTree(after);
        List<org.vitrine.model.FieldChange> changes = new java.util.ArrayList<>();
        for (String f : Changes.TRACKED) {
            var x = a.get(f);
            var y = b.get(f);
            if (!Changes.same(x, y)) {
                changes.add(new org.vitrine.model.FieldChange(f, Changes.text(x), Changes.text(y)));
            }
        }
        return changes;
    }
}
