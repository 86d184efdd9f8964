package org.vitrine.hostile;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The giant files of the corpus, generated into target/ by the {@code stress} profile (never committed,
 * never in the default build), each streamed to disk so the generator itself needs little memory.
 */
final class GiantFiles {

    static final int EXCEL_ROWS = 1_048_576;
    static final long MIB = 1L << 20;
    /** The shipped limits (config/vitrine.yaml). */
    static final long MAX_FILE_BYTES = 200 * MIB;
    static final long MAX_UNZIPPED_BYTES = 2048 * MIB;

    private GiantFiles() {
    }

    static void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        write(dir.resolve("un-million-de-lignes.xlsx"), out -> ZipBombs.sheet(out, "Besoins", GiantFiles::formattedToTheLastRow));
        write(dir.resolve("un-million-de-lignes-sans-entete.xlsx"), out -> ZipBombs.sheet(out, "Export", GiantFiles::figuresOnEveryRow));
        write(dir.resolve("export-200-mo.csv"), out -> csv(out, MAX_FILE_BYTES + MIB));
        write(dir.resolve("export-presque-200-mo.csv"), out -> csv(out, MAX_FILE_BYTES - MIB));
        byte[] bomb = ZipBombs.xlsx(MAX_UNZIPPED_BYTES + 512 * MIB, false);
        Files.write(dir.resolve("bombe-2-5-gio.xlsx"), bomb);
        Files.write(dir.resolve("bombe-2-5-gio-tailles-mensongeres.xlsx"), ZipBombs.declareTinySizes(bomb));
        write(dir.resolve("cellule-de-300-mo.xlsx"), out -> ZipBombs.giantCell(out, 300 * MIB));
        write(dir.resolve("un-million-de-besoins.csv"), GiantFiles::millionNeeds);
    }

    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    private static void write(Path file, Body body) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            body.write(out);
        }
    }

    /**
     * Excel's whole height: a header, twenty needs, then every row down to 1,048,576 present but empty
     * (a column formatted to the bottom), and a total on the very last row.
     */
    private static void formattedToTheLastRow(OutputStream out) throws IOException {
        StringBuilder b = new StringBuilder("<row r=\"1\">");
        String[] headers = HostileCorpus.HEADERS;
        for (int c = 0; c < headers.length; c++) {
            b.append(ZipBombs.inline(col(c) + 1, headers[c]));
        }
        b.append("</row>");
        for (int r = 2; r <= 21; r++) {
            String[] v = {"chu-beaumont", "GEANT-" + r, "Consommables de laboratoire " + r, "45453000-7", String.valueOf(5000 + r), "T3 2027"};
            b.append("<row r=\"").append(r).append("\">");
            for (int c = 0; c < v.length; c++) {
                b.append(ZipBombs.inline(col(c) + r, v[c]));
            }
            b.append("</row>");
        }
        out.write(b.toString().getBytes(StandardCharsets.UTF_8));
        for (int r = 22; r < EXCEL_ROWS; r++) {
            out.write(("<row r=\"" + r + "\"><c r=\"A" + r + "\"/><c r=\"F" + r + "\"/></row>").getBytes(StandardCharsets.US_ASCII));
        }
        out.write(("<row r=\"" + EXCEL_ROWS + "\">" + ZipBombs.inline("C" + EXCEL_ROWS, "Total")
                + "<c r=\"E" + EXCEL_ROWS + "\"><f>SUM(E2:E21)</f><v>100230</v></c></row>").getBytes(StandardCharsets.UTF_8));
    }

    /** An export of figures on all 1,048,576 rows: no header anywhere. */
    private static void figuresOnEveryRow(OutputStream out) throws IOException {
        for (int r = 1; r <= EXCEL_ROWS; r++) {
            out.write(("<row r=\"" + r + "\"><c r=\"A" + r + "\"><v>" + r + "</v></c><c r=\"B" + r + "\"><v>" + (r * 7 % 1000)
                    + "</v></c><c r=\"C" + r + "\" t=\"inlineStr\"><is><t>ligne " + r + "</t></is></c></row>")
                    .getBytes(StandardCharsets.US_ASCII));
        }
    }

    /**
     * A CSV of {@code size} bytes: a header and twenty needs, then empty rows (an export padded with
     * separators) up to the size, then one more need far beyond the row limit.
     */
    private static void csv(OutputStream out, long size) throws IOException {
        StringBuilder head = new StringBuilder(String.join(";", HostileCorpus.HEADERS)).append("\r\n");
        for (int r = 2; r <= 21; r++) {
            head.append("ville-beaumont-sur-saone;CSV-").append(r).append(";Travaux de voirie ").append(r)
                    .append(";45233140-2;").append(80_000 + r).append(";S2 2027\r\n");
        }
        byte[] h = head.toString().getBytes(StandardCharsets.UTF_8);
        out.write(h);
        byte[] empty = (";".repeat(98) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] last = "ville-beaumont-sur-saone;CSV-DERNIERE;Travaux de voirie;45233140-2;90000;S2 2027\r\n"
                .getBytes(StandardCharsets.UTF_8);
        for (long written = h.length; written + empty.length + last.length <= size; written += empty.length) {
            out.write(empty);
        }
        out.write(last);
    }

    /** 1,048,575 valid needs under one header (28 MB, within every size limit): refused at the row limit. */
    private static void millionNeeds(OutputStream out) throws IOException {
        out.write((String.join(";", HostileCorpus.HEADERS) + "\r\n").getBytes(StandardCharsets.UTF_8));
        for (int r = 2; r <= EXCEL_ROWS; r++) {
            out.write(("chu-beaumont;M-" + r + ";Gants de chirurgie " + r + ";33141420-0;" + (1000 + r % 9000) + ";T2 2027\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String col(int c) {
        return String.valueOf((char) ('A' + c));
    }
}
