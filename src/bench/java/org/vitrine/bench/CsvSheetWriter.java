package org.vitrine.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** A CSV as French Excel saves it ("CSV UTF-8"): BOM, ';' separator, CRLF, dates as dd/MM/yyyy text. */
final class CsvSheetWriter implements SheetWriter {

    static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final CSVPrinter printer;
    private final String[] text;

    CsvSheetWriter(Path file, int columns) throws IOException {
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
        w.write('\uFEFF');
        printer = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get());
        text = new String[columns];
    }

    @Override
    public void row(Object[] cells) throws IOException {
        for (int i = 0; i < text.length; i++) {
            Object v = i < cells.length ? cells[i] : null;
            text[i] = v == null ? "" : v instanceof LocalDate d ? FRENCH_DATE.format(d) : v.toString();
        }
        printer.printRecord((Object[]) text);
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
