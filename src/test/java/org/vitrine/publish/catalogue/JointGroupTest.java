package org.vitrine.publish.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.model.Amount;
import org.vitrine.model.BuyerRef;
import org.vitrine.model.JointGroup;
import org.vitrine.model.Need;
import org.vitrine.normalise.Rows;
import org.vitrine.publish.Site;

/**
 * A groupement de commandes (outside supplier, issue 18): each member's share was published as a contract of its own,
 * with its own « total », procedure and buyer profile. The shares naming one group are one contract: each share's page
 * names the coordinator, the members, each share and the total, and sends to the coordinator's profile; a list row
 * says it is a share; data/ocds.json gives the group one release (every member a buyer, the coordinator its procuring
 * entity, the shares as a budget breakdown), valid against the OCDS 1.1.5 schema.
 */
public class JointGroupTest {

    @TempDir
    static Path dir;

    /** The fixture's six needs and a group of three shares; one writes the group's name in other case and accents. */
    public static List<Need> needs() {
        List<Need> out = new ArrayList<>(CatalogueFixture.needs());
        out.add(share("metropole-val-de-saone", "Métropole du Val-de-Saône", "G-M", 210_000, "Groupement vérifications 2027", true));
        out.add(share("ville-beaumont-sur-saone", "Ville de Beaumont-sur-Saône", "G-V", 95_000, "groupement verifications 2027", false));
        out.add(share("chu-beaumont", "CHU de Beaumont", "G-C", 180_000, "Groupement vérifications 2027", false));
        return out;
    }

    private static Need share(String buyer, String name, String ref, long amount, String group, boolean coordinator) {
        Need.Builder b = org.vitrine.normalise.Needs.need(buyer, ref, "Vérifications périodiques — part " + ref, amount, "public", "g.xlsx", 2)
                .toBuilder();
        b.buyer = new BuyerRef(buyer, name, "local");
        b.amount = new Amount(BigDecimal.valueOf(amount), BigDecimal.valueOf(amount), "EUR", "total");
        b.route = "joint_group";
        b.procedure = "open";
        b.visibility = null;
        b.source = null;
        b.modified = CatalogueFixture.DATE;
        b.jointGroup = new JointGroup(group, coordinator);
        return b.build();
    }

    /** The page's text with its narrow and no-break spaces (figures, « : ») as plain spaces. */
    private static String read(Path file) throws IOException {
        return Files.readString(file).replace('\u202F', ' ').replace('\u00A0', ' ');
    }

    private static Need byRef(Site site, String ref) {
        return site.needs().stream().filter(n -> ref.equals(n.reference())).findFirst().orElseThrow();
    }

    @Test
    void theAboutPageSaysTheCsvHasARowPerBuyersNeedAndHowManyContractsTheyAre() throws IOException {
        // outside supplier Y: needs.csv's 226 rows against the site's 214, « le même contenu » and nothing more
        Path out = dir.resolve("about");
        CatalogueFixture.write(out, needs());
        String about = read(out.resolve("about.html"));
        assertTrue(about.contains("9 lignes, une par besoin de chaque acheteur ; 7 marchés : les parts d’un groupement de commandes ont la même clé (colonne contract_id)"),
                about);
    }

    @Test
    void aSharePageNamesTheCoordinatorTheMembersTheTotalAndTheCoordinatorsProfile() throws IOException {
        Path out = dir.resolve("page");
        Site site = CatalogueFixture.write(out, needs());
        String html = read(out.resolve("needs/" + byRef(site, "G-V").id() + ".html"));
        assertTrue(html.contains("Groupement de commandes : un seul marché"), "the group's box");
        assertTrue(html.contains("part de la Ville de Beaumont-sur-Saône dans le groupement de commandes"), html);
        assertTrue(html.contains("Le coordonnateur, Métropole du Val-de-Saône, mène la consultation"), "the coordinator");
        assertTrue(html.contains("Procédure : Appel d’offres ouvert."), "the coordinator's procedure");
        // every member and its share, the others linked, and the total
        assertTrue(html.contains("<a href=\"" + byRef(site, "G-M").id() + ".html\">Métropole du Val-de-Saône</a>"), "coordinator linked");
        assertTrue(html.contains("<a href=\"" + byRef(site, "G-C").id() + ".html\">CHU de Beaumont</a>"), "member linked");
        assertTrue(html.contains("210 000 €") && html.contains("180 000 €") && html.contains("95 000 €"), "each share");
        assertTrue(html.contains("<th scope=\"row\">Total du groupement</th><td>485 000 €</td>"), "the total");
        // the page's amount is the one contract's, the share second (supplier W)
        assertTrue(html.contains("<dd>485 000 € — groupement de 3 acheteurs<span class=\"sub\">un seul marché pour tout le groupement ;"
                + " part de la Ville de Beaumont-sur-Saône : 95 000 €</span>"), "the total first, then the share");
        // the notice will be on the coordinator's profile, not the member's
        assertTrue(html.contains("https://marches.example-metropole-vds.fr"), "the coordinator's profile");
        assertFalse(html.contains("https://marches.example-beaumont.fr"), "not the member's own profile");
        // a need of its own has no group box
        String alone = read(out.resolve("needs/" + byRef(site, "V-1").id() + ".html"));
        assertFalse(alone.contains("groupement de commandes"), "no box on a need of its own");
        // a list row (the buyer's page) says the amount is a share and gives the group's total
        String buyerPage = read(out.resolve("buyers/ville-beaumont-sur-saone.html"));
        assertTrue(buyerPage.contains("485 000 € — groupement de 3 acheteurs · part de la Ville de Beaumont-sur-Saône : 95 000 €"), "the list row");
    }

    @Test
    void withoutACoordinatorThePageSaysSoAndKeepsTheMembersProfile() throws IOException {
        Path out = dir.resolve("nocoord");
        List<Need> needs = new ArrayList<>();
        for (Need n : needs()) {
            Need.Builder b = n.toBuilder();
            if (n.jointGroup() != null) {
                b.jointGroup = new JointGroup(n.jointGroup().name(), false);
            }
            needs.add(b.build());
        }
        Site site = CatalogueFixture.write(out, needs);
        String html = read(out.resolve("needs/" + byRef(site, "G-V").id() + ".html"));
        assertTrue(html.contains("Le coordonnateur n’est pas indiqué"), "no coordinator given");
        assertTrue(html.contains("https://marches.example-beaumont.fr"), "the member's own profile");
        assertNull(site.groups().of(byRef(site, "G-V")).coordinator());
    }

    @Test
    void ocdsGivesTheGroupOneReleaseWithItsBuyersItsCoordinatorAndEachShare() throws IOException {
        Site site = CatalogueFixture.site(needs(), "fr");
        Path file = dir.resolve("ocds.json");
        new OcdsExport(site, (org.vitrine.messages.Messages) site.model().get("msg"), "ocds-test").write(file);
        JsonNode ocds = new ObjectMapper().readTree(file.toFile());
        assertEquals(7, ocds.get("releases").size(), "six needs of their own and one release for the three shares");
        JsonNode group = null;
        for (JsonNode r : ocds.get("releases")) {
            if (r.get("ocid").asText().equals("ocds-test-" + byRef(site, "G-M").id())) {
                group = r;
            }
            assertFalse(r.get("ocid").asText().endsWith(byRef(site, "G-V").id()), "no release of a member's own");
        }
        assertTrue(group != null, "the coordinator's share stands for the group");
        assertEquals("metropole-val-de-saone", group.get("buyer").get("id").asText());
        assertEquals("metropole-val-de-saone", group.at("/tender/procuringEntity/id").asText());
        assertEquals(485_000, group.at("/tender/value/amount").asInt(), "the group's total");
        assertEquals("Groupement vérifications 2027", group.at("/tender/title").asText());
        Map<String, String> roles = new java.util.TreeMap<>();
        group.get("parties").forEach(p -> roles.put(p.get("id").asText(), p.get("roles").toString()));
        assertEquals(Map.of("metropole-val-de-saone", "[\"buyer\",\"procuringEntity\"]", "ville-beaumont-sur-saone", "[\"buyer\"]",
                "chu-beaumont", "[\"buyer\"]"), roles);
        JsonNode parts = group.at("/planning/budget/budgetBreakdown");
        assertEquals(3, parts.size());
        int sum = 0;
        for (JsonNode p : parts) {
            sum += p.at("/amount/amount").asInt();
            assertTrue(roles.containsKey(p.at("/sourceParty/id").asText()), "a share's party is a buyer of the release");
        }
        assertEquals(485_000, sum);
        assertEquals(485_000, group.at("/planning/budget/amount/amount").asInt());
        assertTrue(ocds.get("extensions").toString().contains("ocds_budget_breakdown_extension"), "the extension is declared");

        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4, b -> b.schemaMappers(
                m -> m.mapPrefix("https://standard.open-contracting.org/schema/1__1__5/", "classpath:reference/ocds/")));
        JsonSchema schema = factory.getSchema(SchemaLocation.of("classpath:reference/ocds/release-package-schema.json"));
        var errors = schema.validate(ocds);
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void calendarIcsGivesTheGroupOneLaunchTheCoordinatorsNamingItsMembers() throws IOException {
        Path out = dir.resolve("ics");
        // launched in a known month: a launch known only to the quarter has no event at all (IcsExportTest)
        List<Need> needs = new ArrayList<>();
        for (Need n : needs()) {
            Need.Builder b = n.toBuilder();
            b.launch = n.jointGroup() != null ? CatalogueFixture.month(2027, 9) : n.launch();
            needs.add(b.build());
        }
        Site site = CatalogueFixture.write(out, needs);
        String ics = Files.readString(out.resolve("calendar.ics")).replace("\r\n ", "");
        assertTrue(ics.contains("UID:" + byRef(site, "G-M").id() + "@vitrine"), "the coordinator's launch");
        assertFalse(ics.contains("UID:" + byRef(site, "G-V").id() + "@vitrine"), "no launch of a member's own");
        assertFalse(ics.contains("UID:" + byRef(site, "G-C").id() + "@vitrine"));
        assertTrue(ics.replace('\u00A0', ' ').contains("DESCRIPTION:Groupement de commandes « Groupement vérifications 2027 »\\, un seul marché pour"
                + " la Métropole du Val-de-Saône\\, le CHU de Beaumont\\, la Ville de Beaumont-sur-Saône \\; la consultation est menée par la"
                + " Métropole du Val-de-Saône."), ics);
    }

    @Test
    void theCalendarPagesListTheGroupOnceAsTheListDoes() throws IOException {
        // supplier Y: the April page listed « Papier d'impression recyclé » once per share, and the quarters counted
        // every share while the quarter filter counts contracts
        Path out = dir.resolve("calendar");
        List<Need> needs = new ArrayList<>();
        for (Need n : needs()) {
            Need.Builder b = n.toBuilder();
            b.launch = n.jointGroup() != null ? CatalogueFixture.month(2027, 9) : n.launch();
            needs.add(b.build());
        }
        CatalogueFixture.write(out, needs);
        String september = read(out.resolve("calendar/2027-09.html"));
        assertEquals(1, september.split("Vérifications périodiques", -1).length - 1, september);
    }

    @Test
    void theGroupAndCoordinatorColumnsAreRead() throws Exception {
        Need member = Rows.normalise(Rows.run(), Map.of("joint_group", "Groupement nettoyage 2027", "coordinator", "oui")).need();
        assertEquals(new JointGroup("Groupement nettoyage 2027", true), member.jointGroup());
        assertEquals("joint_group", member.route(), "a named group is a groupement de commandes");
        Need other = Rows.normalise(Rows.run(), Map.of("joint_group", "Groupement nettoyage 2027")).need();
        assertFalse(other.jointGroup().coordinator());
        assertNull(Rows.normalise(Rows.run(), Map.of()).need().jointGroup());
    }
}
