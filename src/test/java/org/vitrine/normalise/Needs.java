package org.vitrine.normalise;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.vitrine.model.Amount;
import org.vitrine.model.BuyerRef;
import org.vitrine.model.Contact;
import org.vitrine.model.Cpv;
import org.vitrine.model.Location;
import org.vitrine.model.Need;
import org.vitrine.model.Period;

/** Builds needs for tests: only what a test sets differs. */
public final class Needs {

    private Needs() {
    }

    public static Need need(String buyer, String reference, String title, long amount, String visibility, String file, int row) {
        return need(buyer, reference, title, amount, visibility, file, row, null);
    }

    public static Need need(String buyer, String reference, String title, long amount, String visibility, String file, int row,
            Contact contact) {
        String id = NeedIds.idFor(buyer, reference, title, "90910000-9");
        return new Need(id, new BuyerRef(buyer, buyer, "local"), reference, title, null,
                new Cpv("90910000-9", Map.of("fr", "Services de nettoyage", "en", "Cleaning services")), List.of(), "services",
                new Amount(BigDecimal.valueOf(amount), BigDecimal.valueOf(amount), "EUR", "total"), null,
                new Period(LocalDate.of(2027, 4, 1), LocalDate.of(2027, 6, 30), Period.Precision.quarter), null, null, null,
                null, null, null, "own", null, contact, null, null, null, null, null, Boolean.FALSE, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, false, false, null, null, null, List.of(), List.of(), List.of(), visibility, new Location("s", file, "S", row), null, null, null);
    }
}
