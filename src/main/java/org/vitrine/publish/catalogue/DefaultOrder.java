package org.vitrine.publish.catalogue;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.vitrine.model.Need;
import org.vitrine.model.Period;

/**
 * The catalogue's default order, the same on the page before its script runs, in the search index and in
 * the script: by launch window (start, then the narrower first; unknown last), then title, then id.
 */
public final class DefaultOrder {

    /** Launch windows by start, end and precision (a day before its month before its quarter). */
    public static final Comparator<Period> PERIODS = Comparator.comparing(Period::start, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Period::end, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Period::precision);

    private DefaultOrder() {
    }

    public static List<Need> sort(List<Need> needs, Locale locale) {
        Collator collator = Collator.getInstance(locale);
        collator.setStrength(Collator.SECONDARY);
        record Keyed(Need need, java.text.CollationKey title) {
        }
        Comparator<Keyed> order = Comparator.comparing((Keyed k) -> k.need().launch(), Comparator.nullsLast(PERIODS))
                .thenComparing(Keyed::title)
                .thenComparing(k -> k.need().id());
        return needs.stream().map(n -> new Keyed(n, collator.getCollationKey(n.title() == null ? "" : n.title())))
                .sorted(order).map(Keyed::need).toList();
    }
}
