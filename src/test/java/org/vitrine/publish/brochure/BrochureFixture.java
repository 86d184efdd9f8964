package org.vitrine.publish.brochure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vitrine.messages.Messages;
import org.vitrine.config.BuyerConfig;
import org.vitrine.config.Config;
import org.vitrine.config.ConfigLoader;
import org.vitrine.config.VitrineConfig;
import org.vitrine.model.Amount;
import org.vitrine.model.Need;
import org.vitrine.model.Period;
import org.vitrine.model.RiskFlag;
import org.vitrine.normalise.Needs;
import org.vitrine.normalise.parse.CpvCatalogue;
import org.vitrine.publish.Brochure;
import org.vitrine.publish.DataExports;
import org.vitrine.model.EditionInfo;
import org.vitrine.publish.Site;
import org.vitrine.publish.Templates;

/**
 * A small brochure built in code (four buyers of config/buyers.yaml, a few needs each, French and
 * English), rendered once per JVM and shared by the brochure tests.
 */
final class BrochureFixture {

    /** A title with characters outside Latin-1: œ, €, ’, no-break spaces (U+00A0, U+202F) and an emoji. */
    static final String UNICODE_TITLE = "Œuvre d’art pour le cœur de ville\u00A0: 1\u202F000\u00A0€ 🙂 fin";

    static final String FOREWORD = "Bienvenue au salon.\n\nUn second paragraphe d’accueil.";
    /** The sample logo and floor plan, relative to the config folder as in vitrine.yaml. */
    static final String ASSETS = "../examples/brochure-assets/";

    static final LocalDate DATE = LocalDate.of(2026, 11, 26);
    static final String[] CPVS = {"90910000-9", "30192000-1", "45233140-2", "72000000-5", "33141000-0", "09310000-5"};

    private static Result shared;

    record Result(Path publicDir, Site site, Config config, List<Need> needs) {
        Path pdf() {
            return publicDir.resolve("brochure.pdf");
        }

        Path pdfEn() {
            return publicDir.resolve("brochure-en.pdf");
        }
    }

    private BrochureFixture() {}

    /** The shared render (French and English) in a temporary folder. */
    static synchronized Result shared() {
        if (shared == null) {
            try {
                shared = render(Files.createTempDirectory("vitrine-brochure-fixture"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return shared;
    }

    static Result render(Path dir) throws Exception {
        return render(dir, 0);
    }

    /** The same with the last {@code dropped} needs left out (another page count, for the notes pages' golden). */
    static Result render(Path dir, int dropped) throws Exception {
        Config config = withEnglish(ConfigLoader.load(Path.of("config")));
        Messages m = Messages.of("fr");
        List<Need> all = needs(config);
        List<Need> needs = all.subList(0, all.size() - dropped);
        EditionInfo edition = edition(m);
        Path pub = Files.createDirectories(dir.resolve("public"));
        Path data = Files.createDirectories(pub.resolve("data"));
        DataExports.writeJson(data.resolve("needs.json"), edition, needs);
        DataExports.writeCsv(data.resolve("needs.csv"), needs, "fr");
        Site site = new Site(needs, config, edition, m);
        Path templates = Path.of("templates");
        new Brochure(new Templates(templates, Locale.FRENCH), templates).writeAll(pub, site, config, m);
        return new Result(pub, site, config, needs);
    }

    /** The edition the fixture's brochures are of: 2027-01, in French, as of {@link #DATE}, under the Licence Ouverte. */
    static EditionInfo edition(Messages m) {
        return new EditionInfo("2027-01", 2027, DATE, "fr", List.of(), List.of(), "Licence Ouverte / Etalab 2.0", null,
                m.get("publish.disclaimer"));
    }

    /** The French brochure's HTML for {@code config}, of the fixture's needs (no PDF written). */
    static String html(Config config) throws Exception {
        Messages m = Messages.of("fr");
        Site site = new Site(needs(config), config, edition(m), m);
        Path templates = Path.of("templates");
        try (QrImages qr = Brochure.qrImages(site)) {
            return new Brochure(new Templates(templates, Locale.FRENCH), templates).html(site, m, config, qr);
        }
    }

    /** The shipped config with English on, the sample logo and floor plan, and a foreword. */
    static Config withEnglish(Config c) {
        VitrineConfig v = c.vitrine();
        v = RecordCopy.with(v, "languages", List.of("fr", "en"));
        v = RecordCopy.with(v, "organisation", RecordCopy.with(v.organisation(), "logo", ASSETS + "logo.png"));
        v = RecordCopy.with(v, "event", RecordCopy.with(v.event(), "floorPlan", ASSETS + "floor-plan.png"));
        v = RecordCopy.with(v, "brochure", RecordCopy.with(v.brochure(), "foreword", FOREWORD));
        return RecordCopy.with(c, "vitrine", v);
    }

    /** Three to five needs for each of four buyers, with every mark the brochure shows. */
    static List<Need> needs(Config config) {
        List<BuyerConfig> buyers = config.buyers().all().stream().limit(4).toList();
        CpvCatalogue cpv = CpvCatalogue.load();
        List<Need> needs = new ArrayList<>();
        int k = 0;
        for (BuyerConfig b : buyers) {
            for (int i = 0; i < 3 + (k % 3); i++, k++) {
                String title = k == 1 ? UNICODE_TITLE : "Besoin " + (k + 1) + " de " + b.name();
                Need.Builder n = Needs.need(b.id(), "R" + k, title, 20_000L * (k + 1), "public", "f.xlsx", k + 2)
                        .forPublic(b.publicContact()).toBuilder();
                n.buyer = new org.vitrine.model.BuyerRef(b.id(), b.name(), b.kind());
                n.cpv = cpv.cpv(CPVS[k % CPVS.length]);
                n.category = n.cpv.code().startsWith("45") ? "works" : n.cpv.code().startsWith("3") ? "supplies" : "services";
                LocalDate launch = LocalDate.of(2027, 1 + (k % 12), 1);
                n.launch = new Period(launch, launch.withDayOfMonth(launch.lengthOfMonth()), Period.Precision.month);
                n.amount = new Amount(BigDecimal.valueOf(10_000L * (k + 1)), BigDecimal.valueOf(15_000L * (k + 1)), "EUR", "total");
                n.procedure = k % 2 == 0 ? "open" : "adapted";
                n.lots = 1 + k % 4;
                n.durationMonths = 12 * (1 + k % 3);
                n.change = k % 3 == 0 ? "new" : "unchanged";
                n.innovation = k % 4 == 0;
                n.reserved = k % 5 == 0 ? "siae" : Boolean.FALSE;
                if (k % 4 == 1) {
                    n.risks = List.of(new RiskFlag("PARTIAL_COVERAGE", "low",
                            "L’acheteur pense qu’aucune offre ne couvrira tout le besoin : parlez-lui de ce que vous pouvez fournir.", List.of()));
                }
                supplierFields(n, k);
                if (k == 2) { // what a supplier looks for on the card: the other codes, the questions answered, the renewal options
                    n.duration = new org.vitrine.model.DurationSpec(12, 2, 12);
                    n.notes = java.util.Map.of("renewal_options", "reconductible 2 fois");
                    n.cpvAdditional = List.of(cpv.cpv("45321000-3"), cpv.cpv("45331000-6"));
                    n.questions = List.of(new org.vitrine.model.Question("Les variantes sont-elles admises ?", "Oui.",
                            LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 9), LocalDate.of(2026, 10, 9)));
                }
                needs.add(n.build());
            }
        }
        return needs;
    }

    /** A description longer than the brochure shows (it is shortened at a word, with "…"). */
    static final String LONG_DESCRIPTION = "Fourniture, livraison et mise en service d’équipements, avec la formation "
            + "des agents, la maintenance préventive et corrective pendant toute la durée du marché, la reprise des "
            + "matériels existants, la gestion des déchets d’emballage, un plan de progrès annuel, des rapports "
            + "trimestriels d’activité et une astreinte téléphonique ouvrée de huit heures à dix-huit heures. "
            + "FIN-DU-TEXTE-ENTIER";
    /** Titles that a plain (code point) sort puts after Z; a French collator puts them among the E. */
    static final String[] ACCENTED_TITLES = {"Échographes portables", "Étude de circulation"};
    /** Before "É" in code point order, after it in a French dictionary. */
    static final String AFTER_E_TITLE = "Fauteuils de prélèvement";
    /** The need whose consultation is running on the event day, bids being received (k = 2), and analysed (k = 7). */
    static final int LIVE_OFFERS = 2;
    static final int LIVE_ANALYSIS = 7;
    static final int WITH_LOTS = 3;
    /** Two lots with no amount: the lots table has no amount column. */
    static final int LOTS_WITHOUT_AMOUNTS = 11;
    /** A need of 4 lots whose titles the data does not give. */
    static final int LOTS_UNTITLED = 1;
    /** "plus de 1 000 000 €", "moins de 40 000 €", 90 000 € a year for 36 months, a location "71, 58" launching in 2028. */
    static final int OPEN_ENDED = 5;
    static final int LESS_THAN = 6;
    static final int YEARLY = 8;
    static final int DEPARTEMENTS = 9;

    /** What a supplier looks for, spread over the needs: every case the brochure shows appears once or more. */
    private static void supplierFields(Need.Builder n, int k) {
        if (k == 10 || k == 11) {
            n.title = ACCENTED_TITLES[k - 10];
        }
        if (k == 4) {
            n.title = AFTER_E_TITLE; // same CPV division (33) as "Échographes portables" (k = 10)
        }
        if (k % 3 == 0) {
            n.description = k == 0 ? LONG_DESCRIPTION : "Une courte description du besoin " + (k + 1) + ".";
        }
        if (k % 2 == 1) {
            n.place = new org.vitrine.model.Place("departement", "71", "Saône-et-Loire", "FRC13");
        } else if (k % 4 == 2) {
            n.location = "Tous les sites de l’acheteur";
        }
        if (k % 3 == 1) {
            LocalDate start = LocalDate.of(2027, 9, 1);
            n.contractStart = new Period(start, start.withDayOfMonth(30), Period.Precision.month);
            n.renewal = true;
            n.incumbentEnd = new Period(LocalDate.of(2027, 9, 1), LocalDate.of(2027, 9, 1), Period.Precision.day);
        }
        if (k % 5 == 1) {
            n.reserved = "ea_esat";
        } else if (k % 5 == 2) {
            n.reserved = Boolean.TRUE;
        } else if (k % 5 == 3) {
            n.reserved = "ess";
        }
        if (k == WITH_LOTS) {
            List<org.vitrine.model.Lot> lots = new ArrayList<>();
            for (int i = 1; i <= 11; i++) {
                lots.add(new org.vitrine.model.Lot(i, "Lot numéro " + i + " : secteur " + (char) ('A' + i - 1),
                        new Amount(BigDecimal.valueOf(5_000L * i), BigDecimal.valueOf(5_000L * i), "EUR", "total"), null,
                        i % 2 == 0 ? "Site nord" : null));
            }
            n.lotList = lots;
            n.lots = lots.size();
            n.maxLotsPerBidder = 3;
        }
        if (k == LOTS_UNTITLED) {
            n.lots = 4; // a count without the lots' titles (« 4 lots » in the file)
        }
        if (k == LOTS_WITHOUT_AMOUNTS) {
            n.lotList = List.of(new org.vitrine.model.Lot(1, "Lot sans montant : nord", null, null, null),
                    new org.vitrine.model.Lot(2, "Lot sans montant : sud", null, null, null));
            n.lots = 2;
        }
        if (k % 4 == 3) {
            // Known only to the quarter: counted apart in the chart, not in its first month.
            n.launch = new Period(LocalDate.of(2027, 4, 1), LocalDate.of(2027, 6, 30), Period.Precision.quarter);
        }
        // Amounts the brochure writes in words, a yearly one with its total over the duration.
        if (k == OPEN_ENDED) {
            n.amount = new Amount(BigDecimal.valueOf(1_000_000), null, "EUR", "total");
        } else if (k == LESS_THAN) {
            n.amount = new Amount(BigDecimal.ZERO, BigDecimal.valueOf(40_000), "EUR", "total");
        } else if (k == YEARLY) {
            n.amount = new Amount(BigDecimal.valueOf(90_000), BigDecimal.valueOf(90_000), "EUR", "annual");
            n.durationMonths = 36;
        }
        if (k == DEPARTEMENTS) {
            n.location = "71, 58"; // read by the normaliser as their region
            n.place = new org.vitrine.model.Place("region", "27", "Bourgogne-Franche-Comté", null);
            // launching after the forecast year: counted apart from its figures
            n.launch = new Period(LocalDate.of(2028, 3, 1), LocalDate.of(2028, 3, 31), Period.Precision.month);
            n.beyondYear = true;
        }
        n.firmness = k % 4 == 2 ? "likely" : k == 11 ? "tentative" : k % 2 == 0 ? "firm" : null;
        n.socialClause = k % 3 == 2 ? Boolean.TRUE : k % 3 == 0 ? Boolean.FALSE : null;
        n.environmentalClause = k % 2 == 0;
        if (k % 3 == 0) {
            n.notification = new Period(LocalDate.of(2027, 6, 30), LocalDate.of(2027, 6, 30), Period.Precision.day);
        }
        if (k == LIVE_OFFERS || k == LIVE_ANALYSIS) {
            n.live = k == LIVE_OFFERS ? "offers" : "analysis";
            // The one in offers is announced (launching after the edition date: « En cours le jour du salon »);
            // the one in analysis was launched before it (« Consultation en cours », « Lancement prévu avant 2027 »).
            LocalDate launch = k == LIVE_OFFERS ? LocalDate.of(2027, 1, 11) : LocalDate.of(2026, 10, 12);
            n.launch = new Period(launch, launch, Period.Precision.day);
            n.tenderUrl = k == LIVE_OFFERS ? "https://marches.example.fr/consultation/2027-0042" : null;
        } else if (k % 6 == 5) {
            n.tenderUrl = "https://marches.example.fr/consultation/2027-00" + k;
        }
    }

    static void deleteTree(Path dir) {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
