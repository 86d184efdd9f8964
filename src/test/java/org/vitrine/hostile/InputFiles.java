package org.vitrine.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.vitrine.camel.Normalisers;
import org.vitrine.messages.Messages;
import org.vitrine.config.ConfigLoader;
import org.vitrine.ingest.SourceFile;
import org.vitrine.ingest.SpreadsheetSource;
import org.vitrine.model.Need;
import org.vitrine.model.Reject;
import org.vitrine.normalise.Normaliser;
import org.vitrine.context.Run;

/**
 * Files of the input cases of issues 16.9 and 22, made here so each shows what it holds, and a reader that
 * takes one file through the readers and the normaliser as a run does (edition of 26 November 2026).
 */
final class InputFiles {

    static final String[] HEADERS = {"Acheteur", "Référence", "Objet", "Description", "Code CPV", "Montant estimé", "Lancement"};

    private InputFiles() {
    }

    /** What one file gave: the needs, the row rejects and warnings, the file-level lines. */
    record Read(List<Need> needs, List<Reject> rejects, List<Reject> warnings, List<Reject> fileLines, Run run) {
        Need byReference(String reference) {
            return needs.stream().filter(n -> reference.equals(n.reference())).findFirst().orElse(null);
        }
    }

    static Read read(Path file) throws Exception {
        Run run = new Run(ConfigLoader.load(Path.of("config")), Messages.of("fr"), 2027, LocalDate.of(2026, 11, 26));
        Normaliser normaliser = Normalisers.forRun(run);
        List<Need> needs = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        List<Reject> warnings = new ArrayList<>();
        new SpreadsheetSource().readFile(new SourceFile("t", file, file.getFileName().toString()), run, raw -> {
            Normaliser.Result r = normaliser.normalise(raw);
            warnings.addAll(r.warnings());
            rejects.addAll(r.rejects());
            if (r.need() != null) {
                needs.add(r.need());
            }
        });
        return new Read(needs, rejects, warnings, run.report().rejects().stream().filter(x -> x.row() == null).toList(), run);
    }

    static String csv(String[]... rows) {
        StringBuilder b = new StringBuilder(String.join(";", HEADERS)).append("\r\n");
        for (String[] r : rows) {
            b.append(String.join(";", r)).append("\r\n");
        }
        return b.toString();
    }

    static String[] row(String reference, String title, String description) {
        return new String[] {"ville-beaumont-sur-saone", reference, title, description, "77310000-6", "25 000", "T2 2027"};
    }

    /** UTF-32 with its byte order mark, as some export tools write "Unicode" text. */
    static byte[] utf32(String text, boolean bigEndian) {
        Charset cs = Charset.forName(bigEndian ? "UTF-32BE" : "UTF-32LE");
        byte[] bom = bigEndian ? new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF} : new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0};
        byte[] body = text.getBytes(cs);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        return all;
    }

    /** A small valid workbook: a header row and the rows given (each as many cells as HEADERS). */
    static byte[] workbook(String[]... rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Besoins");
            Row h = s.createRow(0);
            for (int c = 0; c < HEADERS.length; c++) {
                h.createCell(c).setCellValue(HEADERS[c]);
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** The workbook without xl/styles.xml, as some generators write it (valid: styles are optional). */
    static byte[] withoutStyles(byte[] xlsx) throws IOException {
        return rewrite(xlsx, (name, xml) -> {
            if (name.equals("xl/styles.xml")) {
                return null;
            }
            if (name.equals("[Content_Types].xml") || name.equals("xl/_rels/workbook.xml.rels")) {
                return xml.replaceAll("<Override[^>]*styles\\.xml\"[^>]*/>", "").replaceAll("<Relationship[^>]*styles\\.xml\"[^>]*/>", "");
            }
            if (name.startsWith("xl/worksheets/")) {
                return xml.replaceAll(" s=\"\\d+\"", "");
            }
            return xml;
        });
    }

    /** The workbook with no r attribute on rows and cells (optional in the format: positions then count). */
    static byte[] withoutRowReferences(byte[] xlsx) throws IOException {
        return rewrite(xlsx, (name, xml) -> name.startsWith("xl/worksheets/")
                ? xml.replaceAll("(<row[^>]*?) r=\"\\d+\"", "$1").replaceAll("(<c[^>]*?) r=\"[A-Z]+\\d+\"", "$1")
                        .replaceAll("<dimension[^>]*/>", "")
                : xml);
    }

    private interface Edit {
        String apply(String name, String xml);
    }

    private static byte[] rewrite(byte[] xlsx, Edit edit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(xlsx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                String changed = edit.apply(e.getName(), xml);
                if (changed == null) {
                    continue;
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(changed.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
