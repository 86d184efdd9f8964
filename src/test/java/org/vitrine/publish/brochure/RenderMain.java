package org.vitrine.publish.brochure;

import java.nio.file.Path;

/** Renders {@link BrochureSample} to {@code args[0]}; run in a separate JVM by the determinism test. */
public final class RenderMain {

    private RenderMain() {}

    public static void main(String[] args) throws Exception {
        new PdfRenderer().render(BrochureSample.html(), BrochureSample.BASE_URI, BrochureSample.META, Path.of(args[0]));
    }
}
