package org.vitrine.risk;

import java.time.LocalDate;
import org.vitrine.messages.Messages;
import org.vitrine.model.RiskFlag;
import org.vitrine.messages.Fmt;

/**
 * The public wording of a flag (docs/RISKS.md §5): {@code risk.<CODE>.public} in the page's language, with the
 * dates it quotes (DEADLINE_CONGESTION's period) written as pages write dates. The same words for every supplier.
 */
public final class PublicText {

    private final Messages messages;
    private final Fmt fmt;

    public PublicText(Messages messages) {
        this.messages = messages;
        this.fmt = new Fmt(messages);
    }

    public String of(RiskFlag flag) {
        String key = "risk." + flag.code() + ".public";
        if (flag.publicArgs().isEmpty()) {
            return messages.get(key);
        }
        Object[] args = new Object[flag.publicArgs().size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = fmt.date(LocalDate.parse(flag.publicArgs().get(i)));
        }
        return messages.get(key, args);
    }
}
