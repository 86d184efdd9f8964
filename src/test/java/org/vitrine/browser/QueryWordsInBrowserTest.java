package org.vitrine.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vitrine.model.Need;
import org.vitrine.model.Period;
import org.vitrine.normalise.parse.Places;
import org.vitrine.publish.catalogue.CatalogueFixture;

/**
 * How a supplier types a query (the last outside supplier, issue 18): French stop words are not required and the
 * meaningful words may come in any order (« entretien locaux » found nothing where « entretien des locaux » found
 * 11); the IT words lead to the IT codes; real towns are found as written, without accents or hyphens, with
 * « St » for « Saint ». The places are read by the normaliser's own reader (Places), as a spreadsheet's would be.
 */
class QueryWordsInBrowserTest {

    @RegisterExtension
    static final BrowserCatalogue page = new BrowserCatalogue(1366, 1000);

    static Need need(String ref, String title, String cpv, String location, java.util.function.Consumer<Need.Builder> change) {
        return SearchInBrowserTest.need(ref, title, cpv, 60_000, CatalogueFixture.month(2027, 6), b -> {
            b.procedure = "open";
            if (location != null) {
                b.location = location;
                b.place = Places.load().resolve(location);
            }
            change.accept(b);
        });
    }

    @BeforeAll
    static void start() throws Exception {
        List<Need> needs = new ArrayList<>();
        // cleaning of premises four ways: by its code only, as the trade says it, with « de », and its words apart
        needs.add(need("C-1", "Nettoyage des bureaux de la mairie", "90919200", "Dijon", b -> { }));
        needs.add(need("C-2", "Entretien des locaux de l’école maternelle", "90911200", "Beaune", b -> { }));
        needs.add(need("C-3", "Entretien de locaux techniques", "50700000", "Saint-Jean-de-Losne", b -> { }));
        needs.add(need("C-4", "Locaux du gymnase : entretien courant", "50700000", "Chalon-sur-Saône", b -> { }));
        // « entretien » without « locaux », « locaux » without « entretien »
        needs.add(need("C-5", "Entretien des espaces verts", "77310000", "Sainte-Marie-la-Blanche", b -> { }));
        needs.add(need("C-6", "Location de locaux de stockage", "70220000", null, b -> { }));
        // paper whose text and CPV labels have no « des », « du » nor « aux »
        needs.add(need("P-1", "Papier recyclé pour les services", "30197630", null, b -> b.category = "supplies"));
        // the IT trade where no title says « informatique », « réseau » nor « ordinateur »
        needs.add(need("I-1", "Commutateurs pour les sites distants", "32420000", null, b -> b.category = "supplies"));
        needs.add(need("I-2", "Câblage des bâtiments B et C", "72710000", null, b -> { }));
        needs.add(need("I-3", "Postes de CAO pour le bureau d’études", "30214000", null, b -> b.category = "supplies"));
        needs.add(need("I-4", "Progiciel de gestion des temps", "48000000", null, b -> b.category = "supplies"));
        // « réseau » that is no IT: the bus network
        needs.add(need("N-1", "Étude de restructuration du réseau de bus", "79311000", null, b -> { }));
        page.write(needs);
    }

    List<String> search(String query) {
        return page.search(query).stream().sorted().toList();
    }

    static final List<String> PREMISES = List.of("Entretien de locaux techniques", "Entretien des locaux de l’école maternelle",
            "Locaux du gymnase : entretien courant", "Nettoyage des bureaux de la mairie");

    @ParameterizedTest
    @ValueSource(strings = {"entretien des locaux", "entretien locaux", "locaux entretien", "Entretien de locaux", "l'entretien des locaux",
            "entretiens locaux"})
    void theCleaningOfPremisesIsFoundWhateverTheLittleWordsAndTheOrder(String query) {
        assertEquals(PREMISES, search(query), query);
    }

    @ParameterizedTest
    @ValueSource(strings = {"papier des services", "papier du service", "papier aux services", "papier pour le service", "papier et services",
            "services papier", "papier en services"})
    void aStopWordIsNotRequired(String query) {
        assertEquals(List.of("Papier recyclé pour les services"), search(query), query);
    }

    @Test
    void aQueryOfStopWordsOnlyIsStillASearch() {
        // nothing else to search: « la » is kept, and starts « la mairie » and « Sainte-Marie-la-Blanche »
        List<String> found = search("la");
        assertTrue(found.contains("Nettoyage des bureaux de la mairie") && found.contains("Entretien des espaces verts"), found.toString());
        assertTrue(!found.contains("Papier recyclé pour les services"), found.toString());
    }

    @Test
    void theItWordsLeadToTheItCodes() {
        assertEquals(List.of("Commutateurs pour les sites distants", "Câblage des bâtiments B et C", "Postes de CAO pour le bureau d’études",
                "Progiciel de gestion des temps"), search("informatique"));
        assertEquals(List.of("Postes de CAO pour le bureau d’études"), search("ordinateur"));
        assertEquals(List.of("Postes de CAO pour le bureau d’études"), search("ordinateurs"));
        assertEquals(List.of("Progiciel de gestion des temps"), search("logiciel"));
        // « réseau » alone: the network codes by their labels, and the bus network by its title
        assertEquals(List.of("Commutateurs pour les sites distants", "Câblage des bâtiments B et C", "Étude de restructuration du réseau de bus"),
                search("réseau"));
        assertEquals(List.of("Commutateurs pour les sites distants", "Câblage des bâtiments B et C"), search("réseau informatique"));
        assertEquals(List.of("Commutateurs pour les sites distants", "Câblage des bâtiments B et C"), search("reseaux informatiques"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Dijon|Nettoyage des bureaux de la mairie", "DIJON|Nettoyage des bureaux de la mairie",
            "beaune|Entretien des locaux de l’école maternelle",
            "Saint-Jean-de-Losne|Entretien de locaux techniques", "saint jean de losne|Entretien de locaux techniques",
            "st jean|Entretien de locaux techniques", "St-Jean|Entretien de locaux techniques", "losne|Entretien de locaux techniques",
            "chalon sur saone|Locaux du gymnase : entretien courant", "Chalon-sur-Saône|Locaux du gymnase : entretien courant",
            "ste marie|Entretien des espaces verts", "sainte-marie-la-blanche|Entretien des espaces verts"})
    void aRealTownIsFoundAsWrittenWithoutAccentsNorHyphensAndWithSt(String queryAndTitle) {
        String[] qt = queryAndTitle.split("\\|");
        assertEquals(List.of(qt[1]), search(qt[0]), qt[0]);
    }

    @Test
    void aTownSaysWhyItsNeedWasFound() {
        search("st jean");
        String why = (String) page.driver.executeScript("return document.querySelector('#results li.need .why').textContent;");
        assertTrue(why.contains("lieu"), why);
    }
}
