package org.vitrine.risk.rules.need;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vitrine.cli.Messages;
import org.vitrine.model.Need;
import org.vitrine.model.RiskFlag;
import org.vitrine.publish.Fmt;
import org.vitrine.risk.Flags;
import org.vitrine.risk.RiskContext;
import org.vitrine.risk.RiskRule;
import org.vitrine.risk.RiskSettings;
import org.vitrine.risk.Thresholds;

/** Runs one rule on needs: French by default, the 2027 edition, event on 4 February 2027. */
final class RuleRun {

    static final LocalDate EVENT = LocalDate.of(2027, 2, 4);

    private final RiskRule rule;
    private String lang = "fr";
    private Map<String, Map<String, Object>> settings = Map.of();
    private final Map<String, Need> previous = new HashMap<>();
    private LocalDate event = EVENT;

    private RuleRun(RiskRule rule) {
        this.rule = rule;
    }

    static RuleRun of(RiskRule rule) {
        return new RuleRun(rule);
    }

    RuleRun lang(String v) { lang = v; return this; }
    RuleRun event(LocalDate v) { event = v; return this; }
    RuleRun previous(Need n) { previous.put(n.id(), n); return this; }

    /** Settings of this rule's code, e.g. {@code set("severity", "high")}. */
    RuleRun set(String name, Object value) {
        return set(rule.code(), name, value);
    }

    RuleRun set(String code, String name, Object value) {
        Map<String, Map<String, Object>> m = new HashMap<>(settings);
        Map<String, Object> r = new HashMap<>(m.getOrDefault(code, Map.of()));
        r.put(name, value);
        m.put(code, r);
        settings = m;
        return this;
    }

    /** The flags raised on the first need given (the others are there for company). */
    List<RiskFlag> on(Need... needs) {
        Messages messages = Messages.of(lang);
        RiskContext context = new RiskContext(2027, LocalDate.of(2026, 11, 26), event, new RiskSettings(settings),
                Thresholds.load(), Map.copyOf(previous), new Fmt(messages));
        Flags flags = new Flags(messages);
        rule.apply(List.of(needs), context, flags);
        flags.all().values().forEach(l -> l.forEach(f -> {
            if (!f.code().equals(rule.code())) {
                throw new AssertionError("unexpected code " + f.code());
            }
        }));
        return flags.of(needs[0].id());
    }

    /** The only flag raised on the need; fails if there is none or several. */
    RiskFlag one(Need n) {
        List<RiskFlag> flags = on(n);
        if (flags.size() != 1) {
            throw new AssertionError("expected one " + rule.code() + " flag, got " + flags);
        }
        return flags.get(0);
    }

    /** A French figure as Fmt writes it: "216 000" becomes "216\u202F000". */
    static String fr(String figure) {
        return figure.replace(' ', '\u202F');
    }

    /** The only flag's message. */
    String message(Need n) {
        return one(n).message();
    }
}
