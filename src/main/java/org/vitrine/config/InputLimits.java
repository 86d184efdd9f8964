package org.vitrine.config;

/** Input limits from config/vitrine.yaml: file size, rows per sheet, characters per cell, unzipped bytes. */
public record InputLimits(long maxFileBytes, int maxRowsPerSheet, int maxCellChars, long maxUnzippedBytes) {

    public static InputLimits defaults() {
        return new InputLimits(200L * 1024 * 1024, 100_000, 32_767, 2L * 1024 * 1024 * 1024);
    }
}
