package org.vitrine.publish.brochure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.messages.Messages;
import org.vitrine.config.Config;
import org.vitrine.publish.Brochure;
import org.vitrine.publish.Templates;

class BrochureDeterminismTest {

    @TempDir
    Path dir;

    @Test
    void twoRendersInTwoJvmsAreByteIdentical() throws Exception {
        // Another process with another default zone and locale: nothing may depend on them.
        Path other = dir.resolve("child");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "-Xmx1g", "-Duser.timezone=America/New_York",
                "-Duser.language=en", "-Duser.country=US", "-cp", System.getProperty("java.class.path"),
                BrochureRenderMain.class.getName(), other.toString()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        assertEquals(0, process.waitFor(), () -> read(dir.resolve("child.log")));
        Path here = BrochureFixture.shared().publicDir();
        for (String name : List.of("brochure.pdf", "brochure-en.pdf")) {
            assertArrayEquals(Files.readAllBytes(here.resolve(name)), Files.readAllBytes(other.resolve("public").resolve(name)), name);
        }
    }

    @Test
    void withoutConfigThereIsNoForewordNorEnglishButTheDataIsAttached() throws Exception {
        BrochureFixture.Result fixture = BrochureFixture.shared();
        // Written away from the data files, as the benchmark and larger editions do: still attached.
        Path pdf = dir.resolve("plain.pdf");
        Path data = fixture.publicDir().resolve("data");
        Path templates = Path.of("templates");
        new Brochure(new Templates(templates, Locale.FRENCH), templates).write(pdf, data, fixture.site(), Messages.of("fr"), (Config) null);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertFalse(text.contains("Le mot d’accueil"), "no foreword page");
            assertTrue(text.contains("Informations pratiques"));
            var files = doc.getDocumentCatalog().getNames().getEmbeddedFiles().getNames();
            assertEquals(List.of("needs.csv", "needs.json"), List.copyOf(files.keySet()));
            for (String name : files.keySet()) {
                assertArrayEquals(Files.readAllBytes(data.resolve(name)), files.get(name).getEmbeddedFileUnicode().toByteArray(), name);
            }
        }
        assertFalse(Files.exists(dir.resolve("brochure-en.pdf")));
    }

    @Test
    void refusesToWriteABrochureWithoutTheEditionsData() {
        BrochureFixture.Result fixture = BrochureFixture.shared();
        Path templates = Path.of("templates");
        assertThrows(java.io.IOException.class, () -> new Brochure(new Templates(templates, Locale.FRENCH), templates)
                .write(dir.resolve("x.pdf"), dir.resolve("no-data"), fixture.site(), Messages.of("fr"), (Config) null));
        assertFalse(Files.exists(dir.resolve("x.pdf")));
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (Exception e) {
            return e.toString();
        }
    }
}
