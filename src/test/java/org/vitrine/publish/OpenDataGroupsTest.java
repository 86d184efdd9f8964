package org.vitrine.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.config.Config;
import org.vitrine.config.ConfigLoader;
import org.vitrine.messages.Messages;
import org.vitrine.model.EditionInfo;
import org.vitrine.model.Need;
import org.vitrine.model.Period;
import org.vitrine.publish.catalogue.JointGroupTest;
import org.vitrine.publish.catalogue.LaunchTiming;

/**
 * The open data a reuser needs about a groupement and the event day (supplier W, issue 18): needs.json's
 * {@code jointGroup} gives the contract's total, its coordinator and every member's share; needs.csv gives where the
 * notice will appear (the coordinator's profile for every share) and, on a member's row, the coordinator's contact;
 * {@code live} comes with whether it is only possible (« peut-être en cours » on the pages).
 */
class OpenDataGroupsTest {

    @TempDir
    static Path tmp;
    static JsonNode json;
    static List<List<String>> csv;

    @BeforeAll
    static void write() throws Exception {
        Config config = ConfigLoader.load(Path.of("config"));
        List<Need> needs = new ArrayList<>(JointGroupTest.needs());
        // V-2, a MAPA launching in January 2027, the event on 4 February: maybe running; M-1 known to the day: certain
        needs.replaceAll(n -> switch (n.reference()) {
            case "V-2" -> live(n, "adapted", new Period(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31), Period.Precision.month));
            case "M-1" -> live(n, "adapted", new Period(LocalDate.of(2027, 1, 18), LocalDate.of(2027, 1, 18), Period.Precision.day));
            default -> n;
        });
        // each with its buyer's functional contact from buyers.yaml, as the public filter gives the exports stage (PublicView)
        needs.replaceAll(n -> {
            var buyer = config.buyers().byId(n.buyer().id());
            Need.Builder b = n.toBuilder();
            b.contact = buyer == null ? null : buyer.publicContact();
            return b.build();
        });
        DataExports.Extra extra = new DataExports.Extra(config.buyers()::byId, new LaunchTiming(LocalDate.of(2026, 11, 26), 2027, "2027-02-04"));
        EditionInfo edition = new EditionInfo("e", 2027, LocalDate.of(2026, 11, 26), "fr", List.of(), List.of(), "L", null, "D");
        DataExports.writeJson(tmp.resolve("needs.json"), edition, needs, extra);
        DataExports.writeCsv(tmp.resolve("needs.csv"), needs, Messages.of("fr"), config.vitrine(), extra);
        json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(tmp.resolve("needs.json").toFile());
        csv = DataExportsTest.csv(tmp.resolve("needs.csv"));
    }

    private static Need live(Need n, String procedure, Period launch) {
        Need.Builder b = n.toBuilder();
        b.live = "offers";
        b.procedure = procedure;
        b.launch = launch;
        return b.build();
    }

    private static JsonNode need(String ref) {
        for (JsonNode n : json.get("needs")) {
            if (ref.equals(n.path("reference").asText())) {
                return n;
            }
        }
        throw new AssertionError(ref);
    }

    private static Function<String, String> row(String ref) {
        List<String> h = csv.get(0);
        List<String> r = csv.stream().filter(x -> x.get(h.indexOf("reference")).equals(ref)).findFirst().orElseThrow();
        return name -> {
            assertTrue(h.contains(name), "column " + name);
            return r.get(h.indexOf(name));
        };
    }

    @Test
    void needsJsonGivesTheGroupsTotalCoordinatorAndMembers() {
        JsonNode g = need("G-V").get("jointGroup");
        assertFalse(g.get("coordinator").asBoolean(), "this share is a member's");
        assertEquals(485_000, g.at("/total/min").asInt());
        assertEquals(485_000, g.at("/total/max").asInt());
        assertEquals("metropole-val-de-saone", g.at("/coordinatorBuyer/buyerId").asText());
        assertEquals("Métropole du Val-de-Saône", g.at("/coordinatorBuyer/buyerName").asText());
        assertEquals("achats@example-metropole-vds.fr", g.at("/coordinatorBuyer/contact/email").asText(), g.toString());
        assertEquals(3, g.get("members").size());
        assertEquals("metropole-val-de-saone", g.at("/members/0/buyerId").asText(), "the coordinator first");
        assertTrue(g.at("/members/0/coordinator").asBoolean());
        assertTrue(need("V-1").path("jointGroup").isNull(), "a need of its own has none");
    }

    @Test
    void theNoticeProfileIsTheCoordinatorsForEveryShare() {
        assertEquals("https://marches.example-metropole-vds.fr", row("G-V").apply("notice_profile_url"));
        assertEquals("https://marches.example-metropole-vds.fr", row("G-C").apply("notice_profile_url"));
        assertEquals("https://marches.example-metropole-vds.fr", need("G-V").get("noticeProfileUrl").asText());
        assertEquals("https://marches.example-beaumont.fr", row("V-1").apply("notice_profile_url"), "a need of its own: its buyer's");
    }

    @Test
    void aMembersRowGivesTheCoordinatorsContactBesideItsOwn() {
        Function<String, String> member = row("G-V");
        assertEquals("achats@example-metropole-vds.fr", member.apply("joint_group_coordinator_contact_email"));
        assertEquals("Direction des achats et de la commande publique", member.apply("joint_group_coordinator_contact_name"));
        assertEquals("", row("V-1").apply("joint_group_coordinator_contact_email"), "no group, no coordinator");
    }

    @Test
    void liveSaysWhetherItIsOnlyPossible() {
        assertEquals("offers", row("V-2").apply("live"));
        assertEquals("oui", row("V-2").apply("live_maybe"), "a MAPA launching some day of January");
        assertEquals("non", row("M-1").apply("live_maybe"), "launched on 18 January: certain");
        assertEquals("", row("V-1").apply("live_maybe"), "not running on the event day");
        assertTrue(need("V-2").get("liveMaybe").asBoolean());
        assertFalse(need("M-1").get("liveMaybe").asBoolean());
        assertFalse(need("V-1").has("liveMaybe"));
    }
}
