package org.vitrine.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The packages' layers of docs/ARCHITECTURE.md, bottom to top: model, messages and text, config, context, the stages
 * (ingest, normalise, risk, publish), camel (the routes' beans), run (the yearly job, its lock, status and schedule),
 * cli (argument parsing and printing). Dependencies point down, and no two packages need each other.
 */
class LayeringTest {

    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.vitrine");

    private static ArchRule noCycleUnder(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    @Test
    void noPackageCycle() {
        noCycleUnder("org.vitrine").check(PRODUCT);
    }

    @Test
    void theCycleRuleFailsOnACycle() {
        // Two test packages that use each other (architecture/cycle/a and b): the rule must see it, or it proves nothing.
        JavaClasses cyclic = new ClassFileImporter().importPackages("org.vitrine.architecture.cycle");
        AssertionError e = assertThrows(AssertionError.class, () -> noCycleUnder("org.vitrine.architecture.cycle").check(cyclic));
        assertTrue(e.getMessage().contains("Cycle detected"), e.getMessage());
    }

    @Test
    void dependenciesPointDown() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("model").definedBy("org.vitrine.model..", "org.vitrine.messages..", "org.vitrine.text..")
                .layer("config").definedBy("org.vitrine.config..")
                .layer("context").definedBy("org.vitrine.context..")
                .layer("ingest").definedBy("org.vitrine.ingest..")
                .layer("normalise").definedBy("org.vitrine.normalise..")
                .layer("risk").definedBy("org.vitrine.risk..")
                .layer("publish").definedBy("org.vitrine.publish..", "org.vitrine.template..")
                .layer("camel").definedBy("org.vitrine.camel..")
                .layer("run").definedBy("org.vitrine.run..", "org.vitrine.schedule..")
                .optionalLayer("bench").definedBy("org.vitrine.bench..")  // outside the product now: BenchOutsideProductTest
                .layer("cli").definedBy("org.vitrine.cli..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("bench").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("run").mayOnlyBeAccessedByLayers("bench", "cli")
                .whereLayer("camel").mayOnlyBeAccessedByLayers("run", "bench", "cli")
                .whereLayer("publish").mayOnlyBeAccessedByLayers("camel", "run", "bench", "cli")
                .whereLayer("risk").mayOnlyBeAccessedByLayers("publish", "camel", "run", "bench", "cli")
                .whereLayer("normalise").mayOnlyBeAccessedByLayers("risk", "publish", "camel", "run", "bench", "cli")
                .whereLayer("ingest").mayOnlyBeAccessedByLayers("normalise", "risk", "publish", "camel", "run", "bench", "cli")
                .whereLayer("context").mayOnlyBeAccessedByLayers("ingest", "normalise", "risk", "publish", "camel", "run",
                        "bench", "cli")
                .whereLayer("config").mayOnlyBeAccessedByLayers("context", "ingest", "normalise", "risk", "publish",
                        "camel", "run", "bench", "cli")
                .check(PRODUCT);
    }
}
