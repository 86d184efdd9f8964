package org.vitrine.publish.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.model.Need;
import org.vitrine.publish.Catalogue;
import org.vitrine.publish.Site;

/** The catalogue's pages on a small fixture: every file written, spreadsheet text escaped, what an SME needs shown. */
class CatalogueRenderingTest {

    @TempDir
    static Path dir;
    static Site site;

    @BeforeAll
    static void write() throws IOException {
        site = CatalogueFixture.write(dir, CatalogueFixture.needs());
    }

    static String read(String path) throws IOException {
        return Files.readString(dir.resolve(path));
    }

    static Need need(String reference) {
        return site.needs().stream().filter(n -> reference.equals(n.reference())).findFirst().orElseThrow();
    }

    @Test
    void writesEveryPageFeedCalendarAndExport() {
        for (String f : Catalogue.pagesFor(site)) {
            assertTrue(Files.isRegularFile(dir.resolve(f)), f);
        }
        assertTrue(Files.isRegularFile(dir.resolve("feeds/cpv-45.xml")));
        assertTrue(Files.isRegularFile(dir.resolve("assets/catalogue.js")));
    }

    @Test
    void aScriptInATitleIsTextOnEveryPage() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".xml")).toList()) {
                assertFalse(Files.readString(p).contains(CatalogueFixture.XSS), p.toString());
            }
        }
        String escaped = "&lt;script&gt;alert(1)&lt;/script&gt;";
        assertTrue(read("index.html").contains(escaped));
        assertTrue(read("calendar/2027-03.html").contains(escaped));
        assertTrue(read("buyers/chu-beaumont.html").contains(escaped));
        assertTrue(read("needs/" + need("CHU-1").id() + ".html").contains("<h1>" + escaped));
        // a question is user text too, on the page and in the feeds
        assertTrue(read("needs/" + need("CHU-2").id() + ".html").contains("Les implants " + escaped + " sur mesure"));
        assertTrue(read("feeds/buyer-chu-beaumont.xml").contains("Les implants " + escaped));
    }

    @Test
    void aNeedPageShowsItsPublicQuestionsAndAnswers() throws IOException {
        String page = read("needs/" + need("CHU-2").id() + ".html");
        assertTrue(page.contains("<h2 id=\"questions\">Questions et réponses</h2>"), page);
        assertTrue(page.contains("Oui, en lot 2."));
        assertTrue(page.contains("(réponse du 9 octobre 2026)"));
        assertTrue(page.contains("Faut-il fournir des échantillons ?") && page.contains("Réponse à venir."));
        String anchor = need("CHU-2").questions().get(1).anchor();
        assertTrue(page.contains("id=\"" + anchor + "\""), "stable anchor for the feeds' links");
        assertTrue(read("feed.xml").contains("needs/" + need("CHU-2").id() + ".html#" + anchor), "new in this edition");
        // a need without questions still says how questions are handled
        assertTrue(read("needs/" + need("V-1").id() + ".html").contains("publiée ici avec sa réponse"));
    }

    @Test
    void everyPageHasTheDisclaimerTheLicenceAndTheAccessibilityStatement() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                String html = Files.readString(p);
                assertTrue(html.contains("ne constituent ni un appel à la concurrence"), p.toString());
                assertTrue(html.contains("accessibility.html\">Accessibilité : non conforme"), p.toString());
                assertTrue(html.contains("Seuls l’avis de publicité et les documents de la consultation publiés sur le profil d’acheteur font foi."),
                        p.toString());
                assertTrue(html.contains("Licence Ouverte"), p.toString());
                assertTrue(html.contains("<html lang=\"fr\">"), p.toString());
            }
        }
    }

    @Test
    void aNeedPageShowsWhatAnSmeNeedsToDecide() throws IOException {
        Need n = need("CHU-2");
        String html = read("needs/" + n.id() + ".html");
        assertTrue(html.contains("Réservé aux EA/ESAT"), "reserved type badge");
        assertTrue(html.contains("trait-social"), "social clause badge");
        assertTrue(html.contains("Certitude : Ferme"), "firmness badge");
        assertTrue(html.contains("48 mois, dont 12 mois fermes et 3 reconductions de 12 mois"), "renewals");
        assertTrue(html.contains("le marché actuel se termine : octobre 2027"), "incumbent end");
        assertTrue(html.contains("<dt>Attribution de l’accord-cadre</dt><dd>Multi-attributaire : plusieurs titulaires"), "framework award");
        assertTrue(html.contains("<dt>Montant maximum de l’accord-cadre</dt><dd>1\u202F500\u202F000\u00A0€</dd>"), "framework maximum");
        assertTrue(html.contains("montant total sur toute la durée"), "amount basis");
        assertTrue(html.contains("href=\"https://marches.example.fr/avis/123\""), "tender link");
        assertTrue(html.contains("Dernière modification : 26 novembre 2026"), "last changed");
        // launch known only to the quarter: a reminder spanning the quarter (IcsExport), as CHU-1 (March) has one
        assertTrue(html.contains("href=\"" + n.id() + ".ics\""), "launch reminder of a quarter");
        assertTrue(read("needs/" + need("CHU-1").id() + ".html").contains("href=\"" + need("CHU-1").id() + ".ics\""), "launch reminder");
        assertTrue(html.contains("feeds/buyer-chu-beaumont.xml") && html.contains("feeds/cpv-33.xml"), "alerts");
        // one meeting path: the event's booking platform (config/vitrine.yaml event.booking), no e-mail request beside it
        assertTrue(html.contains("href=\"https://rendez-vous.example-region.fr/salon-2027\">Réserver un rendez-vous au stand"), "booking");
        assertFalse(html.contains("?subject="), "no second path");
        // booking opens after the edition date (event.bookingOpens): said beside the button
        assertTrue(html.contains("</a> <span class=\"sub\">Réservation à partir du 5 janvier 2027.</span>"), "booking opens");
    }

    @Test
    void withoutABookingPlatformTheOneMeetingPathIsAnEmailToTheBuyer(@TempDir Path out) throws IOException {
        Site noBooking = CatalogueFixture.site(CatalogueFixture.needs(), "fr");
        org.vitrine.config.VitrineConfig.Event e = (org.vitrine.config.VitrineConfig.Event) noBooking.model().get("event");
        noBooking.model().put("event", new org.vitrine.config.VitrineConfig.Event(e.name(), e.date(), e.venue(), e.hours(), e.access(),
                e.floorPlan(), null, null, e.floorPlanStands()));
        new Catalogue(new org.vitrine.publish.Templates(Path.of("templates"), java.util.Locale.FRENCH), Path.of("templates")).write(out, noBooking);
        String html = Files.readString(out.resolve("needs/" + need("CHU-2").id() + ".html"));
        assertTrue(html.contains("href=\"mailto:") && html.contains("?subject="), html);
        assertFalse(html.contains("rendez-vous.example-region.fr"), "no booking platform");
    }

    @Test
    void centralPurchasingSaysWhatItIsAndOffersNoBid() throws IOException {
        String html = read("needs/" + need("V-2").id() + ".html");
        assertTrue(html.contains("Centrale d’achat : besoin non ouvert aux offres"), html);
        assertTrue(html.contains("<h2 id=\"closed-h\">Commande auprès d’une centrale d’achat</h2>"), html);
        assertTrue(html.contains("il ne lancera pas de consultation"));
        assertFalse(html.contains("Qui peut candidater"), "nobody bids");
        assertFalse(html.contains("Réserver un rendez-vous"), "no meeting");
        assertFalse(html.contains("href=\"" + need("V-2").id() + ".ics\""), "no launch reminder");
        assertFalse(read("needs/" + need("V-1").id() + ".html").contains("non ouvert aux offres"));
    }

    @Test
    void buyerPagesLinkTheirFeedAndCalendarGroupsByQuarterAndMonth() throws IOException {
        assertTrue(read("buyers/metropole-val-de-saone.html").contains("href=\"../feeds/buyer-metropole-val-de-saone.xml\""));
        String cal = read("calendar.html");
        assertTrue(cal.contains("1er trimestre 2027"), cal);
        assertTrue(cal.contains("<a href=\"calendar/2027-03.html\">Mars 2027</a>"), cal);
        assertTrue(cal.contains("<a href=\"calendar/2027-q2.html\">Dans le trimestre (mois non précisé)</a>"), cal);
        assertTrue(cal.contains("Date de lancement imprécise"));
        assertTrue(cal.indexOf("Janvier 2027") < cal.indexOf("Mars 2027"));
        // the first-half need (M-2) is announced in both quarters it may fall in, and listed on its own page
        assertTrue(cal.indexOf("À préciser : 1er semestre 2027") < cal.indexOf("id=\"q2027-Q2\""), cal);
        assertTrue(cal.lastIndexOf("À préciser : 1er semestre 2027") > cal.indexOf("id=\"q2027-Q2\""), cal);
        assertTrue(read("calendar/2027-s1.html").contains("Étude de mobilité"));
        assertFalse(cal.contains("Étude de mobilité"), "the overview lists no need");
    }

    @Test
    void aboutSaysTheDateSourcesLegalNoticeAndLicence() throws IOException {
        String about = read("about.html");
        assertTrue(about.contains("Édition du 26 novembre 2026"));
        assertTrue(about.contains("<th scope=\"row\">tableurs</th>"));
        assertTrue(about.contains("Directeur de la publication"));
        assertTrue(about.contains("Licence Ouverte / Etalab 2.0"));
        String a11y = read("accessibility.html");
        assertTrue(a11y.contains("Ce site est non conforme"), "no audit: non conforme (RGAA)");
        // no audit is said as such, not as « no audit, or one below half »
        assertTrue(a11y.contains("4.1 : aucun audit de conformité n’a encore été réalisé.</strong>"), a11y);
        assertFalse(a11y.contains("moins de la moitié"), "no audit found anything");
        assertFalse(a11y.contains("partiellement conforme"));
        assertTrue(a11y.contains("href=\"mailto:accessibilite@example-region.fr\""), "contact");
        assertTrue(a11y.contains("schema-pluriannuel"), "multi-year plan");
        assertTrue(about.contains("Hébergeur : Région Exemple"), "host in the legal notice");
        assertTrue(a11y.contains("Défenseur des droits"));
    }

    @Test
    void anAuditBelowHalfTheCriteriaSaysSo(@TempDir Path out) throws IOException {
        Site audited = CatalogueFixture.site(CatalogueFixture.needs(), "fr");
        audited.model().put("accessibility", new AccessibilityStatus("non", 40, "2026-10-01", "accessibilite@example.fr", true, null));
        new Catalogue(new org.vitrine.publish.Templates(Path.of("templates"), java.util.Locale.FRENCH), Path.of("templates")).write(out, audited);
        String a11y = Files.readString(out.resolve("accessibility.html"));
        assertTrue(a11y.contains("4.1 : l’audit de conformité a relevé moins de la moitié des critères respectés.</strong>"), a11y);
        assertFalse(a11y.contains("aucun audit"), a11y);
    }

    @Test
    void theSearchIndexIsOneScriptWithEveryPublicNeed() throws IOException {
        String js = read("assets/needs-index.js");
        assertTrue(js.startsWith("window.VITRINE_INDEX=JSON.parse('{"));
        assertTrue(js.endsWith("');\n"));
        for (Need n : site.needs()) {
            // every title; the id itself unless the script rebuilds it from buyer and reference
            assertTrue(js.contains(n.title()), n.title());
            assertTrue(js.contains("\"" + n.id() + "\"") || n.id().equals(SearchIndex.derivedId(n)), n.id());
        }
        var index = new SearchIndex(site, org.vitrine.messages.Messages.of("fr")).build();
        assertEquals(site.needs().size(), ((java.util.List<?>) ((java.util.List<?>) index.get("columns")).get(1)).size());
        String index2 = read("index.html");
        assertTrue(index2.contains("<script defer src=\"assets/needs-index.js\"></script>"));
        assertFalse(index2.contains("http://") && index2.contains("<script src=\"http"), "no script from elsewhere");
    }

    @Test
    void englishPagesUseTheEnglishBundle(@TempDir Path out) throws IOException {
        Site en = CatalogueFixture.site(CatalogueFixture.needs(), "en");
        new Catalogue(new org.vitrine.publish.Templates(Path.of("templates"), java.util.Locale.ENGLISH), Path.of("templates"))
                .write(out, en);
        String html = Files.readString(out.resolve("index.html"));
        assertTrue(html.contains("<html lang=\"en\">"));
        assertTrue(html.contains("Search (title, description, buyer, reference, place, CPV code or label)"));
        assertTrue(Files.readString(out.resolve("accessibility.html")).contains("not compliant"));
    }

    @Test
    void theEventPageShowsTheFloorPlanWithEachExhibitorsStand() throws IOException {
        String html = read("event.html");
        assertTrue(html.contains("<img src=\"assets/floor-plan.png\" width=\"2400\" height=\"1400\""), html);
        // B07 is at [1196, 560, 154, 220] on the 2400 × 1400 image (config/vitrine.yaml floorPlanStands): placed in percent
        assertTrue(html.contains("id=\"stand-B07\" href=\"buyers/chu-beaumont.html\" style=\"left:49.833%;top:40.000%;width:6.417%;height:15.714%\""), html);
        assertTrue(html.contains("<a href=\"#stand-B07\">B07</a>"), "the exhibitors' table links each stand to the plan");
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(Path.of("examples/brochure-assets/floor-plan.png")),
                Files.readAllBytes(dir.resolve("assets/floor-plan.png"))));
        assertTrue(read("buyers/chu-beaumont.html").contains("<a href=\"../event.html#stand-B07\">voir sur le plan du salon</a>"));
    }

    @Test
    void aMonthPageLinksTheMonthsBeforeAndAfterThatHaveLaunches() throws IOException {
        String march = read("calendar/2027-03.html");
        assertTrue(march.contains("<a rel=\"prev\" href=\"2027-01.html\">"), march);
        assertTrue(march.contains("<a rel=\"next\" href=\"2027-05.html\">"), march);
        assertFalse(read("calendar/2027-01.html").contains("rel=\"prev\""), "January is the first month with a launch");
        assertFalse(read("calendar/2027-05.html").contains("rel=\"next\""));
    }

    @Test
    void aMonthPageGivesEachNeedsStandLinkedToThePlan() throws IOException {
        // supplier Y (issue 18, D8): the calendar's month pages did not say at which stand to meet the buyer; the need
        // page's crumb links it to the plan (event.html#stand-B07), the month page now says and links the same
        String march = read("calendar/2027-03.html");
        assertTrue(march.contains("<span class=\"meta\">CHU de Beaumont · "
                + "<a href=\"../event.html#stand-B07\">Stand B07</a> · "), march);
        assertTrue(read("needs/" + need("CHU-1").id() + ".html").contains("<a href=\"../event.html#stand-B07\">Stand B07</a>"));
        // every need of a month page is of a buyer with a stand on the plan here: each row has its link
        String may = read("calendar/2027-05.html");
        assertEquals(may.split("<li class=\"need\">", -1).length - 1, may.split("href=\"../event.html#stand-", -1).length - 1, may);
    }
}
