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
    /** By name and alias as {@link Fold#buyerName} reads them: « C.H.U. de Beaumont » finds « CHU de Beaumont ». */
    private final Map<String, BuyerConfig> byBuyerName = new HashMap<>();
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
                String id = b.registeredId();
                String key = id != null ? id : b.siret().replaceAll("\\s", "");
                BuyerConfig other = bySiret.put(key, b);
                if (other != null) {
                    throw new ConfigError("config.buyers.duplicate_siret", b.siret(), other.id(), b.id());
                }
            }
            byFoldedName.put(Fold.fold(b.id()), b);
            byFoldedName.put(Fold.fold(b.name()), b);
            byBuyerName.putIfAbsent(Fold.buyerName(b.name()), b);
            if (b.aliases() != null) {
                b.aliases().forEach(a -> byFoldedName.put(Fold.fold(a), b));
                b.aliases().forEach(a -> byBuyerName.putIfAbsent(Fold.buyerName(a), b));
            }
        }
    }

    /** The buyer for an id, a name or an alias as written in a file; null when unknown. */
    public BuyerConfig find(String idOrName) {
        if (idOrName == null) {
            return null;
        }
        BuyerConfig b = byFoldedName.get(Fold.fold(idOrName));
        return b != null ? b : byBuyerName.get(Fold.buyerName(idOrName));
    }

    /** The buyer with this SIRET (separators ignored, {@link BuyerConfig#registeredId(String)}); null when unknown. */
    public BuyerConfig bySiret(String siret) {
        String id = BuyerConfig.registeredId(siret);
        return id == null ? null : bySiret.get(id);
    }

    public BuyerConfig byId(String id) {
        return byId.get(id);
    }

    public Collection<BuyerConfig> all() {
        return byId.values();
    }
}
