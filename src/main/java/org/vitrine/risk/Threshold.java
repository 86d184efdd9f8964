package org.vitrine.risk;

/**
 * A threshold that applies to a need: its basis (which case of docs/RISKS.md §2 chose it, named in messages by
 * {@code label.risk.basis.<basis>}), the value in euros excluding VAT, and whether the latest published value stands
 * in for a later period.
 */
public record Threshold(Basis basis, double value, boolean latestKnown) {

    /** Why this threshold applies. */
    public enum Basis {
        works, defence, social, social_network, network, central, central_defence_listed, central_defence_supplies, other,
        dispense_works, dispense_supplies, publicity,
        /** The ceilings of two grounds without publicity nor competition: books (R2122-9), innovative purchases (R2122-9-1). */
        books, innovative;

        /** True for the EU thresholds above which a formalised procedure (or a JOUE notice) is required. */
        public boolean isEu() {
            return ordinal() <= other.ordinal();
        }
    }
}
