package org.vitrine.publish.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.config.TestBuyers;
import org.vitrine.messages.Messages;
import org.vitrine.publish.Site;

/**
 * A buyer's identifier in data/ocds.json: org-id.guide's FR-RCS list, whose identifiers are SIRET (14 digits) or
 * SIREN (9 digits) numbers written as digits only; a buyers.yaml value that is neither gives no identifier rather
 * than a wrong one. The package still validates against the OCDS 1.1.5 schema.
 */
class OcdsBuyerIdTest {

    @TempDir
    Path dir;

    @Test
    void buyersAreIdentifiedByTheirSiretOrSirenAsFrRcsDigits() throws IOException {
        Site site = CatalogueFixture.site(CatalogueFixture.needs(), "fr");
        // as a buyer may type them in buyers.yaml: spaced SIRET, SIREN, and an identifier of another register
        site.model().put("buyersConfig", TestBuyers.of("chu-beaumont", "267 100 456 00016", "ville-beaumont-sur-saone", "217 100 250",
                "metropole-val-de-saone", "RNA W123456789"));
        Path file = dir.resolve("ocds.json");
        new OcdsExport(site, (Messages) site.model().get("msg"), "ocds-test").write(file);
        JsonNode ocds = new ObjectMapper().readTree(file.toFile());
        Map<String, JsonNode> byBuyer = new HashMap<>();
        ocds.get("releases").forEach(r -> byBuyer.put(r.get("buyer").get("id").asText(), r.get("parties").get(0)));
        JsonNode chu = byBuyer.get("chu-beaumont").get("identifier");
        assertEquals("FR-RCS", chu.get("scheme").asText());
        assertEquals("26710045600016", chu.get("id").asText(), "a SIRET, digits only");
        JsonNode ville = byBuyer.get("ville-beaumont-sur-saone").get("identifier");
        assertEquals("FR-RCS", ville.get("scheme").asText());
        assertEquals("217100250", ville.get("id").asText(), "a SIREN, digits only");
        assertFalse(byBuyer.get("metropole-val-de-saone").has("identifier"), "no FR-RCS number: no identifier");

        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4, b -> b.schemaMappers(
                m -> m.mapPrefix("https://standard.open-contracting.org/schema/1__1__5/", "classpath:reference/ocds/")));
        JsonSchema schema = factory.getSchema(SchemaLocation.of("classpath:reference/ocds/release-package-schema.json"));
        var errors = schema.validate(ocds);
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void onlyNineOrFourteenDigitsAreAnFrRcsNumber() {
        assertEquals("26710045600016", org.vitrine.config.BuyerConfig.registeredId(" 26710045600016 "));
        assertEquals("26710045600016", org.vitrine.config.BuyerConfig.registeredId("267.100.456.00016"));
        assertEquals("267100456", org.vitrine.config.BuyerConfig.registeredId("267\u00A0100\u00A0456"));
        assertEquals(null, org.vitrine.config.BuyerConfig.registeredId("2671004560001"), "13 digits: a typing error, not a number to publish");
        assertEquals(null, org.vitrine.config.BuyerConfig.registeredId("FR12267100456"), "a VAT number is not FR-RCS");
        assertEquals(null, org.vitrine.config.BuyerConfig.registeredId(null));
    }
}
