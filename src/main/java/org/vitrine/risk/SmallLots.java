package org.vitrine.risk;

/**
 * The small-lots exception of R2123-1 2° (docs/RISKS.md §3): in a contract at or above the EU threshold, lots under
 * 1 000 000 € HT (works) or 80 000 € HT (supplies and services), totalling at most 20 % of the whole, may be awarded
 * under an adapted procedure. One place for the figures and their sentence ({@code risk.smallLots}), which
 * SPLIT_SUSPECT and MAPA_ABOVE_THRESHOLD both give (lawyer Q, RO-27-82).
 */
public final class SmallLots {

    /** R2123-1 2°: a works lot under 1 M€ HT. */
    public static final double WORKS_LOT = 1_000_000;
    /** R2123-1 2°: a supplies or services lot under 80 000 € HT. */
    public static final double SUPPLIES_LOT = 80_000;
    /** R2123-1 2°: such lots total at most 20 % of the whole. */
    public static final double SHARE = 0.20;

    private SmallLots() {
    }

    /** The ceiling of one small lot of a category (works, else supplies and services). */
    public static double lotCeiling(String category) {
        return "works".equals(category) ? WORKS_LOT : SUPPLIES_LOT;
    }

    /**
     * « sauf pour de petits lots (chacun sous 1 000 000 €, 20 % de l’opération au plus, R2123-1 2°) »: whole 0 the
     * operation, 1 the total.
     */
    public static String exception(Texts t, String category, int whole) {
        return t.message("risk.smallLots", t.euros(lotCeiling(category)), whole);
    }
}
