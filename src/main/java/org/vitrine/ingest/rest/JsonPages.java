package org.vitrine.ingest.rest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * An API page read as a stream, never as one tree: the records array is walked one record at a time
 * (a 36 MB page of twelve million empty records used to take the whole heap before {@code maxRecords}
 * was even looked at), everything off the way to the pointers asked for is skipped unread, and
 * Jackson's read constraints bound nesting, text and number lengths.
 */
final class JsonPages {

    /** Deeper than any planned-purchase record; a hostile page nests thousands of levels. */
    static final int MAX_DEPTH = 64;
    /** The longest text value: a description of 4 Mi characters is already far past the cell limit. */
    static final int MAX_STRING = 4 << 20;
    /** Tokens of one record: a need is a few dozen fields, a record of more is not a need. */
    static final int MAX_RECORD_TOKENS = 10_000;

    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).maxStringLength(MAX_STRING)
                    .maxNumberLength(100).maxNameLength(10_000).build())
            .build();
    static final ObjectMapper JSON = new ObjectMapper(FACTORY);

    /** What a page says beside its records. */
    record Scan(long records, Long total, String next) {
    }

    /** Called with the parser on a record's first token; must leave it on the record's last token. */
    @FunctionalInterface
    interface Records {
        void record(JsonParser p) throws IOException, SourceFailure;
    }

    /** The records pointer does not lead to an array. */
    static final class NoRecords extends Exception {
        NoRecords() {
            super(null, null, false, false);
        }
    }

    private JsonPages() {
    }

    /**
     * Walks one page: each element of the array at {@code records} goes to {@code each}; the number at
     * {@code total} and the text at {@code next} (either may be null) are returned with the count.
     */
    static Scan walk(JsonParser p, String records, String total, String next, Records each)
            throws IOException, NoRecords, SourceFailure {
        String rp = JsonPointer.compile(records == null ? "" : records).toString();
        String tp = total == null ? null : JsonPointer.compile(total).toString();
        String np = next == null ? null : JsonPointer.compile(next).toString();
        List<String> targets = new ArrayList<>();
        targets.add(rp);
        if (tp != null) {
            targets.add(tp);
        }
        if (np != null) {
            targets.add(np);
        }
        long count = -1;
        Long totalValue = null;
        String nextValue = null;
        JsonToken t;
        while ((t = p.nextToken()) != null) {
            if (t == JsonToken.FIELD_NAME || t.isStructEnd()) {
                continue;
            }
            String here = p.getParsingContext().pathAsPointer().toString();
            if (here.equals(rp) && count < 0) {
                if (t != JsonToken.START_ARRAY) {
                    throw new NoRecords();
                }
                count = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    count++;
                    each.record(p);
                }
                continue;
            }
            if (here.equals(tp) && t.isNumeric() && totalValue == null) {
                totalValue = p.getValueAsLong();
            } else if (here.equals(np) && t == JsonToken.VALUE_STRING && nextValue == null) {
                nextValue = p.getText();
            }
            if (t.isStructStart() && targets.stream().noneMatch(x -> x.startsWith(here + "/"))) {
                p.skipChildren(); // leads to no pointer asked for: not read into memory
            }
        }
        if (count < 0) {
            throw new NoRecords();
        }
        return new Scan(count, totalValue, nextValue);
    }

    /** Skips the record the parser is on; false if it has more than {@link #MAX_RECORD_TOKENS} tokens. */
    static boolean skipRecord(JsonParser p) throws IOException {
        if (!p.currentToken().isStructStart()) {
            return true;
        }
        int depth = 1;
        long tokens = 1;
        while (depth > 0) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return true; // truncated: the parser says where at the next read
            }
            if (++tokens > MAX_RECORD_TOKENS) {
                return false;
            }
            if (t.isStructStart()) {
                depth++;
            } else if (t.isStructEnd()) {
                depth--;
            }
        }
        return true;
    }
}
