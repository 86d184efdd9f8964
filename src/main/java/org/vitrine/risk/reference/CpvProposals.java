package org.vitrine.risk.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.vitrine.normalise.parse.ReferenceCsv;

/**
 * The curated proposals of CPV_IMPRECISE (reference/cpv-proposals.csv): a title that names its object without doubt
 * under a group code gets that object's code, where comparing the labels' words would pick a neighbour sharing one
 * word (lawyer H: « collecte » of chemical waste gave household refuse collection).
 */
public final class CpvProposals {

    record Line(String under, Pattern pattern, String code) {
    }

    private static final class Holder {
        static final CpvProposals INSTANCE = new CpvProposals();
    }

    private final List<Line> lines = new ArrayList<>();

    private CpvProposals() {
        for (CSVRecord r : ReferenceCsv.read("/reference/cpv-proposals.csv")) {
            lines.add(new Line(r.get("under").strip(), Pattern.compile("\\b(?:" + r.get("pattern").strip() + ")\\b"),
                    r.get("code").strip()));
        }
    }

    public static CpvProposals load() {
        return Holder.INSTANCE;
    }

    /** The code proposed for a need coded {@code digits} (8 digits) with this title, finer than it; else null. */
    public String proposal(String digits, String title) {
        if (title == null) {
            return null;
        }
        String folded = CpvKeywords.fold(title);
        for (Line l : lines) {
            if (digits.startsWith(l.under()) && !l.code().equals(digits) && l.pattern().matcher(folded).find()) {
                return l.code();
            }
        }
        return null;
    }
}
