package org.vitrine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run whose vitrine.yaml still names the shipped example's organiser says so, in the console and in the run report
 * (the last outside supplier, issue 18: « Région Exemple », « Parc des expositions, Beaumont-sur-Saône » and the example's booking
 * address were published with no word to staff); the examples' own run says it too, in one line.
 */
class ExampleOrganiserWarningTest {

    @TempDir
    Path tmp;

    private CliRunner.Result run(Path config) {
        return CliRunner.run("run", "--config", config.toString(), "--out", tmp.resolve("out").toString(), "--date", "2026-11-26");
    }

    private String reportWarnings() throws Exception {
        return new ObjectMapper().readTree(tmp.resolve("out/2027/internal/run-report.json").toFile()).get("warnings").toString();
    }

    @Test
    void theShippedExampleOrganiserIsNamedInTheConsoleAndTheRunReport() throws Exception {
        CliRunner.Result r = run(TestConfig.copy(tmp, Path.of("examples/spreadsheets"), false));
        assertEquals(1, r.exit(), r.out() + r.err()); // the examples' rejects, as always
        String line = r.out().lines().filter(l -> l.contains("config/vitrine.yaml : l’organisateur est encore celui de l’exemple"))
                .findFirst().orElseThrow(() -> new AssertionError(r.out()));
        assertTrue(line.startsWith("Attention : "), line);
        assertTrue(line.contains("« Région Exemple — Direction de la commande publique », « Parc des expositions, Beaumont-sur-Saône »"), line);
        assertTrue(line.contains("organisation.name, organisation.logo, organisation.legalNotice, publicBaseUrl, event.venue"), line);
        assertTrue(line.contains("event.booking"), line);
        assertEquals(1, r.out().lines().filter(l -> l.contains("celui de l’exemple")).count(), "one line, however many keys");
        assertTrue(reportWarnings().contains("l’organisateur est encore celui de l’exemple"), reportWarnings());
        // and the shipped OCDS prefix, a placeholder, is said apart
        assertTrue(r.out().contains("Attention : data/ocds.json est publié avec le préfixe d’identifiants OCDS provisoire « ocds-vitrine »"), r.out());
    }

    @Test
    void anOrganisersOwnValuesRaiseNoSuchWarning() throws Exception {
        CliRunner.Result r = run(TestConfig.in(tmp).spreadsheets(Path.of("examples/spreadsheets")).brochure(false).ownOrganiser().write());
        assertEquals(1, r.exit(), r.out() + r.err());
        assertFalse(r.out().contains("celui de l’exemple"), r.out());
        assertFalse(reportWarnings().contains("celui de l’exemple"), reportWarnings());
    }
}
