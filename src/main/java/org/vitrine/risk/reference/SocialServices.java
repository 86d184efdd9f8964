package org.vitrine.risk.reference;

import org.apache.commons.csv.CSVRecord;
import org.vitrine.normalise.parse.ReferenceCsv;

/**
 * The social and other specific services of Annex XIV of Directive 2014/24/EU (reference/social-services.csv):
 * CPV ranges, bounds included, compared as 8-digit numbers.
 */
public final class SocialServices {

    private static final class Holder {
        static final SocialServices INSTANCE = new SocialServices();
    }

    private final int[] from;
    private final int[] to;

    private SocialServices() {
        var records = ReferenceCsv.read("/reference/social-services.csv");
        from = new int[records.size()];
        to = new int[records.size()];
        for (int i = 0; i < from.length; i++) {
            CSVRecord r = records.get(i);
            from[i] = Integer.parseInt(r.get("from").strip());
            to[i] = Integer.parseInt(r.get("to").strip());
        }
    }

    public static SocialServices load() {
        return Holder.INSTANCE;
    }

    /** True when the code (with or without its check digit) is on the list. */
    public boolean contains(String code) {
        if (code == null || code.length() < 8) {
            return false;
        }
        int c;
        try {
            c = Integer.parseInt(code.substring(0, 8));
        } catch (NumberFormatException e) {
            return false;
        }
        for (int i = 0; i < from.length; i++) {
            if (c >= from[i] && c <= to[i]) {
                return true;
            }
        }
        return false;
    }
}
