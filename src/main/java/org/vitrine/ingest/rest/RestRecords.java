package org.vitrine.ingest.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.vitrine.config.SourceConfig;
import org.vitrine.model.FileCounts;
import org.vitrine.model.Location;
import org.vitrine.model.RawCell;
import org.vitrine.model.RawRecord;
import org.vitrine.context.Run;

/**
 * Reads the saved pages of a REST source (fresh or from its snapshot) and hands each record on as a
 * {@link RawRecord}: canonical fields taken at their JSON Pointers, the API's record id as location.
 * Unknown JSON fields are ignored.
 */
public final class RestRecords {

    private RestRecords() {
    }

    /** The name under which a REST source is counted and reported (its "file"). */
    public static String fileName(SourceConfig s) {
        return s.name() + " (API)";
    }

    public static void read(SourceConfig s, Path dir, Run run, Consumer<RawRecord> out) throws IOException {
        String file = fileName(s);
        FileCounts counts = run.report().counts(s.name(), file);
        List<Path> pages;
        try (Stream<Path> list = Files.list(dir)) {
            pages = list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        int[] index = {0};
        Map<String, String> headers = new LinkedHashMap<>(s.fields());
        for (Path page : pages) {
            // One record in memory at a time: the pages were checked when fetched (JsonPages), not trusted here.
            try (com.fasterxml.jackson.core.JsonParser parser = JsonPages.FACTORY.createParser(page.toFile())) {
                JsonPages.walk(parser, s.records(), null, null, at -> {
                    JsonNode record = JsonPages.JSON.readTree(at);
                    index[0]++;
                    String id = s.id() == null ? null : text(record.at(s.id()));
                    Map<String, RawCell> fields = new LinkedHashMap<>();
                    s.fields().forEach((field, pointer) -> {
                        RawCell cell = cell(record.at(pointer));
                        if (cell != null) {
                            fields.put(field, cell);
                        }
                    });
                    if (!fields.containsKey("buyer") && s.buyer() != null) {
                        fields.put("buyer", RawCell.text(s.buyer()));
                    }
                    counts.rowsRead++;
                    String where = run.messages().get("rest.record", id == null ? String.valueOf(index[0]) : id);
                    out.accept(new RawRecord(new Location(s.name(), file, where, index[0]), fields, headers));
                });
            } catch (JsonPages.NoRecords | SourceFailure e) {
                throw new IOException("page " + page.getFileName() + " no longer holds its records", e);
            }
        }
    }

    private static String text(JsonNode n) {
        return n == null || n.isMissingNode() || n.isNull() ? null : n.asText();
    }

    /** A JSON value as a cell: numbers stay numbers, arrays are joined, objects are not values. */
    static RawCell cell(JsonNode n) {
        if (n == null || n.isMissingNode() || n.isNull()) {
            return null;
        }
        if (n.isNumber()) {
            return RawCell.number(n.asDouble());
        }
        if (n.isBoolean()) {
            return RawCell.bool(n.asBoolean());
        }
        if (n.isArray()) {
            StringBuilder b = new StringBuilder();
            n.forEach(x -> b.append(b.length() == 0 ? "" : ", ").append(x.asText()));
            return RawCell.text(b.toString());
        }
        return n.isValueNode() ? RawCell.text(n.asText()) : RawCell.text(n.toString());
    }
}
