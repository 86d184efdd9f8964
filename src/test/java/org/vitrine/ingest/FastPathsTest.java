package org.vitrine.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vitrine.config.Fold;

/** The shortcuts taken on every row give the answers of the full checks. */
class FastPathsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Total|true", "  TOTAL général|true", "Sous-total|true", "sous total lot 2|true", "Somme|true",
        "Montant total|true", "Śomme|true", "Totalement neuf|false", "Titre|false", "Mobilier|false",
        "Œuvre|false", "123 total|false", "-- total|true", "Nettoyage|false", "'  '|false",
    })
    void totalLabelsAsTheFoldedPatternSaysIncludingTheShortcut(String text, boolean expected) {
        assertEquals(expected, RecordAssembler.isTotalLabel(text));
        boolean full = Fold.fold(text).matches("^(sous )?total\\b.*|^somme\\b.*|^montant total\\b.*");
        assertEquals(full, RecordAssembler.isTotalLabel(text), text);
    }

    @Test
    void mergeScanFindsTheTagAnywhereEvenAcrossReadBuffers() throws IOException {
        String rows = "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>".repeat(3_000); // > 64 KiB
        assertEquals(false, scan(sheet(rows, "")));
        assertEquals(true, scan(sheet(rows, "<mergeCells count=\"1\"><mergeCell ref=\"A1:B1\"/></mergeCells>")));
        // "mergeCell" split by the 65,536-byte read buffer.
        String head = "<worksheet>";
        String pad = "x".repeat(65_536 - head.length() - 4);
        assertEquals(true, scan((head + pad + "<x:mergeCell ref=\"A1:B2\"/></worksheet>").getBytes(StandardCharsets.UTF_8)));
        assertEquals(false, scan((head + pad + "<x:mergeCel ref=\"A1:B2\"/></worksheet>").getBytes(StandardCharsets.UTF_8)));
        // Not ASCII-compatible: parsed in full, whatever the bytes say.
        assertEquals(true, scan("<worksheet/>".getBytes(StandardCharsets.UTF_16)));
    }

    private static byte[] sheet(String rows, String merges) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet><sheetData>" + rows + "</sheetData>" + merges
                + "</worksheet>").getBytes(StandardCharsets.UTF_8);
    }

    private static boolean scan(byte[] bytes) throws IOException {
        return XlsxPrepass.mayHaveMerges(new ByteArrayInputStream(bytes));
    }
}
