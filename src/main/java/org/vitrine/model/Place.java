package org.vitrine.model;

/**
 * The place of performance as a code a filter and a rule can compare: {@code kind} is
 * {@code departement}, {@code region}, {@code commune}, {@code nuts}, {@code country} (France) or
 * {@code international} (abroad, or France with other countries: code {@code INT}, no département); {@code code}
 * its official code (INSEE for départements, communes and regions, NUTS otherwise); {@code nuts} the
 * NUTS 3 code when one is known (rules compare areas with it). The raw text stays in {@code location}.
 */
public record Place(String kind, String code, String name, String nuts) {
}
