package org.vitrine.config;

import java.util.List;

/** config/buyers.yaml as written. */
public record BuyersFile(List<BuyerConfig> buyers) {
}
