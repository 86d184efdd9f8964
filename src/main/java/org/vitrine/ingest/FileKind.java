package org.vitrine.ingest;

/** The spreadsheet formats Vitrine reads, as decided by {@link FileSniffer} from the file's bytes. */
public enum FileKind { XLSX, XLS, ODS, CSV }
