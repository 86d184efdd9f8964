package org.vitrine.bench;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;

/** Fixed zip entry times, so the same seed gives byte-identical files whenever and wherever written. */
final class BenchZip {

    /** Local date-time fields, as stored in a zip: no time zone enters the bytes. */
    static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2026, 11, 1, 0, 0);

    private BenchZip() {
    }

    static ZipEntry fixed(ZipEntry entry) {
        entry.setTimeLocal(ENTRY_TIME);
        return entry;
    }

    /**
     * commons-compress keeps its own time field, which wins over ZipEntry's, and turns it into DOS
     * fields in the default time zone: so give it the instant that is ENTRY_TIME in that zone.
     */
    static ZipArchiveEntry fixed(ZipArchiveEntry entry) {
        entry.setTime(ENTRY_TIME.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli());
        return entry;
    }
}
