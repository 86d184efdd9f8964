package org.vitrine.publish.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.messages.Messages;
import org.vitrine.model.Amount;
import org.vitrine.model.Cpv;
import org.vitrine.model.Lot;
import org.vitrine.model.Need;
import org.vitrine.model.Period;
import org.vitrine.publish.Catalogue;
import org.vitrine.publish.ChangesAccess;
import org.vitrine.model.EditionInfo;
import org.vitrine.publish.Site;
import org.vitrine.publish.Templates;

/**
 * What a supplier reads on the pages of needs that are not plain: a consultation running on the event day,
 * lots, a reserved contract, a need not open to bids, a revised need, a withdrawn one; and what the open data
 * says of amounts per year, ranges and buyers.
 */
class SupplierPagesTest {

    @TempDir
    static Path dir;
    static Site site;

    static Need base(String ref) {
        return CatalogueFixture.needs().stream().filter(n -> ref.equals(n.reference())).findFirst().orElseThrow();
    }

    static Need with(Need n, java.util.function.Consumer<Need.Builder> change) {
        Need.Builder b = n.toBuilder();
        change.accept(b);
        return b.build();
    }

    static List<Need> needs() {
        List<Need> out = new ArrayList<>(CatalogueFixture.needs());
        out.replaceAll(n -> switch (n.reference()) {
            // 900 k€ a year for 36 months, six lots, at most two per bidder, the incumbent named
            case "M-1" -> with(n, b -> {
                b.amount = new Amount(BigDecimal.valueOf(900_000), BigDecimal.valueOf(900_000), "EUR", "annual");
                b.durationMonths = 36;
                b.lots = 2;
                b.lotList = List.of(new Lot(1, "Parcs du nord", new Amount(BigDecimal.valueOf(1_500_000), BigDecimal.valueOf(1_500_000), "EUR", "total"),
                        new Cpv("77310000-6", Map.of("fr", "Services de plantation", "en", "Planting")), "Nord"),
                        new Lot(2, "Cimetières", null, null, null));
                b.maxLotsPerBidder = 1;
                b.incumbent = "Verts Jardins SARL";
                b.suppliersKnown = 3;
            });
            // launched on 3 February, bids open on the event day (4 February 2027); one lot
            case "CHU-1" -> with(n, b -> {
                b.live = "offers";
                b.launch = new Period(LocalDate.of(2027, 2, 3), LocalDate.of(2027, 2, 3), Period.Precision.day);
                b.tenderUrl = "https://marches.example.fr/avis/456";
                b.lots = 1;
            });
            // six lots the buyer did not describe
            case "V-2" -> with(n, b -> b.lots = 6);
            // reserved without its type; an open-ended amount
            case "M-2" -> with(n, b -> {
                b.reserved = true;
                b.amount = new Amount(BigDecimal.valueOf(1_000_000), null, "EUR", "total");
            });
            // revised since the previous edition: 55 000 € then 75 000 €, second then third quarter
            case "V-1" -> {
                Need before = with(n, b -> {
                    b.amount = new Amount(new BigDecimal("5.5E+4"), new BigDecimal("5.5E+4"), "EUR", "total");
                    b.launch = CatalogueFixture.quarter(2027, 2);
                });
                Need after = with(n, b -> {
                    b.amount = new Amount(BigDecimal.valueOf(75_000), BigDecimal.valueOf(75_000), "EUR", "total");
                    b.launch = CatalogueFixture.quarter(2027, 3);
                    b.change = "revised";
                });
                yield with(after, b -> b.changes = ChangesAccess.diff(before, after));
            }
            default -> n;
        });
        return out;
    }

    @BeforeAll
    static void write() throws IOException {
        site = CatalogueFixture.site(needs(), "fr");
        EditionInfo e = (EditionInfo) site.model().get("edition");
        EditionInfo withWithdrawn = new EditionInfo(e.id(), e.year(), e.date(), e.language(), e.sources(),
                List.of(new EditionInfo.Withdrawn("chu-beaumont-old-1", "Ancienne blanchisserie", "CHU de Beaumont", e.date())),
                e.licence(), e.licenceUrl(), e.disclaimer());
        site.model().put("edition", withWithdrawn);
        site.model().put("altLangHref", "en/");
        site.model().put("altLang", "en");
        site.model().put("altLangLabel", "English");
        new Catalogue(new Templates(Path.of("templates"), Locale.FRENCH), Path.of("templates")).write(dir, site);
    }

    static String page(String ref) throws IOException {
        return Files.readString(dir.resolve("needs/" + base(ref).id() + ".html"));
    }

    @Test
    void aConsultationRunningOnTheEventDayOffersNoMeetingAndSendsToTheConsultation() throws IOException {
        String html = page("CHU-1");
        // launched after the edition date: announced for its launch (LaunchTimingPagesTest)
        assertTrue(html.contains("<h2 id=\"live-h\">En cours le jour du salon</h2>"), html);
        assertTrue(html.contains("la consultation sera en cours le jour du salon et ne pourra pas y être discutée"));
        assertTrue(html.contains("href=\"https://marches.example.fr/avis/456\" rel=\"nofollow\">Voir la consultation publiée"));
        assertFalse(html.contains("rendez-vous au stand"), "no meeting");
        assertFalse(html.contains("mailto:") && html.contains("?subject="), "no meeting e-mail");
        assertTrue(html.contains("3 février 2027"), "launch at its own precision");
        // the other needs still offer the one meeting path
        assertTrue(page("CHU-2").contains("Réserver un rendez-vous au stand"));
    }

    @Test
    void aLotCountWithoutListSaysWhatItMeans() throws IOException {
        assertTrue(page("CHU-1").contains("<dt>Lots</dt><dd>un seul lot (marché non alloti)</dd>"), page("CHU-1"));
        assertTrue(page("V-2").contains("<dt>Lots</dt><dd>6 lots (intitulés à préciser par l’acheteur)</dd>"), page("V-2"));
    }

    @Test
    void lotsAreListedWithTheMostOneBidderMayWin() throws IOException {
        String html = page("M-1");
        assertTrue(html.contains("<h2 id=\"lots\">Lots (2)</h2>"), html);
        assertTrue(html.contains("<th scope=\"row\">1</th><td>Parcs du nord</td><td>1\u202F500\u202F000\u00A0€</td><td>77310000-6 Services de plantation</td><td>Nord</td>"), html);
        assertTrue(html.contains("Un même candidat pourra remporter au plus un lot."));
    }

    @Test
    void aYearlyAmountShowsBothFiguresAndTheIncumbentAndSourcingStayInternal() throws IOException {
        String html = page("M-1");
        assertTrue(html.contains("900\u202F000\u00A0€ par an, soit 2\u202F700\u202F000\u00A0€ sur 36 mois"), html);
        // PublicView drops them unless privacy allows; this page was built from the needs as given, so the
        // template shows what PublicView lets through: here both, as a buyer choosing to publish would see
        assertTrue(html.contains("Verts Jardins SARL"));
    }

    @Test
    void aReservedContractSaysWhoMayBidNeverABareReserved() throws IOException {
        String html = page("M-2");
        assertTrue(html.contains("<dt>Qui peut candidater</dt><dd>Marché réservé : l’acheteur n’a pas encore dit à qui"), html);
        assertFalse(html.contains("Marché réservé</dt><dd>Marché réservé"));
        assertTrue(page("CHU-2").contains("seuls eux, ou des structures équivalentes, peuvent candidater (L2113-12)"));
    }

    @Test
    void aNeedNotOpenToBidsAnnouncesNoNotice() throws IOException {
        assertFalse(page("V-2").contains("L’avis paraîtra sur le profil acheteur"));
        // the colon keeps to its label: a line never starts with ": https://…" (seen at 1366 px)
        assertTrue(page("V-1").contains("L’avis paraîtra sur le profil acheteur\u00A0: <a"), page("V-1"));
    }

    @Test
    void aRevisedNeedReadsItsChangesAsThePageReads() throws IOException {
        String html = page("V-1");
        assertTrue(html.contains("<li>Montant estimé\u00A0: <del>55\u202F000\u00A0€</del> → <ins>75\u202F000\u00A0€</ins></li>"), html);
        assertTrue(html.contains("<li>Lancement prévu\u00A0: <del>2e trimestre 2027</del> → <ins>3e trimestre 2027</ins></li>"), html);
        assertFalse(html.contains("{&quot;min&quot;"), "no JSON");
        assertFalse(html.contains("E+4"));
        // the open data of the catalogue has no change list written as JSON text either (needs.json: DataExportsTest)
        String ocds = Files.readString(dir.resolve("data/ocds.json"));
        assertFalse(ocds.contains("{\\\"min") || ocds.contains("E+4"), "OCDS");
    }

    @Test
    void theChangesPageGivesARevisedNeedsOldAndNewValuesAndItsBadgeLinksToThem() throws IOException {
        String changes = Files.readString(dir.resolve("changes.html"));
        assertTrue(changes.contains("<li>Montant estimé\u00A0: <del>55\u202F000\u00A0€</del> → <ins>75\u202F000\u00A0€</ins></li>"), changes);
        assertTrue(changes.contains("<li>Lancement prévu\u00A0: <del>2e trimestre 2027</del> → <ins>3e trimestre 2027</ins></li>"), changes);
        String html = page("V-1");
        assertTrue(html.contains("<a class=\"badge badge-revised\" href=\"#changed\">"), html);
        assertTrue(html.contains("<h2 id=\"changed\">"));
    }

    @Test
    void aWithdrawnNeedsAddressSaysWhenAndLinksToTheCatalogue() throws IOException {
        String html = Files.readString(dir.resolve("needs/chu-beaumont-old-1.html"));
        assertTrue(html.contains("Ce besoin a été retiré des prévisions dans l’édition du 26 novembre 2026"), html);
        assertTrue(html.contains("<a href=\"../index.html\">Voir les besoins du catalogue</a>"));
        assertTrue(Files.readString(dir.resolve("changes.html")).contains("<a href=\"needs/chu-beaumont-old-1.html\">Ancienne blanchisserie</a>"));
    }

    @Test
    void theLanguageSwitchOpensTheSamePage() throws IOException {
        String id = base("CHU-2").id();
        // and with the page's hash (the search and filters, an anchor), carried on click (LanguageSwitchInBrowserTest)
        assertTrue(page("CHU-2").contains("<a id=\"alt-lang\" href=\"../en/needs/" + id + ".html\" lang=\"en\" hreflang=\"en\""));
        assertTrue(page("CHU-2").contains("location.hash\">English</a>"));
        assertTrue(Files.readString(dir.resolve("calendar.html")).contains("<a id=\"alt-lang\" href=\"en/calendar.html\" lang=\"en\""));
    }

    @Test
    void headingsSayDuAndDeLaAsFrenchDoes() throws IOException {
        assertTrue(Files.readString(dir.resolve("buyers/chu-beaumont.html")).contains("<h2>Besoins du Centre hospitalier universitaire de Beaumont-sur-Saône"));
        assertTrue(Files.readString(dir.resolve("buyers/ville-beaumont-sur-saone.html")).contains("<h2>Besoins de la Ville de Beaumont-sur-Saône"));
    }

    @Test
    void theHomeSaysWhatTheEventIsWhatToDoAndWhatIsBinding() throws IOException {
        String html = Files.readString(dir.resolve("index.html"));
        assertTrue(html.contains("ce sont les acheteurs publics qui exposent"));
        assertTrue(html.contains("<p class=\"binding\">Seuls l’avis de publicité"));
        assertTrue(html.contains("class=\"event-banner\"><a href=\"event.html\"><strong>Salon inversé de la commande publique 2027</strong></a> — 4 février 2027"));
        String event = Files.readString(dir.resolve("event.html"));
        assertTrue(event.contains("<dt>Horaires</dt><dd>9 h – 17 h 30</dd>"), event);
        assertTrue(event.contains("href=\"https://rendez-vous.example-region.fr/salon-2027\">Réserver un rendez-vous</a>"));
        assertTrue(event.contains("Réservation à partir du 5 janvier 2027."));
        // supplier W: the venue's name alone did not say where; the street address, with a map a phone opens
        assertTrue(event.contains("<dt>Adresse</dt><dd>1 avenue des Expositions, 71999 Beaumont-sur-Saône · <a href=\"https://www."
                + "openstreetmap.org/search?query=1%20avenue%20des%20Expositions%2C%2071999%20Beaumont-sur-Sa%C3%B4ne\" rel=\"nofollow\">Voir sur la carte (OpenStreetMap)</a></dd>"), event);
    }

    @Test
    void theFirstResultsAreInThePageInTheScriptsOrder() throws IOException {
        String html = Files.readString(dir.resolve("index.html"));
        List<Need> order = DefaultOrder.sort(site.needs(), Locale.FRENCH);
        int last = -1;
        for (Need n : order) {
            int at = html.indexOf("<a href=\"needs/" + n.id() + ".html\">");
            assertTrue(at > last, n.title());
            last = at;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> index = new SearchIndex(site, Messages.of("fr")).build();
        List<List<Object>> columns = (List<List<Object>>) index.get("columns");
        List<String> prefixes = (List<String>) index.get("refPrefix");
        // ids the script rebuilds from buyer and reference are sent as 0; a reference comes without its buyer's common start
        List<Object> ids = new ArrayList<>();
        List<String> refs = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            Object id = columns.get(0).get(i);
            String ref = prefixes.get((Integer) columns.get(6).get(i)) + columns.get(3).get(i);
            refs.add(ref);
            ids.add(id.equals(0) ? order.get(i).buyer().id() + "-" + ref.toLowerCase(Locale.ROOT) : id);
        }
        assertEquals(order.stream().map(Need::id).toList(), ids);
        assertEquals(order.stream().map(Need::reference).toList(), refs);
        // « CHU-1 » and « CHU-2 »: the CHU's references start with « CHU- », sent once
        assertTrue(prefixes.contains("CHU-") && columns.get(3).contains("1") && columns.get(3).contains("2"), prefixes + " " + columns.get(3));
    }

    @Test
    void textFilesHaveAGzipCopyWithTheSameBytes() throws IOException {
        for (String f : List.of("index.html", "assets/needs-index.js", "data/ocds.json", "calendar.ics", "assets/style.css")) {
            byte[] plain = Files.readAllBytes(dir.resolve(f));
            try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve(f + ".gz")))) {
                assertTrue(java.util.Arrays.equals(plain, in.readAllBytes()), f);
            }
        }
        // the needs' own pages are left to the server: 40,000 small copies at 20,000 needs cost more than they save
        assertFalse(Files.exists(dir.resolve("needs/" + base("CHU-2").id() + ".html.gz")));
        try (var walk = Files.walk(dir)) {
            for (Path gz : walk.filter(p -> p.toString().endsWith(".gz")).toList()) {
                Path plain = gz.resolveSibling(gz.getFileName().toString().replaceFirst("\\.gz$", ""));
                assertTrue(Files.size(plain) >= 1024, "a file under 1 KB is not worth a copy: " + plain);
            }
        }
    }

    @Test
    void ocdsGivesTotalsRangesStableReleasesBuyerIdentifiersAndLots() throws IOException {
        JsonNode releases = new ObjectMapper().readTree(dir.resolve("data/ocds.json").toFile()).get("releases");
        Map<String, JsonNode> byRef = new java.util.HashMap<>();
        for (JsonNode r : releases) {
            for (Need n : site.needs()) {
                if (r.get("ocid").asText().endsWith("-" + n.id())) {
                    byRef.put(n.reference(), r);
                }
            }
        }
        JsonNode m1 = byRef.get("M-1").get("tender");
        assertEquals(0, new BigDecimal("2700000").compareTo(m1.get("value").get("amount").decimalValue()), "the total, not 900,000");
        assertFalse(m1.has("minValue"), "a single figure");
        assertEquals("Parcs du nord", m1.get("lots").get(0).get("title").asText());
        assertEquals(1, m1.get("lotDetails").get("maximumLotsBidPerSupplier").asInt());
        assertEquals("1", m1.get("items").get(1).get("relatedLot").asText());
        JsonNode m2 = byRef.get("M-2").get("tender");
        assertEquals(1_000_000, m2.get("minValue").get("amount").asInt(), "> 1 000 000 is a minimum");
        assertFalse(m2.has("value"), "open-ended: no upper figure");
        JsonNode chu = byRef.get("CHU-2");
        assertEquals(base("CHU-2").id() + "-2026-11-26", chu.get("id").asText(), "need id and the edition that last changed it");
        JsonNode party = chu.get("parties").get(0);
        assertEquals("FR-RCS", party.get("identifier").get("scheme").asText());
        assertEquals("26710045600016", party.get("identifier").get("id").asText());
        // supplier X, D8: running on the event day, its page gives no contact, nor does its release (equal treatment)
        assertTrue(party.has("contactPoint"), party.toString());
        assertFalse(byRef.get("CHU-1").get("parties").get(0).has("contactPoint"), byRef.get("CHU-1").toString());
        assertTrue(byRef.get("CHU-1").get("parties").get(0).get("details").has("url"), "the buyer profile stays");
        assertTrue(new ObjectMapper().readTree(dir.resolve("data/ocds.json").toFile()).get("extensions").get(0).asText().contains("lots"));
    }
}
