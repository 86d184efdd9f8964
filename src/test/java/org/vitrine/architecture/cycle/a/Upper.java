package org.vitrine.architecture.cycle.a;

/** Half of a deliberate package cycle: LayeringTest proves its cycle rule fails on one. */
public final class Upper {
    public org.vitrine.architecture.cycle.b.Lower lower() {
        return new org.vitrine.architecture.cycle.b.Lower();
    }
}
