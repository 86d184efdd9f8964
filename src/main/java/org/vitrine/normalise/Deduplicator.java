package org.vitrine.normalise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vitrine.config.Fold;
import org.vitrine.model.Location;
import org.vitrine.model.Need;
import org.vitrine.context.Run;

/**
 * Merges exact duplicates (same buyer and reference, or identical content, also across sources: the
 * source with precedence wins) and settles id
 * collisions stably ({@link StableIds}); then counts what each file published. One pass with a hash map.
 */
public final class Deduplicator {

    private static final List<String> STRICTNESS = List.of("public", "internal", "restricted", "confidential");
    /** Within a run: the source with precedence first (sources.yaml), then file, sheet and row. */
    private static Comparator<Need> bySource(org.vitrine.config.Config config) {
        return Comparator.comparingInt((Need n) -> config.rank(n.source().source()))
            .thenComparing((Need n) -> n.source().file())
            .thenComparing(n -> n.source().sheet())
            .thenComparingInt(n -> n.source().row());
    }

    public void deduplicate(Run run) {
        List<Need> all = new ArrayList<>(run.report().accepted());
        // The merged needs replace them: not kept twice through the later stages (memory on big forecasts).
        run.report().accepted().clear();
        all.sort(bySource(run.config()));
        all = BuyerNames.unify(Lots.attach(all, run), run);
        Map<String, List<Need>> byKey = new LinkedHashMap<>();
        for (Need n : all) {
            String key = n.reference() != null && !Fold.fold(n.reference()).isEmpty()
                    ? n.buyer().id() + "|ref|" + Fold.fold(n.reference())
                    : n.id();
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(n);
        }
        List<Need> merged = new ArrayList<>();
        for (List<Need> group : byKey.values()) {
            Need first = group.get(0);
            if (first.reference() != null && !Fold.fold(first.reference()).isEmpty()) {
                merged.add(merge(run, group));
            } else {
                // Same title and CPV, no reference: identical content is a duplicate, other content a distinct need.
                Map<Need, List<Need>> byContent = new LinkedHashMap<>();
                for (Need n : group) {
                    byContent.computeIfAbsent(comparable(n), k -> new ArrayList<>()).add(n);
                }
                byContent.values().forEach(same -> merged.add(merge(run, same)));
            }
        }
        var edition = run.edition();
        Map<String, Need> previous = StableIds.renamed(edition.previous());
        if (previous != edition.previous()) {
            // an id of an earlier version made of a removed name is not published again as withdrawn (issue 16)
            edition.previous(previous, edition.previousDate(), edition.previousWithdrawn(), edition.previousCalendar());
        }
        List<Need> needs = StableIds.settle(merged, previous);
        needs.sort(Comparator.comparing(Need::id));
        for (Need n : needs) {
            var counts = run.report().counts(n.source().source(), n.source().file());
            if (n.isPublic()) {
                counts.published++;
            } else {
                counts.internalOnly++;
            }
        }
        run.needs(needs);
    }

    /**
     * Keeps the first need of the group, with the strictest visibility of all; counts the others. A merged row
     * whose reference is written differently ("A/1", "a 1") or whose content differs is told to its buyer: the
     * reference says one need, the row says something else (issue 16.9).
     */
    private static Need merge(Run run, List<Need> group) {
        Need kept = group.get(0);
        String visibility = kept.visibility();
        for (Need other : group.subList(1, group.size())) {
            Location s = other.source();
            run.report().counts(s.source(), s.file()).duplicates++;
            boolean sameText = java.util.Objects.equals(kept.reference(), other.reference());
            boolean sameContent = comparable(kept).equals(comparable(other).withId(kept.id()).withBuyer(kept.buyer()));
            // Across sources the one with precedence wins by design (sources.yaml): only a file's own rows are told.
            // An identical row is told too, naming the row it was merged with: the buyer sees why it has one need fewer.
            if (s.source().equals(kept.source().source())) {
                var m = run.messages();
                Location k = kept.source();
                String key = !sameText ? (sameContent ? "dedupe.reference_variant" : "dedupe.reference_different")
                        : sameContent ? "dedupe.duplicate" : "dedupe.reference_different";
                Object[] args = {nz(other.reference()), nz(kept.reference()), k.file(), k.sheet(), k.row()};
                boolean byReference = other.reference() != null && !other.reference().isBlank();
                run.report().counts(s.source(), s.file()).warnings++;
                run.report().reject(new org.vitrine.model.Reject(s.source(), s.file(), s.sheet(), s.row(),
                        m.get(byReference ? "dedupe.reference_column" : "dedupe.title_column"),
                        byReference ? nz(other.reference()) : other.title(), m.get(key, args), m.get(key + ".fix", args),
                        other.buyer().id(), org.vitrine.model.Reject.WARNING));
            }
            if (STRICTNESS.indexOf(other.visibility()) > STRICTNESS.indexOf(visibility)) {
                visibility = other.visibility();
            }
        }
        return kept.withVisibility(visibility);
    }

    private static Need comparable(Need n) {
        return n.forPublic(n.contact()).withVisibility(null);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
