package org.vitrine.config;

import java.util.List;

/**
 * config/sources.yaml as written. {@code precedence}: when the same need (same buyer and reference)
 * comes from several sources, the one from the source listed first wins (default: the order of
 * {@code sources}).
 */
public record SourcesFile(List<SourceConfig> sources, List<String> precedence) {
}
