package org.vitrine.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.vitrine.config.InputLimits;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSnifferTest {

    @TempDir
    Path dir;

    private String failureKey(Path file) {
        return assertThrows(ReadFailure.class, () -> FileSniffer.sniff(file)).key();
    }

    @Test
    void recognisesEachFormatFromItsBytesNotItsName() throws Exception {
        assertEquals(FileKind.XLSX, FileSniffer.sniff(Fixtures.xlsx(dir, "classeur.csv")));
        assertEquals(FileKind.XLS, FileSniffer.sniff(Fixtures.xls(dir, "ancien.xlsx")));
        assertEquals(FileKind.ODS, FileSniffer.sniff(Fixtures.ods(dir.resolve("calc.xls"), Fixtures.odsContent(""), false)));
        assertEquals(FileKind.CSV, FileSniffer.sniff(Files.writeString(dir.resolve("texte.xlsx"), "Objet;Montant\nA;1\n")));
    }

    @Test
    void emptyFile() throws Exception {
        assertEquals("ingest.empty", failureKey(Files.write(dir.resolve("vide.xlsx"), new byte[0])));
    }

    @Test
    void tooLargeIsCheckedBeforeAnythingElse() throws Exception {
        Path file = Files.write(dir.resolve("gros.csv"), new byte[2048]);
        ReadFailure f = assertThrows(ReadFailure.class, () -> FileSniffer.sniff(file, new InputLimits(1024, 10, 10, 10)));
        assertEquals("ingest.too_large", f.key());
    }

    @Test
    void binaryGarbageIsNotASpreadsheet() throws Exception {
        byte[] bytes = new byte[10_000];
        new Random(42).nextBytes(bytes);
        bytes[0] = 0x13; // not a known signature
        assertEquals("ingest.not_spreadsheet", failureKey(Files.write(dir.resolve("bruit.xlsx"), bytes)));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertEquals("ingest.not_spreadsheet", failureKey(Files.write(dir.resolve("image.xls"), png)));
    }

    @Test
    void htmlSavedAsXls() throws Exception {
        assertEquals("ingest.html_disguised", failureKey(Files.writeString(dir.resolve("export.xls"),
                "\uFEFF  \r\n<!DOCTYPE html><html><body><table><tr><td>Objet</td></tr></table></body></html>")));
        assertEquals("ingest.html_disguised", failureKey(Files.writeString(dir.resolve("table.xls"), "<table><tr><td>x</td></tr></table>")));
    }

    @Test
    void xmlSpreadsheet2003IsNamedAsUnsupported() throws Exception {
        Path file = Files.writeString(dir.resolve("vieux.xls"), "<?xml version=\"1.0\"?>\n<?mso-application progid=\"Excel.Sheet\"?>\n"
                + "<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\"></Workbook>");
        assertEquals("ingest.unsupported", failureKey(file));
    }

    @Test
    void passwordProtectedXlsx() throws Exception {
        assertEquals("ingest.encrypted", failureKey(Fixtures.encryptedXlsx(dir)));
    }

    @Test
    void ole2FileThatIsNotAWorkbook() throws Exception {
        Path file = dir.resolve("lettre.xls");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), "WordDocument");
            fs.writeFilesystem(out);
        }
        assertEquals("ingest.not_spreadsheet", failureKey(file));
    }

    @Test
    void zipThatIsNotASpreadsheet() throws Exception {
        Path docx = Fixtures.zip(dir.resolve("note.xlsx"), null, Map.of("[Content_Types].xml", "<Types/>", "word/document.xml", "<w/>"));
        assertEquals("ingest.not_spreadsheet", failureKey(docx));
        Path odt = Fixtures.zip(dir.resolve("texte.ods"), "application/vnd.oasis.opendocument.text", Map.of("content.xml", "<x/>"));
        assertEquals("ingest.not_spreadsheet", failureKey(odt));
    }

    @Test
    void truncatedXlsxFailsCleanly() throws Exception {
        byte[] full = Files.readAllBytes(Fixtures.xlsx(dir, "entier.xlsx"));
        Path cut = Files.write(dir.resolve("coupe.xlsx"), Arrays.copyOf(full, full.length / 2));
        assertTrue(Set.of("ingest.corrupt", "ingest.not_spreadsheet").contains(failureKey(cut)));
        ReadFailure f = assertThrows(ReadFailure.class, () -> new XlsxReader().read(cut, InputLimits.defaults(), new RecordingSink()));
        assertEquals("ingest.corrupt", f.key());
    }

    @Test
    void textEncodingsAreDetected() {
        assertEquals(StandardCharsets.UTF_8, TextEncoding.detect("é;€".getBytes(StandardCharsets.UTF_8)).charset());
        assertEquals(TextEncoding.WINDOWS_1252, TextEncoding.detect("é;€".getBytes(TextEncoding.WINDOWS_1252)).charset());
        assertEquals(StandardCharsets.UTF_16LE, TextEncoding.detect("Objet;Montant".getBytes(StandardCharsets.UTF_16LE)).charset());
        assertEquals(StandardCharsets.UTF_16BE, TextEncoding.detect("Objet;Montant".getBytes(StandardCharsets.UTF_16BE)).charset());
        assertEquals(2, TextEncoding.detect(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, 'a'}).bomLength());
    }
}
