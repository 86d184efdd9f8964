package org.vitrine.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.vitrine.config.InputLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsValuesTypesMergesAndHiddenRowsOfEverySheet() throws Exception {
        Path file = Fixtures.xls(dir, "besoins.xls");
        assertEquals(FileKind.XLS, FileSniffer.sniff(file));
        RecordingSink sink = new RecordingSink();
        new XlsReader().read(file, InputLimits.defaults(), sink);
        WorkbookExpectations.assertWorkbook(sink);
    }

    @Test
    void truncatedXlsIsCorruptNotAStackTrace() throws Exception {
        Path full = Fixtures.xls(dir, "entier.xls");
        byte[] bytes = Files.readAllBytes(full);
        Path cut = Files.write(dir.resolve("coupe.xls"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        ReadFailure f = assertThrows(ReadFailure.class, () -> new XlsReader().read(cut, InputLimits.defaults(), new RecordingSink()));
        assertEquals("ingest.corrupt", f.key());
    }
}
