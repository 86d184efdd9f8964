package org.vitrine.risk.rules.need;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.vitrine.risk.reference.Words;
import org.vitrine.model.Cpv;
import org.vitrine.model.Need;
import org.vitrine.risk.Flags;
import org.vitrine.risk.NeedFacts;
import org.vitrine.risk.RiskContext;
import org.vitrine.risk.RiskRule;
import org.vitrine.risk.Texts;
import org.vitrine.risk.Threshold;

/**
 * NOT_ALLOTTED (docs/RISKS.md §3): an open opportunity of 90 000 € or more not divided into lots where dividing
 * it is expected (L2113-10): (a) one lot at or above T with evidence that the object divides ({@link #divides}),
 * except insurance, a single-source supply ({@link #indivisible}) and a supply with its installation or maintenance;
 * (b) multi-trade building works, by nature and code ({@link #worksByNature}: a building code, three trades named
 * {@link #worksTrades}, or « tous corps d’état » in the text; at or above T, a building operation named in the title,
 * {@link #multiTradeOperation}) with lots empty or 1, or three service families in one services row ({@link
 * #serviceFamilies}); (c) additional CPV codes in another
 * division with lots empty or 1, except a supply with its installation or maintenance and hardware with its software. Design contests, marchés globaux and real-estate
 * rentals are out of scope, and so are maîtrise d'œuvre, negotiated procedures without call, dispensed purchases and
 * possible defence contracts; empty lots otherwise go only to the feedback file.
 */
public final class NotAllotted implements RiskRule {

    /** CPV prefixes of multi-trade building operations (RISKS.md: 4521, 45262700, 45300000, 45400000, 45453, 45454). */
    static final List<String> MULTI_TRADE = List.of("4521", "45262700", "45300000", "45400000", "45453", "45454");
    /** L2113-10 applies at any value: multi-trade works are checked from the 90 000 € floor of every case. */
    static final double MULTI_TRADE_FROM = 90_000;
    /**
     * Kinds of place (folded, singular or plural). A generic plural (« des bâtiments », « les sites ») names no site
     * (lawyer D, PREF27-08): the evidence is two kinds named (« mairie, écoles, équipements sportifs »), a count before
     * a plural (« 3 sites », « trois collèges »), « multisite », or the plural of a kind of establishment
     * ({@link #ESTABLISHMENTS}: « des collèges » of a département are several sites).
     */
    static final String PLACE_KINDS = "site|etablissement|centre|station|commune|ecole|college|lycee|batiment|agence|depot"
            + "|caserne|piscine|gymnase|mairie|hotel de ville|equipement sportif|salle de sport|creche|bibliotheque|musee"
            + "|prefecture|sous prefecture|campus|residence|stade";
    static final Pattern PLACE = Pattern.compile("\\b(" + PLACE_KINDS.replace("|", "s?|") + "s?)\\b");
    /** Plurals of a kind of establishment, each a site that can be a lot (not the generic sites, bâtiments, établissements). */
    static final Pattern ESTABLISHMENTS = Pattern.compile("\\b(centres|stations|communes|ecoles|colleges|lycees|agences|depots"
            + "|casernes|piscines|gymnases|mairies|creches|bibliotheques|musees|sous prefectures|residences|stades)\\b");
    /**
     * A station that is a device, not a place (lawyer G, defect 6, DIR-27-12: « panneaux à messages variables,
     * stations de comptage » names two kinds of equipment, no site): read as « equipement » before places are counted.
     */
    static final Pattern EQUIPMENT_STATION = Pattern.compile("\\bstations? (de comptage|de mesures?|meteo\\w*|de recharge|de charge"
            + "|d accueil|de travail|de detection|de surveillance|de controle"
            // the stations of one transport or sharing network are its equipment, not sites (lawyer I, D5, MOL-27-28:
            // « maintenance des stations de vélos en libre-service »)
            + "|de velos?|de vls|velos? en libre service|de tram(?:way)?|de metro|de bus|d autopartage)\\b");
    /**
     * A place of performance naming the buyer's whole territory (« Communes du syndicat (25) », « communes membres »):
     * one area, not several sites (lawyer K, SMEA-27-03 and -05: « plusieurs sites ou établissements sont nommés » for
     * water meters and one head office's cleaning). Read in the place cell only: a title naming « les écoles des
     * communes » still names establishments.
     */
    static final Pattern TERRITORY = Pattern.compile("\\b(les |des )?communes (du|de la|de l|des|membres|adherentes)\\b");
    /** A share of capital (« 12 % communes », « 32 % Caisse des dépôts »), to the next comma: its holder is a shareholder, not a place (lawyer S, CD62-27-05). Raw text. */
    static final Pattern CAPITAL_SHARE = Pattern.compile("\\d+(?:[,.]\\d+)?\\s*%\\s*\\p{L}[^,;.()]*", Pattern.UNICODE_CHARACTER_CLASS);
    /** Stations followed by a capitalised network name (« stations V'Lille »): one network's equipment (lawyer S, MEL-27-07). Raw text. */
    static final Pattern NAMED_NETWORK_STATION = Pattern.compile("\\b[Ss]tations?\\s+(?=\\p{Lu})", Pattern.UNICODE_CHARACTER_CLASS);
    /**
     * Words that look like places and are none (folded): the « parties communes » of one building (lawyer S, HDL-27-01),
     * the stations of a network (« réseau de stations », RHDF-27-06), the Caisse des dépôts of a capital table (CD62-27-05).
     */
    static final Pattern NOT_A_PLACE = Pattern.compile("\\bparties communes\\b|\\breseau (de |des )?stations\\b|\\bcaisse des depots( et consignations)?\\b");

    /**
     * Fuel bought by card (« cartes carburant », « cartes accréditives »): filled at any station of the holder's
     * network, no delivery site to divide (lawyer S, RHDF-27-06: « véhicules de service des lycées » names whose
     * vehicles, not where the fuel goes).
     */
    static boolean fuelCards(Need n) {
        String text = Words.fold(n.title()) + " " + Words.fold(n.description());
        return n.cpv().code().startsWith("091") && FUEL_CARD.matcher(text).find();
    }

    private static final Pattern FUEL_CARD = Pattern.compile("\\bcartes? (carburants?|accreditives?|essence|de carburant)\\b");

    /** A generic word of place opening the place it belongs to (« batiments du centre », « locaux de la mairie »): no site of its own. */
    static final Pattern OF_A_PLACE = Pattern.compile("\\b(batiments?|sites?|etablissements?|locaux) (du|de la|de l|des|de|d)\\b");
    static final Pattern COUNTED_PLACES = Pattern.compile("\\b(\\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs)"
            + " (" + PLACE_KINDS.replace("|", "s|") + "s)\\b|\\bmulti ?sites?\\b");
    /**
     * Words of {@link #SERVICE_FAMILY} naming services that are let separately (a software's maintenance and its
     * hosting: lawyer D, CHU27-13); two of them named in one row are evidence that the object divides. Delivery with a
     * supply, operation with maintenance (P2) are one.
     */
    static final java.util.Set<String> SEPARATE_SERVICES = java.util.Set.of("maintenance", "hebergement", "nettoyage", "gardiennage");
    /** A supply with its installation or maintenance in the text: one equipment and its service (as (c) excepts). */
    static final Pattern INSTALLATION = Pattern.compile("\\b(installation|maintenance|mise en service|entretien)\\b");

    /** A supply known from at most this many suppliers is one product (its makers), not separate services. */
    static final int ONE_PRODUCT_SUPPLIERS = 2;

    @Override
    public String code() {
        return "NOT_ALLOTTED";
    }

    @Override
    public String defaultSeverity() {
        return "medium";
    }

    @Override
    public String section() {
        return "L";
    }

    @Override
    public void apply(List<Need> needs, RiskContext context, Flags flags) {
        Texts t = new Texts(context);
        double multiFrom = context.settings().doubleParam(code(), "multiTradeWorksFrom", MULTI_TRADE_FROM);
        java.util.Map<String, Integer> operations = new java.util.HashMap<>();
        for (NeedFacts f : context.all()) {
            String op = operationKey(f.need());
            // only the operation's works rows are its lots: its insurance or its design are not (lawyer F, OPH-27-02/-11)
            if (op != null && f.need().cpv() != null && f.need().cpv().code().startsWith("45")) {
                operations.merge(op, 1, Integer::sum);
            }
        }
        for (NeedFacts f : context.all()) {
            Need n = f.need();
            // outside the code (in-house L2511-1, real estate…) the need is not open (NeedFacts): L2113-10 does not apply
            if (!f.open() || !f.comparable() || !f.value().reaches(f.publicity().value())) {
                continue;
            }
            int lots = n.lots() != null ? n.lots() : n.lotList().size();
            if (lots > 1 || excluded(n) || noCompetition(n) || defenceRegime(f)) {
                continue;
            }
            List<String> listed = List.of();
            int divides = -1;
            // version 2.24 (lawyer S, HDL-27-01): works whose text names several trades are divided by trade, the reason given
            if (lots == 1 && f.value().atLeast(f.eu().value()) && !indivisible(n) && !withInstallation(n)
                    && !(worksByNature(n) && !worksTrades(n).isEmpty())) {
                listed = new ArrayList<>(enumeration(n));
                divides = divides(n, listed);
            }
            // version 2.23 (lawyer Q, trap R32, PLE-27-17): distinct insurance risks in one lot are lots whatever the
            // value (L2113-10 asks no threshold); under T the message says so without « au moins égal au seuil »
            if (divides < 0 && lots == 1 && insuranceRisks(n).size() >= 2) {
                List<String> risks = insuranceRisks(n);
                flags.on(this, context, f).add("risk.NOT_ALLOTTED.insurance", t.value(f.value()), String.join(", ", risks));
                continue;
            }
            if (divides >= 0) {
                flags.on(this, context, f).add("risk.NOT_ALLOTTED.divides", t.value(f.value()),
                        t.euros(f.eu().value()), t.basis(f.eu()), divides, String.join(", ", listed));
                continue;
            }
            String code = n.cpv().code();
            boolean works = code.startsWith("45");
            // version 2.14 (lawyer J, defect 2): the nature and the code decide, not one phrase: works of a building
            // operation's code, or whose text names three trades or more (T14: the Description's eight trades under
            // 45000000), or « tous corps d'état » said of works; a supply with its installation is none (a playground)
            boolean byNature = worksByNature(n);
            boolean fromFloor = byNature && f.value().atLeast(multiFrom);
            boolean fromT = works && f.value().atLeast(f.eu().value());
            List<String> trades = byNature && (fromFloor || fromT) ? worksTrades(n) : List.of();
            boolean multiTrade = (fromFloor && (MULTI_TRADE.stream().anyMatch(code::startsWith) || multiTradeText(n) || !trades.isEmpty())
                    || fromT && multiTradeOperation(n)) && !tradeLot(n, operations);
            List<String> families = multiTrade ? List.of() : serviceFamilies(n);
            List<String> otherDivisions = multiTrade || !families.isEmpty() ? List.of() : otherDivisions(n);
            int reason = multiTrade ? (trades.isEmpty() ? 1 : 4)
                    : !families.isEmpty() ? 3 : !otherDivisions.isEmpty() ? 2 : -1;
            if (reason >= 0) {
                List<String> evidence = reason == 4 ? trades : reason == 3 ? families : otherDivisions;
                flags.on(this, context, f).add("risk.NOT_ALLOTTED", t.value(f.value()), lots == 1 ? 0 : 1, reason,
                        t.euros(f.eu().value()), t.basis(f.eu()), works ? 1 : 0, String.join(", ", evidence));
            }
        }
    }

    /**
     * The risks an insurance title names (lawyer H, D5, VIL-27-06: « dommages aux biens, responsabilité civile, flotte,
     * protection juridique » in one lot): each is by practice a market and a lot of its own, insured by different
     * companies; one risk, or « assurances » alone, stays one contract.
     */
    static List<String> insuranceRisks(Need n) {
        String code = n.cpv().code();
        if (!code.startsWith("665") && !code.startsWith("666")) {
            return List.of();
        }
        java.util.regex.Matcher m = INSURANCE_RISK.matcher(Words.fold(n.title()));
        java.util.Set<String> found = new java.util.LinkedHashSet<>();
        while (m.find()) {
            // written back with the accents folding took away (the only two words of the list that have any)
            found.add(m.group(1).replace("responsabilite", "responsabilité").replace("prevoyance", "prévoyance"));
        }
        return List.copyOf(found);
    }

    private static final Pattern INSURANCE_RISK = Pattern.compile("\\b(dommages aux biens|responsabilite civile|flotte"
            + "|protection juridique|risques statutaires|prevoyance|tous risques expositions?|dommages ouvrage)\\b");

    /** A lot marker in the title: « lot n° 2 », « lot 3 », « lot : ». */
    private static final Pattern LOT_MARK = Pattern.compile("\\blot (n ?o? ?)?\\d|\\blot n\\b|\\blot$");
    /** Building trades (corps d'état) a works row may be the lot of (folded text). */
    static final Pattern TRADE = Pattern.compile("\\b(gros oeuvre|second oeuvre|cvc|chauffage|ventilation|climatisation|plomberie"
            + "|electricite|electriques?|courants? faibles|menuiseries?|charpente|couverture|etancheite|peinture|revetements? de sols?|cloisons?"
            + "|cloisonnement|platrerie|vrd|voirie|serrurerie|metallerie|facades?|desamiantage|demolition|terrassements?|carrelage"
            + "|ascenseurs?|fluides)\\b");

    /**
     * The row is itself one trade lot of a works operation, so never « tous corps d'état » (lawyer E, CAGC-27-02
     * « gros œuvre et bassins »: the operation's SPLIT_SUSPECT item carries the remedy): a lot marker in the title,
     * the operation column shared with another works row of the buyer, or exactly one trade named in the title (two or more,
     * « gros œuvre, CVC et électricité », are the multi-trade job itself).
     */
    static boolean tradeLot(Need n, java.util.Map<String, Integer> operations) {
        String title = Words.fold(n.title());
        String op = operationKey(n);
        return LOT_MARK.matcher(title).find() || op != null && operations.getOrDefault(op, 0) > 1 || distinct(TRADE, title) == 1;
    }

    private static String operationKey(Need n) {
        return n.operation() == null || n.operation().isBlank() ? null : n.buyer().id() + '|' + Words.fold(n.operation());
    }

    /**
     * Works by their nature and their code: a row of nature travaux under a division-45 code. A supply with its
     * installation coded 45 (« fourniture et installation des jeux », nature fournitures: lawyer J, defect 2) is not.
     */
    static boolean worksByNature(Need n) {
        return "works".equals(n.category()) && n.cpv().code().startsWith("45");
    }

    /**
     * The trades a works row's title or Description names, when they are {@link #ENUMERATED} families or more (the
     * fluids counted once, {@link #FLUIDS}): « gros œuvre, charpente et couverture, menuiseries, plâtrerie, plomberie et
     * chauffage, électricité, peinture » fits out one building by eight trades (lawyer J, T14, under 45000000). Empty
     * otherwise: one trade and its accessories (« couverture et zinguerie ») is one firm's job.
     */
    static List<String> worksTrades(Need n) {
        String raw = (n.title() == null ? "" : n.title()) + " ; " + (n.description() == null ? "" : n.description());
        return trades(Words.fold(raw)).size() >= ENUMERATED ? tradeMembers(raw) : List.of();
    }

    /**
     * The trade families a folded text names ({@link #TRADE}, singular, the fluids one family {@link #FLUIDS}), sorted:
     * « remplacement des menuiseries de la salle des fetes » gives [menuiserie]. SPLIT_SUSPECT reads it as the object of
     * works and building services (lawyer J, defect 4: joinery and electrics under one code are two trades).
     */
    public static java.util.SortedSet<String> trades(String folded) {
        return TRADE.matcher(folded).results().map(m -> FLUIDS.matcher(m.group(1)).matches() ? "fluides"
                        : m.group(1).startsWith("electrique") ? "electricite" : m.group(1).replaceAll("s$", ""))
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    /** The members of a list (commas, « et », brackets, dashes) that name a trade, as written, each once. */
    private static List<String> tradeMembers(String raw) {
        List<String> out = new ArrayList<>();
        for (String member : TITLE_MEMBERS.split(raw)) {
            String m = member.strip();
            String folded = Words.fold(m);
            if (TRADE.matcher(folded).find() && out.stream().map(Words::fold).noneMatch(folded::equals)) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * Families of services bought from different firms (cleaning, guarding, technical maintenance…): three or more
     * named in one services row with no lots or one (lawyer J, T33: « Nettoyage, gardiennage et maintenance des
     * bâtiments communaux ») are one consultation of several markets, lots by family (L2113-10). Read in the title,
     * else in the Description; two (a software's maintenance and hosting) are no enumeration.
     */
    static List<String> serviceFamilies(Need n) {
        if (!"services".equals(n.category())) {
            return List.of();
        }
        for (String text : new String[] {Words.fold(n.title()), Words.fold(n.description())}) {
            List<String> found = SERVICE_FAMILY.matcher(text).results().map(m -> family(m.group(1))).distinct().toList();
            if (found.size() >= ENUMERATED) {
                return found;
            }
        }
        return List.of();
    }

    private static final Pattern SERVICE_FAMILY = Pattern.compile("\\b(nettoyage|proprete|menage|gardiennage|surveillance"
            + "|securite incendie|telesurveillance|maintenance|espaces verts|restauration|blanchisserie|collecte des dechets"
            + "|accueil|standard telephonique|hebergement)\\b");

    /** One French name per family of {@link #SERVICE_FAMILY} (the text is folded): cleaning by any word is cleaning. */
    private static String family(String word) {
        return switch (word) {
            case "proprete", "menage" -> "nettoyage";
            case "surveillance", "telesurveillance", "securite incendie" -> "gardiennage";
            case "collecte des dechets" -> "collecte des déchets";
            case "standard telephonique" -> "standard téléphonique";
            case "hebergement" -> "hébergement";
            default -> word;
        };
    }

    /** « Tous corps d'état » (TCE) in the title or description: read only for works of the floor's value. */
    private static boolean multiTradeText(Need n) {
        String text = Words.fold(n.title()) + " " + Words.fold(n.description());
        return text.contains("tous corps d etat") || TCE.matcher(text).find();
    }

    private static final Pattern TCE = Pattern.compile("\\btce\\b");

    /**
     * Trigger (a) on evidence that the object divides (L2113-11 1°: one lot is lawful when the object has no separate
     * services; issue 17 fourth review): 0 the known suppliers cover it only partly (not for the upkeep of an installed
     * system, {@link LowCompetition#captive}: its one publisher is a sourcing matter, lawyer F, D3 SDIS-27-12), 1 several
     * places are named (not the delivery points of a network energy, {@link #networkEnergy}), 3
     * several separable services are named, 4 a supply's title lists three products or disciplines or more ({@link
     * #enumeration}: lawyer E, CHM-27-19, reagents of four laboratory disciplines). -1: no evidence, no flag (a scanner, the electricity of one site, one
     * consulting mission; and the value alone, a laundry or meals from one kitchen: lawyer D, CHU27-06, VB27-01).
     */
    static int divides(Need n, List<String> listed) {
        // a reserved contract (L2113-12, L2113-13) is partly covered by design: the buyer narrowed the pool to ESAT/EA or
        // SIAE, whose capacity the « partielle » describes (lawyer I, D5, CHU-27-26: one site's green spaces)
        if (LowCompetition.partial(n) && !LowCompetition.captive(n)) {
            return 0;
        }
        // the risks an insurance names are the ground, said before places: « Assurances de la communauté de communes :
        // dommages aux biens, … » named the buyer's communes, not sites (lawyer N, CCHT-27-05: a false reason for a right flag)
        List<String> risks = insuranceRisks(n);
        if (risks.size() >= 2) {
            listed.clear();
            listed.addAll(risks);
            return 5;
        }
        String place = TERRITORY.matcher(Words.fold(n.location())).replaceAll("territoire");
        // version 2.24 (lawyer S): a capital share (« 12 % communes ») names a shareholder, a station followed by a
        // network's name (« stations V'Lille ») is that network's equipment; read before folding takes the case away
        String title = NAMED_NETWORK_STATION.matcher(CAPITAL_SHARE.matcher(n.title() == null ? "" : n.title()).replaceAll(" ")).replaceAll("equipement ");
        String description = NAMED_NETWORK_STATION.matcher(CAPITAL_SHARE.matcher(n.description() == null ? "" : n.description()).replaceAll(" "))
                .replaceAll("equipement ");
        String text = EQUIPMENT_STATION.matcher(NOT_A_PLACE.matcher(Words.fold(title) + " " + Words.fold(description) + " " + place)
                .replaceAll("equipement")).replaceAll("equipement");
        // version 2.19 (lawyer O, SD34-27-05, wrong reason): « les bâtiments du centre de secours » names one site, the
        // generic word only opening the place it belongs to; two places must be named for « plusieurs sites »
        String places = OF_A_PLACE.matcher(text).replaceAll("");
        if (!networkEnergy(n) && !fuelCards(n) && (COUNTED_PLACES.matcher(text).find() || ESTABLISHMENTS.matcher(places).find() || distinct(PLACE, places) >= 2)) {
            return 1;
        }
        if (separateServices(text).size() >= 2 && !oneSoftwareHosted(text)) {
            // the services named, in the order of the text: the evidence the line quotes
            listed.clear();
            SERVICE_FAMILY.matcher(text).results().map(m -> m.group(1)).filter(SEPARATE_SERVICES::contains).map(NotAllotted::family)
                    .distinct().forEach(listed::add);
            return 3;
        }
        List<String> trades = namedTrades(n);
        if (trades.size() >= ENUMERATED) {
            listed.clear();
            listed.addAll(trades);
            return 6;
        }
        return listed.size() >= ENUMERATED ? 4 : -1;
    }

    /**
     * The maintenance and the hosting of one software are one service of its publisher (lawyer I, D5, OHA-27-24: a
     * rental-management package, splitting it would be absurd, L2113-11), unless the hosting is a market of its own:
     * health data, which only a certified host may keep (HDS, art. L1111-8 of the code de la santé publique; lawyer D,
     * CHU27-13: a patient record's maintenance and its HDS hosting are separable). Folded text.
     */
    static boolean oneSoftwareHosted(String text) {
        return SOFTWARE.matcher(text).find() && !HEALTH_DATA.matcher(text).find()
                && separateServices(text).stream().allMatch(w -> w.equals("maintenance") || w.equals("hebergement"));
    }

    /** The {@link #SEPARATE_SERVICES} words a folded text names, each once. */
    private static java.util.Set<String> separateServices(String text) {
        return SERVICE_FAMILY.matcher(text).results().map(m -> m.group(1)).filter(SEPARATE_SERVICES::contains)
                .collect(java.util.stream.Collectors.toSet());
    }

    private static final Pattern SOFTWARE = Pattern.compile("\\b(logiciels?|progiciels?|applications?|saas|solution logicielle)\\b");
    private static final Pattern HEALTH_DATA = Pattern.compile("\\b(hds|donnees de sante|dossiers? patients?|dpi|dossier medical"
            + "|dossiers? de soins)\\b");

    /**
     * The building trades a services or supplies title names, as written (lawyer I, T23, OHA-27-16: « Accord-cadre
     * multi-services (plomberie, électricité, serrurerie, menuiserie) », 1.5 M€ in one lot): each trade is a market of
     * its own firms, three or more named are lots by trade (L2113-10), the fluids counted once ({@link #FLUIDS}). Works
     * have their own multi-trade tests.
     */
    static List<String> namedTrades(Need n) {
        if ("works".equals(n.category()) || n.cpv().code().startsWith("45") || n.title() == null) {
            return List.of();
        }
        return trades(Words.fold(n.title())).size() >= ENUMERATED ? tradeMembers(n.title()) : List.of();
    }

    /**
     * Heating, ventilation, air conditioning and plumbing are one family (génie climatique), the trades of one
     * multitechnical maintenance firm: « chauffage, ventilation, plomberie » is one trade (lawyer D, PREF27-08).
     */
    private static final Pattern FLUIDS = Pattern.compile("cvc|chauffage|ventilation|climatisation|plomberie|fluides");

    private static final Pattern TITLE_MEMBERS = Pattern.compile("[,;()]|\\bet\\b|\\s[—–-]\\s", Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * Energy delivered through a network: electricity, natural and town gas, district heat (CPV 0931, 09121, 09123,
     * 0932). Its delivery points (« stations de pompage et usine ») are meters on one grid, not a division an officer
     * would push (lawyer F, D6, SIE-27-12); partial coverage still is. Fuel delivered by truck to each site is
     * divisible by area (the « centres d'exploitation » of §3).
     */
    static boolean networkEnergy(Need n) {
        String code = n.cpv().code();
        return code.startsWith("0931") || code.startsWith("09121") || code.startsWith("09123") || code.startsWith("0932");
    }

    /**
     * Works at or above T whose title names a building operation of several trades by its nature: the thermal or
     * whole rehabilitation, renovation, restructuring, construction or extension of a building (lawyer F, D4,
     * OPH-27-02: « réhabilitation thermique de 180 logements », 7.5 M€ in one lot, under an insulation code). A works
     * code alone (roads, networks, one trade) is no evidence.
     */
    static boolean multiTradeOperation(Need n) {
        String title = Words.fold(n.title());
        return OPERATION.matcher(title).find() && BUILDING.matcher(title).find();
    }

    private static final Pattern OPERATION = Pattern.compile("\\b(rehabilitations?|renovations?|restructurations?|constructions?"
            + "|extensions?|reconstructions?)\\b");
    private static final Pattern BUILDING = Pattern.compile("\\b(logements?|batiments?|residences?|immeubles?|colleges?|lycees?"
            + "|ecoles?|groupe scolaire|gymnases?|piscines?|mairies?|hotel de ville|casernes?|centres? d incendie|creches?"
            + "|bibliotheques?|mediatheques?|musees?|equipements?|salles?|ehpad|foyers?|internats?|halles?|sieges?|locaux)\\b");

    /** A list of this many products in a supply's title is evidence of separate lots (two may be one product and its part). */
    static final int ENUMERATED = 3;
    /** Where an enumeration starts: after the last preposition before its first comma (« automates de biochimie, … »). */
    private static final Pattern LIST_START = Pattern.compile("^.*(?:\\b(?:des|du|de|en|pour)\\b|\\bd['’])\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern BRACKETED_LIST = Pattern.compile("\\(([^)]*,[^)]*)\\)");
    private static final Pattern LIST_SEPARATOR = Pattern.compile(",|;|\\bet\\b", Pattern.UNICODE_CHARACTER_CLASS);
    /** Members of a list that are what is done with one supply, not another product (« fourniture, pose et maintenance »). */
    private static final Pattern SERVICE_WORD = Pattern.compile("^(fourniture|pose|installation|livraison|maintenance|entretien"
            + "|location|reparation|mise en service|mise en place|depannage|exploitation|achat|acquisition|controle|verification"
            + "|gestion|reprise|enlevement|recyclage|formation|assistance)\\b");

    /**
     * The products a supply's title lists with commas (« biochimie, hématologie, hémostase et immunologie »), the words
     * of what is done with it left out; empty when the title has no comma, is no supply (CPV 03–44), or lists only
     * actions (« fourniture, pose et entretien »). Two words joined by « et » alone (« fourniture et pose », « tables et
     * chaises ») are no list: they are one product and its service or its parts.
     */
    static List<String> enumeration(Need n) {
        List<String> title = titleEnumeration(n);
        // version 2.24 (lawyer S, MEL-27-08): a title naming one solution or system, the Description lists its components
        if (title.size() < ENUMERATED && ONE_SYSTEM.matcher(Words.fold(n.title())).find()) {
            return title;
        }
        return title.size() >= ENUMERATED ? title : descriptionEnumeration(n, title);
    }

    private static final Pattern ONE_SYSTEM = Pattern.compile("^(fourniture d une |acquisition d une |fourniture d un |acquisition d un )?"
            + "(solution|systeme|plateforme)\\b");

    /** A Description member this long or longer is prose, not a product (« réactifs de biochimie et d'hématologie » is 6). */
    static final int LIST_MEMBER_WORDS = 8;
    /** A Description member that starts with a preposition or a participle is prose (« sur le site principal », « livrés … »). */
    private static final Pattern PROSE_START = Pattern.compile("^(sur|pour|dans|avec|a|au|aux|par|selon|chez|vers|entre|depuis"
            + "|sans|sous|apres|avant|livre|livres|passe|realise|realises|y compris|dont|notamment|soit|le|la|les|l)\\b");

    /**
     * Version 2.9 (lawyer G, T10 CH-27-03: « Réactifs de biochimie et d'hématologie, tubes de prélèvement, pointes de
     * pipettes, consommables de microbiologie », 900 k€ in one lot): the products a supply's Description lists, where
     * buyers usually write them, split at commas and semicolons only (« biochimie et hématologie » stays one member);
     * prose is no list: every member under {@link #LIST_MEMBER_WORDS} words, none of them what is done with the supply nor
     * starting as a phrase ({@link #PROSE_START}).
     */
    static List<String> descriptionEnumeration(Need n, List<String> otherwise) {
        int main = Integer.parseInt(n.cpv().code().substring(0, 2));
        if (n.description() == null || main < 3 || main > 44) {
            return otherwise;
        }
        List<String> out = new ArrayList<>();
        for (String member : n.description().split("[,;]")) {
            String m = member.strip().replaceAll("[.]$", "");
            String folded = Words.fold(m);
            if (folded.isBlank()) {
                continue;
            }
            if (folded.split(" ").length >= LIST_MEMBER_WORDS || SERVICE_WORD.matcher(folded).find()
                    || PROSE_START.matcher(folded).find()) {
                return otherwise;
            }
            out.add(m);
        }
        return out.size() >= ENUMERATED ? out : otherwise;
    }

    private static List<String> titleEnumeration(Need n) {
        String raw = n.title() == null ? "" : n.title();
        int main = Integer.parseInt(n.cpv().code().substring(0, 2));
        java.util.regex.Matcher bracketed = BRACKETED_LIST.matcher(raw);
        // a list in brackets is the products themselves (lawyer F, D4, SDIS-27-03: « Habillement et EPI (tenues de feu,
        // textiles, chaussures, gants, casques) »); any other bracket is a name or a remark (« (CTA-CODIS) »)
        boolean inBrackets = bracketed.find();
        String title = inBrackets ? bracketed.group(1) : raw.replaceAll("\\([^)]*\\)", " ");
        int comma = title.indexOf(',');
        if (comma < 0 || main < 3 || main > 44) {
            return List.of();
        }
        String list = inBrackets ? title : LIST_START.matcher(title.substring(0, comma)).replaceFirst("") + title.substring(comma);
        List<String> out = new ArrayList<>();
        for (String member : LIST_SEPARATOR.split(list)) {
            String m = member.strip();
            String folded = Words.fold(m);
            if (!folded.isBlank() && !SERVICE_WORD.matcher(folded).find() && out.stream().map(Words::fold).noneMatch(folded::equals)) {
                out.add(m);
            }
        }
        return out;
    }

    /** How many different words of {@code p} the text holds, singular and plural counted once. */
    static long distinct(Pattern p, String text) {
        return p.matcher(text).results().map(m -> m.group(1).replaceAll("s$", "").replaceAll("s ", " ")).distinct().count();
    }

    /** A supply with its installation or maintenance, in the additional codes or in the title or description. */
    static boolean withInstallation(Need n) {
        int main = Integer.parseInt(n.cpv().code().substring(0, 2));
        if (main < 3 || main > 44) {
            return false;
        }
        if (n.cpvAdditional() != null && n.cpvAdditional().stream().map(c -> Integer.parseInt(c.code().substring(0, 2)))
                .anyMatch(d -> d == 45 || d == 50 || d == 51)) {
            return true;
        }
        return INSTALLATION.matcher(Words.fold(n.title()) + " " + Words.fold(n.description())).find();
    }

    /**
     * No distinct services to divide (L2113-10 asks no lots, L2113-11 no reasons): an insurance contract covers one
     * risk (CPV 665, 666: each policy already is a lot), and a supply with at most two known suppliers is one product
     * from its maker (a surgical robot, bus tyres rented by the kilometre: issue 17 third review), not separate services.
     */
    static boolean indivisible(Need n) {
        String code = n.cpv().code();
        return (code.startsWith("665") || code.startsWith("666")) && insuranceRisks(n).size() < 2
                || ("supplies".equals(n.category()) && n.suppliersKnown() != null && n.suppliersKnown() <= ONE_PRODUCT_SUPPLIERS);
    }

    /**
     * Design contests, marchés globaux (L2171-1 ff.), real-estate rentals (L2512-5, CPV 70), and maîtrise d'œuvre: one
     * mission for one building (R2431-1 ff.), whose object allows no separate services (L2113-11 1°; issue 17 review).
     */
    static boolean excluded(Need n) {
        String title = Words.fold(n.title());
        return "design_contest".equals(n.technique()) || title.contains("conception realisation")
                || title.contains("marche global") || title.contains("marches globaux") || n.cpv().code().startsWith("70")
                || projectManagement(n);
    }

    /** A maîtrise d'œuvre contract: the words in the title (CPV 71240000 also covers studies, which may be divided). */
    public static boolean projectManagement(Need n) {
        String t = Words.fold(n.title());
        return t.contains("maitrise d oeuvre") || t.contains("maitrise doeuvre") || t.contains("maitrise d ouvre");
    }

    /**
     * No competition to open by lots: a negotiated procedure without call (exclusive rights, R2122-3) or a dispensed
     * purchase is awarded to its one holder (issue 17 review: a licence of the only publisher is not to be allotted).
     */
    static boolean noCompetition(Need n) {
        return "negotiated_without_call".equals(n.procedure()) || "exempt".equals(n.procedure());
    }

    /**
     * Possibly a defence or security contract (L1113-1), where allotment is optional (CE 4 février 2021, n° 445396):
     * the row's defence column from a State buyer, or a defence authority's supply off the Annex III list (military
     * equipment, which the row cannot tell apart). Evidence, not uncertainty: no flag.
     */
    static boolean defenceRegime(NeedFacts f) {
        Threshold.Basis b = f.eu() == null ? null : f.eu().basis();
        return b == Threshold.Basis.defence || (b == Threshold.Basis.central_defence_supplies && "supplies".equals(f.need().category()));
    }

    /** The additional codes in another division than the main code's, leaving out the usual pairings. */
    static List<String> otherDivisions(Need n) {
        List<String> out = new ArrayList<>();
        if (n.cpvAdditional() == null) {
            return out;
        }
        int main = Integer.parseInt(n.cpv().code().substring(0, 2));
        for (Cpv c : n.cpvAdditional()) {
            int d = Integer.parseInt(c.code().substring(0, 2));
            boolean installation = main >= 3 && main <= 44 && (d == 45 || d == 50 || d == 51);
            boolean software = main == 30 && d == 48;
            if (d != main && !installation && !software) {
                out.add(c.code());
            }
        }
        return out;
    }
}
