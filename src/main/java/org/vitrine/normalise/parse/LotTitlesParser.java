package org.vitrine.normalise.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vitrine.model.Lot;
import org.vitrine.model.RawCell;

/** Reads the lots' titles written in one cell: "Lot 1 : Plomberie ; Lot 2 : Électricité", one per line, or "1. Plomberie". */
public final class LotTitlesParser {

    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:;|\\r?\\n|\\s\\|\\s)\\s*");
    private static final Pattern NUMBERED = Pattern.compile("^(?:lot\\s*(?:n[°o]\\s*)?)?(\\d{1,3})\\s*(?:[:.)–—-]\\s*|\\s+)(.+)$",
            Pattern.CASE_INSENSITIVE);

    private LotTitlesParser() {
    }

    /** The lots in the order written; a lot without a number takes its place in the list. */
    public static List<Lot> parse(RawCell cell, List<Repair> repairs) throws ParseError {
        String text = Text.of(cell, 5000);
        List<Lot> lots = new ArrayList<>();
        int position = 0;
        for (String item : SEPARATORS.split(cell.text().strip())) {
            String clean = Text.repaired(item, 500, repairs);
            if (clean.isEmpty()) {
                continue;
            }
            position++;
            Matcher m = NUMBERED.matcher(clean);
            if (m.matches()) {
                lots.add(new Lot(Integer.parseInt(m.group(1)), m.group(2).strip(), null, null, null));
            } else {
                lots.add(new Lot(position, clean, null, null, null));
            }
        }
        if (lots.isEmpty()) {
            throw new ParseError("parse.lots.unreadable", text);
        }
        return List.copyOf(lots);
    }
}
