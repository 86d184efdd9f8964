package org.vitrine.model;

/** The buyer of a need as published: id, name and kind (central, local, utility, defence). */
public record BuyerRef(String id, String name, String kind) {
}
