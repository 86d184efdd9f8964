package org.vitrine.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person named in free text a supplier reads (« questions à M. Durand », « contact : Jean Dupont »). A named agent in
 * a public document is personal data (RGPD art. 4); the buyer's service is not, nor a school or a street named after
 * someone. Decided as a DPO would, without guessing: a civility followed by a capitalised name (« M. Durand »,
 * « Mme Sophie Martin », « Madame DUPONT ») is a person, unless an establishment or a street word comes before it
 * (« Lycée Madame de Staël », « rue du Docteur Roux ») or a function follows it (« M. le Maire », « Madame la
 * Directrice »); after « contact », « interlocuteur », « référent », « correspondant », a given name and a surname
 * (« Jean Dupont », « J. Dupont », « DUPONT Jean ») are a person unless one of the words names a service or a place
 * (« contact : Service Achats », « contact : Collège Jean Moulin »). A capitalised name alone (« Jean Moulin ») is
 * left as written: it may be a school, a street or a hall; so is a name after « suivi par » or « auprès de », which as
 * often name a body (« auprès de Paris Habitat »).
 */
public final class PersonNames {

    /** What replaces a name in the public text, so the sentence still reads (« écrire à (nom retiré) »). */
    public static final String REMOVED = "(nom retiré)";

    /** One word of a name: « Durand », « DURAND », « Martin-Dupont », « N'Diaye », « O’Brien ». */
    private static final String WORD = "(?:\\p{Lu}['’])?\\p{Lu}(?:\\p{Ll}+|\\p{Lu}+)(?:-\\p{Lu}(?:\\p{Ll}+|\\p{Lu}+))?";
    /** The particles between a given name and a surname: « de », « du », « de la », « d’ », « van », « von », « le ». */
    private static final String PARTICLE = "(?:(?:de la|de|du|des|d['’]|van der|van|von|le|la)\\s?)";
    /** A name after a civility: optional initials or given names, then a surname. */
    private static final String NAME = "(?:\\p{Lu}\\.\\s?(?:-?\\p{Lu}\\.\\s?)?)?(?:" + WORD + "\\s)*" + PARTICLE + "?" + WORD;

    private static final Pattern CIVILITY = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:M\\.|MM\\.|Mr\\.?|Mme\\.?|Mmes|Mlle\\.?|Monsieur|Madame|Mademoiselle|Dr\\.?|Docteur"
            // attacker Y3 (F3)
            + "|Pr\\.?|Professeur|Ma[îi]tre|Ms\\.?|Mrs\\.?)\\s(" + NAME + ")(?![\\p{L}\\p{N}])");
    /**
     * A label naming whom to ask, read by LABELLED and CONTEXT alike: « contact », « contactez », « interlocutrice »,
     * « référent », « correspondants », set off by a colon, « = », a dash or a bracket too (attacker Y3: « contact = … »,
     * « Contact (technique) : … ») or a space. Case-blind where used.
     */
    private static final String CONTACT_LABEL = "(?<![\\p{L}])(?:contact(?:er|ez)?|interlocut(?:eur|rice)|r[ée]f[ée]rent(?:e)?|correspondant(?:e)?)s?"
            + "(?:\\s*\\([^()]{1,30}\\))?(?:\\s*[:=–—-]\\s*|\\s+)";
    /** A name after a label naming whom to ask: a given name (or an initial) and a surname, or SURNAME Given name. */
    private static final Pattern LABELLED = Pattern.compile(
            "(?i:" + CONTACT_LABEL
            // attacker Y: « Chef de projet : Paul X », « Responsable du marché : Marc Y » (with the colon only)
            + "|(?<![\\p{L}])(?:chef(?:fe)?\\s+de\\s+projet|pilote|charg[ée]e?\\s+d['’]affaires|r[ée]dact(?:eur|rice)|achet(?:eur|euse)|gestionnaire|responsable(?:\\s+(?:du|de\\s+la|de\\s+l['’])\\s*\\p{L}+)?)\\s*:\\s*)"
            + "((?:\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?|\\p{Lu}\\.(?:-?\\p{Lu}\\.)?)\\s?" + PARTICLE + "?" + WORD
            + "|\\p{Lu}{2,}(?:-\\p{Lu}{2,})?\\s\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)(?![\\p{L}\\p{N}])");

    /** A given name (checked against the list) and a surname, in any case: « sophie martin », « jean DUPONT ». */
    private static final String ANY_CASE = "(?<given>\\p{L}+(?:-\\p{L}+)?)\\s+" + PARTICLE + "?(?<surname>\\p{L}+(?:-\\p{L}+)?)";
    /** « M Durand »: the civility without its dot, only in a contact context (« M2 », « M 12 » are no name). */
    private static final String BARE_M = "M\\s" + WORD;
    /** The names read in a contact context (CONTEXT) and in a list (NEXT): « M Durand », « B. Durand », a given name and a surname. */
    private static final String NAME_FORMS = BARE_M + "|\\p{Lu}\\.\\s?" + WORD + "|" + ANY_CASE;
    /**
     * Attacker Y3 (F3, safetyJ): after a contact label, or after « suivi par », « auprès de », « demandez » (and « selon »,
     * « d'après »: attacker B, 1f), which as often
     * name a body (« suivi par Paris Habitat », « auprès de la mairie »): « M Durand », an initial and a surname, or a
     * given name of the list (reference/given-names.txt) and a surname in any case.
     */
    private static final Pattern CONTEXT = Pattern.compile(
            "(?i:" + CONTACT_LABEL
            + "|(?<![\\p{L}])(?:suivie?s?\\s+par|aupr[èe]s\\s+de|demande[rz]|selon|d[’']apr[èe]s)\\s+)"
            + "(" + NAME_FORMS + ")(?![\\p{L}\\p{N}])");
    /**
     * A further name of a list after a name removed: « … et Paul Durand », « …, B. Durand », « … et M Petit »: a given
     * name and a surname with their capitals, or a form of NAME_FORMS (which the first cannot match where it does).
     */
    private static final Pattern NEXT = Pattern.compile("\\s*(?:,|et|&)\\s*(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?\\s" + PARTICLE + "?" + WORD
            + "|" + NAME_FORMS + ")(?![\\p{L}\\p{N}])");
    /** Words that are no surname after a given name of the list (« contact : Claire et le service »). */
    private static final Set<String> STOP_WORDS = Set.of("et", "ou", "de", "du", "des", "la", "le", "les", "au", "aux", "à", "pour",
            "par", "sur", "en", "avec");
    private static final Set<String> GIVEN_NAMES = givenNames();

    private static Set<String> givenNames() {
        java.util.Set<String> out = new java.util.HashSet<>();
        try (java.io.InputStream in = PersonNames.class.getResourceAsStream("/reference/given-names.txt")) {
            if (in == null) {
                throw new IllegalStateException("reference/given-names.txt missing");
            }
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\\R")) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    out.add(folded(l));
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }

    /** Small letters without accents. */
    static String folded(String w) {
        return java.text.Normalizer.normalize(w.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    /** Words before a civility that make it part of a place's or an establishment's name. */
    private static final Set<String> PLACE_WORDS = Set.of("rue", "avenue", "av", "boulevard", "bd", "place", "allée", "allee", "impasse",
            "chemin", "route", "quai", "square", "parc", "cours", "passage", "pont", "collège", "college", "lycée", "lycee", "école",
            "ecole", "scolaire", "hôpital", "hopital", "clinique", "centre", "ehpad", "résidence", "residence", "gymnase", "stade",
            "salle", "médiathèque", "mediatheque", "bibliothèque", "bibliotheque", "musée", "musee", "théâtre", "theatre", "espace",
            "maison", "foyer", "crèche", "creche", "halle", "fondation", "institut", "complexe", "piscine", "cité", "cite", "quartier",
            "hospitalier", "hospitalière", "groupe", "pavillon", "bâtiment", "batiment", "amphithéâtre", "amphitheatre");
    /** Words that make a candidate a service, a function or a place, not a person. */
    private static final Set<String> NOT_A_PERSON = Set.of("service", "services", "direction", "pôle", "pole", "bureau", "cellule",
            "mission", "département", "departement", "division", "secrétariat", "secretariat", "accueil", "mairie", "standard", "agence",
            "unité", "unite", "centre", "ville", "commune", "conseil", "cabinet", "équipe", "equipe", "plateforme", "guichet", "achats",
            "achat", "marchés", "marches", "commande", "publique", "finances", "travaux", "juridique", "informatique", "technique",
            "techniques", "régie", "regie", "syndicat", "communauté", "communaute", "métropole", "metropole", "région", "region",
            "préfecture", "prefecture", "collège", "college", "lycée", "lycee", "école", "ecole", "hôpital", "hopital", "maison",
            "espace", "maire", "président", "president", "présidente", "presidente", "directeur", "directrice", "adjoint", "adjointe",
            "préfet", "prefet", "secrétaire", "secretaire", "responsable", "chef", "conseiller", "conseillère", "conseillere",
            "délégué", "delegue", "déléguée", "deleguee", "gestionnaire", "acheteur", "acheteuse", "général", "general", "générale",
            "generale", "le", "la", "les", "bâtiment", "batiment", "bâtiments", "habitat", "énergies", "energies", "énergie", "energie",
            "btp", "construction", "constructions", "sarl", "sas", "bricolage", "dgs", "daf", "dsi", "drh", "dst", "ccas", "chu", "sdis", "ehpad", "cnil");

    /** The words of NOT_A_PERSON but its articles, folded: a service's, a function's or a place's word is no name. */
    private static final Set<String> NOT_A_NAME = notAName();

    private static Set<String> notAName() {
        java.util.Set<String> out = new java.util.HashSet<>();
        NOT_A_PERSON.forEach(w -> out.add(folded(w)));
        out.removeAll(Set.of("le", "la", "les"));
        return Set.copyOf(out);
    }

    /** Whether a folded word may be a person's name (not « service », « achats », « marches », « mairie »…). */
    static boolean mayBeName(String foldedWord) {
        return !NOT_A_NAME.contains(foldedWord);
    }

    private PersonNames() {
    }

    /** The names {@code text} gives of a person, as written (civility or label included). */
    public static List<String> found(String text) {
        List<String> out = new ArrayList<>();
        if (mayHold(text)) {
            chain(text, out);
        }
        return out;
    }

    /** The text with each name of a person replaced by {@link #REMOVED} (a civility with it; a label stays). */
    public static String removed(String text) {
        if (!mayHold(text)) {
            return text;
        }
        return ContactsInText.unnested(chain(text, null).replace("(" + REMOVED + ")", REMOVED));
    }

    /** The civilities, then the labels, then the contexts that need a given name: each on what the one before left. */
    private static String chain(String text, List<String> found) {
        String t = replace(text, CIVILITY, true, found);
        t = replace(t, LABELLED, false, found);
        return replace(t, CONTEXT, false, found);
    }

    /** Labels that introduce a name without a civility, lower case, as {@link #mayHold} looks for them. */
    private static final List<String> LABELS = List.of("contact", "interlocut", "correspondant", "référent", "referent", "chef",
            "responsable", "pilote", "charg", "rédact", "redact", "achet", "gestionnaire", "suivi", "auprès", "aupres", "demand", "selon", "après", "apres");
    /** The civilities' beginnings, as CIVILITY writes them. */
    private static final List<String> CIVILITIES = List.of("M.", "MM.", "Mr", "Mme", "Mlle", "Monsieur", "Madame", "Mademoiselle", "Dr",
            "Docteur", "Pr", "Professeur", "Maître", "Maitre", "Ms", "Mrs");

    /**
     * Whether the text has what each pattern starts with, a civility or a label: one pass over the
     * characters, as nearly every title has none of them and both patterns cost more.
     */
    private static boolean mayHold(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 'M' || c == 'D' || c == 'P') {
                for (String civility : CIVILITIES) {
                    if (text.startsWith(civility, i)) {
                        return true;
                    }
                }
            }
            char l = Character.toLowerCase(c);
            if (l == 'c' || l == 'i' || l == 'r' || l == 'p' || l == 'a' || l == 'g' || l == 's' || l == 'd') {
                for (String label : LABELS) {
                    if (text.regionMatches(true, i, label, 0, label.length())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String replace(String text, Pattern p, boolean whole, List<String> found) {
        Matcher m = p.matcher(text);
        StringBuilder b = new StringBuilder();
        int last = 0;
        int from = 0;
        while (from <= text.length() && m.find(from)) {
            from = m.end() > m.start() ? m.end() : m.end() + 1;
            if (!isPerson(text, m)) {
                continue;
            }
            int start = whole ? m.start() : m.start(1);
            b.append(text, last, start).append(REMOVED);
            if (found != null) {
                found.add(whole ? m.group() : m.group(1));
            }
            last = m.end();
            if (!whole) {
                // the names that follow in a list: « Contacts : Sophie Martin et Paul Durand », « …, Paul Durand »
                Matcher n = NEXT.matcher(text);
                while (n.region(last, text.length()).lookingAt() && isPerson(text, n)) {
                    b.append(text, last, n.start(1)).append(REMOVED);
                    if (found != null) {
                        found.add(n.group(1));
                    }
                    last = n.end();
                }
                from = last;
            }
        }
        return last == 0 ? text : b.append(text, last, text.length()).toString();
    }

    private static boolean isPerson(String text, Matcher m) {
        for (String w : m.group(1).split("[\\s.'’-]+")) {
            if (NOT_A_PERSON.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        if ((m.pattern() == CONTEXT || m.pattern() == NEXT) && m.group("given") != null) {
            // a name in any case only from a given name of the list (« contact : sophie martin », not « service des achats »)
            String surname = m.group("surname").toLowerCase(Locale.ROOT);
            return GIVEN_NAMES.contains(folded(m.group("given").split("-")[0])) && !STOP_WORDS.contains(surname);
        }
        if (m.pattern() == CIVILITY) {
            // « Lycée Madame de Staël », « rue du Docteur Roux », « Centre hospitalier Docteur Schweitzer »: a place's name
            // (up to three words back in the same clause; « le bureau de M. Durand » is a person)
            String[] before = CLAUSE_END.split(text.substring(0, m.start()), -1);
            String[] words = before[before.length - 1].strip().split("[\\s'’]+");
            for (int i = Math.max(0, words.length - 3); i < words.length; i++) {
                if (PLACE_WORDS.contains(words[i].toLowerCase(Locale.ROOT))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static final Pattern CLAUSE_END = Pattern.compile("[,;:()\\[\\]!?\\n–—]");
}
