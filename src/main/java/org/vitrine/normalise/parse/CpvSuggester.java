package org.vitrine.normalise.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The CPV codes nearest to a need's title (issue 22, items 4 and 22.1): the title's significant words (folded,
 * stop words removed, a light French stemming: plurals, feminines, « -aux ») against the words of the CPV 2008
 * labels in French and English, each word weighted by how rare it is among labels and the title's words by their
 * place (a French title names its object first: « Maintenance du logiciel de gestion des bourses » is about
 * maintenance, not purses). A label is proposed only when it is related: it shares two of the title's words, or
 * the one it shares is both the title's first word and the label's. Related labels are ranked: those under the
 * typed code, then those of its division, then the others; within each by how closely label and title cover each
 * other (a label of the nature the title's first word says ahead), then by code. At most three; none rather than an
 * unrelated one. A suggestion, never a correction: the buyer chooses. Used by the rejects, the warnings, `check`
 * and the CPV_IMPRECISE / CPV_MISMATCH lines of the buyers' feedback.
 */
public final class CpvSuggester {

    /** Never more suggestions than a buyer reads in one line. */
    public static final int MAX = 3;

    private static final Set<String> STOP_WORDS = Set.of("de", "du", "des", "la", "le", "les", "l", "d", "et", "en", "a", "au", "aux",
            "pour", "par", "sur", "avec", "dans", "un", "une", "ou", "the", "of", "and", "for", "or", "in", "on", "to", "with",
            "service", "prestation", "fourniture", "travaux", "travail", "marche", "supply", "supplie", "work", "achat",
            "acquisition", "divers", "autre", "other", "related", "relatif", "relative", "lie", "liee", "connexe", "equipment",
            "equipement", "materiel", "product", "produit", "general", "generaux", "lot", "accord", "cadre", "annee", "an",
            "mise", "place", "type", "element", "ensemble", "besoin", "commune", "communal", "ville", "municipal", "agent",
            "nouveau", "nouvelle", "renouvellement", "contre",
            "systeme", "system", "appareil", "apparatus");
    /**
     * Qualifiers a label may open with, never what it is about (60130000-8 « Services spécialisés de transport routier de
     * passagers » is about road transport): passed over by {@link #object}, still words of the label.
     */
    private static final Set<String> QUALIFIERS = Set.of(stem("specialise"), stem("specialisee"));
    private static final Set<String> STOP = new java.util.HashSet<>();
    /**
     * How a title says a thing is bought, not what it is (« Licences de logiciels scientifiques », « Abonnements de
     * téléphonie mobile »): left out of titles only, as labels that name it (« Logiciels de gestion des licences »)
     * are about it.
     */
    private static final Set<String> TITLE_STOP = Set.of(stem("licence"), stem("license"), stem("abonnement"), stem("subscription"));

    /**
     * Words a buyer uses for what the CPV labels call otherwise, as stems: « semences » are the labels' « graines »,
     * « vidéoprotection » (the legal word since 2011) their « surveillance vidéo », a « médiathèque » their « bibliothèque ».
     */
    private static final Map<String, List<String>> SYNONYMS = new HashMap<>();

    /**
     * Label words whose everyday sense in a forecast is another: « bourse » is a scholarship or an exchange in a
     * title, a purse in the CPV (18923100). Such a word counts only beside one of its context words.
     */
    private static final Map<String, Set<String>> AMBIGUOUS = new HashMap<>();

    /**
     * Words of titles the labels say otherwise, added to a title's words only (a label that says the word keeps its own
     * sense): a « trottoir » is the labels' « chemin piétonnier » (45233161-5), but « Trottoirs roulants » are moving
     * walkways, so never beside one of the word's exception words (officer Z3: « Réfection des trottoirs » had no
     * suggestion).
     */
    private static final Map<String, List<String>> TITLE_SYNONYMS = new HashMap<>();
    private static final Map<String, Set<String>> TITLE_SYNONYM_UNLESS = new HashMap<>();
    /** Title synonyms that hold only beside one of these words (« scolaire » is the labels' « passagers » in a transport only). */
    private static final Map<String, Set<String>> TITLE_SYNONYM_WITH = new HashMap<>();

    /**
     * Head words that decide the family of a title opening with them, before any qualifier (issue 22: « Transport
     * scolaire » typed 99999999 was offered 39162110-9 « Fournitures scolaires », « scolaire » taken for the thing): a
     * service done (transport, maintenance, nettoyage) is offered only codes that do it; a rental (location), codes of
     * renting or the thing rented (a rented photocopier is coded as the photocopier), never another activity.
     */
    private static final Set<String> HEADS = new java.util.HashSet<>();
    private static final Set<String> RENTAL_HEADS = new java.util.HashSet<>();

    /**
     * What is done rather than to what (« Maintenance de », « Location de »): a title or label that shares only
     * such a word with another is about something else (« Location de photocopieurs » is no « Location de terrains »).
     */
    private static final Set<String> ACTIVITIES = new java.util.HashSet<>();

    static {
        for (String w : List.of("maintenance", "entretien", "reparation", "location", "nettoyage", "installation", "gestion",
                "exploitation", "controle", "verification", "construction", "renovation", "rehabilitation", "refection",
                "amenagement", "mission", "assistance", "etude", "conseil", "transport", "livraison", "creation", "realisation",
                "remplacement", "mise", "repair", "maintenance", "rental", "hire", "cleaning", "installation",
                "management", "construction", "study", "consultancy", "inspection", "developpement", "development")) {
            ACTIVITIES.add(stem(w));
        }
        STOP_WORDS.forEach(w -> {
            STOP.add(w);
            STOP.add(stem(w));
        });
        SYNONYMS.put(stem("semence"), List.of(stem("graine")));
        SYNONYMS.put(stem("videoprotection"), List.of("video", stem("surveillance")));
        SYNONYMS.put(stem("videosurveillance"), List.of("video", stem("surveillance")));
        SYNONYMS.put(stem("mediatheque"), List.of(stem("bibliotheque")));
        // the labels pair them (« Services liés aux déchets et aux ordures »), a title says either
        SYNONYMS.put(stem("ordure"), List.of(stem("dechet")));
        // the labels say « entretien » in French and « maintenance » in English for the same services
        SYNONYMS.put(stem("entretien"), List.of(stem("maintenance")));
        // a hospital's forecast says its patients, the labels the hospital (« Repas pour hôpitaux »)
        SYNONYMS.put(stem("patient"), List.of(stem("patient"), stem("hopital")));
        TITLE_SYNONYMS.put(stem("trottoir"), List.of(stem("chemin"), stem("pietonnier")));
        // « Travaux de voirie » are the labels' « routes » (45233100-0), « Travaux d'électricité » their « électriques »,
        // « Nettoyage des locaux » their « bâtiments » (issue 22 §4: 45000000 and 99999999 had no suggestion)
        TITLE_SYNONYMS.put(stem("voirie"), List.of(stem("route"), stem("routier")));
        TITLE_SYNONYMS.put(stem("electricite"), List.of(stem("electrique")));
        TITLE_SYNONYMS.put(stem("locaux"), List.of(stem("batiment")));
        TITLE_SYNONYMS.put(stem("etancheite"), List.of(stem("etancheification")));
        TITLE_SYNONYM_UNLESS.put(stem("trottoir"), Set.of(stem("roulant")));
        // a school transport carries pupils by road: the labels' « transport routier de passagers » (60130000-8)
        Set<String> transport = Set.of(stem("transport"));
        TITLE_SYNONYMS.put(stem("scolaire"), List.of(stem("passager"), stem("routier")));
        TITLE_SYNONYM_WITH.put(stem("scolaire"), transport);
        // so do the transport of pupils, children or persons (a local buyer's: road, not « à traction animale »)
        for (String w : List.of("eleve", "enfant", "personne")) {
            TITLE_SYNONYMS.put(stem(w), List.of(stem("passager"), stem("routier")));
            TITLE_SYNONYM_WITH.put(stem(w), transport);
        }
        // the repair labels say « meubles » (50850000-8), the supply labels « mobilier »
        TITLE_SYNONYMS.put(stem("mobilier"), List.of(stem("meuble")));
        TITLE_SYNONYM_WITH.put(stem("mobilier"), Set.of(stem("maintenance"), stem("reparation")));
        for (String w : List.of("transport", "maintenance", "entretien", "nettoyage", "cleaning")) {
            HEADS.add(stem(w));
        }
        for (String w : List.of("location", "rental", "hire")) {
            HEADS.add(stem(w));
            RENTAL_HEADS.add(stem(w));
        }
        // « entretien » is read as « maintenance » (SYNONYMS)
        HEADS.add(SYNONYMS.get(stem("entretien")).get(0));
        AMBIGUOUS.put(stem("bourse"), Set.of(stem("portefeuille"), stem("maroquinerie"), stem("cuir"), stem("sac")));
    }

    /** A code with the words of its French and of its English label (in label order), and each label's weight. */
    /** One code: its labels' words, their weights, and their objects ({@link #object}), computed once. */
    private record Entry(String code, String label, Set<String> fr, Set<String> en, double frWeight, double enWeight,
            String frObject, String enObject) {
    }

    /** One suggestion: the code with its check digit and its French label. */
    public record Suggestion(String code, String label) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, List<Entry>> byWord = new HashMap<>();
    private final Map<String, Double> idf = new HashMap<>();
    private final Map<String, Entry> byCode = new HashMap<>();

    private CpvSuggester() {
        // the catalogue's entries, its errata applied: a suggestion quotes the label the catalogue prints
        List<CpvCatalogue.Entry> rows = CpvCatalogue.load().entries();
        Map<String, Integer> df = new HashMap<>();
        List<Set<String>[]> words = new ArrayList<>();
        for (CpvCatalogue.Entry row : rows) {
            @SuppressWarnings("unchecked")
            Set<String>[] w = new Set[] {words(row.fr()), words(row.en())};
            words.add(w);
            Set<String> both = new LinkedHashSet<>(w[0]);
            both.addAll(w[1]);
            both.forEach(x -> df.merge(x, 1, Integer::sum));
        }
        df.forEach((w, n) -> idf.put(w, Math.log(1.0 + rows.size() / (double) n)));
        for (int i = 0; i < rows.size(); i++) {
            Set<String>[] w = words.get(i);
            Entry e = new Entry(rows.get(i).code(), rows.get(i).fr(), w[0], w[1], weight(w[0]), weight(w[1]), object(w[0]), object(w[1]));
            entries.add(e);
            byCode.put(e.code(), e);
            Set<String> both = new LinkedHashSet<>(w[0]);
            both.addAll(w[1]);
            both.forEach(x -> byWord.computeIfAbsent(x, k -> new ArrayList<>()).add(e));
        }
    }

    private double weight(Set<String> words) {
        return words.stream().mapToDouble(x -> idf.getOrDefault(x, 0.0)).sum();
    }

    private static final class Holder {
        static final CpvSuggester INSTANCE = new CpvSuggester();
    }

    public static CpvSuggester load() {
        return Holder.INSTANCE;
    }

    /** The stems of a text's significant words, in text order (« Logiciels » and « logiciel » alike). */
    static Set<String> words(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : Text.fold(text).split(" ")) {
            String s = stem(w);
            if (s.length() > 1 && !STOP.contains(w) && !STOP.contains(s) && !s.chars().allMatch(Character::isDigit)) {
                out.addAll(SYNONYMS.getOrDefault(s, List.of(s)));
            }
        }
        return out;
    }

    /** A title's words ({@link #words}) with the {@link #TITLE_SYNONYMS} its words call for, after them. */
    static List<String> titleWords(String title) {
        List<String> out = new ArrayList<>(words(title == null ? "" : title));
        for (String w : List.copyOf(out)) {
            if (TITLE_SYNONYMS.containsKey(w) && TITLE_SYNONYM_UNLESS.getOrDefault(w, Set.of()).stream().noneMatch(out::contains)
                    && (!TITLE_SYNONYM_WITH.containsKey(w) || TITLE_SYNONYM_WITH.get(w).stream().anyMatch(out::contains))) {
                int at = out.indexOf(w) + 1;
                for (String syn : TITLE_SYNONYMS.get(w)) {
                    if (!out.contains(syn)) {
                        out.add(at++, syn);
                    }
                }
            }
        }
        return out;
    }

    /**
     * A light French stemming of a folded word, the same on titles and labels: plural (-s, -x, -aux → -al), then
     * feminine (-euse → -eur, a final -e). Enough to match « photocopieuses » with « photocopieur », « plants » with
     * « plantes », « municipaux » with « municipal »; English words lose their plural the same way.
     */
    static String stem(String w) {
        String s = w;
        if (s.length() > 4 && s.endsWith("aux")) {
            s = s.substring(0, s.length() - 3) + "al";
        } else if (s.length() > 3 && (s.endsWith("s") || s.endsWith("x"))) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.length() > 5 && s.endsWith("euse")) {
            s = s.substring(0, s.length() - 4) + "eur";
        } else if (s.length() > 4 && s.endsWith("e")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /** At most {@code max} (and {@link #MAX}) codes for a title, best first; none when no label is related. */
    public List<Suggestion> suggest(String title, int max) {
        return ranked(title, null).stream().limit(Math.min(max, MAX)).toList();
    }

    /**
     * The suggestions for a title whose buyer typed {@code typedCode} (unknown or imprecise; null when none or when
     * its division is the mistake): never that code itself, codes under it and then codes of its division first (only
     * those when it is a real division or group), at most three.
     */
    public List<Suggestion> suggest(String title, String typedCode) {
        return ranked(title, typedCode).stream().limit(MAX).toList();
    }

    /**
     * An unknown code's family first (the existing codes sharing its longest prefix: 77312500 has none, 77312000 and
     * 77312100 are its nearest), those the title's words name ahead; then the title's own suggestions. The typed code
     * says what the buyer looked up: ranking by the title alone gave nothing for « Fauchage et débroussaillage »
     * typed 77312500, and « livraison de repas » rather than « Repas pour hôpitaux » for 15894250.
     */
    private List<Suggestion> ranked(String title, String typedCode) {
        String meant = meant(typedCode);
        if (meant != null) {
            // « 3360000O », « 3360000 »: the code the buyer meant first, never the division a left-padding would give
            // (03300000-2 Produits agricoles for 33600000-6 Produits pharmaceutiques, officer U)
            CpvCatalogue c = CpvCatalogue.load();
            List<Suggestion> out = new ArrayList<>();
            out.add(new Suggestion(c.fullCode(meant), c.label(meant, english(title == null ? "" : title) ? "en" : "fr")));
            ranked(title, c.fullCode(meant)).stream().filter(x -> !out.contains(x)).forEach(out::add);
            return out;
        }
        List<Suggestion> byTitle = specificFirst(title, byTitle(title, typedCode), true);
        if (family(typedCode).isEmpty() && bare(typedCode) != null) {
            // a code that says nothing of the thing: the nearest labels, when the related ones are none or none of the
            // nature the title says (« Travaux de voirie » typed 99999999 was offered street cleaning)
            String nature = nature(title);
            if (byTitle.isEmpty() || nature != null && byTitle.stream().noneMatch(x -> nature.equals(natureOf(x.code())))) {
                List<Suggestion> near = specificFirst(title, loose(title, bare(typedCode)), true);
                if (!near.isEmpty() || byTitle.isEmpty()) {
                    return near;
                }
            }
        }
        List<Entry> family = family(typedCode);
        if (family.isEmpty()) {
            return byTitle;
        }
        List<String> query = titleWords(title);
        Map<Entry, Double> named = new HashMap<>();
        for (Entry e : family) {
            double v = shared(e, query);
            if (v > 0) {
                named.put(e, v);
            }
        }
        List<Suggestion> out = new ArrayList<>();
        family.stream().filter(named::containsKey)
                .sorted(Comparator.comparingDouble((Entry e) -> -named.get(e)).thenComparing(Entry::code))
                .forEach(e -> out.add(new Suggestion(e.code(), e.label())));
        byTitle.stream().filter(x -> !out.contains(x)).forEach(out::add);
        if (named.isEmpty()) {
            // the family's head (its shortest code) is the nearest existing code even when the title names none of it
            Entry head = family.get(0);
            out.add(Math.min(out.size(), MAX - 1), new Suggestion(head.code(), head.label()));
        }
        // the family keeps its place (the code the buyer looked up first); only a division a deeper code says is dropped
        return specificFirst(title, out, false);
    }

    /**
     * Specific codes before whole divisions (officer Z3: 48000000-8 « Logiciels et systèmes d'information » and
     * 71000000-8 « Services d'architecture… » came before the codes that name the thing). A deeper code answers the
     * title when it does nothing the title does not say (no activity, or one the title names: « Maintenance de
     * logiciels » does not answer « Logiciel d'information des voyageurs »). A division (xx000000) is dropped when such
     * a code of the list says every title word the division says, and, with {@code reorder} (not in an unknown code's
     * family, which keeps its place), comes after such codes that say the title's object otherwise. With
     * {@code reorder}, a code whose label says every title word a group's (three significant
     * digits: 71200000-0 « Services d'architecture ») says, and more, comes before that group. The order is otherwise
     * kept (codes of one depth and the same words stay in code order: « Carburant diesel » before « … (EN 590) »).
     */
    private List<Suggestion> specificFirst(String title, List<Suggestion> list, boolean reorder) {
        if (list.size() < 2) {
            return list;
        }
        List<String> query = titleWords(title);
        String titleObject = object(query);
        List<Entry> all = list.stream().map(x -> byCode.get(x.code())).filter(java.util.Objects::nonNull).toList();
        List<Suggestion> out = new ArrayList<>();
        List<Suggestion> late = new ArrayList<>();
        for (Suggestion s : list) {
            Entry e = byCode.get(s.code());
            if (e == null || depth(s.code()) > 2) {
                int at = out.size();
                for (int i = 0; e != null && reorder && i < out.size(); i++) {
                    Entry t = byCode.get(out.get(i).code());
                    Set<String> mine = said(e, query);
                    Set<String> theirs = t == null ? Set.of() : said(t, query);
                    if (t != null && depth(t.code()) <= 3 && depth(e.code()) > depth(t.code()) && !theirs.isEmpty()
                            && mine.containsAll(theirs) && mine.size() > theirs.size() && answers(e, query)) {
                        at = i;
                        break;
                    }
                }
                out.add(at, s);
            } else if (all.stream().noneMatch(t -> depth(t.code()) > 2 && answers(t, query) && said(t, query).containsAll(said(e, query)))) {
                if (reorder && givesWay(e, all, query, titleObject)) {
                    late.add(s);
                } else {
                    out.add(s);
                }
            }
        }
        out.addAll(late);
        return out;
    }

    /** Whether a division comes after a deeper code of {@code others} that answers the title and says its object. */
    private boolean givesWay(Entry division, java.util.Collection<Entry> others, List<String> query, String titleObject) {
        return depth(division.code()) == 2 && titleObject != null && others.stream().anyMatch(t -> depth(t.code()) > 2
                && answers(t, query) && (t.fr().contains(titleObject) || t.en().contains(titleObject)));
    }

    /** The title's words a code's labels say. */
    private static Set<String> said(Entry e, List<String> query) {
        Set<String> w = new LinkedHashSet<>();
        query.stream().filter(x -> e.fr().contains(x) || e.en().contains(x)).forEach(w::add);
        return w;
    }

    /** Whether a code does nothing the title does not say: no activity, or one of the title's. */
    private static boolean answers(Entry e, List<String> query) {
        Set<String> a = activities(e);
        return a.isEmpty() || a.stream().anyMatch(query::contains);
    }

    /** The significant digits of a code: 2 for a division (45000000), 3 for a group, up to 8. */
    private static int depth(String code) {
        String digits = code.substring(0, 8).replaceAll("0+$", "");
        return Math.max(2, digits.length());
    }

    /**
     * The existing code a malformed one means, or null: a letter O typed for a zero (« 3360000O »), or seven digits
     * that are a code with a zero added — at the start (lost from a number cell, « 3111000 ») or, failing that, at
     * the end (« 3360000 »). A well-formed code, existing or not, means itself: null.
     */
    static String meant(String typed) {
        if (typed == null || !MALFORMED.matcher(typed.strip()).matches()) {
            return null;
        }
        String digits = typed.strip().replaceAll("[Oo]", "0").replaceAll("[^0-9]", "");
        boolean letter = typed.indexOf('O') >= 0 || typed.indexOf('o') >= 0;
        CpvCatalogue c = CpvCatalogue.load();
        if (digits.length() == 8 || digits.length() == 9) {
            return letter && c.exists(digits.substring(0, 8)) ? digits.substring(0, 8) : null;
        }
        if (digits.length() == 7) {
            return c.exists("0" + digits) ? "0" + digits : c.exists(digits + "0") ? digits + "0" : null;
        }
        return null;
    }

    /** Digits, letters O, spaces, dots and hyphens only: a code mistyped, not a label. */
    private static final Pattern MALFORMED = Pattern.compile("[0-9Oo .-]*[0-9][0-9Oo .-]*");

    /** The existing codes sharing an unknown 8-digit code's longest prefix (of 3 digits or more), head first; else none. */
    private List<Entry> family(String typedCode) {
        String digits = typedCode == null ? "" : typedCode.replaceAll("[^0-9]", "");
        digits = digits.length() > 8 ? digits.substring(0, 8) : digits.length() == 7 ? "0" + digits : digits;
        if (digits.length() != 8 || CpvCatalogue.load().exists(digits)) {
            return List.of();
        }
        for (int n = 7; n >= 3; n--) {
            String prefix = digits.substring(0, n);
            List<Entry> found = entries.stream().filter(e -> e.code().startsWith(prefix))
                    .sorted(Comparator.comparingInt((Entry e) -> e.code().substring(0, 8).replaceAll("0+$", "").length())
                            .thenComparing(Entry::code))
                    .toList();
            if (!found.isEmpty()) {
                return found.size() > 20 ? found.subList(0, 20) : found;
            }
        }
        return List.of();
    }

    /**
     * What a code that says nothing of the thing leaves to look in (issue 22 §4): a whole division typed (« 45000000 »,
     * « 33000000-0 ») gives its two digits, a code with no existing code near it (« 99999999 ») the empty prefix (all
     * codes); any other code says more (its family, its group): null.
     */
    private static String bare(String typedCode) {
        String digits = typedCode == null ? "" : typedCode.replaceAll("[^0-9]", "");
        digits = digits.length() > 8 ? digits.substring(0, 8) : digits;
        if (digits.length() != 8) {
            return null;
        }
        CpvCatalogue c = CpvCatalogue.load();
        if (c.exists(digits)) {
            return digits.endsWith("000000") ? digits.substring(0, 2) : null;
        }
        return c.exists(digits.substring(0, 2) + "000000") ? null : "";
    }

    /**
     * The nearest codes when no label is related in the strict sense ({@link #score}) and the typed code is bare
     * ({@link #bare}): the labels under {@code prefix} that say the title's object, of the nature the title says and,
     * for a service, doing what it does (no other activity; works are coded by the building: « Réhabilitation de
     * l'école » is a school's construction code), by how closely label and title cover each other; failing any, the
     * labels of the division typed that say nothing but what the title does (« Nettoyage » typed 90000000: 90910000-9
     * Services de nettoyage). Never the typed division itself; none rather than a label of another thing.
     */
    private List<Suggestion> loose(String title, String prefix) {
        List<String> query = titleWords(title);
        query.removeAll(TITLE_STOP);
        query.removeIf(w -> AMBIGUOUS.containsKey(w) && AMBIGUOUS.get(w).stream().noneMatch(query::contains));
        String object = object(query);
        if (object == null) {
            return List.of();
        }
        boolean english = english(title);
        String nature = nature(title);
        Set<String> done = query.stream().filter(ACTIVITIES::contains).collect(Collectors.toSet());
        TitleWeights weights = titleWeights(query);
        if (weights.total() == 0) {
            return List.of();
        }
        Map<String, Double> weight = weights.byWord();
        double queryWeight = weights.total();
        java.util.function.Predicate<Entry> fits = e -> e.code().startsWith(prefix) && (prefix.isEmpty() || depth(e.code()) > 2)
                && (nature == null || nature.equals(natureOf(e.code())))
                && (done.isEmpty() || !natureOf(e.code()).equals("services") || !java.util.Collections.disjoint(activities(e), done));
        // the object as the title says it or as the labels do (« voirie »: « routes »)
        List<String> objects = new ArrayList<>(List.of(object));
        objects.addAll(TITLE_SYNONYMS.getOrDefault(object, List.of()).stream().filter(query::contains).toList());
        Set<Entry> candidates = new LinkedHashSet<>();
        objects.forEach(o -> candidates.addAll(byWord.getOrDefault(o, List.of())));
        Map<Entry, Double> score = new HashMap<>();
        for (Entry e : candidates) {
            Set<String> label = english ? e.en() : e.fr();
            double labelWeight = english ? e.enWeight() : e.frWeight();
            // the label's own object is the title's (« Outil d'intelligence artificielle » typed 72000000 is no
            // « Services de développement de langages de programmation et d'outils »)
            if (!fits.test(e) || objects.stream().noneMatch(label::contains) || labelWeight == 0
                    || !query.contains(english ? e.enObject() : e.frObject())) {
                continue;
            }
            double titleShare = 0;
            double labelShare = 0;
            for (String w : query) {
                if (label.contains(w)) {
                    titleShare += weight.get(w);
                    labelShare += idf.getOrDefault(w, 0.0);
                }
            }
            score.put(e, titleShare / queryWeight * labelShare / labelWeight);
        }
        // the bare activity only in the division typed: anywhere, « Services d'assistance relative aux systèmes » is no
        // « Assistance à maîtrise d'ouvrage »
        if (score.isEmpty() && !done.isEmpty() && !prefix.isEmpty()) {
            for (String w : done) {
                for (Entry e : byWord.getOrDefault(w, List.of())) {
                    Set<String> label = english ? e.en() : e.fr();
                    if (fits.test(e) && !label.isEmpty() && done.containsAll(label)) {
                        score.put(e, (double) label.size());
                    }
                }
            }
        }
        double top = score.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        score.values().removeIf(v -> v < top / 2);
        return score.keySet().stream().sorted(Comparator.comparingDouble((Entry e) -> -score.get(e)).thenComparing(Entry::code))
                .map(e -> new Suggestion(e.code(), e.label())).toList();
    }

    /** The title's words, each with its weight ({@link #placeWeight}), and the title's whole weight (the sum, a word said twice counting twice). */
    private record TitleWeights(Map<String, Double> byWord, double total) {
    }

    /** The title's words weighted by rarity and place (its first word is its object, later ones complements). */
    private TitleWeights titleWeights(List<String> query) {
        Map<String, Double> byWord = new HashMap<>();
        double total = 0;
        for (int i = 0; i < query.size(); i++) {
            double v = placeWeight(query.get(i), i);
            byWord.put(query.get(i), v);
            total += v;
        }
        return new TitleWeights(byWord, total);
    }

    /** One title word's weight: its rarity among the labels, less the further it stands from the title's start ({@code i}). */
    private double placeWeight(String word, int i) {
        return idf.getOrDefault(word, 0.0) / (1 + 0.3 * i);
    }

    /** How much of the title a label's words cover (French and English labels), 0 when they share none. */
    private double shared(Entry e, List<String> query) {
        double v = 0;
        for (int i = 0; i < query.size(); i++) {
            String w = query.get(i);
            if (e.fr().contains(w) || e.en().contains(w)) {
                v += placeWeight(w, i);
            }
        }
        return v;
    }

    private List<Suggestion> byTitle(String title, String typedCode) {
        List<String> query = titleWords(title);
        query.removeAll(TITLE_STOP);
        // what the title is about; an ambiguous word without its context is not the label's sense: it matches nothing
        // (and « Bourses d'études » then has no object a single shared word could stand for)
        String object = object(query);
        query.removeIf(w -> AMBIGUOUS.containsKey(w) && AMBIGUOUS.get(w).stream().noneMatch(query::contains));
        object = query.contains(object) ? object : null;
        if (query.isEmpty()) {
            return List.of();
        }
        TitleWeights weights = titleWeights(query);
        if (weights.total() == 0) {
            return List.of();
        }
        Map<String, Double> weight = weights.byWord();
        double queryWeight = weights.total();
        String head = object;
        Set<Entry> candidates = new LinkedHashSet<>();
        query.forEach(w -> candidates.addAll(byWord.getOrDefault(w, List.of())));
        String digits = typedCode == null ? "" : typedCode.replaceAll("[^0-9]", "");
        digits = digits.length() > 8 ? digits.substring(0, 8) : digits.length() == 7 ? "0" + digits : digits; // « 3111000 »
        String own = digits.length() == 8 ? digits : null;
        String prefix = own == null ? "" : own.replaceAll("0+$", "");
        String division = digits.length() >= 2 && !digits.startsWith("00") ? digits.substring(0, 2) : null;
        String nature = nature(title);
        boolean english = english(title);
        Map<Entry, Double> score = new HashMap<>();
        for (Entry e : candidates) {
            double best = english ? score(e.en(), e.enWeight(), e.enObject(), query, weight, queryWeight, head)
                    : score(e.fr(), e.frWeight(), e.frObject(), query, weight, queryWeight, head);
            if (best > 0) {
                score.put(e, best);
            }
        }
        // a label far behind the best is a guess, not a suggestion; so is one of another nature than the title says
        // when some label has it (« Fourniture de produits de nettoyage » is no « Services de nettoyage »)
        // a label about another thing (its object, the first word that is no activity, is not in the title:
        // « Services d'installation de machines … de blanchisserie » for « Blanchisserie du linge ») is another contract;
        // so is a service doing nothing the title does when another does it (« Services de lutte contre l'incendie » for
        // « Maintenance des équipements de lutte contre l'incendie »)
        // (the typed code's division says what the thing is: « Plateforme de gestion de la relation usagers » typed 48,
        // software, is « Logiciels de gestion de la relation clientèle »)
        score.keySet().removeIf(e -> !query.contains(english ? e.enObject() : e.frObject())
                && (division == null || !e.code().startsWith(division)));
        // a real division or group the buyer chose, too broad, keeps its division: « Outils » is no suggestion for
        // software typed 72000000; an unknown or precise code's division is only preferred (it may be the mistake)
        if (own != null && division != null && CpvCatalogue.load().exists(own) && own.endsWith("00000")) {
            score.keySet().removeIf(e -> !e.code().startsWith(division));
        }
        Set<String> done = query.stream().filter(ACTIVITIES::contains).collect(Collectors.toSet());
        // a whole division doing it is no reason (« Services d'architecture pour la construction de l'école »: the
        // division 71 lists « services de construction », 71200000-0 « Services d'architecture » is the title's object)
        java.util.function.Predicate<Entry> doer = e -> natureOf(e.code()).equals("services")
                && !java.util.Collections.disjoint(activities(e), done);
        boolean onlyDivisionsDoIt = score.keySet().stream().anyMatch(doer)
                && score.keySet().stream().filter(doer).allMatch(e -> depth(e.code()) == 2);
        if (!done.isEmpty() && !onlyDivisionsDoIt) {
            score.keySet().removeIf(e -> natureOf(e.code()).equals("services") && java.util.Collections.disjoint(activities(e), done));
        }
        // the head word decides the family before a qualifier (« Transport scolaire » is no « Fournitures scolaires »):
        // a service is offered the codes doing it, a rental those renting or the thing rented, never another activity;
        // failing any, the codes doing it that share another word of the title, their own object aside
        String headWord = head(query);
        if (headWord != null) {
            score.keySet().removeIf(e -> !doesHead(e, headWord));
            if (score.isEmpty() && !RENTAL_HEADS.contains(headWord)) {
                headFamily(query, headWord, english, weight, queryWeight).forEach(score::put);
            }
        }
        double top = score.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        score.values().removeIf(v -> v < top / 2);
        if (nature != null && score.keySet().stream().anyMatch(e -> nature.equals(natureOf(e.code())))) {
            score.keySet().removeIf(e -> !nature.equals(natureOf(e.code())));
        }
        // the buyer's own code is no suggestion (removed last: a right code must not let weaker labels through)
        if (own != null) {
            score.keySet().removeIf(e -> e.code().startsWith(own));
        }
        // the typed code's family first, then the closest cover
        Comparator<Entry> order = Comparator.comparingInt((Entry e) -> prefix.length() >= 2 && e.code().startsWith(prefix) ? 0
                : division != null && e.code().startsWith(division) ? 1 : 2)
                .thenComparingDouble(e -> -score.get(e))
                .thenComparing(Entry::code);
        return score.keySet().stream().sorted(order).map(e -> new Suggestion(e.code(), e.label())).toList();
    }

    /** The title's head word ({@link #HEADS}) when its first significant word is one, else null. */
    private static String head(List<String> query) {
        return !query.isEmpty() && HEADS.contains(query.get(0)) ? query.get(0) : null;
    }

    /**
     * Whether a code belongs to a head word's family: its labels do it; for a rental, also a thing (no activity in
     * its labels) that is no service.
     */
    private static boolean doesHead(Entry e, String headWord) {
        Set<String> a = activities(e);
        if (RENTAL_HEADS.contains(headWord)) {
            return a.stream().anyMatch(RENTAL_HEADS::contains) || a.isEmpty() && !natureOf(e.code()).equals("services");
        }
        return a.contains(headWord);
    }

    /**
     * The services doing the head word that share another of the title's words (« Transport scolaire »: « scolaire »
     * read as the labels' « passagers », « routier »), whatever their own first word: those sharing the most words,
     * then by how closely label and title cover each other.
     */
    private Map<Entry, Double> headFamily(List<String> query, String headWord, boolean english, Map<String, Double> weight,
            double queryWeight) {
        Map<Entry, Double> out = new HashMap<>();
        Map<Entry, Integer> shared = new HashMap<>();
        for (Entry e : byWord.getOrDefault(headWord, List.of())) {
            Set<String> label = english ? e.en() : e.fr();
            double labelWeight = english ? e.enWeight() : e.frWeight();
            if (!natureOf(e.code()).equals("services") || !doesHead(e, headWord) || labelWeight == 0) {
                continue;
            }
            int n = 0;
            double titleShare = 0;
            double labelShare = 0;
            for (String w : query) {
                if (label.contains(w)) {
                    n += w.equals(headWord) ? 0 : 1;
                    titleShare += weight.get(w);
                    labelShare += idf.getOrDefault(w, 0.0);
                }
            }
            if (n > 0) {
                shared.put(e, n);
                out.put(e, titleShare / queryWeight * labelShare / labelWeight);
            }
        }
        int most = shared.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        out.keySet().removeIf(e -> shared.get(e) < most);
        return out;
    }

    private static final Set<String> ENGLISH = Set.of("the", "of", "and", "for", "with", "services", "supply", "works");
    private static final Set<String> FRENCH = Set.of("de", "du", "des", "la", "le", "les", "et", "pour", "d", "l", "au", "aux");

    /**
     * Whether a title is in English (an English linking word and no French one): its words are then matched with the
     * English labels, else with the French ones (« Caméras de vidéoprotection » is no « Cameras », the English label
     * of « Appareils photographiques »).
     */
    static boolean english(String title) {
        List<String> w = List.of(Text.fold(title == null ? "" : title).split(" "));
        return w.stream().anyMatch(ENGLISH::contains) && w.stream().noneMatch(FRENCH::contains);
    }

    /** The activities a code's labels name, in either language. */
    private static Set<String> activities(Entry e) {
        Set<String> out = new java.util.TreeSet<>();
        e.fr().stream().filter(ACTIVITIES::contains).forEach(out::add);
        e.en().stream().filter(ACTIVITIES::contains).forEach(out::add);
        return out;
    }

    /**
     * The first word that is not an activity nor a {@link #QUALIFIERS qualifier} (the thing done, maintained, rented), else
     * the first word; null if none.
     */
    private static String object(java.util.Collection<String> words) {
        return words.stream().filter(w -> !ACTIVITIES.contains(w) && !QUALIFIERS.contains(w)).findFirst()
                .orElse(words.stream().findFirst().orElse(null));
    }

    /**
     * How closely one label and the title cover each other (the share of the title's weight the label has, times
     * the share of the label's weight the title has); 0 when the label is unrelated: it shares fewer than two of
     * the title's words, unless the one it shares is the first word of both.
     */
    private double score(Set<String> label, double labelWeight, String labelObject, List<String> query, Map<String, Double> weight,
            double queryWeight, String head) {
        if (label.isEmpty() || labelWeight == 0) {
            return 0;
        }
        int shared = 0;
        double titleShare = 0;
        double labelShare = 0;
        for (String w : query) {
            if (label.contains(w)) {
                shared++;
                titleShare += weight.get(w);
                labelShare += idf.getOrDefault(w, 0.0);
            }
        }
        // one shared word is enough only when it is the object of both and the label says nothing else but what is
        // done (« Photocopieurs », « Services d'entretien de photocopieurs »; not « Caméras cinématographiques » for
        // « Caméras de vidéoprotection »)
        boolean related = shared >= 2 || shared == 1 && head != null && label.contains(head) && head.equals(labelObject)
                && label.stream().allMatch(w -> w.equals(head) || ACTIVITIES.contains(w));
        return related ? titleShare / queryWeight * labelShare / labelWeight : 0;
    }

    private static final Pattern SUPPLIES = Pattern.compile("^(?:fourniture|achat|acquisition|livraison|supply|purchase)s?\\b.*");
    private static final Pattern WORKS = Pattern.compile("^(?:travaux|work)s?\\b.*");
    // not « location »: a rented photocopier is coded as the photocopier
    private static final Pattern SERVICES = Pattern.compile("^(?:services?|prestations?|maintenance|entretien|nettoyage|gardiennage"
            + "|blanchisserie|impression|collecte|assurances?|restauration|transports?|formations?|etudes?|audit|mission"
            + "|assistance|conseil|exploitation|surveillance|controle|verification|deratisation|desinsectisation)\\b.*");

    /** The nature a title's first word says, or null: "supplies", "works" or "services". */
    static String nature(String title) {
        String f = Text.fold(title == null ? "" : title);
        return SUPPLIES.matcher(f).matches() ? "supplies" : WORKS.matcher(f).matches() ? "works"
                : SERVICES.matcher(f).matches() ? "services" : null;
    }

    /** The nature of a CPV code by its division: 45 works, 50 and above services, below supplies. */
    static String natureOf(String code) {
        int division = Integer.parseInt(code.substring(0, 2));
        return division == 45 ? "works" : division >= 50 ? "services" : "supplies";
    }

    /**
     * Suggestions as a message quotes them ("72267000-4 Services de maintenance… ; 72267100-0 …"), from
     * {@link #suggest(String, String)}: the same list wherever the same title and code are told.
     */
    public String shown(String title, String typedCode, int max) {
        return shown(title, typedCode, max, "fr");
    }

    /** {@link #shown}, each code with its label in {@code lang} (fr or en: officer Z2, --lang en quoted French labels). */
    public String shown(String title, String typedCode, int max, String lang) {
        CpvCatalogue cpv = CpvCatalogue.load();
        return suggest(title, typedCode).stream().limit(max).map(s -> {
            String label = "en".equals(lang) ? cpv.label(s.code().substring(0, 8), lang) : null;
            return s.code() + " " + (label != null ? label : s.label());
        }).collect(Collectors.joining(" ; "));
    }
}
