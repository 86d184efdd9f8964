package org.vitrine.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds the test files in code, so every fixture shows what it contains. */
final class Fixtures {

    static final LocalDate LAUNCH = LocalDate.of(2027, 3, 15);

    private Fixtures() {
    }

    /**
     * Sheet "Besoins": header row 1 (G1:H1 merged), rows 2-4 with F2:F4 merged ("DSI"), row 3 hidden,
     * column C hidden, row 6 a SUM formula, A10:A12 merged over rows absent from the file.
     * Sheet "Notes": A1 text, A2 a date with the built-in format 14.
     */
    static void fillWorkbook(Workbook wb, boolean evaluate) {
        Sheet s = wb.createSheet("Besoins");
        CellStyle dateStyle = wb.createCellStyle();
        dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
        Row h = s.createRow(0);
        String[] headers = {"Objet", "Montant", "Lancement", "Double", "Erreur", "Acheteur", "Lieu"};
        for (int i = 0; i < headers.length; i++) {
            h.createCell(i).setCellValue(headers[i]);
        }
        s.addMergedRegion(new CellRangeAddress(0, 0, 6, 7));
        Object[][] data = {{"Ordinateurs", 125000.5}, {"Imprimantes", 40000}, {"Papier", 1500}};
        for (int r = 0; r < data.length; r++) {
            Row row = s.createRow(r + 1);
            row.createCell(0).setCellValue((String) data[r][0]);
            row.createCell(1).setCellValue(((Number) data[r][1]).doubleValue());
            var date = row.createCell(2);
            date.setCellValue(LAUNCH.plusMonths(r).atStartOfDay());
            date.setCellStyle(dateStyle);
            row.createCell(3).setCellFormula("B" + (r + 2) + "*2");
            row.createCell(4).setCellFormula("1/0");
            row.createCell(5); // blank cells under the merge, as Excel writes them
        }
        s.getRow(1).getCell(5).setCellValue("DSI");
        s.getRow(1).createCell(8).setCellValue(true);
        s.getRow(1).createCell(9).setCellFormula("A2&\" !\"");
        s.getRow(1).createCell(10).setCellFormula("IF(1=0,1,\"\")");
        s.addMergedRegion(new CellRangeAddress(1, 3, 5, 5));
        s.getRow(2).setZeroHeight(true);
        s.setColumnHidden(2, true);
        Row total = s.createRow(5);
        total.createCell(0).setCellValue("Total");
        total.createCell(1).setCellFormula("SUM(B2:B4)");
        s.createRow(9).createCell(0).setCellValue("Bloc");
        s.addMergedRegion(new CellRangeAddress(9, 11, 0, 0));

        Sheet notes = wb.createSheet("Notes");
        notes.createRow(0).createCell(0).setCellValue("Deux");
        CellStyle builtin = wb.createCellStyle();
        builtin.setDataFormat((short) 14);
        var d = notes.createRow(1).createCell(0);
        d.setCellValue(LocalDateTime.of(2027, 1, 2, 0, 0));
        d.setCellStyle(builtin);
        if (evaluate) {
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        }
    }

    static Path xlsx(Path dir, String name) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            fillWorkbook(wb, true);
            return write(wb, dir.resolve(name));
        }
    }

    static Path xls(Path dir, String name) throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            fillWorkbook(wb, true);
            return write(wb, dir.resolve(name));
        }
    }

    static Path write(Workbook wb, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        return file;
    }

    /** An xlsx whose only sheet has {@code rows} rows of one text cell each. */
    static Path simpleXlsx(Path file, int rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Feuille");
            for (int r = 0; r < rows; r++) {
                s.createRow(r).createCell(0).setCellValue("ligne " + (r + 1));
            }
            return write(wb, file);
        }
    }

    /** A password-protected xlsx: an OLE2 container holding EncryptionInfo and EncryptedPackage. */
    static Path encryptedXlsx(Path dir) throws Exception {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("Secret").createRow(0).createCell(0).setCellValue("x");
            wb.write(plain);
        }
        Path file = dir.resolve("protege.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("motdepasse");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(plain.toByteArray());
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        return file;
    }

    static final String ODS_NS = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            + " xmlns:calcext=\"urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0\""
            + " office:version=\"1.3\"";

    /** content.xml around the given tables. */
    static String odsContent(String tables) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content " + ODS_NS
                + "><office:body><office:spreadsheet>" + tables + "</office:spreadsheet></office:body></office:document-content>";
    }

    static String manifest(boolean encrypted) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
                + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\">"
                + (encrypted ? "<manifest:encryption-data manifest:checksum-type=\"SHA1/1K\" manifest:checksum=\"AA==\">"
                        + "<manifest:algorithm manifest:algorithm-name=\"Blowfish CFB\" manifest:initialisation-vector=\"AA==\"/>"
                        + "</manifest:encryption-data>" : "")
                + "</manifest:file-entry></manifest:manifest>";
    }

    /** An .ods as LibreOffice lays it out: mimetype first and stored, then the manifest and content. */
    static Path ods(Path file, String contentXml, boolean encrypted) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("META-INF/manifest.xml", manifest(encrypted));
        entries.put("content.xml", contentXml);
        return zip(file, "application/vnd.oasis.opendocument.spreadsheet", entries);
    }

    static Path zip(Path file, String mimetype, Map<String, String> entries) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            if (mimetype != null) {
                byte[] m = mimetype.getBytes(StandardCharsets.US_ASCII);
                ZipEntry e = new ZipEntry("mimetype");
                e.setMethod(ZipEntry.STORED);
                e.setSize(m.length);
                CRC32 crc = new CRC32();
                crc.update(m);
                e.setCrc(crc.getValue());
                zip.putNextEntry(e);
                zip.write(m);
                zip.closeEntry();
            }
            for (Map.Entry<String, String> en : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(en.getKey()));
                zip.write(en.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    static String cell(String type, String attrs, String text) {
        return "<table:table-cell" + (type == null ? "" : " office:value-type=\"" + type + "\"") + attrs + ">"
                + (text == null ? "" : "<text:p>" + text + "</text:p>") + "</table:table-cell>";
    }

    static String row(String attrs, String... cells) {
        return "<table:table-row" + attrs + ">" + String.join("", cells) + "</table:table-row>";
    }
}
