package org.vitrine.config;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The exhibitors of config/buyers.yaml, found by id, name or alias (folded). */
public final class Buyers {

    private final Map<String, BuyerConfig> byId = new LinkedHashMap<>();
    private final Map<String, BuyerConfig> byFoldedName = new HashMap<>();
    private final Map<String, BuyerConfig> bySiret = new HashMap<>();

    Buyers(List<BuyerConfig> buyers) throws ConfigError {
        for (BuyerConfig b : buyers) {
            if (b.id() == null || !b.id().matches("[a-z0-9][a-z0-9-]{0,63}")) {
                throw new ConfigError("config.buyers.bad_id", String.valueOf(b.id()));
            }
            if (b.kind() == null || !List.of("central", "local", "utility", "defence").contains(b.kind())) {
                throw new ConfigError("config.buyers.bad_kind", b.id(), String.valueOf(b.kind()));
            }
            if (b.size() != null && !"small".equals(b.size())) {
                throw new ConfigError("config.buyers.bad_size", b.id(), b.size());
            }
            if (byId.put(b.id(), b) != null) {
                throw new ConfigError("config.buyers.duplicate", b.id());
            }
            if (b.siret() != null && !b.siret().isBlank()) {
                // One buyer per SIRET: two entries with one SIRET would split one buyer's needs over two pages.
                BuyerConfig other = bySiret.put(b.siret().replaceAll("\\s", ""), b);
                if (other != null) {
                    throw new ConfigError("config.buyers.duplicate_siret", b.siret(), other.id(), b.id());
                }
            }
            byFoldedName.put(Fold.fold(b.id()), b);
            byFoldedName.put(Fold.fold(b.name()), b);
            if (b.aliases() != null) {
                b.aliases().forEach(a -> byFoldedName.put(Fold.fold(a), b));
            }
        }
    }

    /** The buyer for an id, a name or an alias as written in a file; null when unknown. */
    public BuyerConfig find(String idOrName) {
        return idOrName == null ? null : byFoldedName.get(Fold.fold(idOrName));
    }

    /** The buyer with this SIRET (14 digits, spaces ignored); null when unknown. */
    public BuyerConfig bySiret(String siret) {
        if (siret == null) {
            return null;
        }
        return bySiret.get(siret.replaceAll("\\s", ""));
    }

    public BuyerConfig byId(String id) {
        return byId.get(id);
    }

    public Collection<BuyerConfig> all() {
        return byId.values();
    }
}
