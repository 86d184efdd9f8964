package org.vitrine.architecture.cycle.b;

/** The other half of the deliberate cycle: a lower package that uses the upper one. */
public final class Lower {
    public String name() {
        return org.vitrine.architecture.cycle.a.Upper.class.getSimpleName();
    }
}
