package org.vitrine.risk.rules.need;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.vitrine.model.Amount;
import org.vitrine.model.Contact;
import org.vitrine.model.Need;
import org.vitrine.model.Period;
import org.vitrine.risk.Flags;
import org.vitrine.risk.RiskContext;
import org.vitrine.risk.RiskRule;

/**
 * INCOMPLETE: information suppliers need is missing. Checked items ({@code fields}): contact,
 * amount_range (missing, open-ended "> x", or high/low over {@code maxRangeRatio}), launch_precision
 * (missing or known only to the year), procedure, duration. One flag lists them all.
 */
public final class Incomplete implements RiskRule {

    static final List<String> DEFAULT_FIELDS = List.of("contact", "amount_range", "launch_precision");
    static final double DEFAULT_MAX_RANGE_RATIO = 3;

    @Override
    public String code() {
        return "INCOMPLETE";
    }

    @Override
    public String defaultSeverity() {
        return "low";
    }

    @Override
    public void apply(List<Need> needs, RiskContext context, Flags flags) {
        String severity = context.severity(this);
        List<String> fields = context.settings().listParam(code(), "fields", DEFAULT_FIELDS);
        double ratio = context.settings().doubleParam(code(), "maxRangeRatio", DEFAULT_MAX_RANGE_RATIO);
        for (Need n : needs) {
            List<String> missing = new ArrayList<>();
            for (String field : fields) {
                String item = missing(field, n, ratio, context);
                if (item != null) {
                    missing.add(item);
                }
            }
            if (!missing.isEmpty()) {
                flags.add(code(), n, severity, List.of(), "risk.INCOMPLETE", String.join(context.fmt().label("risk.INCOMPLETE", "separator"), missing), missing.size());
            }
        }
    }

    /** The item's text when it is missing (with the figure given, if any), else null. */
    private static String missing(String field, Need n, double ratio, RiskContext c) {
        String label = c.fmt().label("risk.INCOMPLETE", field);
        return switch (field) {
            case "contact" -> blank(n.contact()) ? label : null;
            case "amount_range" -> {
                Amount a = n.amount();
                if (a == null || (a.min() == null && a.max() == null)) {
                    yield label;
                }
                yield tooWide(a, ratio) ? label + " (" + c.fmt().amount(a) + ")" : null;
            }
            case "launch_precision" -> {
                Period p = n.launch();
                yield p == null ? label : p.precision() == Period.Precision.year ? label + " (" + c.fmt().period(p) + ")" : null;
            }
            case "procedure" -> n.procedure() == null ? label : null;
            case "duration" -> n.durationMonths() == null && n.duration() == null ? label : null;
            default -> null; // an unknown name in config/risks.yaml checks nothing
        };
    }

    private static boolean blank(Contact c) {
        return c == null || ((c.name() == null || c.name().isBlank()) && (c.email() == null || c.email().isBlank()));
    }

    /** Open-ended "> x", or high over ratio × low. A ceiling "< x" (min 0) states an order of magnitude: not flagged. */
    private static boolean tooWide(Amount a, double ratio) {
        if (a.max() == null) {
            return true;
        }
        BigDecimal min = a.min();
        return min != null && min.signum() > 0 && a.max().compareTo(min.multiply(BigDecimal.valueOf(ratio))) > 0;
    }
}
