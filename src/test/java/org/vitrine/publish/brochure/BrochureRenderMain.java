package org.vitrine.publish.brochure;

import java.nio.file.Path;

/** Renders {@link BrochureFixture} into {@code args[0]}; run in a separate JVM by the determinism test. */
public final class BrochureRenderMain {

    private BrochureRenderMain() {}

    public static void main(String[] args) throws Exception {
        BrochureFixture.render(Path.of(args[0]));
    }
}
