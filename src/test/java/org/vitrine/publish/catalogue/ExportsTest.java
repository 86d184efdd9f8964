package org.vitrine.publish.catalogue;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.model.Need;
import org.vitrine.publish.Site;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** data/ocds.json validates against OCDS 1.1, calendar.ics parses back and is stable, every feed is Atom. */
class ExportsTest {

    static final String ATOM = "http://www.w3.org/2005/Atom";

    @TempDir
    static Path dir;
    static Site site;

    @BeforeAll
    static void write() throws IOException {
        site = CatalogueFixture.write(dir, CatalogueFixture.needs());
    }

    @Test
    void ocdsValidatesAgainstTheOfficialSchema() throws IOException {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4, b -> b.schemaMappers(
                m -> m.mapPrefix("https://standard.open-contracting.org/schema/1__1__5/", "classpath:reference/ocds/")));
        JsonSchema schema = factory.getSchema(SchemaLocation.of("classpath:reference/ocds/release-package-schema.json"));
        JsonNode ocds = new ObjectMapper().readTree(dir.resolve("data/ocds.json").toFile());
        Set<ValidationMessage> errors = schema.validate(ocds);
        assertTrue(errors.isEmpty(), errors.toString());
        // and the schema does reject a broken release
        ((com.fasterxml.jackson.databind.node.ObjectNode) ocds.get("releases").get(0)).remove("ocid");
        assertTrue(!schema.validate(ocds).isEmpty(), "schema not applied to releases");
    }

    @Test
    void ocdsSaysWhoMayBidOnAReservedContractAndGivesParisTimes() throws IOException {
        // outside supplier: CD-27-17 (EA/ESAT) and RBV-2027-09 (SIAE) looked open to all in ocds.json
        JsonNode ocds = new ObjectMapper().readTree(dir.resolve("data/ocds.json").toFile());
        assertTrue(ocds.get("extensions").toString().contains("ocds_other_requirements_extension"), "the extension is declared");
        int reserved = 0;
        for (JsonNode r : ocds.get("releases")) {
            JsonNode other = r.at("/tender/otherRequirements/reservedParticipation");
            if (r.at("/tender/id").asText().endsWith("chu-2")) {
                assertEquals("[\"shelteredWorkshop\"]", other.toString(), "EA/ESAT (L2113-12): sheltered workshops");
                assertTrue(r.at("/tender/eligibilityCriteria").asText().startsWith("Réservé aux entreprises adaptées (EA)"), "the words say which");
                reserved++;
            } else {
                assertTrue(other.isMissingNode(), "open to all: " + r.at("/tender/id").asText());
            }
        }
        assertEquals(1, reserved);
        assertEquals("shelteredWorkshop", OcdsExport.reservedParticipation(withReserved("siae")), "integration operators: art. 20's first group");
        assertEquals("publicServiceMissionOrganization", OcdsExport.reservedParticipation(withReserved("ess")));
        assertEquals(null, OcdsExport.reservedParticipation(withReserved(Boolean.TRUE)), "a type not given: no code");
        // days are French days: midnight in Paris, +01:00 in winter, +02:00 in summer
        assertEquals("2026-11-26T00:00:00+01:00", ocds.get("publishedDate").asText());
        assertEquals("2027-06-30T23:59:59+02:00", OcdsExport.endOfDay(java.time.LocalDate.of(2027, 6, 30)));
    }

    private static org.vitrine.model.Need withReserved(Object type) {
        org.vitrine.model.Need.Builder b = CatalogueFixture.needs().get(0).toBuilder();
        b.reserved = type;
        return b.build();
    }

    @Test
    void streamedOcdsHasTheBytesOfTheWholeTree() throws IOException {
        var msg = (org.vitrine.messages.Messages) site.model().get("msg");
        OcdsExport ocds = new OcdsExport(site, msg, "ocds-vitrine");
        Path streamed = dir.resolve("streamed/ocds.json");
        ocds.write(streamed);
        assertArrayEquals(org.vitrine.model.Json.pretty().writeValueAsBytes(ocds.build()), Files.readAllBytes(streamed));
        assertArrayEquals(Files.readAllBytes(dir.resolve("data/ocds.json")), Files.readAllBytes(streamed));
    }

    @Test
    void searchIndexIsTheIndexAsJson() throws IOException {
        var msg = (org.vitrine.messages.Messages) site.model().get("msg");
        SearchIndex index = new SearchIndex(site, msg);
        Path file = dir.resolve("streamed/needs-index.js");
        index.write(file);
        String js = Files.readString(file);
        assertTrue(js.startsWith("window.VITRINE_INDEX=JSON.parse('") && js.endsWith("');\n"));
        String quoted = js.substring("window.VITRINE_INDEX=JSON.parse('".length(), js.length() - "');\n".length());
        // the string literal read back (\\ and \' undone) is the index as JSON
        String json = quoted.replaceAll("\\\\(.)", "$1");
        assertEquals(org.vitrine.model.Json.MAPPER.writeValueAsString(index.build()), json);
    }

    @Test
    void ocidPrefixComesFromTheConfiguration() {
        var msg = (org.vitrine.messages.Messages) site.model().get("msg");
        JsonNode releases = new OcdsExport(site, msg, "ocds-a1b2c3").build().get("releases");
        assertEquals(site.needs().get(0).id(), releases.get(0).get("ocid").asText().substring("ocds-a1b2c3-".length()));
    }

    @Test
    void ocdsHasOnePlanningReleasePerNeed() throws IOException {
        JsonNode releases = new ObjectMapper().readTree(dir.resolve("data/ocds.json").toFile()).get("releases");
        assertEquals(site.needs().size(), releases.size());
        JsonNode implants = null;
        for (JsonNode r : releases) {
            // the configured prefix (config/vitrine.yaml), then the need's id, which also starts the release id
            String ocid = r.get("ocid").asText();
            assertTrue(ocid.startsWith("ocds-vitrine-"), ocid);
            assertTrue(r.get("id").asText().startsWith(ocid.substring("ocds-vitrine-".length()) + "-"), ocid);
            assertEquals("planning", r.get("tag").get(0).asText());
            assertEquals("planned", r.get("tender").get("status").asText());
            assertEquals("CPV", r.get("tender").get("items").get(0).get("classification").get("scheme").asText());
            // the fixture's launches are months, quarters, a half-year: a planning milestone, no exact tender start (OcdsLaunchTest)
            assertEquals("launchWindow", r.get("planning").get("milestones").get(0).get("code").asText());
            assertTrue(r.get("planning").get("milestones").get(0).get("dueDate").asText().matches(".*T23:59:59\\+0[12]:00"));
            assertTrue(r.get("tender").get("tenderPeriod") == null, r.toString());
            assertEquals("buyer", r.get("parties").get(0).get("roles").get(0).asText());
            if (r.get("tender").get("title").asText().startsWith("Implants")) {
                implants = r;
            }
        }
        assertEquals("goods", implants.get("tender").get("mainProcurementCategory").asText());
        assertEquals(1_200_000, implants.get("tender").get("value").get("amount").asInt());
        assertEquals("33184100", implants.get("tender").get("items").get(0).get("classification").get("id").asText());
        // a framework agreement with several suppliers and its maximum, as the techniques extension writes them
        JsonNode framework = implants.get("tender").get("techniques");
        assertTrue(framework.get("hasFrameworkAgreement").asBoolean());
        assertEquals(2, framework.get("frameworkAgreement").get("minimumParticipants").asInt());
        assertEquals(1_500_000, framework.get("frameworkAgreement").get("value").get("amount").asInt());
        JsonNode pkg = new ObjectMapper().readTree(dir.resolve("data/ocds.json").toFile());
        assertTrue(pkg.get("extensions").toString().contains("ocds_techniques_extension"), pkg.get("extensions").toString());
    }

    @Test
    void calendarParsesBackWithOneEventPerLaunchOpenToOffersStampedWithTheEditionDate() throws Exception {
        Calendar cal;
        try (Reader r = Files.newBufferedReader(dir.resolve("calendar.ics"))) {
            cal = new CalendarBuilder().build(r);
        }
        List<VEvent> events = cal.getComponents("VEVENT");
        // V-2 is bought through a central purchasing body: no launch for a supplier, no event, no reminder file
        Need central = site.needs().stream().filter(n -> "V-2".equals(n.reference())).findFirst().orElseThrow();
        // the salon day itself, first, with its venue, hours and access (outside supplier: not in the calendar), then the
        // every launch open to offers, in the needs' order, a quarter or half-year spanning its window (IcsExportTest)
        List<String> expected = new java.util.ArrayList<>(List.of("salon-2027-02-04@vitrine"));
        site.needs().stream().filter(n -> n != central).forEach(n -> expected.add(n.id() + "@vitrine"));
        assertEquals(6, expected.size());
        assertEquals(expected, events.stream().map(e -> e.getProperty("UID").orElseThrow().getValue()).toList());
        VEvent salon = events.get(0);
        assertEquals("salon-2027-02-04@vitrine", salon.getProperty("UID").orElseThrow().getValue());
        // its opening hours (config: opens 09:00, closes 17:30), Paris time, with the zone described: ical4j validates it and
        // reads 9:00 in Paris as 8:00 UTC in February
        assertEquals("20270204T090000", salon.getProperty("DTSTART").orElseThrow().getValue());
        assertEquals("Europe/Paris", salon.getProperty("DTSTART").orElseThrow().getParameter("TZID").orElseThrow().getValue());
        assertEquals("20270204T173000", salon.getProperty("DTEND").orElseThrow().getValue());
        net.fortuna.ical4j.model.property.DtStart<?> start = salon.getProperty("DTSTART").map(p -> (net.fortuna.ical4j.model.property.DtStart<?>) p).orElseThrow();
        assertEquals(java.time.Instant.parse("2027-02-04T08:00:00Z"), java.time.Instant.from(start.getDate()));
        assertEquals(1, cal.getComponents("VTIMEZONE").size());
        cal.validate();
        assertEquals("Salon inversé de la commande publique 2027", salon.getProperty("SUMMARY").orElseThrow().getValue());
        assertEquals("Parc des expositions, Beaumont-sur-Saône, 1 avenue des Expositions, 71999 Beaumont-sur-Saône", salon.getProperty("LOCATION").orElseThrow().getValue());
        assertTrue(salon.getProperty("DESCRIPTION").orElseThrow().getValue().startsWith("Horaires : 9 h – 17 h 30.\nBus ligne 3"),
                salon.getProperty("DESCRIPTION").orElseThrow().getValue());
        assertTrue(events.stream().noneMatch(e -> e.getProperty("UID").orElseThrow().getValue().equals(central.id() + "@vitrine")));
        assertFalse(Files.exists(dir.resolve("needs/" + central.id() + ".ics")));
        for (VEvent e : events) {
            assertEquals("20261126T000000Z", e.getProperty("DTSTAMP").orElseThrow().getValue());
            assertTrue(e.getProperty("UID").orElseThrow().getValue().endsWith("@vitrine"));
        }
        Calendar one;
        String id = IcsExportTest.byRef(site, "V-1").id();
        try (Reader r = Files.newBufferedReader(dir.resolve("needs/" + id + ".ics"))) {
            one = new CalendarBuilder().build(r);
        }
        assertEquals(id + "@vitrine", one.getComponents("VEVENT").get(0).getProperty("UID").orElseThrow().getValue());
    }

    @Test
    void sameNeedsGiveByteIdenticalExports(@TempDir Path again) throws IOException {
        CatalogueFixture.write(again, CatalogueFixture.needs());
        for (String f : List.of("calendar.ics", "salon.ics", "data/ocds.json", "assets/needs-index.js", "feeds/buyer-chu-beaumont.xml",
                "index.html", "calendar.html")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve(f)), Files.readAllBytes(again.resolve(f)), f);
        }
    }

    @Test
    void everyFeedIsWellFormedAtom() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        List<Path> feeds;
        try (Stream<Path> s = Files.list(dir.resolve("feeds"))) {
            feeds = Stream.concat(s.filter(p -> p.toString().endsWith(".xml")), Stream.of(dir.resolve("feed.xml"))).toList();
        }
        assertTrue(feeds.size() > 5);
        for (Path p : feeds) {
            Document d = f.newDocumentBuilder().parse(p.toFile());
            Element root = d.getDocumentElement();
            assertEquals(ATOM, root.getNamespaceURI(), p.toString());
            assertEquals("feed", root.getLocalName());
            for (String required : List.of("id", "title", "updated")) {
                assertEquals(1, direct(root, required), p + " " + required);
            }
            NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
            for (int i = 0; i < entries.getLength(); i++) {
                Element e = (Element) entries.item(i);
                for (String required : List.of("id", "title", "updated")) {
                    assertEquals(1, direct(e, required), p + " entry " + required);
                }
            }
        }
        Document chu = f.newDocumentBuilder().parse(dir.resolve("feeds/buyer-chu-beaumont.xml").toFile());
        // two needs, and the two public questions about the second one
        assertEquals(4, chu.getElementsByTagNameNS(ATOM, "entry").getLength());
        assertTrue(chu.getElementsByTagNameNS(ATOM, "title").item(1).getTextContent().equals(CatalogueFixture.XSS));
    }

    @Test
    void everyFeedParsesWithAnIndependentFeedLibrary() throws Exception {
        List<Path> feeds;
        try (Stream<Path> s = Files.list(dir.resolve("feeds"))) {
            feeds = Stream.concat(s.filter(p -> p.toString().endsWith(".xml")), Stream.of(dir.resolve("feed.xml"))).toList();
        }
        for (Path p : feeds) {
            // Rome's Atom 1.0 parser, validating: a feed without id, title or updated, or an entry without them, fails
            com.rometools.rome.feed.WireFeed wire = new com.rometools.rome.io.WireFeedInput(true, java.util.Locale.ROOT).build(p.toFile());
            assertEquals("atom_1.0", wire.getFeedType(), p.toString());
            com.rometools.rome.feed.atom.Feed feed = (com.rometools.rome.feed.atom.Feed) wire;
            assertTrue(feed.getId() != null && feed.getUpdated() != null && feed.getTitle() != null, p.toString());
            for (com.rometools.rome.feed.atom.Entry e : feed.getEntries()) {
                assertTrue(e.getId() != null && e.getUpdated() != null && e.getTitle() != null, p + " " + e.getId());
                assertTrue(!e.getAlternateLinks().isEmpty(), p + " " + e.getId() + " has a link");
            }
        }
        com.rometools.rome.feed.synd.SyndFeed chu = new com.rometools.rome.io.SyndFeedInput().build(dir.resolve("feeds/buyer-chu-beaumont.xml").toFile());
        assertEquals(CatalogueFixture.XSS, chu.getEntries().get(0).getTitle(), "markup in a title is text");
    }

    private static int direct(Element parent, String name) {
        int n = 0;
        for (var c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && ATOM.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                n++;
            }
        }
        return n;
    }
}
