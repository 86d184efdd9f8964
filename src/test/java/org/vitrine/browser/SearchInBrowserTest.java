package org.vitrine.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.vitrine.model.Amount;
import org.vitrine.model.BuyerRef;
import org.vitrine.model.Cpv;
import org.vitrine.model.Need;
import org.vitrine.model.Period;
import org.vitrine.normalise.Needs;
import org.vitrine.normalise.parse.CpvCatalogue;
import org.vitrine.publish.ChangesAccess;
import org.vitrine.publish.catalogue.CatalogueFixture;

/**
 * Search and filters as a supplier uses them, in a real browser: word starts, folded œ and apostrophes, CPV
 * labels and their parents cut before what they leave out, trade words by CPV prefix, code prefixes, why a need
 * matched, the "open to offers" box (no direct award, central purchasing nor call-off), places by name, vague
 * launches in every quarter they overlap as the calendar counts them, amount bands by total; and the revised and
 * withdrawn pages.
 */
class SearchInBrowserTest {

    @RegisterExtension
    static final BrowserCatalogue page = new BrowserCatalogue(1280, 1000);
    static List<Need> needs;

    static Need need(String ref, String title, String cpv, long amount, Period launch, java.util.function.Consumer<Need.Builder> change) {
        Need.Builder b = Needs.need("chu-beaumont", ref, title, amount, "public", "f.xlsx", 2).toBuilder();
        b.buyer = new BuyerRef("chu-beaumont", "CHU de Beaumont", "local");
        b.cpv = CpvCatalogue.load().cpv(cpv);
        b.category = "services";
        b.amount = new Amount(BigDecimal.valueOf(amount), BigDecimal.valueOf(amount), "EUR", "total");
        b.launch = launch;
        b.visibility = null;
        b.source = null;
        b.firstPublished = CatalogueFixture.DATE;
        b.modified = CatalogueFixture.DATE;
        change.accept(b);
        return b.build();
    }

    static Period month(int m) {
        return CatalogueFixture.month(2027, m);
    }

    @BeforeAll
    static void start() throws Exception {
        needs = new ArrayList<>();
        // 30213100 "Ordinateurs portables": found by "informatique" through its parent 30200000
        needs.add(need("S-1", "Ordinateurs portables pour les agents", "30213100", 80_000, month(3), b -> { }));
        needs.add(need("S-2", "Main-d’œuvre pour le déménagement", "98392000", 20_000, month(4), b -> { }));
        needs.add(need("S-3", "Réaménagement des bureaux", "45000000", 300_000, month(5), b -> b.category = "works"));
        needs.add(need("S-4", "Ménage des locaux de l'internat", "90911200", 60_000, month(6), b -> { }));
        needs.add(need("S-5", "Serveurs via la centrale d’achat", "48820000", 120_000, month(2), b -> b.route = "central_purchasing"));
        needs.add(need("S-6", "Étude d’urbanisme", "71410000", 50_000,
                new Period(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30), Period.Precision.half), b -> { }));
        needs.add(need("S-7", "Maintenance annuelle", "50000000", 0,
                month(9), b -> b.amount = new Amount(BigDecimal.ZERO, BigDecimal.valueOf(40_000), "EUR", "total")));
        Need before = need("S-8", "Plateforme de formation", "80000000", 55_000, CatalogueFixture.quarter(2027, 2), b -> { });
        Need after = need("S-8", "Plateforme de formation", "80000000", 75_000, CatalogueFixture.quarter(2027, 3), b -> b.change = "revised");
        Need.Builder revised = after.toBuilder();
        revised.changes = ChangesAccess.diff(before, after);
        needs.add(revised.build());
        // 30197630 "Papier d'impression": its parent 30100000 reads "…, excepté ordinateurs, imprimantes et meubles"
        needs.add(need("S-9", "Papier d’impression recyclé", "30197630", 45_000, month(3), b -> b.category = "supplies"));
        // IT services (72) bought without competition: found by "informatique", not open to offers
        needs.add(need("S-10", "Maintenance du dossier patient", "72267000", 1_500_000, month(10), b -> {
            b.procedure = "negotiated_without_call";
            b.description = "Éditeur titulaire des droits";
        }));
        // "Véhicules de compactage des ordures ménagères": household waste, no housework
        needs.add(need("S-11", "Bennes de collecte", "34144512", 300_000, month(7), b -> b.category = "supplies"));
        // cleaning (909) whose title says neither "nettoyage" nor "entretien des locaux"
        needs.add(need("S-12", "Vitrerie des bâtiments administratifs", "90911300", 70_000, month(8), b -> {
            b.location = "71, 58";
            b.place = new org.vitrine.model.Place("region", "27", "Bourgogne-Franche-Comté", null);
        }));
        // "eau" in its title; cleaning (90) and the waste trucks (3414) have it only in a parent's CPV label
        // ("… eaux usées …"), and launch earlier
        needs.add(need("S-13", "Analyses de la qualité de l’eau", "71900000", 45_000, month(11), b -> { }));
        org.vitrine.publish.Site model = CatalogueFixture.site(needs, "fr");
        var e = (org.vitrine.model.EditionInfo) model.model().get("edition");
        model.model().put("edition", new org.vitrine.model.EditionInfo(e.id(), e.year(), e.date(), e.language(), e.sources(),
                List.of(new org.vitrine.model.EditionInfo.Withdrawn("chu-beaumont-retire", "Ancienne blanchisserie", "CHU de Beaumont", e.date())),
                e.licence(), e.licenceUrl(), e.disclaimer()));
        new org.vitrine.publish.Catalogue(new org.vitrine.publish.Templates(Path.of("templates"), java.util.Locale.FRENCH), Path.of("templates"))
                .write(page.site, model);
        page.start();
    }

    void open(String name) {
        page.open(name);
    }

    @SuppressWarnings("unchecked")
    List<String> search(String query) {
        open("index.html");
        page.driver.executeScript("document.getElementById('q').value = arguments[0]; window.VitrineCatalogue.apply();", query);
        return Browser.resultTitles(page.driver);
    }

    static List<String> sorted(List<String> titles) {
        return titles.stream().sorted().toList();
    }

    @Test
    void aTradeWordFindsItsTradeByCpvPrefixAndACodePrefixItsCodes() {
        // "informatique" is in no title: computer equipment (302), software (48) and IT services (72), not paper (30197630)
        assertEquals(List.of("Maintenance du dossier patient", "Ordinateurs portables pour les agents", "Serveurs via la centrale d’achat"),
                sorted(search("informatique")));
        assertEquals(List.of("Ordinateurs portables pour les agents"), search("30200000"));
        assertEquals(List.of("Ordinateurs portables pour les agents"), search("302"));
        assertEquals(List.of("Ordinateurs portables pour les agents"), search("30.21.31.00-6"));
    }

    @Test
    void theWordCpvBeforeACodeIsIgnoredAndWordsNoNeedHasAllFindAnyWithAHint() {
        // typed as the list prints it (outside supplier: 0 results)
        assertEquals(List.of("Ménage des locaux de l'internat"), search("CPV 90911200"));
        // no need has both « ordinateurs » and « papier » (« parc informatique » gave 0): those with either, said so
        assertEquals(List.of("Ordinateurs portables pour les agents", "Papier d’impression recyclé"), sorted(search("ordinateurs papier")));
        String status = page.driver.findElement(By.id("status")).getText();
        assertTrue(status.contains("Aucun besoin ne contient tous ces mots"), status);
        // a need with them all: only it, and no hint
        assertEquals(List.of("Ordinateurs portables pour les agents"), search("ordinateurs portables"));
        assertFalse(page.driver.findElement(By.id("status")).getText().contains("tous ces mots"));
    }

    @Test
    void aCpvLabelIsSearchedWithoutWhatItLeavesOut() {
        // paper's parent 30100000 is "Machines, matériel et fournitures de bureau, excepté ordinateurs…"
        assertEquals(List.of("Ordinateurs portables pour les agents"), search("ordinateurs"));
        assertEquals(List.of("Papier d’impression recyclé"), search("papier"));
    }

    @Test
    void housekeepingFindsCleaningNotHouseholdWaste() {
        assertEquals(List.of("Ménage des locaux de l'internat", "Vitrerie des bâtiments administratifs"), sorted(search("ménage")));
        assertEquals(List.of("Ménage des locaux de l'internat", "Vitrerie des bâtiments administratifs"), sorted(search("entretien des locaux")));
        assertEquals(List.of("Ménage des locaux de l'internat", "Vitrerie des bâtiments administratifs"), sorted(search("nettoyage")));
        // a word that is not in the table still searches CPV labels: "ordures" finds the waste vehicles by theirs
        assertEquals(List.of("Bennes de collecte"), search("ordures"));
    }

    @SuppressWarnings("unchecked")
    List<String> rows(String cssClass) {
        return (List<String>) page.driver.executeScript("return Array.from(document.querySelectorAll('#results li.need')).map(li => "
                + "li.querySelector('a').textContent + ' | ' + ((li.querySelector('." + cssClass + "') || {}).textContent || ''));");
    }

    @Test
    void aRowSaysWhyItMatchedWhenItsTitleDoesNotAndShowsItsCodeAndPlace() {
        search("informatique");
        List<String> why = rows("why");
        assertTrue(why.contains("Maintenance du dossier patient | Trouvé par : le métier « informatique » (code CPV 72267000)"), why.toString());
        search("vitrerie");
        assertEquals(List.of("Vitrerie des bâtiments administratifs | "), rows("why"), "found by its title: no reason given");
        assertEquals(List.of("Vitrerie des bâtiments administratifs | CPV 90911300 Services de nettoyage de vitres · Saône-et-Loire (71), Nièvre (58)"),
                rows("where"));
        search("titulaire");
        assertEquals(List.of("Maintenance du dossier patient | Trouvé par : la description"), rows("why"));
        // a reference is found whole, though the index sends the buyer's common start (« S- ») once; its link is the need's
        search("S-10");
        assertEquals(List.of("Maintenance du dossier patient | Trouvé par : la référence"), rows("why"));
        assertTrue(((String) page.driver.executeScript("return document.querySelector('#results li.need a').href;")).endsWith("/needs/chu-beaumont-s-10.html"));
        search("ordinateurs portables");
        assertTrue(rows("where").get(0).contains("CPV 30213100 Ordinateurs portables"), rows("where").toString());
    }

    @Test
    void wordsMatchWordStartsWithLigaturesAndApostrophesFolded() {
        assertEquals(List.of("Main-d’œuvre pour le déménagement"), search("oeuvre"));
        assertEquals(List.of("Main-d’œuvre pour le déménagement"), search("main-d'oeuvre"));
        assertEquals(List.of("Ménage des locaux de l'internat"), search("l’internat"));
        // "menage" starts no word of "Réaménagement" (nor of "déménagement"); it is housework, cleaning (909)
        assertEquals(List.of("Ménage des locaux de l'internat", "Vitrerie des bâtiments administratifs"), sorted(search("menage")));
        assertEquals(List.of("Réaménagement des bureaux"), search("reamenag"));
    }

    @Test
    void aWordInTheTitleComesBeforeAWordOnlyInACpvLabel() {
        // by relevance (the default): the title first, then those found by a CPV label, in launch order
        assertEquals(List.of("Analyses de la qualité de l’eau", "Ménage des locaux de l'internat", "Bennes de collecte",
                "Vitrerie des bâtiments administratifs"), search("eau"));
        assertEquals("relevance", new Select(page.driver.findElement(By.id("sort"))).getFirstSelectedOption().getAttribute("value"));
        assertTrue(page.driver.getCurrentUrl().endsWith("#q=eau"), "the default order is not written in the link");
        // launch order on request
        open("index.html#q=eau&sort=launch");
        assertEquals(List.of("Ménage des locaux de l'internat", "Bennes de collecte", "Vitrerie des bâtiments administratifs",
                "Analyses de la qualité de l’eau"), Browser.resultTitles(page.driver));
        // a trade word found by its codes comes after the title that says it, not after a CPV label
        assertEquals(List.of("Ménage des locaux de l'internat", "Vitrerie des bâtiments administratifs"), search("ménage"));
    }

    @Test
    void theOpenToOffersBoxHidesDirectAwardsAndCentralPurchasing() {
        open("index.html");
        assertEquals("(11)", page.driver.findElement(By.id("c-open")).getText());
        page.driver.findElement(By.id("f-open")).click();
        List<?> titles = Browser.resultTitles(page.driver);
        assertEquals(11, titles.size());
        assertTrue(!titles.contains("Serveurs via la centrale d’achat"));
        assertTrue(!titles.contains("Maintenance du dossier patient"), "a negotiated procedure without competition is no offer to make");
        assertTrue(page.driver.getCurrentUrl().endsWith("#open=1"), page.driver.getCurrentUrl());
    }

    @Test
    void aFirstHalfLaunchIsInBothItsQuartersAndLessThan40kInTheFirstBand() {
        open("index.html");
        Select quarter = new Select(page.driver.findElement(By.id("f-quarter")));
        quarter.selectByValue("2027-Q2");
        @SuppressWarnings("unchecked")
        List<String> q2 = Browser.resultTitles(page.driver);
        assertTrue(q2.contains("Étude d’urbanisme") && q2.contains("Main-d’œuvre pour le déménagement"), q2.toString());
        quarter.selectByValue("2027-Q1");
        @SuppressWarnings("unchecked")
        List<String> q1 = Browser.resultTitles(page.driver);
        assertTrue(q1.contains("Étude d’urbanisme"), q1.toString());
        // the filter says how many of a quarter's needs are only known to the half-year, as the calendar does
        quarter.selectByValue("");
        String option = quarter.getOptions().stream().filter(o -> "2027-Q1".equals(o.getAttribute("value"))).findFirst().orElseThrow().getText();
        page.driver.get(Browser.url(page.site) + "calendar.html");
        String calendar = page.driver.findElement(By.id("q2027-Q1")).findElement(By.tagName("h2")).getText();
        assertEquals("T1 2027 (4, dont 1 à préciser)", option);
        assertEquals("1er trimestre 2027 4 besoins, dont 1 à préciser", calendar);
        open("index.html");
        // the row says the window, not a quarter it was filed under
        assertTrue(page.driver.findElement(By.id("results")).getText().contains("1er semestre 2027"));
        open("index.html#band=b0");
        @SuppressWarnings("unchecked")
        List<String> b0 = Browser.resultTitles(page.driver);
        // "< 40 000" (Maintenance) is below 40 000, as is 20 000 (Main-d’œuvre); nothing of 40 000 or more
        assertEquals(List.of("Main-d’œuvre pour le déménagement", "Maintenance annuelle"), b0);
    }

    @Test
    void thePlaceFilterNamesEachDepartementOfAList() {
        open("index.html");
        Select place = new Select(page.driver.findElement(By.id("f-location")));
        List<String> options = place.getOptions().stream().map(o -> o.getText()).toList();
        assertTrue(options.contains("Nièvre (58) (1)") && options.contains("Saône-et-Loire (71) (1)"), options.toString());
        assertTrue(options.stream().noneMatch(o -> o.startsWith("71") || o.startsWith("Bourgogne")), options.toString());
        place.selectByValue("departement:58");
        @SuppressWarnings("unchecked")
        List<String> titles = Browser.resultTitles(page.driver);
        assertEquals(List.of("Vitrerie des bâtiments administratifs"), titles);
    }

    @Test
    void theRevisedPageReadsItsChangesAndTheWithdrawnPageSaysSo() throws Exception {
        Need revised = needs.stream().filter(n -> "S-8".equals(n.reference())).findFirst().orElseThrow();
        page.driver.get(Browser.url(page.site) + "needs/" + revised.id() + ".html");
        String changes = page.driver.findElement(By.cssSelector("section.changes")).getText();
        // getText gives the no-break space before € as a space; the narrow one between thousands stays
        assertTrue(changes.contains("Montant estimé : 55\u202F000 € → 75\u202F000 €"), changes);
        assertTrue(changes.contains("Lancement prévu : 2e trimestre 2027 → 3e trimestre 2027"), changes);
        // the « modifié » badge under the title leads to that block
        page.driver.findElement(By.cssSelector("h1 a.badge-revised")).click();
        assertTrue(page.driver.getCurrentUrl().endsWith("#changed"), page.driver.getCurrentUrl());
        page.driver.get(Browser.url(page.site) + "needs/chu-beaumont-retire.html");
        assertTrue(page.driver.findElement(By.tagName("main")).getText().contains("retiré des prévisions dans l’édition du 26 novembre 2026"));
        page.driver.findElement(By.linkText("Voir les besoins du catalogue")).click();
        assertTrue(page.driver.getCurrentUrl().endsWith("index.html"), page.driver.getCurrentUrl());
        assertTrue(Files.exists(page.site.resolve("needs/chu-beaumont-retire.html")));
    }
}
