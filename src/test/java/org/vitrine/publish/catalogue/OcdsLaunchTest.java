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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.messages.Messages;
import org.vitrine.model.Need;
import org.vitrine.model.Period;
import org.vitrine.publish.Site;

/**
 * What data/ocds.json says of a launch and of who competes (outside supplier, issue 18): a launch known to the
 * quarter is no exact tender start (OCDS: "when known, a precise start date must be provided"): a planning milestone
 * due by the quarter's last day says the window; a launch known to the day is the tender period's start, with the bid
 * deadline the buyer gave as its end. An order through a central purchasing body (UGAP) is no competition of the
 * buyer's: procurement method "direct" with its rationale, and no tender period; a call-off invites the framework's
 * holders only ("selective"). The package validates against the OCDS 1.1.5 schema.
 */
class OcdsLaunchTest {

    @TempDir
    Path dir;

    static Need copy(String ref, java.util.function.Consumer<Need.Builder> change) {
        Need.Builder b = CatalogueFixture.needs().stream().filter(n -> "CHU-1".equals(n.reference())).findFirst().orElseThrow().toBuilder();
        b.id = "chu-beaumont-" + ref.toLowerCase(Locale.ROOT);
        b.reference = ref;
        b.title = "Besoin " + ref;
        b.procedure = "open";
        change.accept(b);
        return b.build();
    }

    @Test
    void aQuarterIsAMilestoneADayATenderStartAndUgapNoTender() throws IOException {
        List<Need> needs = new ArrayList<>();
        needs.add(copy("Q2", b -> b.launch = CatalogueFixture.quarter(2027, 2)));
        needs.add(copy("DAY", b -> {
            b.launch = new Period(LocalDate.of(2027, 3, 15), LocalDate.of(2027, 3, 15), Period.Precision.day);
            b.deadline = new Period(LocalDate.of(2027, 4, 19), LocalDate.of(2027, 4, 19), Period.Precision.day);
        }));
        needs.add(copy("UGAP", b -> {
            b.launch = new Period(LocalDate.of(2027, 3, 15), LocalDate.of(2027, 3, 15), Period.Precision.day);
            b.route = "central_purchasing";
            b.procedure = "adapted";
            b.notes = Map.of("route", "UGAP");
        }));
        needs.add(copy("CALL", b -> {
            b.launch = CatalogueFixture.quarter(2027, 3);
            b.route = "call_off";
        }));
        Site site = CatalogueFixture.site(needs, "fr");
        Path file = dir.resolve("ocds.json");
        new OcdsExport(site, (Messages) site.model().get("msg"), "ocds-test").write(file);
        JsonNode ocds = new ObjectMapper().readTree(file.toFile());
        Map<String, JsonNode> byRef = new HashMap<>();
        ocds.get("releases").forEach(r -> byRef.put(r.get("tender").get("title").asText().substring("Besoin ".length()), r));

        JsonNode q2 = byRef.get("Q2");
        assertFalse(q2.get("tender").has("tenderPeriod"), "T2 2027 is no exact day: " + q2);
        JsonNode launch = q2.get("planning").get("milestones").get(0);
        assertEquals("preProcurement", launch.get("type").asText());
        assertEquals("2027-06-30T23:59:59+02:00", launch.get("dueDate").asText(), "due by the latest launch");
        assertEquals("Lancement prévu : 2e trimestre 2027 (du 1er avril 2027 au 30 juin 2027) ; la date exacte n’est pas encore connue.",
                launch.get("description").asText());
        assertEquals("scheduled", launch.get("status").asText());

        JsonNode day = byRef.get("DAY").get("tender");
        assertEquals("2027-03-15T00:00:00+01:00", day.get("tenderPeriod").get("startDate").asText());
        assertEquals("2027-04-19T23:59:59+02:00", day.get("tenderPeriod").get("endDate").asText());
        assertFalse(byRef.get("DAY").has("planning"), "a day needs no milestone");
        assertEquals("open", day.get("procurementMethod").asText());

        JsonNode ugap = byRef.get("UGAP").get("tender");
        assertEquals("direct", ugap.get("procurementMethod").asText(), "no competition of the buyer's: " + ugap);
        assertTrue(ugap.get("procurementMethodRationale").asText().startsWith("Commande passée auprès d’une centrale d’achat (UGAP)"),
                ugap.toString());
        assertFalse(ugap.has("tenderPeriod"), "nobody submits a tender to the buyer");

        JsonNode call = byRef.get("CALL").get("tender");
        assertEquals("selective", call.get("procurementMethod").asText());
        assertFalse(call.has("tenderPeriod"));

        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4, b -> b.schemaMappers(
                m -> m.mapPrefix("https://standard.open-contracting.org/schema/1__1__5/", "classpath:reference/ocds/")));
        JsonSchema schema = factory.getSchema(SchemaLocation.of("classpath:reference/ocds/release-package-schema.json"));
        var errors = schema.validate(ocds);
        assertTrue(errors.isEmpty(), errors.toString());
    }
}
