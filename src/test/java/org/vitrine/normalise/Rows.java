package org.vitrine.normalise;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.vitrine.camel.Normalisers;
import org.vitrine.config.ConfigLoader;
import org.vitrine.context.Run;
import org.vitrine.messages.Messages;
import org.vitrine.model.Location;
import org.vitrine.model.RawCell;
import org.vitrine.model.RawRecord;

/** One spreadsheet row through the run's normaliser, for tests: a sound need, with the cells a test sets or replaces. */
public final class Rows {

    private Rows() {
    }

    /** The shipped config, forecast 2027, edition of 26 November 2026, French messages. */
    public static Run run() throws Exception {
        return run(LocalDate.of(2026, 11, 26));
    }

    public static Run run(LocalDate edition) throws Exception {
        return new Run(ConfigLoader.load(Path.of("config")), Messages.of("fr"), 2027, edition);
    }

    /** The CHU's cleaning of 120 000 € launched in T2 2027 (row 6 of f.xlsx), with {@code cells} over it. */
    public static Normaliser.Result normalise(Run run, Map<String, String> cells) {
        Map<String, RawCell> f = new LinkedHashMap<>();
        f.put("buyer", RawCell.text("chu-beaumont"));
        f.put("title", RawCell.text("Nettoyage des locaux"));
        f.put("cpv", RawCell.text("90919200-4"));
        f.put("amount", RawCell.text("120 000"));
        f.put("launch", RawCell.text("T2 2027"));
        cells.forEach((k, v) -> f.put(k, RawCell.text(v)));
        return Normalisers.forRun(run).normalise(new RawRecord(new Location("s", "f.xlsx", "S", 6), f, Map.of()));
    }

    /** {@link #normalise}, with typed cells (a date cell and its display) over the sound need. */
    public static Normaliser.Result normaliseCells(Run run, Map<String, RawCell> cells) {
        Map<String, RawCell> f = new LinkedHashMap<>();
        f.put("buyer", RawCell.text("chu-beaumont"));
        f.put("title", RawCell.text("Nettoyage des locaux"));
        f.put("cpv", RawCell.text("90919200-4"));
        f.put("amount", RawCell.text("120 000"));
        f.put("launch", RawCell.text("T2 2027"));
        f.putAll(cells);
        return Normalisers.forRun(run).normalise(new RawRecord(new Location("s", "f.xlsx", "S", 6), f, Map.of()));
    }
}
