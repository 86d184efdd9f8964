package org.vitrine.publish.catalogue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vitrine.messages.Messages;
import org.vitrine.config.Config;
import org.vitrine.config.ConfigLoader;
import org.vitrine.model.Amount;
import org.vitrine.model.BuyerRef;
import org.vitrine.model.Cpv;
import org.vitrine.model.DurationSpec;
import org.vitrine.model.Need;
import org.vitrine.model.Period;
import org.vitrine.normalise.Needs;
import org.vitrine.publish.Catalogue;
import org.vitrine.model.EditionInfo;
import org.vitrine.publish.Site;
import org.vitrine.publish.Templates;

/** A small catalogue built from a few needs and the shipped config, for rendering and browser tests. */
public final class CatalogueFixture {

    public static final String XSS = "<script>alert(1)</script>";
    public static final LocalDate DATE = LocalDate.of(2026, 11, 26);

    private static final Map<String, String> NAMES = Map.of("chu-beaumont", "CHU de Beaumont", "ville-beaumont-sur-saone",
            "Ville de Beaumont-sur-Saône", "metropole-val-de-saone", "Métropole du Val-de-Saône");

    private CatalogueFixture() {
    }

    /**
     * Six needs of three exhibitors: an XSS title, a reserved framework agreement with several suppliers, an
     * innovative one, one bought through a central purchasing body, works, accents.
     */
    public static List<Need> needs() {
        List<Need> out = new ArrayList<>();
        out.add(need("chu-beaumont", "CHU-1", XSS, 50_000, "90910000-9", "Services de nettoyage", "services",
                month(2027, 3), b -> b.description = "Nettoyage des blocs opératoires"));
        out.add(need("chu-beaumont", "CHU-2", "Implants orthopédiques", 1_200_000, "33184100-4", "Implants chirurgicaux",
                "supplies", quarter(2027, 2), b -> {
                    b.reserved = "ea_esat";
                    // a framework agreement with several suppliers and its maximum
                    b.technique = "framework";
                    b.frameworkAward = "multiple";
                    b.frameworkMaximum = new Amount(BigDecimal.valueOf(1_500_000), BigDecimal.valueOf(1_500_000), "EUR", "total");
                    b.socialClause = true;
                    b.firmness = "firm";
                    b.duration = new DurationSpec(12, 3, 12);
                    b.durationMonths = 48;
                    b.tenderUrl = "https://marches.example.fr/avis/123";
                    b.incumbentEnd = month(2027, 10);
                    b.questions = List.of(
                            new org.vitrine.model.Question("Les implants " + XSS + " sur mesure sont-ils admis ?", "Oui, en lot 2.",
                                    LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 9), DATE),
                            new org.vitrine.model.Question("Faut-il fournir des échantillons ?", null, LocalDate.of(2026, 11, 3), null, DATE));
                }));
        out.add(need("ville-beaumont-sur-saone", "V-1", "Rénovation énergétique de l’école Jules-Ferry", 2_500_000, "45321000-3",
                "Travaux d'isolation thermique", "works", month(2027, 5), b -> {
                    b.innovation = true;
                    b.environmentalClause = true;
                    b.procedure = "open";
                    b.location = "Beaumont-sur-Saône";
                }));
        out.add(need("ville-beaumont-sur-saone", "V-2", "Fournitures de bureau", 30_000, "30192000-1", "Fournitures de bureau",
                "supplies", month(2027, 1), b -> {
                    b.route = "central_purchasing";
                    b.procedure = "adapted";
                }));
        out.add(need("metropole-val-de-saone", "M-1", "Entretien des espaces verts", 900_000, "77310000-6",
                "Services de plantation et d'entretien des espaces verts", "services", quarter(2027, 1), b -> {
                    b.procedure = "open";
                    b.location = "Métropole";
                    b.change = "new";
                }));
        out.add(need("metropole-val-de-saone", "M-2", "Étude de mobilité", 120_000, "79311000-7", "Services d'études",
                "services", new Period(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30), Period.Precision.half),
                b -> b.procedure = "adapted"));
        return out;
    }

    /** Writes the catalogue of these needs into dir (French) and returns the site. */
    public static Site write(Path dir, List<Need> needs) throws IOException {
        return write(dir, site(needs, "fr"));
    }

    /** The French catalogue of this site written to {@code dir} (its public folder: pages, needs/, calendar.ics). */
    public static Site write(Path dir, Site site) throws IOException {
        new Catalogue(new Templates(Path.of("templates"), Locale.FRENCH), Path.of("templates")).write(dir, site);
        return site;
    }

    public static Site site(List<Need> needs, String lang) {
        try {
            Config config = ConfigLoader.load(Path.of("config"));
            Messages msg = Messages.of(lang);
            EditionInfo edition = new EditionInfo("2026-11-26-1", 2027, DATE, lang,
                    List.of(new EditionInfo.SourceInfo("tableurs", "spreadsheets", needs.size(), DATE, false)), List.of(),
                    "Licence Ouverte / Etalab 2.0", "https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
                    msg.get("publish.disclaimer"));
            return new Site(needs, config, edition, msg);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Need need(String buyer, String ref, String title, long amount, String cpv, String label, String category,
            Period launch, java.util.function.Consumer<Need.Builder> change) {
        Need.Builder b = Needs.need(buyer, ref, title, amount, "public", "f.xlsx", 2).toBuilder();
        b.buyer = new BuyerRef(buyer, NAMES.get(buyer), "local");
        b.cpv = new Cpv(cpv, Map.of("fr", label, "en", label));
        b.category = category;
        b.amount = new Amount(BigDecimal.valueOf(amount), BigDecimal.valueOf(amount), "EUR", "total");
        b.launch = launch;
        b.visibility = null;
        b.source = null;
        b.modified = DATE;
        b.firstPublished = DATE;
        change.accept(b);
        return b.build();
    }

    public static Period month(int y, int m) {
        LocalDate s = LocalDate.of(y, m, 1);
        return new Period(s, s.withDayOfMonth(s.lengthOfMonth()), Period.Precision.month);
    }

    public static Period quarter(int y, int q) {
        LocalDate s = LocalDate.of(y, q * 3 - 2, 1);
        return new Period(s, s.plusMonths(3).minusDays(1), Period.Precision.quarter);
    }
}
