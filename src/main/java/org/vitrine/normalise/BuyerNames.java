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
 * Roubaix", "VILLE DE ROUBAIX") already share an id; names alike once a public body's abbreviation is spelt out
 * ("CHU de Lille", "Centre hospitalier universitaire de Lille") join the id most rows use; a name also given with
 * a SIRET joins that SIRET's buyer, and two SIRETs are never one buyer. Each buyer then gets the spelling most of
 * its rows use (the first in source order on a tie), and the run report (console and run-report.json) lists every
 * spelling seen before merging, with its rows and files, so that the officer adds the buyer and its aliases to
 * buyers.yaml or sees a wrong merge. Needs in source order in, the same order out; deterministic.
 */
final class BuyerNames {

    /** The grouping key of a buyer known by its SIRET alone, until it gets its id from its name. */
    static final String SIRET = "siret-";

    private BuyerNames() {
    }

    static List<Need> unify(List<Need> needs, Run run) {
        var buyers = run.config().buyers();
        // each buyer name folded once (Fold.buyerName: acronyms joined, abbreviations spelt out)
        // and without their linking words: « Ehpad les Tilleuls - Beaumont » is « Ehpad Les Tilleuls de Beaumont »
        List<String> keys = needs.stream().map(n -> core(Fold.buyerName(n.buyer().name()))).toList();
        // A folded name seen with exactly one SIRET buyer belongs to it.
        Map<String, Set<String>> siretIdsByName = new HashMap<>();
        for (int i = 0; i < needs.size(); i++) {
            Need n = needs.get(i);
            if (buyers.byId(n.buyer().id()) == null && n.buyer().id().startsWith(SIRET)) {
                siretIdsByName.computeIfAbsent(keys.get(i), k -> new TreeSet<>()).add(n.buyer().id());
            }
        }
        List<String> ids = new ArrayList<>(needs.size());
        for (int i = 0; i < needs.size(); i++) {
            Need n = needs.get(i);
            String id = n.buyer().id();
            if (buyers.byId(id) == null && !id.startsWith(SIRET)) {
                Set<String> sirets = siretIdsByName.get(keys.get(i));
                if (sirets != null && sirets.size() == 1 && !Fold.fold(n.buyer().name()).matches("\\d{14}")) {
                    id = sirets.iterator().next();
                }
            }
            ids.add(id);
        }
        // Names alike once spelt out share the id most of their rows have (the first met on a tie); a SIRET's buyer
        // keeps its own id, a name given with two SIRETs stays apart.
        Map<String, Map<String, Integer>> rowsByKey = new LinkedHashMap<>();
        for (int i = 0; i < needs.size(); i++) {
            if (buyers.byId(ids.get(i)) == null && !ids.get(i).startsWith(SIRET)) {
                rowsByKey.computeIfAbsent(keys.get(i), k -> new LinkedHashMap<>()).merge(ids.get(i), 1, Integer::sum);
            }
        }
        Map<String, String> joined = new HashMap<>();
        rowsByKey.values().stream().filter(byId -> byId.size() > 1).forEach(byId -> {
            String kept = byId.entrySet().stream().reduce((a, b) -> b.getValue() > a.getValue() ? b : a).orElseThrow().getKey();
            byId.keySet().forEach(id -> joined.put(id, kept));
        });
        ids.replaceAll(id -> joined.getOrDefault(id, id));
        // every spelling of each buyer not in buyers.yaml, before merging: rows and files (sorted) per spelling
        Map<String, Map<String, Integer>> spellings = new LinkedHashMap<>();
        Map<String, Map<String, Set<String>>> filesBySpelling = new HashMap<>();
        for (int i = 0; i < needs.size(); i++) {
            String id = ids.get(i);
            if (buyers.byId(id) == null) {
                Need n = needs.get(i);
                spellings.computeIfAbsent(id, k -> new LinkedHashMap<>()).merge(n.buyer().name(), 1, Integer::sum);
                filesBySpelling.computeIfAbsent(id, k -> new HashMap<>()).computeIfAbsent(n.buyer().name(), k -> new TreeSet<>())
                        .add(n.source().file());
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
            run.report().unknownBuyerMerged(names.keySet(), best);
            if (names.size() > 1) {
                List<String> seen = names.entrySet().stream().map(e -> run.messages().get("buyers.spelling", e.getKey(),
                        e.getValue(), String.join(", ", filesBySpelling.get(id).get(e.getKey())))).toList();
                run.report().warn(run.messages().get("buyers.spellings", nameById.get(id), String.join(" ; ", seen)));
            }
        });
        probablySame(needs, ids, keys, nameById, run);
        Map<String, String> publicIds = publicIds(nameById, buyers);
        List<Need> out = new ArrayList<>(needs.size());
        Map<String, String> moves = new HashMap<>();
        for (int i = 0; i < needs.size(); i++) {
            Need n = needs.get(i);
            String id = publicIds.getOrDefault(ids.get(i), ids.get(i));
            if (!id.equals(n.buyer().id())) {
                moves.put(n.buyer().id(), id);
            }
            String name = nameById.get(ids.get(i));
            if (name == null || id.equals(n.buyer().id()) && name.equals(n.buyer().name())) {
                out.add(n);
                continue;
            }
            Need moved = n.withBuyer(new BuyerRef(id, name, n.buyer().kind()));
            out.add(moved.withId(NeedIds.idFor(id, n.reference(), n.title(), n.cpv().code(), NeedIds.contactNames(n.contact()))));
        }
        // The rejected rows of a moved buyer go to the feedback of the buyer its needs now have.
        publicIds.forEach(moves::putIfAbsent);
        if (!moves.isEmpty()) {
            run.report().rejects().replaceAll(r -> r.buyer() != null && moves.containsKey(r.buyer()) ? r.withBuyer(moves.get(r.buyer())) : r);
        }
        return out;
    }

    /** A label left before a removed contact or name (« contact : », « tél. »), taken away with it; \0 marks the gap. */
    private static final java.util.regex.Pattern LABELLED_GAP = java.util.regex.Pattern.compile("(?i)(?:(?<![\\p{L}])(?:contact"
            + "|t[ée]l[ée]?(?:phone)?|mail|e-mail|email|courriel|m[ée]l|portable|fax|interlocut(?:eur|rice)|r[ée]f[ée]rente?"
            + "|suivie? par|" + org.vitrine.text.PublicLinks.SECRET_LABEL + ")\\.?\\s*:?\\s*)?\u0000");

    /**
     * A buyer's name without what a person wrote beside it (« Mairie – contact : j.martin@ville.fr », « CCAS (M. Durand) »):
     * the name is on every public page, file and URL of the buyer, so no address, number or person's name stays in it
     * (not even the functional contact, which its page shows anyway); the labels and brackets left empty go with them.
     * The name as written when there is none; possibly empty when the cell held nothing else.
     */
    static String withoutPersonalData(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        // a password too (« Syndicat (mot de passe : …) », attacker Y: it reached the buyer's page address and ids)
        String t = org.vitrine.text.PersonNames.removed(org.vitrine.text.ContactsInText.removed(org.vitrine.text.PublicLinks.inText(name), Set.of()));
        if (t.equals(name)) {
            return name;
        }
        t = t.replace(org.vitrine.text.ContactsInText.REMOVED, "\u0000").replace(org.vitrine.text.PersonNames.REMOVED, "\u0000")
                .replace(org.vitrine.text.PublicLinks.REMOVED, "\u0000");
        // a mark inside other brackets is written without its own (« (nom retiré, maire adjoint) »)
        for (String mark : java.util.List.of(org.vitrine.text.ContactsInText.REMOVED, org.vitrine.text.PersonNames.REMOVED)) {
            t = t.replace(mark.substring(1, mark.length() - 1), "\u0000");
        }
        t = LABELLED_GAP.matcher(t).replaceAll("");
        // what the person's part leaves inside brackets: « (, maire adjoint) », « (maire adjoint : ) », « [ / DGS] »
        t = t.replaceAll("([(\\[])[\\s,;:/|–—-]+", "$1").replaceAll("[\\s,;:/|–—-]+([)\\]])", "$1");
        t = t.replaceAll("[(\\[][\\s,;:/|–—-]*[)\\]]", " ").replaceAll("\\s+", " ");
        t = t.replaceAll("(\\s*)([,;/|–—-])(?:\\s*[,;/|–—-])+", "$1$2");
        return t.replaceAll("^[\\s,;:/|–—-]+|[\\s,;:/|–—(\\[-]+$", "");
    }

    private static final Set<String> LINKING = Set.of("de", "du", "des", "la", "le", "les", "l", "d", "et", "a", "au", "aux", "en", "sur");

    /** A folded buyer name without its linking words. */
    static String core(String folded) {
        StringBuilder b = new StringBuilder();
        for (String w : folded.split(" ")) {
            if (!w.isEmpty() && !LINKING.contains(w)) {
                b.append(b.length() == 0 ? "" : " ").append(w);
            }
        }
        return b.length() == 0 ? folded : b.toString();
    }

    /**
     * Two buyers kept apart whose names differ only by a place (« EHPAD Les Tilleuls », « Ehpad les Tilleuls -
     * Beaumont »): probably one, told to the officer, never merged (a place may tell two establishments apart;
     * two SIRETs are two buyers, said by the buyers themselves, and get no line).
     */
    private static void probablySame(List<Need> needs, List<String> ids, List<String> keys, Map<String, String> nameById, Run run) {
        Map<String, Set<String>> wordsById = new java.util.TreeMap<>();
        Map<String, Set<String>> filesById = new HashMap<>();
        for (int i = 0; i < needs.size(); i++) {
            if (nameById.containsKey(ids.get(i))) {
                wordsById.computeIfAbsent(ids.get(i), k -> new java.util.LinkedHashSet<>()).addAll(List.of(keys.get(i).split(" ")));
                filesById.computeIfAbsent(ids.get(i), k -> new TreeSet<>()).add(needs.get(i).source().file());
            }
        }
        var places = org.vitrine.normalise.parse.Places.load();
        List<String> all = new ArrayList<>(wordsById.keySet());
        for (String a : all) {
            for (String b : all) {
                Set<String> small = wordsById.get(a);
                Set<String> large = wordsById.get(b);
                if (a.equals(b) || a.startsWith(SIRET) && b.startsWith(SIRET) || small.size() < 2 || large.size() <= small.size()
                        || !large.containsAll(small)) {
                    continue;
                }
                List<String> extra = large.stream().filter(w -> !small.contains(w)).toList();
                if (places.isPlaceName(String.join(" ", extra))) {
                    // the place as the buyer wrote it (« Beaumont »), not folded
                    List<String> written = extra.stream().map(w -> java.util.Arrays.stream(nameById.get(b).split("[^\\p{L}\\p{N}]+"))
                            .filter(t -> Fold.fold(t).equals(w)).findFirst().orElse(w)).toList();
                    run.report().warn(run.messages().get("buyers.probably_same", nameById.get(a), nameById.get(b), String.join(" ", written),
                            String.join(", ", filesById.get(a)), String.join(", ", filesById.get(b))));
                }
            }
        }
    }

    /**
     * A buyer known by its SIRET is named after its kept spelling (folded, as any id), not after its SIRET: the
     * id is in page addresses a supplier reads. When that slug is taken (a buyer of buyers.yaml, another SIRET
     * with the same name, a name of digits only) the SIRET follows it, so two buyers never share an id.
     */
    private static Map<String, String> publicIds(Map<String, String> nameById, org.vitrine.config.Buyers buyers) {
        Map<String, List<String>> bySlug = new java.util.TreeMap<>();
        Set<String> taken = new java.util.HashSet<>(nameById.keySet());
        for (String id : new TreeSet<>(nameById.keySet())) {
            if (id.startsWith(SIRET)) {
                bySlug.computeIfAbsent(Ids.slug(nameById.get(id), Ids.MAX_BUYER_BYTES - 15), k -> new ArrayList<>()).add(id);
            }
        }
        Map<String, String> out = new HashMap<>();
        bySlug.forEach((slug, sirets) -> {
            for (String id : sirets) {
                boolean alone = sirets.size() == 1 && !slug.isEmpty() && !slug.matches("[0-9-]*")
                        && buyers.byId(slug) == null && !taken.contains(slug);
                out.put(id, alone ? slug : (slug.isEmpty() ? "" : slug + "-") + id.substring(SIRET.length()));
            }
        });
        return out;
    }
}
