package org.vitrine.ingest;

import org.vitrine.config.InputLimits;
import java.nio.file.Path;

/** Picks the reader for a file kind, or sniffs and reads in one call. */
public final class SpreadsheetReaders {

    private SpreadsheetReaders() {
    }

    public static SpreadsheetReader forKind(FileKind kind) {
        return switch (kind) {
            case XLSX -> new XlsxReader();
            case XLS -> new XlsReader();
            case ODS -> new OdsReader();
            case CSV -> new CsvReader();
        };
    }

    /** Sniffs the file's format from its bytes, then streams it into the sink; returns the kind read. */
    public static FileKind read(Path file, InputLimits limits, RowSink sink) throws ReadFailure {
        FileKind kind = FileSniffer.sniff(file, limits);
        forKind(kind).read(file, limits, sink);
        return kind;
    }
}
