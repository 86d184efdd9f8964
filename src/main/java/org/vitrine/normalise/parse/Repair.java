package org.vitrine.normalise.parse;

import java.util.List;

/**
 * A repair a parser made to a value, or a part of the cell it set aside, told to the buyer as a warning:
 * {@code key} names the message in {@code i18n/parse} ({@code key.fix} says what to write instead),
 * {@code args} are the figures. Parsers add them to the list they are given; the value is still read.
 */
public record Repair(String key, Object... args) {

    /** A list that forgets what it is given, for callers that do not report repairs. */
    public static List<Repair> ignored() {
        return new java.util.AbstractList<>() {
            @Override
            public boolean add(Repair r) {
                return true;
            }

            @Override
            public Repair get(int index) {
                throw new IndexOutOfBoundsException(index);
            }

            @Override
            public int size() {
                return 0;
            }
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Repair r && r.key.equals(key) && java.util.Arrays.equals(r.args, args);
    }

    @Override
    public int hashCode() {
        return key.hashCode() * 31 + java.util.Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return key + java.util.Arrays.toString(args);
    }
}
