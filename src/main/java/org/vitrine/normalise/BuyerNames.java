package org.vitrine.normalise;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.vitrine.config.Fold;
import org.vitrine.model.BuyerRef;
import org.vitrine.model.Need;
import org.vitrine.context.Run;

/**
 * One name per buyer not in buyers.yaml (issue 22, item 5): rows whose buyer names fold alike ("Ville de
 * Roubaix", "VILLE DE ROUBAIX") already share an id; a name also given with a SIRET joins that SIRET's buyer;
 * each buyer then gets the spelling most of its rows use (the first in source order on a tie), and the run
 * report names the other spellings. Needs in source order in, the same order out; deterministic.
 */
final class BuyerNames {

    private BuyerNames() {
    }

    static List<Need> unify(List<Need> needs, Run run) {
        var buyers = run.config().buyers();
        // A folded name seen with exactly one SIRET buyer belongs to it.
        Map<String, Set<String>> siretIdsByName = new HashMap<>();
        for (Need n : needs) {
            if (buyers.byId(n.buyer().id()) == null && n.buyer().id().startsWith("siret-")) {
                siretIdsByName.computeIfAbsent(Fold.fold(n.buyer().name()), k -> new TreeSet<>()).add(n.buyer().id());
            }
        }
        Map<String, Map<String, Integer>> spellings = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>(needs.size());
        for (Need n : needs) {
            String id = n.buyer().id();
            if (buyers.byId(id) == null && !id.startsWith("siret-")) {
                Set<String> sirets = siretIdsByName.get(Fold.fold(n.buyer().name()));
                if (sirets != null && sirets.size() == 1 && !Fold.fold(n.buyer().name()).matches("\\d{14}")) {
                    id = sirets.iterator().next();
                }
            }
            ids.add(id);
            if (buyers.byId(id) == null) {
                spellings.computeIfAbsent(id, k -> new LinkedHashMap<>()).merge(n.buyer().name(), 1, Integer::sum);
            }
        }
        Map<String, String> nameById = new HashMap<>();
        spellings.forEach((id, names) -> {
            String best = null;
            int count = 0;
            for (Map.Entry<String, Integer> e : names.entrySet()) {
                // A SIRET typed in the buyer column is no name when a real one is known.
                boolean digits = e.getKey().replaceAll("\\s", "").matches("\\d{14}");
                if (best == null || !digits && (e.getValue() > count || best.replaceAll("\\s", "").matches("\\d{14}"))) {
                    best = e.getKey();
                    count = e.getValue();
                }
            }
            nameById.put(id, best);
            if (names.size() > 1) {
                List<String> others = names.keySet().stream().filter(x -> !x.equals(nameById.get(id))).toList();
                run.warn(run.messages().get("buyers.spellings", nameById.get(id), String.join(" ; ", others)));
            }
        });
        List<Need> out = new ArrayList<>(needs.size());
        for (int i = 0; i < needs.size(); i++) {
            Need n = needs.get(i);
            String id = ids.get(i);
            String name = nameById.get(id);
            if (name == null || id.equals(n.buyer().id()) && name.equals(n.buyer().name())) {
                out.add(n);
                continue;
            }
            Need moved = n.withBuyer(new BuyerRef(id, name, n.buyer().kind()));
            out.add(moved.withId(NeedIds.idFor(id, n.reference(), n.title(), n.cpv().code())));
        }
        return out;
    }
}
