package org.vitrine.model;

import java.time.LocalDate;
import java.util.List;

/** The {@code edition} block of data/needs.json (CONTRACT §4). */
public record EditionInfo(String id, int year, LocalDate date, String language, List<SourceInfo> sources,
        List<Withdrawn> withdrawn, String licence, String licenceUrl, String disclaimer) {

    /** A source as published: how many records it gave and as of when. */
    public record SourceInfo(String name, String kind, long records, LocalDate asOf, boolean fromSnapshot) {
    }

    /**
     * A public need of an earlier edition that is no longer there, and the date of the edition that first
     * went without it (its page says so from then on). {@code buyerId} and {@code cpv} (its main CPV code) put it in its
     * buyer's and its CPV division's feeds; null when read back from an edition that did not keep them.
     */
    public record Withdrawn(String id, String title, String buyer, LocalDate date, String buyerId, String cpv) {

        public Withdrawn(String id, String title, String buyer, LocalDate date) {
            this(id, title, buyer, date, null, null);
        }
    }
}
