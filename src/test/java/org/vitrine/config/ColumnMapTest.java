package org.vitrine.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
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
        // officer Z4's universite-saone-bourgogne.csv (D3): « Coût » is everyday buyer wording for the amount
        "Coût prévisionnel € HT|amount",
        "Coût prévisionnel (€ HT)|amount",
        "Coût estimé HT|amount",
        "Coût prévisionnel|amount",
        "Coût estimé (k€ HT)|amount",
        "Coût prévisionnel HT|amount",
        "Coût estimé|amount",
        // review R13: the forms columns.yaml no longer writes out, read on their meaning
        "Marché reconductible|renewal_options",
        "Nb de reconductions|renewal_options",
        "Marché renouvelable|renewal_options",
        "Reconductions|renewal_options",
        "Reconduction|renewal_options",
        "Reconduction d'un marché|renewal",
        "Montant HT (M€)|amount",
        "Montant estimé en milliers d'euros|amount",
        "Montant en k€ HT|amount",
        "Montant (Md€)|amount",
        "Montant en milliards d'euros HT|amount",
        // issue 22, officer Z: the wording of real buyers' forecasts
        "Libellé du besoin|title",
        "Intitulé du besoin|title",
        "Objet de l'achat|title",
        "Estimation financière HT|amount",
        "Estimation HT|amount",
        "Estimation financière (€ HT)|amount",
        "Territoire concerné|location",
        "Lieu de réalisation|location",
        "Lieu d'exécution des prestations|location",
        "Lieu de réalisation des prestations|location",
        "Durée du contrat|duration_months",
        "Durée du marché (mois)|duration_months",
        "Durée totale du contrat|duration_months",
        "Famille d'achat|category",
        "Famille d'achats|category",
        // officer Z3: the template's own wordings of that column
        "Famille d’achat|category",
        "FAMILLE D'ACHAT|category",
        "Famille achat|category",
        "Famille de l'achat|category",
        "Famille d'achat (travaux / fournitures / services)|category",
        "Famille d'achats (T/F/S)|category",
        "Famille de marché|category",
        "Famille|category",
        "Montant [€ HT]|amount"})
    void readsTheHeadersBuyersWrite(String header, String field) throws Exception {
        ColumnMap columns = ConfigLoader.load(Path.of("config")).columns();
        assertEquals(field, columns.fieldFor(header));
    }

    /**
     * The header key's dropped words serve every table: « besoin » is the questions' own need column, so it is kept
     * (« Besoin concerné » reduced to nothing matched no column), and « total » is kept so that a total is not the
     * column of the words left (« Total groupement » read as the group's name).
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {"Besoin concerné|need", "Besoins|need", "Besoin|need"})
    void readsTheQuestionsNeedColumn(String header, String field) throws Exception {
        assertEquals(field, ConfigLoader.load(Path.of("config")).questionColumns().fieldFor(header));
    }

    /** A tax in brackets is part of the header: « Montant (TTC) » is no HT amount (sans-montant/ in the real files). */
    @Test
    void aTaxInBracketsIsNotDropped() throws Exception {
        ColumnMap columns = ConfigLoader.load(Path.of("config")).columns();
        assertNull(columns.fieldFor("Montant (TTC)"));
        assertNull(columns.fieldFor("Montant TTC"));
        assertNull(columns.fieldFor("Coût prévisionnel TTC"));
    }

    @Test
    void aTotalIsNotTheColumnOfItsOtherWords() throws Exception {
        assertNull(ConfigLoader.load(Path.of("config")).columns().fieldFor("Total groupement"));
    }

    /**
     * An installation that keeps its own columns.yaml from before « Libellé du besoin » was listed still reads it
     * (officer Z's copy refused a whole file): « besoin », « totale » qualify after the first word.
     */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {"Libellé du besoin|Libellé", "Intitulé du besoin|Intitulé",
            "Durée totale|Durée", "Montant total HT|Montant HT"})
    void aQualifierAfterTheFirstWordIsDropped(String header, String same) {
        assertEquals(HeaderKey.of(same), HeaderKey.of(header));
    }
}
