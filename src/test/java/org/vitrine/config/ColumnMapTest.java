package org.vitrine.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Headers buyers really write, read through the shipped config/columns.yaml. */
class ColumnMapTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "Réf. DCP|reference",
        "Réf. achat|reference",
        "N° de référence|reference",
        "Référence|reference",
        "Objet du marché|title",
        "Code CPV principal|cpv",
        "Montant (k€)|amount",
        "Montant HT (M€)|amount",
        "Montant estimé en milliers d'euros|amount",
        "Montant en k€ HT|amount",
        "Montant (Md€)|amount",
        "Montant en milliards d'euros HT|amount"})
    void readsTheHeadersBuyersWrite(String header, String field) throws Exception {
        ColumnMap columns = ConfigLoader.load(Path.of("config")).columns();
        assertEquals(field, columns.fieldFor(header));
    }
}
