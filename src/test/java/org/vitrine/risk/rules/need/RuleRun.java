package org.vitrine.risk.rules.need;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vitrine.messages.Messages;
import org.vitrine.model.Need;
import org.vitrine.model.RiskFlag;
import org.vitrine.risk.BuyerFacts;
import org.vitrine.risk.Flags;
import org.vitrine.risk.RiskContext;
import org.vitrine.risk.RiskRule;
import org.vitrine.config.RiskSettings;
import org.vitrine.risk.Thresholds;

/**
 * Runs one rule on needs: French by default, the 2027 edition, event on 4 February 2027, buyers without
 * contrôle de légalité unless told. Used by the market rules' tests too.
 */
public final class RuleRun {

    public static final LocalDate EVENT = LocalDate.of(2027, 2, 4);

    private final RiskRule rule;
    private String lang = "fr";
    private Map<String, Map<String, Object>> settings = Map.of();
    private final Map<String, Need> previous = new HashMap<>();
    private final Map<String, BuyerFacts> buyers = new HashMap<>();
    private LocalDate event = EVENT;

    private RuleRun(RiskRule rule) {
        this.rule = rule;
    }

    public static RuleRun of(RiskRule rule) {
        return new RuleRun(rule);
    }

    public RuleRun lang(String v) { lang = v; return this; }
    public RuleRun event(LocalDate v) { event = v; return this; }
    public RuleRun previous(Need n) { previous.put(n.id(), n); return this; }
    public RuleRun buyer(String id, BuyerFacts facts) { buyers.put(id, facts); return this; }

    /** Settings of this rule's code, e.g. {@code set("severity", "high")}. */
    public RuleRun set(String name, Object value) {
        return set(rule.code(), name, value);
    }

    /** Settings of another rule's code, e.g. {@code set("MAPA_ABOVE_THRESHOLD", "enabled", false)}. */
    public RuleRun set(String code, String name, Object value) {
        Map<String, Map<String, Object>> m = new HashMap<>(settings);
        Map<String, Object> r = new HashMap<>(m.getOrDefault(code, Map.of()));
        r.put(name, value);
        m.put(code, r);
        settings = m;
        return this;
    }

    /** Every need's flags, by need id. */
    public Map<String, List<RiskFlag>> all(Need... needs) {
        Messages messages = Messages.of(lang);
        List<Need> list = List.of(needs);
        RiskContext context = RiskContext.of(2027, LocalDate.of(2026, 11, 26), event, new RiskSettings(settings),
                Thresholds.load(), Map.copyOf(previous), messages, buyers, list);
        Flags flags = new Flags(messages);
        rule.apply(list, context, flags);
        flags.all().values().forEach(l -> l.forEach(f -> {
            if (!f.code().equals(rule.code())) {
                throw new AssertionError("unexpected code " + f.code());
            }
        }));
        return flags.all();
    }

    /** The flags raised on the first need given (the others are there for company). */
    public List<RiskFlag> on(Need... needs) {
        return all(needs).getOrDefault(needs[0].id(), List.of());
    }

    /** True when the rule flags the first need given. */
    public boolean fires(Need... needs) {
        return !on(needs).isEmpty();
    }

    /** The only flag raised on the need; fails if there is none or several. */
    public RiskFlag one(Need... needs) {
        List<RiskFlag> flags = on(needs);
        if (flags.size() != 1) {
            throw new AssertionError("expected one " + rule.code() + " flag, got " + flags);
        }
        return flags.get(0);
    }

    /** A French figure as Fmt writes it: "216 000 €" becomes "216\u202F000\u00A0€". */
    public static String fr(String figure) {
        return figure.replace(" €", "\u00A0€").replace(' ', '\u202F');
    }

    /** The only flag's message. */
    public String message(Need... needs) {
        return one(needs).message();
    }
}
