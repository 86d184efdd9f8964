package org.vitrine.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vitrine.model.RawCell;

/** A remark under the table (« NB : montants estimatifs »), alone or merged across the row, is not a need. */
class NoteRowTest {

    @ParameterizedTest(name = "{0} ×{1} → {2}")
    @CsvSource(delimiter = '|', value = {
        "NB : montants estimatifs, susceptibles d’évoluer|1|true",
        "NB : montants estimatifs, susceptibles d’évoluer|6|true",
        "N.B. les dates sont indicatives|1|true",
        "Nota : hors marchés subséquents|1|true",
        "Remarque : voir le PPI|1|true",
        "Notes : en cours d’arbitrage|1|true",
        "* montants TTC convertis en HT|1|true",
        "Nettoyage des locaux|1|false",
        "Nbre de lots à confirmer|1|false",
        "Notation des offres (AMO)|1|false",
        "Nouvelle école|6|false"})
    void aRowOfOneRemarkIsANote(String text, int copies, boolean note) {
        List<RawCell> cells = new ArrayList<>();
        cells.add(null);
        for (int i = 0; i < copies; i++) {
            cells.add(RawCell.text(text));
        }
        assertEquals(note, RecordAssembler.isNote(RecordAssembler.onlyText(cells)));
    }

    @org.junit.jupiter.api.Test
    void aRowWithOtherValuesIsNeverANote() {
        assertEquals(false, RecordAssembler.isNote(RecordAssembler.onlyText(List.of(RawCell.text("NB : à confirmer"),
                RawCell.text("90910000")))));
    }

    /** Officer Z, D5: « PÔLE BIOLOGIE » across the row is a section heading, skipped, not a need rejected ten times. */
    @ParameterizedTest(name = "{0} ×{1} → {2}")
    @CsvSource(delimiter = '|', value = {
        "PÔLE BIOLOGIE|1|true",
        "PHARMACIE - RESTAURATION|8|true",
        "TRAVAUX 2027|1|true",
        "Pôle biologie|1|false",
        "Nettoyage des locaux|1|false",
        "AB|1|false",
        "45233222-1|1|false"})
    void aRowOfOneTextInCapitalsIsAHeading(String text, int copies, boolean heading) {
        List<RawCell> cells = new ArrayList<>();
        cells.add(null);
        for (int i = 0; i < copies; i++) {
            cells.add(RawCell.text(text));
        }
        assertEquals(heading, RecordAssembler.isHeading(RecordAssembler.onlyText(cells)));
    }

    @org.junit.jupiter.api.Test
    void aCapitalisedTitleWithOtherValuesIsANeed() {
        assertEquals(false, RecordAssembler.isHeading(RecordAssembler.onlyText(List.of(RawCell.text("NETTOYAGE DES LOCAUX"),
                RawCell.number(90000)))));
    }
}
