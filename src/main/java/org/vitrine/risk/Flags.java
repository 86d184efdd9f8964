package org.vitrine.risk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vitrine.cli.Messages;
import org.vitrine.model.Need;
import org.vitrine.model.RiskFlag;

/**
 * Collects the flags rules raise, with their message rendered in the edition's language from the
 * {@code i18n/risk*} bundles (key = the message, with the figures as arguments).
 */
public final class Flags {

    private final Messages messages;
    private final Map<String, List<RiskFlag>> byNeed = new HashMap<>();

    public Flags(Messages messages) {
        this.messages = messages;
    }

    /**
     * Flags a need. {@code related} lists the ids of the other needs involved (may be empty);
     * {@code key} names the message, {@code args} are its figures (already formatted where a
     * number or date needs the edition's formatting: use {@link RiskContext#fmt()}).
     */
    public void add(String code, Need need, String severity, List<String> related, String key, Object... args) {
        byNeed.computeIfAbsent(need.id(), k -> new ArrayList<>())
                .add(new RiskFlag(code, severity, messages.get(key, args), List.copyOf(related)));
    }

    /** Appends another collection's flags, need by need, after the ones already here. */
    public void addAll(Flags other) {
        other.byNeed.forEach((id, list) -> byNeed.computeIfAbsent(id, k -> new ArrayList<>()).addAll(list));
    }

    /** The flags raised for a need, in the order they were raised. */
    public List<RiskFlag> of(String needId) {
        return byNeed.getOrDefault(needId, List.of());
    }

    public Map<String, List<RiskFlag>> all() {
        return byNeed;
    }
}
