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
import org.vitrine.model.Need;

/**
 * The needs of the current edition (internal/needs.json, every need with its visibility), read
 * before a new edition replaces it: what changed since, and which amounts were cut.
 */
public final class PreviousEdition {

    private PreviousEdition() {
    }

    /**
     * The needs to compare with: this year's current edition, else the last edition of the year
     * before (the first run of a new forecast year still knows what was published last year).
     */
    public static Map<String, Need> forYear(Path outDir, int year) {
        Map<String, Need> needs = load(outDir.resolve(String.valueOf(year)));
        return needs.isEmpty() ? load(outDir.resolve(String.valueOf(year - 1))) : needs;
    }

    /**
     * The date of the edition compared with ({@link #forYear}: this year's current one, else last year's), or null
     * on a first edition or an unreadable file: read from the edition block that opens its needs file.
     */
    public static java.time.LocalDate date(Path outDir, int year) {
        java.time.LocalDate d = editionDate(outDir.resolve(String.valueOf(year)));
        return d != null ? d : editionDate(outDir.resolve(String.valueOf(year - 1)));
    }

    private static java.time.LocalDate editionDate(Path yearDir) {
        Path file = yearDir.resolve("current").resolve("internal").resolve("needs.json");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (JsonParser p = Json.MAPPER.getFactory().createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (!"edition".equals(field)) {
                    p.skipChildren();
                    continue;
                }
                com.fasterxml.jackson.databind.JsonNode edition = Json.MAPPER.readTree(p);
                String date = edition.path("date").asText("");
                return date.isEmpty() ? null : java.time.LocalDate.parse(date);
            }
        } catch (IOException | java.time.format.DateTimeParseException e) {
            // an edition written by another version: no date to give
        }
        return null;
    }

    /**
     * Needs by id of the current edition under this year folder; empty on a first edition or an unreadable file.
     * Read one need at a time (the file of a national forecast is hundreds of megabytes) and kept without what
     * a new edition does not look at: the previous risk flags and the list of changes, most of each need's size.
     */
    public static Map<String, Need> load(Path yearDir) {
        Path file = yearDir.resolve("current").resolve("internal").resolve("needs.json");
        Map<String, Need> needs = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return needs;
        }
        ObjectReader reader = Json.MAPPER.readerFor(Need.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (JsonParser p = Json.MAPPER.getFactory().createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not an edition's needs");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
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
            // An old edition written by another version: compare with nothing rather than fail the run.
            needs.clear();
        }
        return needs;
    }

    /**
     * The withdrawals the current edition of this year folder listed (its {@code edition.withdrawn}); empty on
     * a first edition, an older file without them, or an unreadable one. Only the edition block is read.
     */
    public static java.util.List<EditionInfo.Withdrawn> withdrawn(Path yearDir) {
        Path file = yearDir.resolve("current").resolve("internal").resolve("needs.json");
        if (!Files.isRegularFile(file)) {
            return java.util.List.of();
        }
        try (JsonParser p = Json.MAPPER.getFactory().createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return java.util.List.of();
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (!"edition".equals(field)) {
                    p.skipChildren();
                    continue;
                }
                ObjectNode edition = Json.MAPPER.readTree(p);
                java.util.List<EditionInfo.Withdrawn> out = new java.util.ArrayList<>();
                for (var w : edition.path("withdrawn")) {
                    out.add(Json.MAPPER.readerFor(EditionInfo.Withdrawn.class)
                            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(w));
                }
                return out;
            }
        } catch (IOException e) {
            // an edition written by another version: no earlier withdrawals
        }
        return java.util.List.of();
    }
}
