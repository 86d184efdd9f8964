package org.vitrine.bench;

import java.io.Closeable;
import java.io.IOException;

/**
 * Streams the rows of one synthetic buyer file. A cell is a {@link String}, a {@link Long} (number
 * cell), a {@link java.time.LocalDate} (date cell) or {@code null} (empty); each format renders them
 * as a buyer's program would.
 */
interface SheetWriter extends Closeable {

    void row(Object[] cells) throws IOException;
}
