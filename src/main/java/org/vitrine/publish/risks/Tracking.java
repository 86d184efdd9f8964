package org.vitrine.publish.risks;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.vitrine.messages.Messages;
import org.vitrine.config.Fold;

/**
 * What staff recorded about the risk items, read from the tracking file of config/risks.yaml (default
 * config/suivi-risques.csv): internal/risks.csv with its Responsable, Échéance, Statut, Motif and Clé columns filled
 * in. A status applies to the item of its key (need or anchor id, code, hash of the figures): when the figures
 * change the item comes back « à faire », so an item marked écarté stays hidden only while its figures are the
 * same. The owner and a due date given by staff carry over to the same need and code whatever the figures.
 */
public final class Tracking {

    /** The statuses of docs/RISKS.md §6. */
    public enum Status { todo, done, dismissed }

    /** One item's record: owner, due date (null: computed), status, reason (for écarté). */
    public record Entry(String owner, LocalDate due, Status status, String reason) {
    }

    private static final Entry NONE = new Entry("", null, Status.todo, "");
    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("d/M/uuuu");

    private final Map<String, Entry> byKey = new HashMap<>();
    private final Map<String, Entry> byNeedAndCode = new HashMap<>();

    private Tracking() {
    }

    public static Tracking empty() {
        return new Tracking();
    }

    /** Reads the file when there is one; a line that cannot be used is reported through {@code warn} and skipped. */
    public static Tracking read(Path file, Messages m, Consumer<String> warn) {
        Tracking t = new Tracking();
        if (file == null || !Files.isRegularFile(file)) {
            return t;
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Reader body = new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text);
            CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                    .setAllowMissingColumnNames(true).setIgnoreEmptyLines(true).get();
            var parser = format.parse(body);
            Map<String, String> columns = columns(parser.getHeaderNames());
            if (!columns.containsKey("key")) {
                warn.accept(m.get("risks.tracking.no_key", file.getFileName().toString()));
                return t;
            }
            for (CSVRecord rec : parser) {
                String key = value(rec, columns, "key");
                if (key.isEmpty()) {
                    continue;
                }
                String statusText = value(rec, columns, "status");
                Status status = status(statusText);
                if (status == null) {
                    warn.accept(m.get("risks.tracking.bad_status", file.getFileName().toString(), rec.getRecordNumber() + 1, statusText));
                    status = Status.todo;
                }
                String dueText = value(rec, columns, "due");
                LocalDate due = date(dueText);
                if (due == null && !dueText.isEmpty()) {
                    warn.accept(m.get("risks.tracking.bad_date", file.getFileName().toString(), rec.getRecordNumber() + 1, dueText));
                }
                Entry e = new Entry(value(rec, columns, "owner"), due, status, value(rec, columns, "reason"));
                t.byKey.put(key, e);
                int cut = key.lastIndexOf('|');
                if (cut > 0) {
                    t.byNeedAndCode.put(key.substring(0, cut), e);
                }
            }
        } catch (IOException | RuntimeException e) {
            warn.accept(m.get("risks.tracking.unreadable", file.getFileName().toString(), String.valueOf(e.getMessage())));
        }
        return t;
    }

    /** The record of an item: its own (same figures), else the owner and due date of the same need and code. */
    public Entry of(String key) {
        Entry e = byKey.get(key);
        if (e != null) {
            return e;
        }
        int cut = key.lastIndexOf('|');
        Entry before = cut > 0 ? byNeedAndCode.get(key.substring(0, cut)) : null;
        return before == null ? NONE : new Entry(before.owner(), before.due(), Status.todo, "");
    }

    /** The column of each field, found by its header in French or English (case and accents ignored). */
    private static Map<String, String> columns(java.util.List<String> headers) {
        Map<String, String> out = new HashMap<>();
        for (String h : headers) {
            String f = Fold.fold(h);
            String field = switch (f) {
                case "cle", "key" -> "key";
                case "responsable", "owner" -> "owner";
                case "echeance", "due", "due date" -> "due";
                case "statut", "status" -> "status";
                case "motif", "reason" -> "reason";
                default -> null;
            };
            if (field != null) {
                out.putIfAbsent(field, h);
            }
        }
        return out;
    }

    private static String value(CSVRecord rec, Map<String, String> columns, String field) {
        String h = columns.get(field);
        return h == null || !rec.isMapped(h) || !rec.isSet(h) ? "" : rec.get(h).strip();
    }

    static Status status(String text) {
        return switch (Fold.fold(text)) {
            case "", "a faire", "todo", "to do" -> Status.todo;
            case "fait", "faite", "done" -> Status.done;
            case "ecarte", "ecartee", "dismissed" -> Status.dismissed;
            default -> null;
        };
    }

    private static LocalDate date(String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return text.contains("/") ? LocalDate.parse(text, FRENCH) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
