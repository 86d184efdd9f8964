package org.vitrine.publish.brochure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vitrine.publish.Site;

/** The brochure's pure helpers: line breaks, shortening, addresses, apostrophes, the floor plan's order. */
class BrochureToolsTest {

    /** Break opportunities, marked "|" in the expected text. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Beaumont-sur-Saône et Val-de-Saône;Beaumont-sur-Saône |et |Val-de-Saône",
            "achats@example-chu-beaumont.fr;achats@example-chu-beaumont.fr",
            "(needs.csv et needs.json);(needs.csv |et |needs.json)",
            "Durée\u00A0:\u00A048\u00A0mois;Durée\u00A0:\u00A048\u00A0mois",
            "03\u00A000\u00A000;03\u00A000\u00A000",
            "voir https://marches.example.fr/consultation/2027/lot-1;voir |https://marches.example.fr/|consultation/|2027/|lot-1",
            "2027/2028 et/ou;2027/2028 |et/ou",
            "achats.example-region.fr/vitrine/needs/a-1.html;achats.example-region.fr/|vitrine/|needs/|a-1.html",
            "needs.csv/x;needs.csv/|x",
            "deux  espaces;deux  |espaces"})
    void breaksLinesOnlyAtSpacesAndInsideWebAddresses(String text, String expected) {
        LineBreaks breaks = new LineBreaks();
        breaks.setText(text);
        StringBuilder marked = new StringBuilder();
        int last = 0;
        for (int b = breaks.next(); b != java.text.BreakIterator.DONE; b = breaks.next()) {
            marked.append(text, last, b);
            if (b < text.length()) {
                marked.append('|');
            }
            last = b;
        }
        assertEquals(expected, marked.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Court.;20;Court.",
            "Un texte assez long pour être coupé au mot;20;Un texte assez long…",
            "Un texte, coupé après une virgule;12;Un texte…",
            "Anticonstitutionnellement;10;Anticonsti…",
            "  espaces   en   trop  ;40;espaces en trop"})
    void shortensAtAWordWithAnEllipsis(String text, int max, String expected) {
        assertEquals(expected, BrochureTools.shorten(text, max));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Réservez sur https://rdv.example.fr/salon-2027, à partir du 5 janvier.;https://rdv.example.fr/salon-2027",
            "Voir http://rdv.example.fr.;http://rdv.example.fr",
            "(https://rdv.example.fr/a?b=c);https://rdv.example.fr/a?b=c"})
    void findsTheBookingAddressInTheBookingText(String text, String url) {
        assertEquals(url, BrochureTools.firstUrl(text));
    }

    @Test
    void bookingTextWithoutAnAddressHasNone() {
        assertNull(BrochureTools.firstUrl("Réservez sur la plateforme de l’événement."));
        assertEquals("Réservez sur la plateforme, à partir du 5 janvier.",
                BrochureTools.withoutUrls("Réservez sur la plateforme https://rdv.example.fr, à partir du 5 janvier."));
        assertEquals("Réservez sur la plateforme de l’événement, à partir du 5 janvier.",
                BrochureTools.withoutUrls("Réservez sur la plateforme de l’événement, https://rdv.example.fr/s, à partir du 5 janvier."));
        assertEquals("Réservez sur la plateforme.", BrochureTools.withoutUrls("Réservez sur la plateforme : https://rdv.example.fr."));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Appel d&#39;offres|Appel d’offres",
            "l'événement|l’événement",
            "<a href=x>'x'</a>|<a href=x>'x'</a>",
            "' entre espaces '|' entre espaces '"})
    void apostrophesInsideWordsBecomeTypographic(String html, String expected) {
        assertEquals(expected, Typography.apostrophes(html));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "03 00 00 01 01|tel:+33300000101",
            "03.80.12.34.56|tel:+33380123456",
            "+33 3 80 12 34 56|tel:+33380123456",
            "0033 3 80 12 34 56|tel:+33380123456",
            "+41 22 123 45 67|tel:+41221234567",
            "00 00 00 00 00|null",
            "3956|null",
            "03 80 12 34 56 poste 12|null",
            "appeler l’accueil|null"})
    void aPhoneNumberDialsItsGlobalNumberOrHasNoLink(String phone, String tel) {
        assertEquals(tel, BrochureTools.tel(phone));
    }

    @Test
    void keepsAPhoneNumberOnOneLine() {
        assertEquals("03\u00A000\u00A000\u00A006\u00A006", BrochureTools.keep(" 03 00  00 06 06 "));
    }

    @ParameterizedTest
    @CsvSource({"A2, A10, -1", "B01, A12, 1", "A01, A01, 0", "Hall 2, Hall 10, -1"})
    void standCodesSortByAisleThenNumber(String a, String b, int sign) {
        assertEquals(sign, Integer.signum(FloorPlan.compareCodes(a, b)));
    }

    @Test
    void aPlanIsGeneratedByAisleWhenNoPositionsAreGiven() {
        List<Site.BuyerPage> buyers = List.of(buyer("c", "Commune", "B04"), buyer("a", "Agence", "A02"),
                buyer("b", "Bureau", "B01"), buyer("d", "Direction", null));
        FloorPlan plan = new FloorPlan(null, null, buyers, Locale.FRENCH, new ShortNames(null, null));
        assertEquals(false, plan.overImage());
        assertEquals(List.of("A", "B"), plan.aisles().stream().map(FloorPlan.Aisle::name).toList());
        assertEquals(List.of("B01", "B04"), plan.aisles().get(1).rows().get(0).stream().map(Site.BuyerPage::stand).toList());
        assertEquals(List.of("Agence", "Bureau", "Commune"), plan.legend().stream().map(Site.BuyerPage::name).toList());
    }

    @Test
    void standsAreDrawnOverTheImageAtTheirScaledPositions() {
        Path image = Path.of("examples/brochure-assets/floor-plan.png"); // 2400 × 1400 pixels
        List<Site.BuyerPage> buyers = List.of(buyer("a", "Agence", "A01"), buyer("z", "Zone", "Z99"));
        FloorPlan plan = new FloorPlan(image, Map.of("A01", List.of(140, 180, 154, 220), "A02", List.of(316, 180, 154, 220)),
                buyers, Locale.FRENCH, new ShortNames(null, null));
        assertEquals(true, plan.overImage());
        assertEquals("174.00mm", plan.width()); // the text width; 130 mm high would need 223 mm
        assertEquals("101.50mm", plan.height());
        FloorPlan.Stand a01 = plan.stands().get(0);
        // 154 × 220 pixels at 0.0725 mm a pixel, an occupied stand drawn 0.6 mm beyond on each side (into the aisle) to hold 7-pt words
        assertEquals(List.of("A01", "9.55mm", "12.45mm", "12.36mm", "17.15mm", "Agence"),
                List.of(a01.code(), a01.left(), a01.top(), a01.width(), a01.height(), a01.buyer().name()));
        assertEquals(false, plan.stands().get(1).occupied());
        assertEquals(List.of("Z99"), plan.unplaced(), "an occupied stand without a position is named, not lost");
    }

    private static Site.BuyerPage buyer(String id, String name, String stand) {
        return new Site.BuyerPage(id, name, "local", stand, null, null, List.of());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Éditeur : Région Exemple, Lyon|Région Exemple, Lyon",
            "éditeur: Région Exemple|Région Exemple",
            "Région Exemple, éditeur : la Région|Région Exemple, éditeur : la Région"})
    void aNoticeDoesNotRepeatItsRowsLabel(String notice, String expected) {
        assertEquals(expected, BrochureTools.withoutLead(notice, "Éditeur"));
    }

    @Test
    void theLegalDepositIsTheMonthOfTheEvent() {
        BrochureTools tools = new BrochureTools(null, org.vitrine.messages.Messages.of("fr"), null, null);
        assertEquals("février 2027", tools.monthYear("2027-02-04", java.time.LocalDate.of(2026, 11, 26)));
        assertEquals("novembre 2026", tools.monthYear(null, java.time.LocalDate.of(2026, 11, 26)), "no event date: the edition's");
    }

    /** A need whose row gave no place has its buyer's: the card says so, as the need's page does. */
    @Test
    void aPlaceTakenFromTheBuyerIsMarkedAsSuch() {
        BrochureTools tools = new BrochureTools(null, org.vitrine.messages.Messages.of("fr"), null, null);
        org.vitrine.model.Place buyers = new org.vitrine.model.Place("departement", "71", "Saône-et-Loire", null);
        org.vitrine.model.Need.Builder b = org.vitrine.normalise.Needs.need("chu-beaumont", "P-1", "Linge", 50_000, "public", "f.xlsx", 2)
                .toBuilder();
        b.place = buyers;
        b.location = null;
        assertEquals("Saône-et-Loire (71), lieu de l’acheteur", tools.place(b.build()).replace('\u00A0', ' ').replace('\u202F', ' '));
        b.location = "Mâcon";
        b.place = new org.vitrine.model.Place("commune", "71270", "Mâcon", null);
        assertEquals("Mâcon", tools.place(b.build()), "the buyer's own words: no mark");
        // a commune's need without a place: the commune of its seat (buyers.yaml seat), still the buyer's (supplier Y, D1)
        b.location = null;
        b.place = buyers;
        b.buyerSeat = "Beaumont-sur-Saône";
        assertEquals("Beaumont-sur-Saône, lieu de l’acheteur", tools.place(b.build()).replace('\u00A0', ' ').replace('\u202F', ' '));
    }
}
