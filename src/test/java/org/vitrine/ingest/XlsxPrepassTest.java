package org.vitrine.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The prepass reads merges and bounds cells the same in a UTF-8 sheet (byte scan) and a UTF-16 one (StAX). */
class XlsxPrepassTest {

    @TempDir
    Path dir;

    private Path xlsx(String name, Charset charset, String cell) throws Exception {
        String rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>";
        String encoding = charset == StandardCharsets.UTF_8 ? "UTF-8" : "UTF-16";
        String sheet = "<?xml version=\"1.0\" encoding=\"" + encoding + "\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + cell + "</t></is></c></row></sheetData>"
                + "<mergeCells count=\"1\"><mergeCell ref=\"A1:C2\"/></mergeCells></worksheet>";
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/_rels/workbook.xml.rels"));
            zip.write(rels.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] bytes = sheet.getBytes(charset); // Java's UTF-16 writes a byte-order mark
            zip.write(bytes);
            zip.closeEntry();
        }
        return file;
    }

    private static List<int[]> merges(Path file) throws Exception {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return XlsxPrepass.scan(zip, 1L << 30, 100).merges("rId1");
        }
    }

    @Test
    void sameMergesInUtf8AndUtf16() throws Exception {
        for (Charset cs : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16)) {
            List<int[]> m = merges(xlsx("m-" + cs.name() + ".xlsx", cs, "Nettoyage"));
            assertEquals(1, m.size(), cs.name());
            assertArrayEquals(new int[] {1, 2, 0, 2}, m.get(0), cs.name());
        }
    }

    @Test
    void aHugeCellIsRefusedInUtf8AndUtf16() throws Exception {
        String huge = "x".repeat(XlsxPrepass.MAX_CELL_XML_CHARS + 1);
        for (Charset cs : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16)) {
            Path file = xlsx("h-" + cs.name() + ".xlsx", cs, huge);
            ReadFailure e = assertThrows(ReadFailure.class, () -> merges(file), cs.name());
            assertEquals("ingest.huge_cell", e.key());
        }
    }
}
