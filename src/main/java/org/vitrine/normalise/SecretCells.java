package org.vitrine.normalise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.vitrine.config.Config;
import org.vitrine.ingest.SecretNames;
import org.vitrine.model.RawCell;
import org.vitrine.model.RawRecord;
import org.vitrine.text.TokenEcho;

/**
 * Every configured secret (the token of each source's {@code auth}) looked for in every cell that can be published,
 * whatever source the record comes from: a REST token typed into a buyer's sheet, a Q&A answer or another source's
 * record was published as written (attacker Y, S01–S03, A04). The REST page rule stays (a page echoing its own token
 * is refused); here a cell that holds a secret, under {@link TokenEcho}'s decodings, is emptied and the rest of the
 * row kept: the buyer's need is not lost for one cell. Each secret's checker is made once per run, and all
 * of them read a row in one pass ({@link TokenEcho.Many}).
 */
public final class SecretCells {

    /** All the secrets in one matcher: a row is read and decoded once, whatever the number of secrets (safetyG). */
    private final TokenEcho.Many secrets;

    private SecretCells(List<TokenEcho> secrets) {
        this.secrets = TokenEcho.Many.of(secrets);
    }

    /** The secrets of the configuration's sources, read from {@code env} as the REST fetcher reads them. */
    public static SecretCells of(Config config, Map<String, String> env) {
        return new SecretCells(secrets(config, env));
    }

    /** Each configured secret's checker (the publication's last guard reads the same), of {@link SecretNames#values}. */
    public static List<TokenEcho> secrets(Config config, Map<String, String> env) {
        return SecretNames.values(config, env).stream().map(TokenEcho::of).toList();
    }

    /** For tests: these secrets. */
    static SecretCells of(List<String> secrets) {
        return new SecretCells(secrets.stream().map(TokenEcho::of).filter(Objects::nonNull).toList());
    }

    /**
     * The record with every cell that holds a secret emptied, each such field given to {@code removed}; the record
     * itself when none does. The cells no field reads ({@code others}) are never published and are left.
     */
    public RawRecord cleaned(RawRecord raw, Consumer<String> removed) {
        if (secrets.isEmpty() || !holds(raw.fields().values())) {
            return raw;
        }
        Map<String, RawCell> fields = new LinkedHashMap<>(raw.fields());
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, RawCell> e : raw.fields().entrySet()) {
            if (holds(List.of(e.getValue()))) {
                fields.put(e.getKey(), RawCell.text(""));
                found.add(e.getKey());
            }
        }
        if (found.isEmpty()) {
            // held only by cells read together (a secret cut across columns): every text cell of the row goes
            raw.fields().forEach((k, v) -> {
                if (v.text() != null && !v.text().isBlank()) {
                    fields.put(k, RawCell.text(""));
                    found.add(k);
                }
            });
        }
        found.forEach(removed);
        return new RawRecord(raw.location(), fields, raw.headers(), raw.others(), raw.absent());
    }

    /** Whether these cells' texts, read together as one page, hold any secret. */
    private boolean holds(java.util.Collection<RawCell> cells) {
        TokenEcho.Many.Page page = secrets.page();
        for (RawCell c : cells) {
            if (c != null && c.text() != null && page.read(c.text())) {
                return true;
            }
        }
        return page.held();
    }
}
