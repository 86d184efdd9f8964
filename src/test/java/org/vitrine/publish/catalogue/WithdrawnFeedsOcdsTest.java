package org.vitrine.publish.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.model.EditionInfo;
import org.vitrine.model.Need;
import org.vitrine.publish.Site;

/**
 * Supplier X, D2 and D3: a need withdrawn in the second edition vanished silently from its buyer's and its CPV division's
 * Atom feeds (only feed.xml said « Retiré ») and from ocds.json (« withdrawn » read as « never existed »). Now both feeds
 * carry feed.xml's entry (same id, same words), and ocds.json a tenderCancellation release of the same ocid, its tender
 * withdrawn, dated by the edition that withdrew it; the package still validates against OCDS 1.1 and every feed parses
 * as Atom 1.0 (Rome, validating).
 */
class WithdrawnFeedsOcdsTest {

    @TempDir
    Path dir;

    static final LocalDate D2 = LocalDate.of(2026, 12, 10);

    @Test
    void aWithdrawnNeedIsRetiréInItsBuyersAndDivisionsFeedsAndWithdrawnInOcds() throws Exception {
        List<Need> first = CatalogueFixture.needs();
        // the only need of its division (79): its division feed is still written, to say it is gone
        Need gone = first.get(first.size() - 1);
        List<Need> second = new ArrayList<>(first);
        second.remove(gone);
        EditionInfo.Withdrawn w = new EditionInfo.Withdrawn(gone.id(), gone.title(), gone.buyer().name(), D2, gone.buyer().id(),
                gone.cpv().code());
        Site s2 = IcsRevisionsTest.site(second, D2, List.of(w));
        CatalogueFixture.write(dir, s2);

        String id = "needs/" + gone.id() + ".html#withdrawn-" + D2;
        String division = Facets.division(gone);
        for (Path feed : List.of(dir.resolve("feed.xml"), dir.resolve("feeds/buyer-" + gone.buyer().id() + ".xml"),
                dir.resolve("feeds/cpv-" + division + ".xml"))) {
            var atom = (com.rometools.rome.feed.atom.Feed) new com.rometools.rome.io.WireFeedInput(true, java.util.Locale.ROOT)
                    .build(feed.toFile());
            var entry = atom.getEntries().stream().filter(e -> e.getId().endsWith(id)).findFirst()
                    .orElseThrow(() -> new AssertionError(feed + " has no « Retiré » entry for " + gone.id()));
            assertEquals("Retiré : " + gone.title(), entry.getTitle(), feed.toString());
            assertTrue(entry.getUpdated().toInstant().toString().startsWith(D2.toString()), feed.toString());
        }

        JsonNode ocds = new ObjectMapper().readTree(dir.resolve("data/ocds.json").toFile());
        JsonNode release = null;
        for (JsonNode r : ocds.get("releases")) {
            if (r.get("ocid").asText().endsWith("-" + gone.id())) {
                release = r;
            }
        }
        assertTrue(release != null, "no release for the withdrawn need");
        assertEquals("withdrawn", release.at("/tender/status").asText());
        assertEquals("tenderCancellation", release.at("/tag/0").asText());
        assertEquals("2026-12-10T00:00:00+01:00", release.get("date").asText());
        assertEquals(gone.id() + "-" + D2, release.get("id").asText());
        assertEquals(gone.buyer().id(), release.at("/buyer/id").asText());
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4, b -> b.schemaMappers(
                m -> m.mapPrefix("https://standard.open-contracting.org/schema/1__1__5/", "classpath:reference/ocds/")));
        JsonSchema schema = factory.getSchema(SchemaLocation.of("classpath:reference/ocds/release-package-schema.json"));
        Set<ValidationMessage> errors = schema.validate(ocds);
        assertTrue(errors.isEmpty(), errors.toString());
    }
}
