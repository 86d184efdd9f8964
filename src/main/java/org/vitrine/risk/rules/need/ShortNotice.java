package org.vitrine.risk.rules.need;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.vitrine.model.Need;
import org.vitrine.risk.Flags;
import org.vitrine.risk.RiskContext;
import org.vitrine.risk.RiskRule;

/**
 * SHORT_NOTICE: the launch (its window's first day) comes less than {@code minWeeks} weeks after
 * the suppliers' event, or before it, leaving suppliers little time to prepare.
 */
public final class ShortNotice implements RiskRule {

    static final int DEFAULT_MIN_WEEKS = 8;

    @Override
    public String code() {
        return "SHORT_NOTICE";
    }

    @Override
    public String defaultSeverity() {
        return "medium";
    }

    @Override
    public void apply(List<Need> needs, RiskContext context, Flags flags) {
        LocalDate event = context.eventDate();
        if (event == null) {
            return;
        }
        String severity = context.severity(this);
        int minWeeks = context.settings().intParam(code(), "minWeeks", DEFAULT_MIN_WEEKS);
        for (Need n : needs) {
            if (n.launch() == null) {
                continue;
            }
            LocalDate launch = n.launch().start();
            long days = ChronoUnit.DAYS.between(event, launch);
            if (days < 0) {
                flags.add(code(), n, severity, List.of(), "risk.SHORT_NOTICE.before", context.fmt().period(n.launch()),
                        context.fmt().date(event), -days);
            } else if (days < minWeeks * 7L) {
                flags.add(code(), n, severity, List.of(), "risk.SHORT_NOTICE", context.fmt().period(n.launch()),
                        context.fmt().date(event), days, minWeeks);
            }
        }
    }
}
