package org.vitrine.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Conservation counts for one file: rows read = published + internal-only + duplicates merged +
 * rejected. Blank and summary rows are counted apart and are not rows; warnings are lines, not rows.
 */
@JsonPropertyOrder({"source", "file", "rowsRead", "published", "internalOnly", "duplicates", "rejected",
    "blankRows", "summaryRows", "lotRows", "warnings", "fileRejected"})
public final class FileCounts {

    public String source;
    public String file;
    public long rowsRead;
    public long published;
    public long internalOnly;
    public long duplicates;
    public long rejected;
    public long blankRows;
    public long summaryRows;
    /** Rows of a sheet of lots: each describes a lot of a need, not a need. */
    public long lotRows;
    /** Warning lines (a field left empty, a value repaired): the row is still published. */
    public long warnings;
    public boolean fileRejected;

    public FileCounts() {
    }

    public FileCounts(String source, String file) {
        this.source = source;
        this.file = file;
    }

    public boolean balanced() {
        return rowsRead == published + internalOnly + duplicates + rejected;
    }

    public void add(FileCounts o) {
        rowsRead += o.rowsRead;
        published += o.published;
        internalOnly += o.internalOnly;
        duplicates += o.duplicates;
        rejected += o.rejected;
        blankRows += o.blankRows;
        summaryRows += o.summaryRows;
        warnings += o.warnings;
        lotRows += o.lotRows;
    }
}
