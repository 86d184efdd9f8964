package org.vitrine.model;

/** One lot of a need, as the buyer gives it (a Lots sheet or lot columns); any field may be null. */
public record Lot(Integer number, String title, Amount amount, Cpv cpv, String location) {
}
