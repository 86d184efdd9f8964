package org.vitrine.publish.brochure;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Validates the rendered brochure with veraPDF against PDF/A-3u and PDF/UA-1. */
class PdfAValidationTest {

    @TempDir
    static Path dir;

    static Path pdf;

    @BeforeAll
    static void render() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        pdf = dir.resolve("brochure.pdf");
        String html = BrochureSample.html(PdfRenderer.keepRenderable(" Merci 🙂 !"));
        new PdfRenderer().render(html, BrochureSample.BASE_URI, BrochureSample.META, pdf);
    }

    @Test
    void isPdfA3u() throws Exception {
        ValidationResult result = validate(PDFAFlavour.PDFA_3_U);
        assertTrue(result.isCompliant(), () -> failures(result));
    }

    @Test
    void isPdfUa1() throws Exception {
        ValidationResult result = validate(PDFAFlavour.PDFUA_1);
        assertTrue(result.isCompliant(), () -> failures(result));
    }

    private static ValidationResult validate(PDFAFlavour flavour) throws Exception {
        try (InputStream in = Files.newInputStream(pdf);
             PDFAParser parser = Foundries.defaultInstance().createParser(in, flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            return validator.validate(parser);
        }
    }

    private static String failures(ValidationResult result) {
        List<String> lines = result.getTestAssertions().stream()
                .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage()
                        + " @ " + a.getLocation().getContext())
                .distinct()
                .collect(Collectors.toList());
        return result.getPDFAFlavour() + " failures:\n" + String.join("\n", lines);
    }
}
