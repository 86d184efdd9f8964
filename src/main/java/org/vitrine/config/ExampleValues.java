package org.vitrine.config;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The fictitious organiser config/vitrine.yaml is shipped with (« Région Exemple », « Parc des expositions, Beaumont-sur-Saône », its
 * booking address): staff start from that file, and a run that still holds its values would publish them to
 * suppliers, on every page and in the brochure. The shipped values are recognised by their marks (the publisher's
 * name, its web domain, the examples' images folder) or, for those without a mark, as written;
 * {@code ExampleValuesTest} keeps this class and the shipped file in step.
 */
public final class ExampleValues {

    /** Text only the shipped example has, in any value (folded to lower case). */
    private static final String[] MARKS = {"région exemple", "example-region.fr", "examples/brochure-assets/"};

    /** Shipped values with no mark, by key. */
    private static final Map<String, String> UNMARKED = Map.of(
            "event.venue", "Parc des expositions, Beaumont-sur-Saône",
            "event.address", "1 avenue des Expositions, 71999 Beaumont-sur-Saône",
            "event.access", "Bus ligne 3 depuis la gare de Beaumont-sur-Saône, arrêt Parc des expositions ; parking gratuit sur place.");

    private ExampleValues() {
    }

    /** The keys of vitrine.yaml still holding the shipped example's values, with those values, in the file's order. */
    public static Map<String, String> stillExample(VitrineConfig v) {
        Map<String, String> all = new LinkedHashMap<>();
        VitrineConfig.Organisation o = v.organisation();
        if (o != null) {
            all.put("organisation.name", o.name());
            all.put("organisation.logo", o.logo());
            all.put("organisation.legalNotice", o.legalNotice());
        }
        all.put("publicBaseUrl", v.publicBaseUrl());
        VitrineConfig.Event e = v.event();
        if (e != null) {
            all.put("event.venue", e.venue());
            all.put("event.address", e.address());
            all.put("event.access", e.access());
            all.put("event.floorPlan", e.floorPlan());
            all.put("event.booking", e.booking());
        }
        VitrineConfig.Catalogue c = v.catalogue();
        if (c != null) {
            all.put("catalogue.host", c.host());
            if (c.accessibility() != null) {
                all.put("catalogue.accessibility.contact", c.accessibility().contact());
                all.put("catalogue.accessibility.plan", c.accessibility().plan());
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        all.forEach((key, value) -> {
            if (value != null && isExample(key, value)) {
                out.put(key, value.strip());
            }
        });
        return out;
    }

    private static boolean isExample(String key, String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        for (String mark : MARKS) {
            if (v.contains(mark)) {
                return true;
            }
        }
        String shipped = UNMARKED.get(key);
        return shipped != null && shipped.toLowerCase(Locale.ROOT).equals(v);
    }
}
