package org.vitrine.ingest;

import org.vitrine.config.InputLimits;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.vitrine.model.RawCell;

/**
 * Reads CSV and Excel "Unicode text" files: encoding and separator are detected, every value is a
 * text cell (guessing numbers is the parsers' job), the sheet is named after the file, and the row
 * number is the record number with the header as row 1, as Excel shows it when opening the file.
 */
public final class CsvReader implements SpreadsheetReader {

    private static final char[] SEPARATORS = {'\t', ';', ','};
    private static final int SAMPLE_RECORDS = 50;

    @Override
    public void read(Path file, InputLimits limits, RowSink sink) throws ReadFailure {
        ReadGuard.run(file, limits, sink, s -> readGuarded(file, limits, s));
    }

    private void readGuarded(Path file, InputLimits limits, RowSink sink) throws Exception {
        byte[] head = TextEncoding.head(file, TextEncoding.HEAD_BYTES);
        TextEncoding enc = TextEncoding.detect(head);
        char separator = detectSeparator(enc.decode(head));
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(separator)
                .setQuote('"')
                .setIgnoreEmptyLines(false) // keeps record numbers equal to what the user sees
                .setIgnoreSurroundingSpaces(false)
                .setTrim(false)
                .setLenientEof(true)
                .setTrailingData(true)
                .get();
        // Before any row is handed on, so that the file is rejected whole and nothing of it is counted twice
        Object[] unclosed = unclosedQuote(file, enc, format, separator);
        if (unclosed != null) {
            throw new ReadFailure("ingest.csv_unclosed_quote", unclosed);
        }
        try (Reader reader = open(file, enc)) {
            try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
                SheetOut out = new SheetOut(sink, limits, file.getFileName().toString());
                for (CSVRecord rec : parser) {
                    List<RawCell> cells = new ArrayList<>(rec.size());
                    for (String v : rec) {
                        cells.add(v == null || v.isEmpty() ? null : RawCell.text(v));
                    }
                    out.row(rec.getRecordNumber(), cells);
                }
                out.end();
            }
        }
    }

    private static Reader open(Path file, TextEncoding enc) throws java.io.IOException {
        InputStream in = Files.newInputStream(file);
        in.skipNBytes(enc.bomLength());
        return new BufferedReader(new InputStreamReader(in, enc.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)));
    }

    /**
     * Lines holding a whole row's separators inside one field from which it is taken for an unclosed quote: one when a
     * row has two separators or more (a text line with as many is no description), two in a file of two columns, where
     * one separator on a text's second line is common.
     */
    static int swallowedRows(int rowSeparators) {
        return rowSeparators >= 2 ? 1 : 2;
    }

    /**
     * Where a quote left open swallows the rows after it into one field (seventh attack: 5,000 rows became one,
     * rejected « Texte trop long » with nothing about the quote; issue 16: a single row swallowed was read without a
     * word): a field with a line after a line break that holds as many separators as a row has, {@link #swallowedRows}
     * times or more. A text on several lines (a description) holds none or fewer. Returns line, column and the number
     * of lines swallowed, or null.
     */
    private static Object[] unclosedQuote(Path file, TextEncoding enc, CSVFormat format, char separator) throws java.io.IOException {
        try (Reader reader = open(file, enc); CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            List<String> headers = null;
            long line = 1; // where the next record begins
            for (CSVRecord rec : parser) {
                if (headers == null) {
                    headers = rec.toList();
                }
                int rowSeparators = Math.max(1, headers.size() - 1);
                for (int i = 0; i < rec.size(); i++) {
                    String v = rec.get(i);
                    if (v == null || v.indexOf('\n') < 0) {
                        continue;
                    }
                    String[] lines = v.split("\r?\n", -1);
                    long rows = java.util.Arrays.stream(lines).skip(1)
                            .filter(l -> l.chars().filter(c -> c == separator).count() >= rowSeparators).count();
                    if (rows >= swallowedRows(rowSeparators)) {
                        String column = i < headers.size() && !headers.get(i).isBlank() && rec.getRecordNumber() > 1
                                ? headers.get(i) : String.valueOf(i + 1);
                        return new Object[] {String.valueOf(line), column,
                            java.util.Arrays.stream(lines).skip(1).filter(l -> !l.isBlank()).count()};
                    }
                }
                line = parser.getCurrentLineNumber() + 1;
            }
        }
        return null;
    }

    /**
     * Counts each candidate separator outside quotes on the first records; the one that appears the same
     * number of times on the most records wins (ties: tab, then ';' as French Excel writes, then ',').
     */
    static char detectSeparator(String sample) {
        List<Map<Character, Integer>> records = new ArrayList<>();
        Map<Character, Integer> current = new HashMap<>();
        boolean quoted = false;
        boolean blank = true;
        for (int i = 0; i < sample.length() && records.size() < SAMPLE_RECORDS; i++) {
            char ch = sample.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (!quoted && (ch == '\n' || ch == '\r')) {
                if (!blank) {
                    records.add(current);
                }
                current = new HashMap<>();
                blank = true;
                continue;
            } else if (!quoted && (ch == ';' || ch == ',' || ch == '\t')) {
                current.merge(ch, 1, Integer::sum);
            }
            if (!Character.isWhitespace(ch)) {
                blank = false;
            }
        }
        if (!blank && records.size() < SAMPLE_RECORDS) {
            records.add(current);
        }
        char best = ';';
        int bestScore = 0;
        for (char sep : SEPARATORS) {
            int score = consistency(records, sep);
            if (score > bestScore) {
                best = sep;
                bestScore = score;
            }
        }
        return best;
    }

    /** How many records share the most common non-zero count of this separator. */
    private static int consistency(List<Map<Character, Integer>> records, char sep) {
        Map<Integer, Integer> byCount = new HashMap<>();
        for (Map<Character, Integer> r : records) {
            int n = r.getOrDefault(sep, 0);
            if (n > 0) {
                byCount.merge(n, 1, Integer::sum);
            }
        }
        return byCount.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }
}
