package org.vitrine.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vitrine.normalise.Needs.need;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vitrine.messages.Messages;
import org.vitrine.config.ConfigLoader;
import org.vitrine.model.Need;
import org.vitrine.context.Run;

class DeduplicatorTest {

    Run run(Need... needs) throws Exception {
        Run run = new Run(ConfigLoader.load(Path.of("config")), Messages.of("fr"), 2027, LocalDate.of(2026, 11, 26));
        for (Need n : needs) {
            run.report().counts("s", n.source().file()).rowsRead++;
            run.report().accept(n);
        }
        new Deduplicator().deduplicate(run);
        return run;
    }

    @Test
    void mergesSameBuyerAndReferenceKeepingTheStrictestVisibility() throws Exception {
        Run run = run(need("b", "R-1", "Nettoyage", 100, "public", "a.xlsx", 2),
                need("b", "r 1", "Nettoyage des locaux", 120, "confidential", "a.xlsx", 9));
        assertEquals(1, run.needs().size());
        assertEquals("confidential", run.needs().get(0).visibility());
        assertEquals("Nettoyage", run.needs().get(0).title(), "the first row in the file wins");
        var c = run.report().counts("s", "a.xlsx");
        assertEquals(1, c.duplicates);
        assertEquals(1, c.internalOnly);
        assertEquals(0, c.published);
        assertEquals(true, c.balanced());
        // "r 1" is not silently merged into "R-1": its buyer is told which row was published instead.
        var warning = run.report().rejects().stream().filter(org.vitrine.model.Reject::isWarning).toList();
        assertEquals(1, warning.size());
        assertEquals(9, warning.get(0).row());
        assertEquals(true, warning.get(0).reason().contains("« r 1 »") && warning.get(0).reason().contains("ligne 2"), warning.get(0).reason());
        assertEquals(1, c.warnings);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"A/1|A-1", "A-1|a 1", "A/1|a 1"})
    void referencesWrittenDifferentlyWithDifferentTitlesAreMergedOnlyWithAWarning(String first, String second) throws Exception {
        Run run = run(need("b", first, "Nettoyage", 100, "public", "a.xlsx", 2),
                need("b", second, "Gardiennage", 100, "public", "a.xlsx", 3));
        assertEquals(1, run.needs().size());
        assertEquals(1, run.report().rejects().stream().filter(r -> r.isWarning() && r.row() == 3).count(), run.report().rejects().toString());
    }

    @Test
    void anExactDuplicateRowIsMergedAndNamedWithTheRowItWasMergedWith() throws Exception {
        // the officer: duplicates were not named in the feedback, the buyer saw one need fewer without a word
        Run run = run(need("b", "R-1", "Nettoyage", 100, "public", "a.xlsx", 2),
                need("b", "R-1", "Nettoyage", 100, "public", "a.xlsx", 3));
        assertEquals(1, run.needs().size());
        assertEquals(1, run.report().rejects().size(), run.report().rejects().toString());
        var line = run.report().rejects().get(0);
        assertEquals(true, line.isWarning());
        assertEquals(3, line.row());
        assertEquals(true, line.reason().startsWith("Ligne en double de la ligne 2 (a.xlsx"), line.reason());
        assertEquals("b", line.buyer(), "told in the buyer's feedback");
    }

    @Test
    void theSpellingsOfAnUnknownBuyerAreListedWithTheirRowsAndFilesBeforeMerging() throws Exception {
        var chu = new org.vitrine.model.BuyerRef("chu-de-lille", "CHU de Lille", "local");
        var chuUpper = new org.vitrine.model.BuyerRef("chu-de-lille", "CHU DE LILLE", "local");
        var longForm = new org.vitrine.model.BuyerRef("centre-hospitalier-universitaire-de-lille",
                "Centre hospitalier universitaire de Lille", "local");
        Run run = run(need("x", "R-1", "Nettoyage", 100, "public", "a.xlsx", 2).withBuyer(chu),
                need("x", "R-2", "Gardiennage", 100, "public", "a.xlsx", 3).withBuyer(chu),
                need("x", "R-3", "Voirie", 100, "public", "b.csv", 2).withBuyer(chuUpper),
                need("x", "R-4", "Blanchisserie", 100, "public", "c.ods", 2).withBuyer(longForm));
        // « CHU » and its long form are one buyer, under the id and name most of its rows use
        assertEquals(List.of("chu-de-lille"), run.needs().stream().map(n -> n.buyer().id()).distinct().toList());
        assertEquals(List.of("CHU de Lille"), run.needs().stream().map(n -> n.buyer().name()).distinct().toList());
        // the officer reads each spelling seen, with its rows and files, to add the aliases to buyers.yaml
        List<String> told = run.report().warnings().stream().filter(w -> w.contains("CHU de Lille")).toList();
        assertEquals(1, told.size(), run.report().warnings().toString());
        String w = told.get(0);
        assertEquals(true, w.contains("« CHU de Lille » (2 lignes : a.xlsx)") && w.contains("« CHU DE LILLE » (1 ligne : b.csv)")
                && w.contains("« Centre hospitalier universitaire de Lille » (1 ligne : c.ods)") && w.contains("config/buyers.yaml"), w);
    }

    /**
     * The officer's tilleuls_prevision2027.xlsx: a third spelling « Ehpad les Tilleuls - Beaumont » was a separate
     * buyer, silently. « de » and « - » are no difference (one buyer); a place more is probably one, told, not merged.
     */
    @Test
    void aNameThatDiffersByAPlaceIsProbablyTheSameBuyerAndIsToldNotMerged() throws Exception {
        var plain = new org.vitrine.model.BuyerRef("ehpad-les-tilleuls", "EHPAD Les Tilleuls", "local");
        var dash = new org.vitrine.model.BuyerRef("ehpad-les-tilleuls-beaumont", "Ehpad les Tilleuls - Beaumont", "local");
        var of = new org.vitrine.model.BuyerRef("ehpad-les-tilleuls-de-beaumont", "Ehpad Les Tilleuls de Beaumont", "local");
        Run run = run(need("x", "TIL-01", "Protections", 100, "public", "tilleuls.xlsx", 4).withBuyer(plain),
                need("x", "TIL-02", "Restauration", 100, "public", "tilleuls.xlsx", 5).withBuyer(dash),
                need("x", "TIL-03", "Blanchisserie", 100, "public", "tilleuls.xlsx", 6).withBuyer(of));
        assertEquals(List.of("ehpad-les-tilleuls", "ehpad-les-tilleuls-beaumont"),
                run.needs().stream().map(n -> n.buyer().id()).distinct().sorted().toList(), "a place more is never merged");
        List<String> told = run.report().warnings().stream().filter(w -> w.contains("probablement le même acheteur")).toList();
        assertEquals(1, told.size(), run.report().warnings().toString());
        assertEquals(true, told.get(0).startsWith("« EHPAD Les Tilleuls » (tilleuls.xlsx) et « Ehpad les Tilleuls - Beaumont » (tilleuls.xlsx)")
                && told.get(0).contains("le lieu « Beaumont »") && told.get(0).contains("config/buyers.yaml"), told.get(0));
    }

    /** input11: the console's « Acheteurs absents de buyers.yaml » listed each spelling of one buyer. */
    @Test
    void aBuyerAbsentFromTheConfigurationIsListedOnceWhateverItsSpellings() throws Exception {
        var upper = new org.vitrine.model.BuyerRef("ehpad-les-tilleuls", "EHPAD Les Tilleuls", "local");
        var lower = new org.vitrine.model.BuyerRef("ehpad-les-tilleuls", "Ehpad les tilleuls", "local");
        var of = new org.vitrine.model.BuyerRef("ehpad-les-tilleuls", "EHPAD LES TILLEULS", "local");
        Run run = new Run(ConfigLoader.load(Path.of("config")), Messages.of("fr"), 2027, LocalDate.of(2026, 11, 26));
        List<Need> needs = List.of(need("x", "TIL-01", "Protections", 100, "public", "tilleuls.xlsx", 4).withBuyer(upper),
                need("x", "TIL-02", "Restauration", 100, "public", "tilleuls.xlsx", 5).withBuyer(lower),
                need("x", "TIL-03", "Blanchisserie", 100, "public", "tilleuls.xlsx", 6).withBuyer(of),
                need("x", "TIL-04", "Linge", 100, "public", "tilleuls.xlsx", 7).withBuyer(upper));
        for (Need n : needs) {
            run.report().counts("s", n.source().file()).rowsRead++;
            run.report().accept(n);
            run.report().unknownBuyer(n.buyer().name()); // as NormaliseStep does
        }
        run.report().unknownBuyer("Commune de Rejetée"); // a buyer whose only row was rejected stays listed
        new Deduplicator().deduplicate(run);
        assertEquals(java.util.Set.of("EHPAD Les Tilleuls", "Commune de Rejetée"), run.report().unknownBuyers());
    }

    @Test
    void namesThatDifferByMoreThanAPlaceOrTwoSiretsGetNoProbableLine() throws Exception {
        var a = new org.vitrine.model.BuyerRef("ehpad-les-tilleuls", "EHPAD Les Tilleuls", "local");
        var b = new org.vitrine.model.BuyerRef("ehpad-les-tilleuls-annexe", "EHPAD Les Tilleuls annexe", "local");
        var c = new org.vitrine.model.BuyerRef("siret-21590512900010", "Ville de Roubaix", "local");
        var d = new org.vitrine.model.BuyerRef("siret-26590123400017", "Ville de Roubaix Nord", "local");
        Run run = run(need("x", "R-1", "Nettoyage", 100, "public", "a.xlsx", 2).withBuyer(a),
                need("x", "R-2", "Gardiennage", 100, "public", "a.xlsx", 3).withBuyer(b),
                need("x", "R-3", "Voirie", 100, "public", "a.xlsx", 4).withBuyer(c),
                need("x", "R-4", "Espaces verts", 100, "public", "a.xlsx", 5).withBuyer(d));
        assertEquals(List.of(), run.report().warnings().stream().filter(w -> w.contains("probablement")).toList());
    }

    @Test
    void twoSiretsWithOneNameAreTwoBuyersAndAreTold() throws Exception {
        var a = new org.vitrine.model.BuyerRef("siret-21590512900010", "CCAS de Roubaix", "local");
        var b = new org.vitrine.model.BuyerRef("siret-26590123400017", "Centre communal d'action sociale de Roubaix", "local");
        Run run = run(need("x", "R-1", "Nettoyage", 100, "public", "a.xlsx", 2).withBuyer(a),
                need("x", "R-2", "Gardiennage", 100, "public", "b.xlsx", 2).withBuyer(b));
        assertEquals(2, run.needs().stream().map(n -> n.buyer().id()).distinct().count(), run.needs().toString());
    }

    @Test
    void differentBuyersWhoseNamesOnlyLookAlikeStayApart() throws Exception {
        var ch = new org.vitrine.model.BuyerRef("ch-de-roubaix", "CH de Roubaix", "local");
        var chu = new org.vitrine.model.BuyerRef("chu-de-roubaix", "CHU de Roubaix", "local");
        Run run = run(need("x", "R-1", "Nettoyage", 100, "public", "a.xlsx", 2).withBuyer(ch),
                need("x", "R-2", "Gardiennage", 100, "public", "b.xlsx", 2).withBuyer(chu));
        assertEquals(List.of("ch-de-roubaix", "chu-de-roubaix"), run.needs().stream().map(n -> n.buyer().id()).distinct().sorted().toList());
        assertEquals(List.of(), run.report().warnings().stream().filter(w -> w.contains("Roubaix")).toList());
    }

    @Test
    void buyerNamesSpeltTwoWaysAreOneBuyerWithOneName() throws Exception {
        var upper = new org.vitrine.model.BuyerRef("ville-de-roubaix", "VILLE DE ROUBAIX", "local");
        var lower = new org.vitrine.model.BuyerRef("ville-de-roubaix", "Ville de Roubaix", "local");
        var siret = new org.vitrine.model.BuyerRef("siret-21590512900010", "Ville de Roubaix", "local");
        Run run = run(need("x", "R-1", "Nettoyage", 100, "public", "a.xlsx", 2).withBuyer(upper),
                need("x", "R-2", "Gardiennage", 100, "public", "a.xlsx", 3).withBuyer(lower),
                need("x", "R-3", "Voirie", 100, "public", "a.xlsx", 4).withBuyer(siret));
        // The name given with a SIRET takes the other rows to that SIRET's buyer, named (and so its id) after the most used spelling.
        assertEquals(List.of("ville-de-roubaix"), run.needs().stream().map(n -> n.buyer().id()).distinct().toList());
        assertEquals(List.of("Ville de Roubaix"), run.needs().stream().map(n -> n.buyer().name()).distinct().toList());
        assertEquals(true, run.report().warnings().stream().anyMatch(w -> w.contains("VILLE DE ROUBAIX")), run.report().warnings().toString());
    }

    @Test
    void twoSiretsWithOneNameKeepTwoBuyersTheirSiretAfterTheName() throws Exception {
        var a = new org.vitrine.model.BuyerRef("siret-21590512900010", "Mairie annexe", "local");
        var b = new org.vitrine.model.BuyerRef("siret-21590512900028", "MAIRIE ANNEXE", "local");
        Run run = run(need("x", "R-1", "Nettoyage", 100, "public", "a.xlsx", 2).withBuyer(a),
                need("x", "R-2", "Gardiennage", 100, "public", "a.xlsx", 3).withBuyer(b));
        assertEquals(List.of("mairie-annexe-21590512900010", "mairie-annexe-21590512900028"),
                run.needs().stream().map(n -> n.buyer().id()).distinct().sorted().toList());
    }

    @Test
    void identicalContentWithoutReferenceIsMergedOtherContentKeepsADistinctId() throws Exception {
        Run run = run(need("b", null, "Nettoyage", 100, "public", "a.xlsx", 2),
                need("b", null, "Nettoyage", 100, "public", "a.xlsx", 3),
                need("b", null, "Nettoyage", 200, "public", "a.xlsx", 4));
        List<String> ids = run.needs().stream().map(Need::id).toList();
        assertEquals(2, ids.size());
        String base = NeedIds.idFor("b", null, "Nettoyage", "90910000-9");
        // the second's suffix is its own (issue 16: StableCollidingIdsTest), not its place
        assertEquals(base, ids.get(0));
        assertEquals(true, ids.get(1).startsWith(base + "-") && !ids.get(1).equals(base + "-2"), ids.toString());
        assertEquals(1, run.report().counts("s", "a.xlsx").duplicates);
        assertEquals(2, run.report().counts("s", "a.xlsx").published);
    }

    @Test
    void idsAreStableAndUrlSafe() {
        assertEquals("ville-exemple-2027-inf-04", NeedIds.idFor("ville-exemple", "2027/INF/04", "x", "30200000-1"));
        assertEquals(NeedIds.idFor("b", null, "Fournitures de bureau", "30192000-1"),
                NeedIds.idFor("b", null, "  FOURNITURES  de bureau ", "30192000-1"));
    }
}
