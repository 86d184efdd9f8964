package org.vitrine.risk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.vitrine.model.Amount;
import org.vitrine.model.Need;
import org.vitrine.model.Period;

/** Figures as messages quote them, in the edition's language, the way pages write amounts, dates and thresholds. */
public final class Texts {

    private final RiskContext context;

    public Texts(RiskContext context) {
        this.context = context;
    }

    /**
     * The row's own words as the rules read them, folded: title, description and the words around its read values
     * ({@code notes}, the procedure's among them), one space between each.
     */
    public static StringBuilder rowText(Need n) {
        StringBuilder text = new StringBuilder(org.vitrine.risk.reference.Words.fold(n.title())).append(' ')
                .append(org.vitrine.risk.reference.Words.fold(n.description()));
        if (n.notes() != null) {
            n.notes().forEach((k, v) -> text.append(' ').append(org.vitrine.risk.reference.Words.fold(v)));
        }
        return text;
    }

    /** A message of the risk bundles with its figures: a part of a flag's message (an item, a list). */
    public String message(String key, Object... args) {
        return context.messages().get(key, args);
    }

    /** An amount in euros: "216 000 €". */
    public String euros(double v) {
        return context.fmt().number(decimal(v)) + "\u00A0€";
    }

    /** A need's value over its whole duration: "214 500 €", "180 000 – 250 000 €", "> 1 000 000 €", "< 40 000 €". */
    public String value(Value v) {
        BigDecimal max = v.openEnded() ? null : decimal(v.max());
        String text = context.fmt().amount(new Amount(decimal(v.min()), max, "EUR", "total"));
        // options or renewals read in the description are said, so the buyer sees where the total comes from
        if (!v.options().any()) {
            return text;
        }
        List<String> parts = new java.util.ArrayList<>(2);
        if (v.options().amount() > 0) {
            parts.add(message("risk.value.options.amount", euros(v.options().amount())));
        }
        if (v.options().renewals() > 0) {
            parts.add(message("risk.value.options.renewals", v.options().renewals()));
        }
        return text + message("risk.value.options", String.join(", ", parts));
    }

    /** The basis of a threshold, as messages name it. */
    public String basis(Threshold t) {
        return context.fmt().label("risk.basis", t.basis().name());
    }

    public String date(LocalDate d) {
        return context.fmt().date(d);
    }

    /** A launch or other window at its own precision: "mars 2027", "T3 2027", "15 mai 2027". */
    public String period(Period p) {
        return context.fmt().period(p);
    }

    /** A percentage with one decimal at most. */
    public String percent(double v) {
        return context.fmt().number(BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros());
    }

    public String number(double v) {
        return context.fmt().number(decimal(v));
    }

    public String procedure(Need n) {
        return n.procedure() == null ? context.fmt().label("risk", "no_procedure") : context.fmt().label("procedure", n.procedure());
    }

    /** Up to {@code max} members, each as {@code item} writes it, then "et N autres". */
    public String list(List<Need> members, Function<Need, String> item, int max) {
        StringBuilder sb = new StringBuilder();
        String sep = context.fmt().label("risk", "list_separator");
        for (int i = 0; i < members.size() && i < max; i++) {
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(item.apply(members.get(i)));
        }
        if (members.size() > max) {
            sb.append(sep).append(context.fmt().label("risk", "and_others").replace("#", String.valueOf(members.size() - max)));
        }
        return sb.toString();
    }

    /** A member as cluster messages list it: "title (buyer)". */
    public String member(Need n) {
        return n.title() + " (" + (n.buyer() == null ? "" : n.buyer().name()) + ")";
    }

    private static BigDecimal decimal(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
