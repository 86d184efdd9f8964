package org.vitrine.config;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything read from the config folder, checked and ready to use. {@code questionColumns}: the
 * headers of the {@code qa} sources' sheets (null when columns.yaml has no {@code questions} table).
 */
public record Config(Path dir, VitrineConfig vitrine, List<SourceConfig> sources, ColumnMap columns,
        ColumnMap questionColumns, Buyers buyers, RiskSettings risks, List<String> precedence) {

    /** A source's rank for cross-source duplicates: its place in {@code precedence}, else in {@code sources}. */
    public int rank(String source) {
        int i = precedence.indexOf(source);
        if (i >= 0) {
            return i;
        }
        for (int j = 0; j < sources.size(); j++) {
            if (sources.get(j).name().equals(source)) {
                return precedence.size() + j;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** A source's folder, resolved against the config folder. */
    public Path folderOf(SourceConfig source) {
        return dir.resolve(source.folder()).normalize();
    }

    public InputLimits limits() {
        InputLimits d = InputLimits.defaults();
        VitrineConfig.Limits l = vitrine.limits();
        if (l == null) {
            return d;
        }
        return new InputLimits(
                l.maxFileBytes() != null ? l.maxFileBytes() : d.maxFileBytes(),
                l.maxRowsPerSheet() != null ? l.maxRowsPerSheet() : d.maxRowsPerSheet(),
                l.maxCellChars() != null ? l.maxCellChars() : d.maxCellChars(),
                l.maxUnzippedBytes() != null ? l.maxUnzippedBytes() : d.maxUnzippedBytes());
    }
}
