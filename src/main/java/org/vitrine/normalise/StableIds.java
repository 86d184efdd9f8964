package org.vitrine.normalise;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.vitrine.config.Fold;
import org.vitrine.model.Need;

/**
 * Need ids that two needs would share (issue 16, outside attacker A, failure 2): two buyers whose slugs collide
 * (« departement » + « MORVAN-SUD CD-27-01 », « departement-morvan-sud » + « CD-27-01 »), two rows of one buyer without a
 * reference and with one title. The suffix was « -2 » by order: remove the first need and the second took its id, its
 * URL, its QR code, and changes.html said the first was modified into the second and the second withdrawn.
 * <ul>
 * <li>A need the previous edition published (same identity, {@link #identity}) keeps the id it had there, when that id
 * is still one of its own (its id, or its id followed by a suffix).</li>
 * <li>Otherwise the first need of its id (source order) takes the id, unless the previous edition gave it to another
 * need: a need known by its reference is another need; a need without one (or whose reference lost a name or a
 * contact) may be the same one revised, and takes it.</li>
 * <li>Every other need of that id gets « -&lt;hash&gt; », a short hash of its identity: the same in every edition,
 * whatever came before it.</li>
 * </ul>
 * A need that collides with none keeps its id as it was.
 */
final class StableIds {

    private static final int SUFFIX_CHARS = 8;

    private StableIds() {
    }

    /**
     * What identifies a need from one edition to the next: its buyer and its reference (as its id reads it) when it is
     * published whole; else (no reference, or one a name or contact was removed from) its buyer and published content. Only published
     * text goes into it, so that its hash in an id tells nothing the pages do not.
     */
    static String identity(Need n) {
        String buyer = n.buyer() == null ? "" : n.buyer().id();
        java.util.Set<String> names = NeedIds.contactNames(n.contact());
        if (NeedIds.publishedWhole(n.reference(), names)) {
            // as the id reads it: « CD 27 01 » retyped « CD-27-01 » is the same need
            return "ref|" + buyer + "|" + Ids.slug(n.reference(), Integer.MAX_VALUE);
        }
        StringBuilder b = new StringBuilder("row|").append(buyer);
        b.append('|').append(folded(n.reference(), names)).append('|').append(folded(n.title(), names));
        b.append('|').append(n.cpv() == null ? "" : n.cpv().code());
        if (n.amount() != null) {
            b.append('|').append(n.amount().min() == null ? "" : n.amount().min().stripTrailingZeros().toPlainString())
                    .append('|').append(n.amount().max() == null ? "" : n.amount().max().stripTrailingZeros().toPlainString());
        }
        if (n.launch() != null) {
            b.append('|').append(n.launch().start()).append('|').append(n.launch().end());
        }
        b.append('|').append(folded(n.description(), names)).append('|').append(folded(n.location(), names));
        return b.toString();
    }

    private static boolean byReference(Need n) {
        return NeedIds.publishedWhole(n.reference(), NeedIds.contactNames(n.contact()));
    }

    private static String folded(String text, java.util.Set<String> names) {
        String p = NeedIds.published(text, names);
        return p == null ? "" : Fold.fold(p);
    }

    /**
     * The previous edition's needs, those whose id an earlier version made of text public files remove (« …-dossier-mme-vuillemot »)
     * under the id they have now: the same need, not one withdrawn, whose old id the new edition would publish again
     * (changes.html, needs.json's withdrawals, the calendar's cancelled event). The same map when there is none.
     */
    static Map<String, Need> renamed(Map<String, Need> previous) {
        Map<String, Need> out = null;
        for (Map.Entry<String, Need> e : new TreeMap<>(previous).entrySet()) {
            Need p = e.getValue();
            java.util.Set<String> names = NeedIds.contactNames(p.contact());
            if (p.reference() == null || NeedIds.publishedWhole(p.reference(), names) || p.buyer() == null || p.cpv() == null
                    || p.title() == null) {
                continue;
            }
            String now = NeedIds.idFor(p.buyer().id(), p.reference(), p.title(), p.cpv().code(), names);
            String id = e.getKey();
            // its own id, or that id with the suffix of a collision (« -<hash> », « -2 » of the older order)
            if (ownId(id, now) || previous.containsKey(now) || out != null && out.containsKey(now)) {
                continue;
            }
            if (out == null) {
                out = new LinkedHashMap<>(previous);
            }
            out.remove(id);
            out.put(now, p.withId(now));
        }
        return out == null ? previous : out;
    }

    /** The needs (in source order, each with the id it would have alone) with their settled ids, sorted by id. */
    static List<Need> settle(List<Need> needs, Map<String, Need> previous) {
        Map<String, List<Integer>> byBase = new LinkedHashMap<>();
        for (int i = 0; i < needs.size(); i++) {
            byBase.computeIfAbsent(needs.get(i).id(), k -> new ArrayList<>()).add(i);
        }
        // the previous edition's ids by identity (sorted: the same choice whatever the map's order)
        Map<String, String> previousIds = new HashMap<>();
        Map<String, String> previousIdentity = new HashMap<>();
        for (Map.Entry<String, Need> e : new TreeMap<>(previous).entrySet()) {
            String identity = identity(e.getValue());
            previousIds.putIfAbsent(identity, e.getKey());
            previousIdentity.put(e.getKey(), identity);
        }
        String[] ids = new String[needs.size()];
        Set<String> taken = new HashSet<>();
        // 1. a need of the previous edition keeps its id when that id is still one of its own
        for (Map.Entry<String, List<Integer>> e : byBase.entrySet()) {
            String base = e.getKey();
            for (int i : e.getValue()) {
                String before = previousIds.get(identity(needs.get(i)));
                if (before != null && ownId(before, base) && !taken.contains(before)
                        && (before.equals(base) || !byBase.containsKey(before))) {
                    ids[i] = before;
                    taken.add(before);
                }
            }
        }
        // 2. the first need left takes its id when nobody else had it; the others their own suffix
        for (Map.Entry<String, List<Integer>> e : byBase.entrySet()) {
            String base = e.getKey();
            for (int i : e.getValue()) {
                if (ids[i] != null) {
                    continue;
                }
                Need n = needs.get(i);
                Need holder = previous.get(base);
                boolean free = !taken.contains(base) && (holder == null || !byReference(n) && !byReference(holder));
                String id = free ? base : suffixed(base, identity(n), taken, byBase.keySet(), previousIdentity);
                ids[i] = id;
                taken.add(id);
            }
        }
        List<Need> out = new ArrayList<>(needs.size());
        for (int i = 0; i < needs.size(); i++) {
            Need n = needs.get(i);
            out.add(ids[i].equals(n.id()) ? n : n.withId(ids[i]));
        }
        out.sort(java.util.Comparator.comparing(Need::id));
        return out;
    }

    /**
     * The id is {@code base}, or {@code base} with a collision's suffix (« -<hash> », « -2 » of the older order): not
     * « base-mme-vuillemot », an id an earlier version made of a removed name.
     */
    private static boolean ownId(String id, String base) {
        return id.equals(base) || id.startsWith(base + "-") && id.substring(base.length()).matches("(-[0-9a-f]{8})?(-[0-9]+)?");
    }

    /** The id followed by the need's own hash; should that be taken, by « -2 », « -3 »… after it. */
    private static String suffixed(String base, String identity, Set<String> taken, Set<String> bases,
            Map<String, String> previousIdentity) {
        String first = base + "-" + NeedIds.hash(identity, SUFFIX_CHARS);
        String id = first;
        for (int k = 2; taken.contains(id) || bases.contains(id)
                || previousIdentity.containsKey(id) && !previousIdentity.get(id).equals(identity); k++) {
            id = first + "-" + k;
        }
        return id;
    }
}
