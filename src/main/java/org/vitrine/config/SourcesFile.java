package org.vitrine.config;

import java.util.List;

/** config/sources.yaml as written. */
public record SourcesFile(List<SourceConfig> sources) {
}
