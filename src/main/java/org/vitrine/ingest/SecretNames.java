package org.vitrine.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vitrine.config.Config;
import org.vitrine.config.SourceConfig;
import org.vitrine.text.TokenEcho;

/**
 * A source file's name with the configured secrets masked (issue 16 F6, attacker Y3: a file named after the REST
 * token was named in the feedback sent to the buyer, internal/needs.json, run-report.json and the manifest). The
 * secret part becomes « ****** » and the rest of the name stays, so that the officer still knows which file
 * (« ******.csv », « export-******-2027.xlsx »); a name that holds a secret only decoded or in pieces is masked
 * whole but for its extension. Every name a run writes comes from here: the name shown, the snapshot's copy.
 */
public final class SecretNames {

    static final String MASK = "******";

    private final List<Pattern> tokens;
    private final TokenEcho.Many echoes;

    private SecretNames(List<String> kept) {
        this.tokens = kept.stream().map(s -> Pattern.compile(Pattern.quote(s), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();
        this.echoes = TokenEcho.Many.of(kept.stream().map(TokenEcho::of).toList());
    }

    /** The secrets of the configuration's sources, read from {@code env} as the REST fetcher reads them. */
    public static SecretNames of(Config config, Map<String, String> env) {
        return new SecretNames(values(config, env));
    }

    /** For tests: these secrets. */
    static SecretNames of(List<String> secrets) {
        return new SecretNames(usable(secrets.stream()));
    }

    /**
     * The configured secrets (the token of each source's {@code auth}), read from {@code env} as the REST fetcher reads
     * them: stripped, those of {@link TokenEcho#MIN_TOKEN} characters or more, each once. Every guard reads these: the
     * file names here, the cells (normalise.SecretCells) and the publication's last check (review R8: two copies had
     * two filters, this one kept a token's spaces).
     */
    public static List<String> values(Config config, Map<String, String> env) {
        return usable(config.sources().stream().map(SourceConfig::auth)
                .filter(a -> a != null && a.tokenEnv() != null).map(a -> env.get(a.tokenEnv())));
    }

    private static List<String> usable(java.util.stream.Stream<String> secrets) {
        return secrets.filter(Objects::nonNull).map(String::strip).filter(s -> s.length() >= TokenEcho.MIN_TOKEN).distinct().toList();
    }

    /** The name with every secret masked; the name itself when it holds none. */
    public String masked(String name) {
        if (name == null || tokens.isEmpty()) {
            return name;
        }
        String m = name;
        for (Pattern p : tokens) {
            m = p.matcher(m).replaceAll(Matcher.quoteReplacement(MASK));
        }
        TokenEcho.Many.Page page = echoes.page();
        page.read(m);
        if (!page.held()) {
            return m;
        }
        int dot = m.lastIndexOf('.');
        String ext = dot > 0 && m.length() - dot <= 6 ? m.substring(dot).toLowerCase(Locale.ROOT) : "";
        return MASK + ext;
    }
}
