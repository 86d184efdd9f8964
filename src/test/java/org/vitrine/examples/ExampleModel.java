package org.vitrine.examples;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** The shapes of the example data set: files, sheets and rows as plain tables (see {@link ExampleData}). */
final class ExampleModel {

    private ExampleModel() {
    }

    /** How a file is written. */
    enum Format {
        XLSX("xlsx"), XLS("xls"), ODS("ods"), CSV_UTF8_BOM("csv"), CSV_CP1252("csv"), HTML_AS_XLSX("xlsx");

        final String extension;

        Format(String extension) {
            this.extension = extension;
        }
    }

    /** One file: its base name (a buyer id, or not for a shared file), format and sheets. */
    record ExampleFile(String baseName, Format format, List<Sheet> sheets, String expectation) {
        String fileName() {
            return baseName + "." + format.extension;
        }
    }

    /**
     * One sheet. {@code preamble} lines are written above the header row, one cell each ("" = a
     * blank row). An empty {@code headers} list makes a sheet of free text (no header row).
     * {@code hiddenColumns} are header names whose column is hidden (xlsx only);
     * {@code padRows} adds LibreOffice's million repeated empty rows at the end (ods only).
     */
    record Sheet(String name, List<String> preamble, List<String> headers, List<Row> rows,
                 Set<String> hiddenColumns, boolean padRows) {

        Sheet {
            for (Row r : rows) {
                if (!r.isBlank() && r.cells().size() != headers.size()) {
                    throw new IllegalArgumentException("sheet " + name + ", row " + r.cells()
                            + ": " + r.cells().size() + " cells for " + headers.size() + " headers");
                }
            }
        }

        static Sheet of(String name, List<String> preamble, String headers, String rows) {
            return new Sheet(name, preamble, split(headers), parseRows(rows), Set.of(), false);
        }

        Sheet hiding(String... headerNames) {
            return new Sheet(name, preamble, headers, rows, Set.of(headerNames), padRows);
        }

        Sheet padded() {
            return new Sheet(name, preamble, headers, rows, hiddenColumns, true);
        }

        int column(String header) {
            int i = headers.indexOf(header);
            if (i < 0) {
                throw new IllegalArgumentException("no column " + header + " in " + name);
            }
            return i;
        }

        /** 1-based row number of the header row in the sheet. */
        int headerRowNumber() {
            return preamble.size() + 1;
        }
    }

    /**
     * One row: {@code tag} is what the pipeline should do with it (see examples/README.md):
     * {@code ok}, {@code ok/<note>} (an {@code ok/warn-…} row is published with a warning), {@code beyond},
     * {@code before/<note>} (published, launching between the edition date and the year), {@code hidden}, {@code reject/<reason>},
     * {@code dup}, {@code total}, {@code blank}.
     * Cell syntax: {@code #123} a number cell, {@code @2027-03-15} a date cell, {@code =SUM} a sum
     * of the column's data rows above, {@code ^} merged with the cell above (xlsx only), anything
     * else a text cell ("" = empty).
     */
    record Row(String tag, List<String> cells) {
        boolean isBlank() {
            return "blank".equals(tag);
        }

        boolean isData() {
            return !isBlank() && !"total".equals(tag);
        }
    }

    static List<String> split(String line) {
        return Arrays.stream(line.split("\\|", -1)).map(String::strip).toList();
    }

    /** Parses a text block: one row a line, cells separated by '|', the first cell is the tag. */
    static List<Row> parseRows(String block) {
        List<Row> rows = new ArrayList<>();
        for (String line : block.split("\n")) {
            if (line.isBlank() || line.strip().startsWith("//")) {
                continue;
            }
            List<String> cells = split(line);
            String tag = cells.get(0);
            rows.add(new Row(tag, "blank".equals(tag) ? List.of() : cells.subList(1, cells.size())));
        }
        return rows;
    }
}
