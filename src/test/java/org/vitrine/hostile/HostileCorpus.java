package org.vitrine.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The broken and hostile input corpus: the readable text files committed under
 * src/test/resources/hostile/spreadsheets/, plus the binary ones and the file names Windows cannot
 * hold, generated here so each shows what it contains. Sizes stay small: the corpus configuration
 * uses small input limits (see {@link CorpusRun}); the giant files are {@link GiantFiles}.
 */
final class HostileCorpus {

    static final Path COMMITTED = Path.of("src/test/resources/hostile/spreadsheets");
    /** A text only the XXE file points at: it must never be read into any output. */
    static final String XXE_SECRET = "XXE-SECRET-HOSTILE";
    static final String[] HEADERS = {"Acheteur", "Référence", "Objet", "Code CPV", "Montant estimé", "Lancement"};

    private HostileCorpus() {
    }

    /** Writes the whole corpus into {@code dir}; {@code secret} is the file the XXE entity names. */
    static void write(Path dir, Path secret) throws Exception {
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(COMMITTED)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        Files.writeString(secret, XXE_SECRET);
        String oneRow = csv(new String[] {"ville-beaumont-sur-saone", "NOM-RESERVE", "Entretien des espaces verts", "77310000-6",
            "25 000", "T2 2027"});
        // File names Windows reserves or reads as paths: legal here, never used to build an output path.
        for (String name : new String[] {"CON.csv", "nul.xlsx.csv", "..\\..\\evasion.csv", "aux", "LPT1.txt"}) {
            Files.writeString(dir.resolve(name), oneRow.replace("NOM-RESERVE", "FICHIER-" + name.replaceAll("[^A-Za-z0-9]", "")),
                    StandardCharsets.UTF_8);
        }
        Files.write(dir.resolve("unicode-utf16.csv"), utf16(oneRow.replace("NOM-RESERVE", "UTF16-1")
                .replace("Entretien des espaces verts", "Entretien des espaces verts — été œuvre")));
        Files.write(dir.resolve("binaire.csv"), garbage(64 * 1024));
        Files.write(dir.resolve("trop-gros.csv"), padded(oneRow, CorpusRun.MAX_FILE_BYTES + 1024));
        Files.writeString(dir.resolve("trop-de-lignes.csv"), manyRows(CorpusRun.MAX_ROWS + 10), StandardCharsets.UTF_8);
        byte[] good = formulasWorkbook();
        Files.write(dir.resolve("formules-et-types.xlsx"), good);
        Files.write(dir.resolve("tronque.xlsx"), Arrays.copyOf(good, good.length / 2));
        Files.write(dir.resolve("protege.xlsx"), encrypted(good));
        Files.write(dir.resolve("bombe.xlsx"), ZipBombs.xlsx(300L << 20, false));
        Files.write(dir.resolve("bombe-tailles-mensongeres.xlsx"), ZipBombs.xlsx(300L << 20, true));
        Files.write(dir.resolve("xxe.xlsx"), withXxe(good, secret));
        Files.write(dir.resolve("milliard-de-rires.xlsx"), withDoctype(good, LAUGHS, "&lol9;"));
        Files.write(dir.resolve("sans-entete.xlsx"), noHeaderWorkbook());
        try (OutputStream out = Files.newOutputStream(dir.resolve("cellule-geante.xlsx"))) {
            ZipBombs.giantCell(out, 2L << 20);
        }
    }

    static String csv(String[]... rows) {
        StringBuilder b = new StringBuilder(String.join(";", HEADERS)).append("\r\n");
        for (String[] r : rows) {
            b.append(String.join(";", r)).append("\r\n");
        }
        return b.toString();
    }

    /** Excel's "Unicode text": UTF-16LE with a BOM, tab-separated. */
    private static byte[] utf16(String csv) {
        byte[] body = csv.replace(';', '\t').getBytes(StandardCharsets.UTF_16LE);
        byte[] out = new byte[body.length + 2];
        out[0] = (byte) 0xFF;
        out[1] = (byte) 0xFE;
        System.arraycopy(body, 0, out, 2, body.length);
        return out;
    }

    private static byte[] garbage(int n) {
        byte[] b = new byte[n];
        new Random(42).nextBytes(b);
        b[0] = 'A'; // not a known signature: only the bytes tell it is no text
        return b;
    }

    /** A valid CSV made larger than the limit by a long description-free tail of comment-like rows. */
    private static byte[] padded(String csv, long size) {
        StringBuilder b = new StringBuilder(csv);
        String filler = "ville-beaumont-sur-saone;;;;;\r\n";
        while (b.length() < size) {
            b.append(filler);
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String manyRows(int rows) {
        StringBuilder b = new StringBuilder(String.join(";", HEADERS)).append("\r\n");
        for (int i = 1; i <= rows; i++) {
            b.append("ville-beaumont-sur-saone;LIGNE-").append(i).append(";Fournitures de bureau lot ").append(i)
                    .append(";30192000-1;").append(1000 + i).append(";T3 2027\r\n");
        }
        return b.toString();
    }

    /**
     * Row-level failures in typed cells: formulas that error (#DIV/0!, #REF!), a formula with no cached
     * value, a boolean launch, a date as amount, a number CPV, an absurd number, a past date cell.
     */
    static byte[] formulasWorkbook() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Prévisions");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Row h = s.createRow(0);
            for (int i = 0; i < HEADERS.length; i++) {
                h.createCell(i).setCellValue(HEADERS[i]);
            }
            int r = 1;
            r = typed(s, r, "XLSX-VALIDE", c -> { });
            r = typed(s, r, "XLSX-DIV0", c -> c.getRow().getCell(4).setCellFormula("1/0"));
            r = typed(s, r, "XLSX-REF", c -> c.getRow().getCell(3).setCellErrorValue(FormulaError.REF.getCode()));
            r = typed(s, r, "XLSX-SANS-VALEUR", c -> {
                // a fresh cell: on the text cell, POI would keep "12000" as the formula's cached value
                c.getRow().removeCell(c.getRow().getCell(4));
                c.getRow().createCell(4).setCellFormula("E2*2");
            });
            r = typed(s, r, "XLSX-BOOLEEN", c -> c.getRow().getCell(5).setCellValue(true));
            r = typed(s, r, "XLSX-DATE-MONTANT", c -> {
                c.getRow().getCell(4).setCellValue(java.time.LocalDate.of(2027, 3, 1));
                c.getRow().getCell(4).setCellStyle(date);
            });
            r = typed(s, r, "XLSX-CPV-NOMBRE", c -> c.getRow().getCell(3).setCellValue(30213100));
            r = typed(s, r, "XLSX-1E30", c -> c.getRow().getCell(4).setCellValue(1e30));
            r = typed(s, r, "XLSX-NEGATIF", c -> c.getRow().getCell(4).setCellValue(-1));
            r = typed(s, r, "XLSX-1900", c -> {
                c.getRow().getCell(5).setCellValue(java.time.LocalDate.of(1900, 1, 1));
                c.getRow().getCell(5).setCellStyle(date);
            });
            r = typed(s, r, "XLSX-9999", c -> c.getRow().getCell(5).setCellValue(9999));
            typed(s, r, "XLSX-OBJET-NOMBRE", c -> c.getRow().getCell(2).setCellValue(42));
            // Only the #DIV/0! formula gets its cached result; B2*2 keeps none, as some programs write it.
            var ev = wb.getCreationHelper().createFormulaEvaluator();
            ev.evaluateFormulaCell(s.getRow(2).getCell(4));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    private interface CellEdit {
        void edit(org.apache.poi.ss.usermodel.Cell first);
    }

    private static int typed(Sheet s, int r, String ref, CellEdit edit) {
        Row row = s.createRow(r);
        String[] v = {"chu-beaumont", ref, "Matériel " + ref, "30213100-6", "12000", "avril 2027"};
        for (int i = 0; i < v.length; i++) {
            row.createCell(i).setCellValue(v[i]);
        }
        edit.edit(row.getCell(0));
        return r + 1;
    }

    private static byte[] encrypted(byte[] plain) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("motdepasse");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(plain);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** The same workbook with a DOCTYPE declaring an external entity in its shared strings and first sheet. */
    private static byte[] withXxe(byte[] xlsx, Path secret) throws IOException {
        return withDoctype(xlsx, "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>", "&xxe;");
    }

    /** "Billion laughs": ten entities each ten times the one before, 10^9 "lol" from &lol9;. */
    private static final String LAUGHS = laughs();

    private static String laughs() {
        StringBuilder d = new StringBuilder("<!DOCTYPE x [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            d.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        return d.append("]>").toString();
    }

    /** The same workbook with this DOCTYPE in its shared strings and first sheet, and {@code ref} in a cell. */
    private static byte[] withDoctype(byte[] xlsx, String doctype, String ref) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(xlsx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                String name = e.getName();
                if (name.equals("xl/sharedStrings.xml") || name.equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    xml = xml.replaceFirst("\\?>", "?>" + doctype).replace("Matériel XLSX-VALIDE", "Matériel " + ref);
                    data = xml.getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(name));
                zip.write(data);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** A workbook whose table starts with figures: no row has two recognised headers. */
    private static byte[] noHeaderWorkbook() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Chiffres");
            for (int r = 0; r < 60; r++) {
                Row row = s.createRow(r);
                row.createCell(0).setCellValue(2027);
                row.createCell(1).setCellValue(1000.0 * r);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }
}
