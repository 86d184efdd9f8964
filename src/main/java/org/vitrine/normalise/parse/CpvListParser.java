package org.vitrine.normalise.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.vitrine.model.Cpv;
import org.vitrine.model.RawCell;

/** Reads additional CPV codes separated by commas, semicolons or line breaks; duplicates are kept once. */
public final class CpvListParser {

    private static final Pattern SEPARATORS = Pattern.compile("[,;\\r\\n]+");

    private CpvListParser() {
    }

    /** Each code is read by {@link CpvParser}; the first bad one refuses the cell with its own reason. */
    public static List<Cpv> parse(RawCell cell, CpvCatalogue catalogue) throws ParseError {
        return parse(cell, catalogue, Repair.ignored());
    }

    /** {@link #parse}, telling each code's repairs (a padded or corrected code). */
    public static List<Cpv> parse(RawCell cell, CpvCatalogue catalogue, List<Repair> repairs) throws ParseError {
        Text.requireValue(cell);
        if (cell.type() != RawCell.Type.TEXT) {
            return List.of(CpvParser.parse(cell, catalogue, repairs));
        }
        Text.clean(cell.text(), 5000); // length and control characters checked on the whole cell
        Map<String, Cpv> codes = new LinkedHashMap<>();
        for (String item : SEPARATORS.split(cell.text())) {
            if (!Text.clean(item, 5000).isEmpty()) {
                Cpv cpv = CpvParser.parse(RawCell.text(item), catalogue, repairs);
                codes.putIfAbsent(cpv.code(), cpv);
            }
        }
        return List.copyOf(new ArrayList<>(codes.values()));
    }
}
