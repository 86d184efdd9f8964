package org.vitrine.risk.rules.need;

import java.util.List;
import org.vitrine.model.Need;
import org.vitrine.risk.Flags;
import org.vitrine.risk.RiskContext;
import org.vitrine.risk.RiskRule;

/**
 * CPV_IMPRECISE: the CPV is only a division ({@code xx000000}) or a group ({@code xxx00000}), too
 * broad for suppliers' alerts and for comparing needs by market.
 */
public final class CpvImprecise implements RiskRule {

    @Override
    public String code() {
        return "CPV_IMPRECISE";
    }

    @Override
    public String defaultSeverity() {
        return "low";
    }

    @Override
    public void apply(List<Need> needs, RiskContext context, Flags flags) {
        String severity = context.severity(this);
        for (Need n : needs) {
            String digits = n.cpv() == null || n.cpv().code() == null ? "" : n.cpv().code().strip();
            if (digits.length() < 8 || !digits.substring(0, 8).chars().allMatch(Character::isDigit)) {
                continue; // no or malformed code: the normaliser reports it
            }
            if (digits.startsWith("000000", 2)) {
                flags.add(code(), n, severity, List.of(), "risk.CPV_IMPRECISE.division", n.cpv().code());
            } else if (digits.startsWith("00000", 3)) {
                flags.add(code(), n, severity, List.of(), "risk.CPV_IMPRECISE", n.cpv().code());
            }
        }
    }
}
