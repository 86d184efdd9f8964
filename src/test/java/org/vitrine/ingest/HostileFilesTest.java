package org.vitrine.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.vitrine.config.InputLimits;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.model.RawCell;

/** Files built to hurt: zip bombs, XXE, broken XML, sinks that throw. */
class HostileFilesTest {

    private static final InputLimits SMALL_UNZIP = new InputLimits(1L << 30, 1_000_000, 1000, 50_000);

    @TempDir
    Path dir;

    @Test
    void xlsxLargerThanTheUnzipLimitIsAZipBomb() throws Exception {
        Path file = Fixtures.simpleXlsx(dir.resolve("gros.xlsx"), 5_000);
        ReadFailure f = assertThrows(ReadFailure.class, () -> new XlsxReader().read(file, SMALL_UNZIP, new RecordingSink()));
        assertEquals("ingest.zip_bomb", f.key());
    }

    @Test
    void zipLyingAboutItsSizesIsStillCaught() throws Exception {
        Path file = Fixtures.simpleXlsx(dir.resolve("menteur.xlsx"), 5_000);
        Files.write(file, declareTinySizes(Files.readAllBytes(file)));
        ReadFailure f = assertThrows(ReadFailure.class, () -> new XlsxReader().read(file, SMALL_UNZIP, new RecordingSink()));
        assertEquals("ingest.zip_bomb", f.key());
    }

    @Test
    void odsLargerThanTheUnzipLimitIsAZipBomb() throws Exception {
        String rows = Fixtures.row("", Fixtures.cell("string", "", "x".repeat(100))).repeat(1000);
        Path file = Fixtures.ods(dir.resolve("gros.ods"), Fixtures.odsContent("<table:table table:name=\"S\">" + rows + "</table:table>"), false);
        ReadFailure f = assertThrows(ReadFailure.class, () -> new OdsReader().read(file, SMALL_UNZIP, new RecordingSink()));
        assertEquals("ingest.zip_bomb", f.key());
    }

    @Test
    void externalEntityInOdsIsNeverResolved() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "MOT-DE-PASSE-ROOT");
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE office:document-content [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + Fixtures.odsContent("<table:table table:name=\"S\">"
                        + Fixtures.row("", Fixtures.cell("string", "", "avant &xxe; après")) + "</table:table>")
                        .replaceFirst("<\\?xml[^>]*>\\n", "");
        Path file = Fixtures.ods(dir.resolve("xxe.ods"), content, false);
        RecordingSink sink = new RecordingSink();
        try {
            new OdsReader().read(file, InputLimits.defaults(), sink);
        } catch (ReadFailure e) {
            assertEquals("ingest.corrupt", e.key());
        }
        for (RecordingSink.Row r : sink.rows) {
            for (RawCell c : r.cells()) {
                assertFalse(c != null && c.text().contains("MOT-DE-PASSE"), "entity expanded: " + c);
            }
        }
    }

    @Test
    void malformedSheetXmlIsCorruptWithTheLibraryMessage() throws Exception {
        Path file = Fixtures.ods(dir.resolve("casse.ods"), Fixtures.odsContent("<table:table table:name=\"S\"><table:table-row>"), false);
        ReadFailure f = assertThrows(ReadFailure.class, () -> new OdsReader().read(file, InputLimits.defaults(), new RecordingSink()));
        assertEquals("ingest.corrupt", f.key());
        assertTrue(f.args().length == 1 && !f.args()[0].toString().isBlank());
    }

    @Test
    void sinkExceptionsPropagateUnchangedFromEveryReader() throws Exception {
        IllegalArgumentException boom = new IllegalArgumentException("sink");
        Path csv = Files.writeString(dir.resolve("a.csv"), "a;b\n1;2\n", StandardCharsets.UTF_8);
        Path ods = Fixtures.ods(dir.resolve("a.ods"), Fixtures.odsContent("<table:table table:name=\"S\">"
                + Fixtures.row("", Fixtures.cell("string", "", "x")) + "</table:table>"), false);
        for (Path p : List.of(csv, ods, Fixtures.xls(dir, "a.xls"), Fixtures.xlsx(dir, "a.xlsx"))) {
            RowSink failing = new RecordingSink() {
                @Override
                public void row(int rowNumber, List<RawCell> cells) {
                    throw boom;
                }
            };
            assertSame(boom, assertThrows(IllegalArgumentException.class, () -> SpreadsheetReaders.read(p, InputLimits.defaults(), failing)));
        }
    }

    @Test
    void readThroughTheFacadeSniffsFirst() throws Exception {
        Path misnamed = Fixtures.ods(dir.resolve("vrai-ods.xlsx"), Fixtures.odsContent("<table:table table:name=\"S\">"
                + Fixtures.row("", Fixtures.cell("string", "", "x")) + "</table:table>"), false);
        RecordingSink sink = new RecordingSink();
        assertEquals(FileKind.ODS, SpreadsheetReaders.read(misnamed, InputLimits.defaults(), sink));
        assertEquals("x", sink.row("S", 1).text(0));
        assertEquals("ingest.not_spreadsheet", assertThrows(ReadFailure.class, () -> SpreadsheetReaders.read(
                Fixtures.zip(dir.resolve("z.xlsx"), null, Map.of("a.txt", "a")), InputLimits.defaults(), sink)).key());
    }

    /** Rewrites every central-directory entry to declare 10 uncompressed bytes. */
    private static byte[] declareTinySizes(byte[] zip) {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 46 <= zip.length; i++) {
            if (b.getInt(i) == 0x02014b50) {
                b.putInt(i + 24, 10);
            }
        }
        return zip;
    }
}
