package org.vitrine.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Officer Z3: text in [square brackets] in a title or a description. Ordinary bracketed text is the buyer's and is kept
 * whole; only a template's placeholder (« [à compléter] », « [texte] », « [XXX] ») is dropped, and the buyer told which
 * cell; a title that is only a placeholder is a missing title.
 */
class PlaceholderTextTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Travaux [phase 2] du gymnase", "[Lot 2] Voirie communale", "Fourniture de gants [nitrile, taille M]",
        "Maintenance [option : télésurveillance]", "Étude [2027-2028]"})
    void ordinaryBracketedTextIsKeptWholeWithoutAWord(String title) throws Exception {
        Normaliser.Result r = Rows.normalise(Rows.run(), Map.of("title", title, "description", "Réfection [lot 3] de la toiture"));
        assertEquals(title, r.need().title());
        assertEquals("Réfection [lot 3] de la toiture", r.need().description());
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Nettoyage des locaux [à compléter]|Nettoyage des locaux|[à compléter]",
        "Nettoyage des locaux [A COMPLETER]|Nettoyage des locaux|[A COMPLETER]",
        "[texte] Nettoyage des locaux|Nettoyage des locaux|[texte]",
        "Nettoyage des locaux - [XXX]|Nettoyage des locaux|[XXX]",
        "Nettoyage [à préciser] des locaux|Nettoyage des locaux|[à préciser]"})
    void aPlaceholderIsDroppedAndTheCellNamed(String cell, String kept, String placeholder) throws Exception {
        Normaliser.Result r = Rows.normalise(Rows.run(), Map.of("title", cell));
        assertEquals(kept, r.need().title());
        var w = r.warnings().stream().filter(x -> x.value().equals(cell)).findFirst().orElseThrow(() -> new AssertionError(r.warnings()));
        assertEquals("f.xlsx", w.file());
        assertEquals(6, w.row());
        assertEquals("Objet", w.column());
        assertTrue(w.reason().contains(placeholder), w.reason());
        assertTrue(w.fix().contains(placeholder), w.fix());
    }

    @Test
    void aDescriptionThatIsOnlyAPlaceholderIsLeftEmptyAndSaid() throws Exception {
        Normaliser.Result r = Rows.normalise(Rows.run(), Map.of("description", "[texte]"));
        assertNull(r.need().description());
        assertTrue(r.warnings().stream().anyMatch(w -> w.column().equals("Description") && w.value().equals("[texte]")
                && w.reason().contains("[texte]")), r.warnings().toString());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"[à compléter]", "[XXX]", "[texte]", " [ À compléter ] ", "[Titre]"})
    void aTitleThatIsOnlyAPlaceholderIsAMissingTitle(String cell) throws Exception {
        Normaliser.Result r = Rows.normalise(Rows.run(), Map.of("title", cell));
        assertNull(r.need());
        var reject = r.rejects().stream().filter(x -> x.column().equals("Objet")).findFirst().orElseThrow(() -> new AssertionError(r.rejects()));
        var fr = org.vitrine.messages.Messages.of("fr");
        assertEquals(fr.get("normalise.required", fr.get("field.title")), reject.reason());
        assertEquals(cell.strip(), reject.value().strip());
    }

    @Test
    void saidInEnglishToo() throws Exception {
        var run = new org.vitrine.context.Run(org.vitrine.config.ConfigLoader.load(java.nio.file.Path.of("config")),
                org.vitrine.messages.Messages.of("en"), 2027, java.time.LocalDate.of(2026, 11, 26));
        var w = Rows.normalise(run, Map.of("title", "Nettoyage des locaux [à compléter]")).warnings();
        assertTrue(w.size() == 1 && w.get(0).reason().contains("placeholder \"[à compléter]\" removed"), w.toString());
    }

    /** Officer Z4's ch-roubaix.xlsx l.20 (D6): « [à compléter] » in the Contact cell was stored as the contact's name. */
    @Test
    void aPlaceholderInTheContactIsNoNameAndTheCellNamed() throws Exception {
        Normaliser.Result r = Rows.normalise(Rows.run(), Map.of("contact", "[à compléter]"));
        assertNull(r.need().contact(), String.valueOf(r.need().contact()));
        var w = r.warnings().stream().filter(x -> x.value().equals("[à compléter]")).findFirst()
                .orElseThrow(() -> new AssertionError(r.warnings()));
        assertEquals("Contact", w.column());
        assertTrue(w.reason().toLowerCase().contains("texte de modèle"), w.reason());
        assertTrue(w.fix().contains("[à compléter]"), w.fix());
        Normaliser.Result e = Rows.normalise(Rows.run(), Map.of("contact", "[Nom] achats@ville.fr"));
        assertEquals("achats@ville.fr", e.need().contact().email());
        assertNull(e.need().contact().name());
        assertTrue(e.warnings().stream().anyMatch(x -> x.value().equals("[Nom] achats@ville.fr") && x.reason().contains("[Nom]")), e.warnings().toString());
    }

    /** Only the placeholder goes: a word that begins with its letters stays whole (review R4: « Nomade » lost its « Nom »). */
    @Test
    void aPlaceholderLeavesTheWordsThatBeginLikeIt() throws Exception {
        Normaliser.Result r = Rows.normalise(Rows.run(), Map.of("contact", "[Nom] Service Nomade achats@ville.fr"));
        assertEquals("Service Nomade", r.need().contact().name());
        assertEquals("achats@ville.fr", r.need().contact().email());
        // the row's contact is published only if publishPersonalContacts says so: the buyer is told what is kept (attacker Z)
        assertTrue(r.warnings().stream().anyMatch(w -> w.reason().contains("le texte gardé est « Service Nomade <achats@ville.fr> »")), r.warnings().toString());
    }

    /**
     * Bracketed text that is no placeholder is the buyer's and kept whole in the contact too (docs/INPUT.md): attacker Z's
     * « [Nomenclature] » was stored and published as « Nomenclature »; « [Nom] » beside it still goes.
     */
    @Test
    void aContactsBracketedTextThatIsNoPlaceholderIsKeptWhole() throws Exception {
        Normaliser.Result r = Rows.normalise(Rows.run(), Map.of("contact", "[Nomenclature]"));
        assertEquals("[Nomenclature]", r.need().contact().name());
        assertTrue(r.warnings().stream().noneMatch(w -> w.reason().contains("Nomenclature")), r.warnings().toString());
        Normaliser.Result both = Rows.normalise(Rows.run(), Map.of("contact", "[Nom] [Nomenclature] achats@ville.fr"));
        assertEquals("[Nomenclature]", both.need().contact().name());
        assertEquals("achats@ville.fr", both.need().contact().email());
    }

    /** Every free-text field, not only the title and the description (officer Z4, D6). */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"operation", "site", "incumbent", "joint_group"})
    void aPlaceholderInAnyFreeTextFieldIsDroppedWithAWarning(String field) throws Exception {
        Normaliser.Result r = Rows.normalise(Rows.run(), Map.of(field, "[à compléter]"));
        assertTrue(r.warnings().stream().anyMatch(x -> x.value().equals("[à compléter]") && x.reason().toLowerCase().contains("texte de modèle")),
                r.warnings().toString());
        var n = r.need();
        assertNull(n.operation());
        assertNull(n.site());
        assertNull(n.incumbent());
        assertNull(n.jointGroup());
    }
}
