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
     * {@code reference}, {@code launch} and {@code amount} are what its page said (the buyer's reference, the launch
     * window, the contract's total over its duration, or its band under {@code privacy.amountsAsBands}), for its
     * withdrawn page (supplier Y, D5: a supplier who noted the reference or the launch recognises it); null when
     * unknown or read back from an edition that did not keep them.
     */
    public record Withdrawn(String id, String title, String buyer, LocalDate date, String buyerId, String cpv,
            String reference, Period launch, Amount amount) {

        public Withdrawn(String id, String title, String buyer, LocalDate date) {
            this(id, title, buyer, date, null, null);
        }

        public Withdrawn(String id, String title, String buyer, LocalDate date, String buyerId, String cpv) {
            this(id, title, buyer, date, buyerId, cpv, null, null, null);
        }

        /** The same withdrawal with its amount replaced (a band instead of the figure). */
        public Withdrawn withAmount(Amount a) {
            return new Withdrawn(id, title, buyer, date, buyerId, cpv, reference, launch, a);
        }
    }
}
