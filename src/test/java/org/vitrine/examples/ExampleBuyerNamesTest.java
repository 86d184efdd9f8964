package org.vitrine.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.vitrine.config.BuyerConfig;
import org.vitrine.config.ConfigLoader;
import org.vitrine.model.Place;
import org.vitrine.normalise.parse.Places;

/**
 * The example buyers are fictitious but their places are real: a département's State service is named after the
 * département its place is, as the place filter names it (supplier Y: « Préfecture de Saône-et-Brenne » and « SDIS de
 * Saône-et-Brenne » beside « Saône-et-Loire (71) » on all their needs, a place filter that found nothing by that name).
 */
class ExampleBuyerNamesTest {

    private static final Pattern DEPARTEMENT_SERVICE = Pattern.compile(
            "^(?:Préfecture de |Service départemental d'incendie et de secours de )([^—]+?)(?:\\s+—.*)?$");

    @Test
    void aDepartementsStateServiceIsNamedAfterTheDepartementItsPlaceIs() throws Exception {
        List<String> checked = new ArrayList<>();
        for (BuyerConfig b : ConfigLoader.load(Path.of("config")).buyers().all()) {
            Matcher m = DEPARTEMENT_SERVICE.matcher(b.name());
            if (!m.matches()) {
                continue;
            }
            Place place = Places.load().resolve(b.place());
            assertTrue(place != null && "departement".equals(place.kind()), b.id() + ": " + b.place());
            assertEquals(place.name(), m.group(1).strip(), b.id() + " is named after another département than its place");
            checked.add(b.id());
        }
        assertEquals(List.of("prefecture-saone-et-brenne", "sdis-saone-et-brenne"), checked.stream().sorted().toList());
    }
}
