package org.vitrine.risk.rules.market;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vitrine.model.Need;
import org.vitrine.risk.Flags;
import org.vitrine.risk.RiskContext;
import org.vitrine.risk.RiskRule;

/**
 * GROUPING_OPPORTUNITY: near-identical needs of different buyers that could be bought together.
 * Two needs are similar when they share the CPV class ({@code cpvDepth}, default 4) and their titles'
 * words ({@link Titles#tokens}: folded, stop words and generic procurement words dropped, final s/x
 * stripped) have a Jaccard similarity — shared words over all words — of at least
 * {@code minSimilarity} (default 0.5: "Nettoyage des locaux" and "nettoyage locaux administratifs"
 * match, 2/3; "Nettoyage des vitres" does not, 1/3).
 *
 * <p>Near linear: within each CPV class an inverted index maps each word to the needs using it; a
 * need is compared only with needs sharing a word, rarest words first, skipping words used by more
 * than {@code maxTokenFrequency} needs of the class (they say little), and with at most
 * {@code maxCandidates} needs. A pair found from either side counts. Related needs are capped at
 * {@code maxRelated}, most similar first, symmetric ({@link Links}).
 *
 * <p>Central purchasing and call-offs are skipped here although the contract's skip list does not name
 * this rule: they are already bought together. Joint groups are kept: another buyer may join them.
 */
public final class GroupingOpportunity implements RiskRule {

    public static final String CODE = "GROUPING_OPPORTUNITY";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String defaultSeverity() {
        return "low";
    }

    @Override
    public void apply(List<Need> needs, RiskContext context, Flags flags) {
        int depth = context.settings().intParam(CODE, "cpvDepth", 4);
        Map<String, List<Need>> groups = new HashMap<>();
        for (Need n : needs) {
            String p = Market.prefix(n, depth);
            if (p != null && Market.hasBuyer(n) && n.isOpenOpportunity() && n.title() != null) {
                groups.computeIfAbsent(p, k -> new ArrayList<>()).add(n);
            }
        }
        groups.forEach((prefix, group) -> group(prefix, group, context, flags));
    }

    private void group(String prefix, List<Need> group, RiskContext context, Flags flags) {
        int maxRelated = context.settings().intParam(CODE, "maxRelated", 20);
        int maxNames = context.settings().intParam(CODE, "maxNames", 5);
        group.sort(Comparator.comparing(Need::id));
        int m = group.size();
        Titles.Index index = Titles.index(group.stream().map(Need::title).toList());
        Map<String, Integer> buyerIds = new HashMap<>();
        int[] buyer = group.stream().mapToInt(n -> buyerIds.computeIfAbsent(n.buyer().id(), k -> buyerIds.size())).toArray();
        Links links = candidates(index.tokens(), index.postings(), buyer, context);
        // Buyers with a similar need: from every similar pair, not only the capped related list
        // (two passes over the pairs: count, then fill one int[] of buyer ids per need).
        int[] count = new int[m];
        links.forEach((a, b) -> {
            count[a]++;
            count[b]++;
        });
        int[][] partners = new int[m][];
        for (int i = 0; i < m; i++) {
            partners[i] = new int[count[i]];
            count[i] = 0;
        }
        links.forEach((a, b) -> {
            partners[a][count[a]++] = buyer[b];
            partners[b][count[b]++] = buyer[a];
        });
        String[] buyerNames = new String[buyerIds.size()];
        for (int i = 0; i < m; i++) {
            buyerNames[buyer[i]] = name(group.get(i));
        }
        int[][] related = links.build(m, maxRelated);
        for (int i = 0; i < m; i++) {
            if (partners[i].length == 0) {
                continue;
            }
            Need n = group.get(i);
            List<String> names = Arrays.stream(partners[i]).distinct().mapToObj(b -> buyerNames[b]).sorted().toList();
            String shown = String.join(", ", names.subList(0, Math.min(maxNames, names.size())))
                    + (names.size() > maxNames ? ", …" : "");
            flags.add(CODE, n, context.severity(this), Market.ids(group, related[i]), "risk." + CODE,
                    names.size(), shown, Market.classCode(prefix), Market.label(n, prefix, "fr"), Market.label(n, prefix, "en"));
        }
    }

    /** Compares each need with other buyers' needs sharing its rarest words; keeps the similar pairs. */
    private static Links candidates(int[][] tokens, int[][] postings, int[] buyer, RiskContext context) {
        double min = context.settings().doubleParam(CODE, "minSimilarity", 0.5);
        int maxFrequency = context.settings().intParam(CODE, "maxTokenFrequency", 200);
        int maxCandidates = context.settings().intParam(CODE, "maxCandidates", 200);
        int m = tokens.length;
        Links links = new Links();
        int[] seenBy = new int[m];
        Arrays.fill(seenBy, -1);
        for (int i = 0; i < m; i++) {
            // Rarest words first, then by word id: (frequency, id) packed in one long, sorted without boxing.
            long[] byRarity = new long[tokens[i].length];
            for (int k = 0; k < byRarity.length; k++) {
                int w = tokens[i][k];
                byRarity[k] = ((long) postings[w].length << 32) | w;
            }
            Arrays.sort(byRarity);
            int candidates = 0;
            for (long packed : byRarity) {
                int w = (int) packed;
                if (postings[w].length > maxFrequency) {
                    break;
                }
                for (int k = 0; k < postings[w].length && candidates < maxCandidates; k++) {
                    int j = postings[w][k];
                    if (seenBy[j] == i || buyer[j] == buyer[i]) {
                        continue;
                    }
                    seenBy[j] = i;
                    candidates++;
                    double s = Titles.jaccard(tokens[i], tokens[j]);
                    if (s >= min) {
                        links.add(i, j, (int) Math.round((1 - s) * 1_000_000));
                    }
                }
            }
        }
        return links;
    }

    private static String name(Need n) {
        return n.buyer().name() == null || n.buyer().name().isBlank() ? n.buyer().id() : n.buyer().name();
    }
}
