package org.vitrine.publish.brochure;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** The whole brochure (cover, chart, QR codes, attachments, both languages) against PDF/A-3u and PDF/UA-1. */
class BrochureVeraPdfTest {

    @BeforeAll
    static void init() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @ParameterizedTest
    @CsvSource({"brochure.pdf, PDFA_3_U", "brochure.pdf, PDFUA_1", "brochure-en.pdf, PDFA_3_U", "brochure-en.pdf, PDFUA_1"})
    void noFailedRule(String file, PDFAFlavour flavour) throws Exception {
        Path pdf = BrochureFixture.shared().publicDir().resolve(file);
        ValidationResult result = validate(pdf, flavour);
        assertTrue(result.isCompliant(), () -> failures(result));
    }

    static ValidationResult validate(Path pdf, PDFAFlavour flavour) throws Exception {
        try (InputStream in = Files.newInputStream(pdf);
             PDFAParser parser = Foundries.defaultInstance().createParser(in, flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            return validator.validate(parser);
        }
    }

    static String failures(ValidationResult result) {
        List<String> lines = result.getTestAssertions().stream()
                .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage()
                        + " @ " + a.getLocation().getContext())
                .distinct()
                .limit(40)
                .collect(Collectors.toList());
        return result.getPDFAFlavour() + " failures:\n" + String.join("\n", lines);
    }
}
