package org.vitrine.publish;

import org.vitrine.model.Json;
import org.vitrine.model.EditionInfo;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import net.fortuna.ical4j.model.component.VEvent;
import org.vitrine.model.Need;
import org.vitrine.publish.catalogue.IcsExport;

/**
 * The needs of the current edition (internal/needs.json, every need with its visibility), read
 * before a new edition replaces it: what changed since, and which amounts were cut.
 */
public final class PreviousEdition {

    private PreviousEdition() {
    }

    /**
     * The current edition a new one is compared with: its needs by id, its date (null on a first edition or an
     * unreadable file), the withdrawals it listed (its {@code edition.withdrawn}, which the new edition keeps) and its
     * public calendar.ics events by UID ({@link IcsExport#previous}: the SEQUENCE the new calendars count on, the
     * withdrawn needs' events to cancel; both languages' calendars share UIDs and SEQUENCE).
     */
    public record Previous(Map<String, Need> needs, java.time.LocalDate date, java.util.List<EditionInfo.Withdrawn> withdrawn,
            Map<String, VEvent> calendar) {
    }

    /**
     * The edition to compare with, read once: this year's current edition, else the last edition of the year before
     * (the first run of a new forecast year still knows what was published last year). The withdrawals are this
     * year's only: a new year's first edition lists none from the year before.
     */
    public static Previous forYear(Path outDir, int year) {
        Previous current = read(outDir.resolve(String.valueOf(year)));
        if (!current.needs().isEmpty()) {
            return current;
        }
        Previous last = read(outDir.resolve(String.valueOf(year - 1)));
        return new Previous(last.needs(), current.date() != null ? current.date() : last.date(), current.withdrawn(),
                current.calendar().isEmpty() ? last.calendar() : current.calendar());
    }

    /** Needs by id of the current edition under this year folder; empty on a first edition or an unreadable file. */
    public static Map<String, Need> load(Path yearDir) {
        return read(yearDir).needs();
    }

    /**
     * The current edition under this year folder, in one pass over its internal/needs.json: the edition block that
     * opens it (date, withdrawals), then the needs, read one at a time (the file of a national forecast is hundreds of
     * megabytes) and kept without what a new edition does not look at: the previous risk flags and the list of
     * changes, most of each need's size. An edition written by another version gives what could be read of it.
     */
    static Previous read(Path yearDir) {
        Path file = yearDir.resolve("current").resolve("internal").resolve("needs.json");
        Map<String, Need> needs = new HashMap<>();
        java.time.LocalDate date = null;
        java.util.List<EditionInfo.Withdrawn> withdrawn = java.util.List.of();
        if (!Files.isRegularFile(file)) {
            return new Previous(needs, null, withdrawn, calendar(yearDir));
        }
        ObjectReader reader = Json.MAPPER.readerFor(Need.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (JsonParser p = Json.MAPPER.getFactory().createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not an edition's needs");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if ("edition".equals(field)) {
                    ObjectNode edition = Json.MAPPER.readTree(p);
                    date = date(edition);
                    withdrawn = withdrawn(edition);
                    continue;
                }
                if (!"needs".equals(field)) {
                    p.skipChildren();
                    continue;
                }
                if (p.currentToken() != JsonToken.START_ARRAY) {
                    throw new IOException("needs is not a list");
                }
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    ObjectNode n = Json.MAPPER.readTree(p);
                    n.putArray("risks");
                    n.putArray("changes");
                    Need need = reader.readValue(n);
                    needs.put(need.id(), need);
                }
            }
        } catch (IOException e) {
            // An old edition written by another version: compare with no need rather than fail the run.
            needs.clear();
        }
        return new Previous(needs, date, withdrawn, calendar(yearDir));
    }

    /** The current edition's public calendar.ics events by UID; empty when it has none or it cannot be read. */
    private static Map<String, VEvent> calendar(Path yearDir) {
        return IcsExport.previous(yearDir.resolve("current").resolve("public").resolve("calendar.ics"));
    }

    private static java.time.LocalDate date(ObjectNode edition) {
        String date = edition.path("date").asText("");
        try {
            return date.isEmpty() ? null : java.time.LocalDate.parse(date);
        } catch (java.time.format.DateTimeParseException e) {
            return null; // an edition written by another version: no date to give
        }
    }

    private static java.util.List<EditionInfo.Withdrawn> withdrawn(ObjectNode edition) {
        ObjectReader reader = Json.MAPPER.readerFor(EditionInfo.Withdrawn.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        java.util.List<EditionInfo.Withdrawn> out = new java.util.ArrayList<>();
        try {
            for (var w : edition.path("withdrawn")) {
                out.add(reader.readValue(w));
            }
        } catch (IOException e) {
            return java.util.List.of(); // an edition written by another version: no earlier withdrawals
        }
        return out;
    }
}
