package org.vitrine.config;

/**
 * One source from config/sources.yaml. {@code folder} is resolved against the config folder.
 * {@code onFailure} is {@code abort} (default) or {@code keep-last-good}.
 */
public record SourceConfig(String name, String kind, String folder, String onFailure) {
}
