package org.vitrine.model;

/** How much of the need the market is expected to cover: level full/partial/unknown, percent when given. */
public record Coverage(String level, Integer percent) {
}
