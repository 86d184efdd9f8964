package org.vitrine.publish.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.model.Need;

/**
 * Every .ics the catalogue writes, read by a parser independent of ical4j: Debian's python3-icalendar (4.0.3, run
 * with /usr/bin/python3, src/test/resources/ics/check_ics.py) finds no fault (CRLF, 75 octets, UTF-8 whole) and no
 * parse error, and reads the same events ical4j reads (UID, start, summary).
 */
class IcsValidatorTest {

    private static final String PYTHON = "/usr/bin/python3";

    @TempDir
    Path dir;

    @Test
    void python3IcalendarReadsEveryFileAsIcal4jDoes() throws Exception {
        List<Need> needs = new ArrayList<>();
        for (Need n : JointGroupTest.needs()) {
            Need.Builder b = n.toBuilder();
            b.launch = n.jointGroup() != null ? CatalogueFixture.month(2027, 9) : n.launch();
            needs.add(b.build());
        }
        CatalogueFixture.write(dir, needs);
        List<Path> files = new ArrayList<>(List.of(dir.resolve("calendar.ics"), dir.resolve("salon.ics")));
        try (Stream<Path> s = Files.list(dir.resolve("needs"))) {
            s.filter(p -> p.toString().endsWith(".ics")).sorted().forEach(files::add);
        }
        assertTrue(files.size() >= 7, files.toString()); // calendar, salon, CHU-1, V-1 and the group's three shares
        List<JsonNode> read = icalendar(files);
        assertEquals(files.size(), read.size());
        for (int i = 0; i < files.size(); i++) {
            JsonNode f = read.get(i);
            assertEquals(0, f.get("faults").size(), f.toString());
            assertEquals(0, f.get("errors").size(), f.toString());
            Calendar cal;
            try (Reader r = Files.newBufferedReader(files.get(i), StandardCharsets.UTF_8)) {
                cal = new CalendarBuilder().build(r);
            }
            assertEquals(cal.getProperty("X-WR-CALNAME").orElseThrow().getValue(), f.get("name").asText());
            List<VEvent> events = cal.getComponents("VEVENT");
            assertEquals(events.size(), f.get("events").size(), f.toString());
            for (int j = 0; j < events.size(); j++) {
                JsonNode e = f.get("events").get(j);
                assertEquals(events.get(j).getProperty("UID").orElseThrow().getValue(), e.get("uid").asText());
                assertEquals(events.get(j).getProperty("SUMMARY").orElseThrow().getValue(), e.get("summary").asText());
                assertEquals(events.get(j).getProperty("DTSTART").orElseThrow().getValue(),
                        e.get("start").asText().replace("-", "").replace(":", "").replaceAll("\\+\\d{4}$", ""));
            }
        }
        // the salon at 9:00 Paris time (UTC+1 in February) in both files that hold it
        JsonNode salon = read.get(1).get("events").get(0);
        assertEquals("2027-02-04T09:00:00+01:00", salon.get("start").asText());
        assertEquals(3600, salon.get("offset").asInt());
        assertEquals(List.of("Europe/Paris"), List.of(read.get(1).get("timezones").get(0).asText()));
        assertEquals(salon, read.get(0).get("events").get(0));
    }

    /** One JSON object per file from check_ics.py; a clear failure when Debian's python3-icalendar is missing. */
    static List<JsonNode> icalendar(List<Path> files) throws Exception {
        if (!Files.isExecutable(Path.of(PYTHON))) {
            fail(PYTHON + " is missing: install Debian's python3 and python3-icalendar (apt-get install python3-icalendar)");
        }
        List<String> command = new ArrayList<>(List.of(PYTHON, Path.of("src/test/resources/ics/check_ics.py").toString()));
        files.forEach(f -> command.add(f.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        if (out.contains("No module named 'icalendar'")) {
            fail("the Debian package python3-icalendar is needed by this test (apt-get install python3-icalendar): " + out);
        }
        assertEquals(0, code, "python3-icalendar could not read the files: " + out);
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> read = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                read.add(json.readTree(line));
            }
        }
        return read;
    }
}
