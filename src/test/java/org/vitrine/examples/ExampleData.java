package org.vitrine.examples;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.vitrine.examples.ExampleModel.ExampleFile;
import org.vitrine.examples.ExampleModel.Format;
import org.vitrine.examples.ExampleModel.Sheet;

/**
 * The example data set, forecast year 2027: fixed tables, one per buyer file (written by
 * {@link ExamplesGenerator}, described in examples/README.md). The first cell of each row says what
 * the pipeline should do with it; deliberate mistakes are tagged {@code reject/...}.
 */
final class ExampleData {

    private ExampleData() {
    }

    /** CPV codes written wrong on purpose (the rows that carry them must be rejected). */
    static final Set<String> DELIBERATELY_WRONG_CPV = Set.of("30192000-2", "77312500");

    /** The names used in the shared file's Acheteur column, and the buyer each one means. */
    static final Map<String, String> SHARED_FILE_BUYERS = Map.of(
            "Métropole du Val-de-Saône", "metropole-val-de-saone",
            "Métropole VDS", "metropole-val-de-saone",
            "Mairie de Beaumont", "ville-beaumont-sur-saone",
            "Ville de Beaumont-sur-Saône", "ville-beaumont-sur-saone",
            "CD Morvan-Sud", "departement-morvan-sud",
            "SDIS 71", "sdis-saone-et-brenne",
            "USB", "universite-saone-bourgogne",
            "Région Bourgogne-Vallées", "region-bourgogne-vallees",
            "CHU Beaumont", "chu-beaumont");

    static List<ExampleFile> files() {
        return List.of(
                ExampleFilesA.prefecture(),
                ExampleFilesA.region(),
                ExampleFilesA.departement(),
                ExampleFilesB.metropole(),
                ExampleFilesB.ville(),
                ExampleFilesB.chu(),
                ExampleFilesC.universite(),
                ExampleFilesC.syndicatEaux(),
                ExampleFilesC.transports(),
                ExampleFilesC.gsbdd(),
                ExampleFilesC.groupement(),
                new ExampleFile("sdis-saone-et-brenne", Format.HTML_AS_XLSX, List.of(),
                        "file-reject/not-a-spreadsheet"));
    }

    static Sheet notesSheet(String... lines) {
        return new Sheet("Notes", List.of(lines), List.of(), List.of(), Set.of(), false);
    }
}
