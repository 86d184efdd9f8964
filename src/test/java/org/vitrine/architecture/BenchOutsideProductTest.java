package org.vitrine.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The benchmark (src/bench/java, docs/BENCHMARKS.md) is not part of the product: none of its classes is among
 * the product's (target/classes, what vitrine.jar packs), and no product class names it. It reaches the
 * product only through {@code VitrineCli}, which adds the verb when the bench jar is on the class path.
 */
class BenchOutsideProductTest {

    @Test
    void theProductHoldsNoBenchmarkClass() {
        JavaClasses product = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.vitrine");
        assertTrue(product.stream().noneMatch(c -> c.getPackageName().startsWith("org.vitrine.bench")),
                "a benchmark class among the product's");
        noClasses().should().dependOnClassesThat().resideInAPackage("org.vitrine.bench..").check(product);
    }
}
