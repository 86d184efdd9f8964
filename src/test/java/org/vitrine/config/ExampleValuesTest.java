package org.vitrine.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped config/vitrine.yaml is the example's organiser, every value of it that suppliers would read. */
class ExampleValuesTest {

    @Test
    void theShippedConfigurationIsTheExampleOrganiserInEveryPublishedValue() throws Exception {
        var example = ExampleValues.stillExample(ConfigLoader.load(Path.of("config")).vitrine());
        assertEquals(List.of("organisation.name", "organisation.logo", "organisation.legalNotice", "publicBaseUrl", "event.venue", "event.address",
                "event.access", "event.floorPlan", "event.booking", "catalogue.host", "catalogue.accessibility.contact",
                "catalogue.accessibility.plan"), List.copyOf(example.keySet()));
        assertEquals("Parc des expositions, Beaumont-sur-Saône", example.get("event.venue"));
    }

    @Test
    void anOrganisersOwnValuesAreNotTheExample() {
        VitrineConfig own = new VitrineConfig(new VitrineConfig.Organisation("Ville de Dijon", null, "Éditeur : Ville de Dijon.", null, null),
                2027, List.of("fr"), "https://achats.dijon.fr/", new VitrineConfig.Event("Salon 2027", "2027-02-04",
                        "Centre des congrès, Dijon", "9 h", "Tram T1", null, "https://rdv.dijon.fr/", null, null),
                null, null, null, null, null, null, null, null,
                new VitrineConfig.Catalogue("Hébergeur : Ville de Dijon.", new VitrineConfig.Accessibility(null, null, "a11y@dijon.fr", null)));
        assertEquals(java.util.Map.of(), ExampleValues.stillExample(own));
        // a value kept from the example among one's own is still named
        VitrineConfig mixed = new VitrineConfig(own.organisation(), 2027, List.of("fr"), own.publicBaseUrl(),
                new VitrineConfig.Event("Salon 2027", "2027-02-04", "  parc des expositions, beaumont-sur-saône ", null, null, null,
                        "https://rendez-vous.example-region.fr/salon-2027", null, null),
                null, null, null, null, null, null, null, null, own.catalogue());
        assertEquals(List.of("event.venue", "event.booking"), List.copyOf(ExampleValues.stillExample(mixed).keySet()));
    }
}
