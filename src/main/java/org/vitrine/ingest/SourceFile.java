package org.vitrine.ingest;

import java.nio.file.Path;

/** A file of a spreadsheets source, with the name shown to users (relative to the source folder). */
public record SourceFile(String source, Path path, String name) {
}
