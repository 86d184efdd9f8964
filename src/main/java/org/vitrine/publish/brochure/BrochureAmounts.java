package org.vitrine.publish.brochure;

import java.math.BigDecimal;
import org.vitrine.messages.Messages;
import org.vitrine.model.Amount;
import org.vitrine.model.Need;
import org.vitrine.messages.Fmt;
import org.vitrine.model.TotalValue;

/**
 * Amounts as the brochure writes them, in words rather than signs: "plus de 1 000 000 €", "moins de
 * 40 000 €", "de 40 000 à 90 000 €", and a yearly amount with its total over the duration ("900 000 € par
 * an, soit 2 700 000 € sur 36 mois", as the catalogue's {@link TotalValue}). The catalogue's {@link Fmt}
 * keeps its signs (its methods are shared); numbers still come from {@link Fmt#number}.
 */
public final class BrochureAmounts {

    private final Messages messages;
    private final Fmt fmt;

    public BrochureAmounts(Messages messages, Fmt fmt) {
        this.messages = messages;
        this.fmt = fmt;
    }

    /** One amount as given ("par an" added for a yearly one); "" when there is none. */
    public String of(Amount a) {
        if (a == null || (a.min() == null && a.max() == null)) {
            return "";
        }
        String text = figure(a);
        return "annual".equals(a.basis()) ? messages.get("bro.amount.per_year", text) : text;
    }

    /** A need's amount: as given, and for a yearly one its total over the duration, or that the duration is unknown. */
    public String of(Need n) {
        Amount a = n == null ? null : n.amount();
        if (a == null || (a.min() == null && a.max() == null)) {
            return "";
        }
        if (!"annual".equals(a.basis())) {
            return figure(a);
        }
        if (!TotalValue.isScaled(n)) {
            return messages.get("bro.amount.annual_no_duration", figure(a));
        }
        return messages.get("bro.amount.annual", figure(a), figure(TotalValue.of(n)), String.valueOf(n.durationMonths()));
    }

    /**
     * A sum of totals in euros ({@link TotalValue.Sum}): "229 501 000 €" when every total in it was exact,
     * "de 180 000 000 à 229 501 000 €" over ranges, "au moins 180 000 000 €" when some total has no upper
     * figure.
     */
    public String sum(TotalValue.Sum s) {
        if (s.open()) {
            return messages.get("bro.amount.at_least", messages.get("bro.amount.exact", fmt.number(s.low())));
        }
        if (s.exact()) {
            return messages.get("bro.amount.exact", fmt.number(s.high()));
        }
        return messages.get("bro.amount.range", fmt.number(s.low()), fmt.number(s.high()));
    }

    /** A figure in euros, "12 000 €". */
    public String euros(BigDecimal value) {
        return messages.get("bro.amount.exact", fmt.number(value));
    }

    private String figure(Amount a) {
        if (a.max() == null) {
            return messages.get("bro.amount.more", fmt.number(a.min()));
        }
        if (TotalValue.upperExcluded(a)) {
            return messages.get("bro.amount.less", fmt.number(a.max()));
        }
        if (a.min() != null && a.min().compareTo(a.max()) != 0) {
            return messages.get("bro.amount.range", fmt.number(a.min()), fmt.number(a.max()));
        }
        return messages.get("bro.amount.exact", fmt.number(a.max()));
    }
}
