package org.vitrine.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vitrine.model.Amount;
import org.vitrine.model.FieldChange;
import org.vitrine.model.Need;
import org.vitrine.model.Period;
import org.vitrine.normalise.Needs;

/** A revised need's change list reads as its page reads, not as the JSON it is recorded in. */
class ChangeTextTest {

    static List<String> change(String lang, Need before, Need after) {
        List<FieldChange> changes = org.vitrine.publish.ChangesAccess.diff(before, after);
        assertEquals(1, changes.size(), changes.toString());
        return new Fmt(Messages.of(lang)).changeValues(changes.get(0));
    }

    static Need amount(long value) {
        Need.Builder b = Needs.need("b", "R", "T", 1, "public", "f.xlsx", 2).toBuilder();
        // as the amount parser gives it: 55000 may be held as 5.5E+4
        b.amount = new Amount(new BigDecimal(BigDecimal.valueOf(value).stripTrailingZeros().toString()),
                new BigDecimal(BigDecimal.valueOf(value).stripTrailingZeros().toString()), "EUR", "total");
        return b.build();
    }

    static Need launch(int quarter) {
        Need.Builder b = Needs.need("b", "R", "T", 1, "public", "f.xlsx", 2).toBuilder();
        LocalDate s = LocalDate.of(2027, quarter * 3 - 2, 1);
        b.launch = new Period(s, s.plusMonths(3).minusDays(1), Period.Precision.quarter);
        return b.build();
    }

    @Test
    void anAmountReadsAsAnAmountInFrenchAndEnglish() {
        assertEquals(List.of("55\u202F000\u00A0€", "75\u202F000\u00A0€"), change("fr", amount(55_000), amount(75_000)));
        assertEquals(List.of("55,000\u00A0€", "75,000\u00A0€"), change("en", amount(55_000), amount(75_000)));
    }

    @Test
    void aLaunchReadsAsItsWindow() {
        assertEquals(List.of("2e trimestre 2027", "3e trimestre 2027"), change("fr", launch(2), launch(3)));
    }

    @ParameterizedTest
    @CsvSource({"procedure, adapted, open, Procédure adaptée (MAPA), Appel d’offres ouvert",
        "reserved, false, siae, non, Réservé aux SIAE",
        "innovation, , true, non renseigné, oui",
        "durationMonths, 24, 36, 24 mois, 36 mois",
        "frameworkAward, single, multiple, Mono-attributaire : un seul titulaire, Multi-attributaire : plusieurs titulaires"})
    void codesAndFlagsReadAsLabels(String field, String old, String now, String oldText, String nowText) {
        ChangeText text = new ChangeText(new Fmt(Messages.of("fr")), Messages.of("fr"));
        assertEquals(List.of(oldText, nowText), text.values(new FieldChange(field, old, now)));
    }
}
