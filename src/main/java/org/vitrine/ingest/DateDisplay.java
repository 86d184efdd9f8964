package org.vitrine.ingest;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * A spreadsheet date cell as the buyer sees it in a French Excel: its own number format applied (« 15/10/2026 »,
 * « oct.-26 », « octobre 2026 »), so that a message quotes the cell as it looks (officer Z2: « Valeur lue » said
 * 2026-10-15 and 2026-10). The parsers keep reading the ISO text (RawCell#text); this is RawCell#display.
 */
final class DateDisplay {

    /**
     * Excel's built-in short date (format 14), written m/d/yy (POI) or mm-dd-yy (ECMA-376, fastexcel) but shown in the
     * reader's locale: dd/mm/yyyy in French (and its date-time, 22, with the time).
     */
    private static final java.util.List<String> SHORT_DATE = java.util.List.of("m/d/yy", "mm-dd-yy");
    private static final ThreadLocal<DataFormatter> FRENCH = ThreadLocal.withInitial(() -> new DataFormatter(Locale.FRANCE));
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    private DateDisplay() {
    }

    /** The display of {@code value} formatted {@code format}; the French day (or month) when the format is not one POI renders. */
    static String of(LocalDateTime value, String format, boolean month) {
        String f = format;
        for (String shortDate : SHORT_DATE) {
            if (f != null && f.startsWith(shortDate)) {
                f = "dd/mm/yyyy" + f.substring(shortDate.length());
            }
        }
        if (f != null) {
            try {
                // 14: any date format index, so that POI formats the value as a date with the format string given
                String shown = FRENCH.get().formatRawCellContents(DateUtil.getExcelDate(value), 14, f).strip();
                if (!shown.isEmpty()) {
                    return shown;
                }
            } catch (RuntimeException e) {
                // a locale tag or code POI does not render ([$-fr-FR]…): the French default below
            }
        }
        return value.format(month ? MONTH : DAY);
    }
}
