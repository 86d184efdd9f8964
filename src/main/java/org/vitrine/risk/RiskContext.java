package org.vitrine.risk;

import java.time.LocalDate;
import java.util.Map;
import org.vitrine.model.Need;
import org.vitrine.publish.Fmt;

/**
 * What rules may read besides the needs: the forecast year, the edition and event dates, their
 * settings, the thresholds, the previous edition's needs by id (empty on a first edition), and
 * {@code fmt} to write figures in messages the way pages do.
 */
public record RiskContext(int year, LocalDate editionDate, LocalDate eventDate, RiskSettings settings,
        Thresholds thresholds, Map<String, Need> previous, Fmt fmt) {

    public String severity(RiskRule rule) {
        return settings.severity(rule.code(), rule.defaultSeverity());
    }
}
