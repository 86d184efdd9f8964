package org.vitrine.normalise.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The ranking of CPV suggestions (issue 22 review, point 1) on a labelled table of real-looking titles
 * (src/test/resources/cpv-suggestions/divisions.csv: title, the code the buyer typed if any, the CPV divisions a
 * procurement officer accepts for it): the share of titles whose first suggestion is in an acceptable division
 * (printed for docs/INPUT.md, at least 80 %), and no suggestion at all outside the acceptable divisions among those
 * listed, so that the buyer is never shown purses for a scholarship or green tea for seeds.
 */
class CpvSuggesterDivisionsTest {

    private record Case(String title, String typed, Set<String> divisions) {
    }

    private static List<Case> cases() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/cpv-suggestions/divisions.csv"), StandardCharsets.UTF_8);
        List<Case> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank()) {
                String[] f = line.split(";", -1);
                out.add(new Case(f[0], f[1].isEmpty() ? null : f[1], Set.of(f[2].split("\\|"))));
            }
        }
        return out;
    }

    private static String division(CpvSuggester.Suggestion s) {
        return s.code().substring(0, 2);
    }

    @Test
    void theFirstSuggestionIsInAnAcceptableDivisionForAtLeastFourTitlesInFive() throws Exception {
        List<Case> cases = cases();
        assertTrue(cases.size() >= 30, "the table has " + cases.size() + " titles");
        int hits = 0;
        List<String> misses = new ArrayList<>();
        for (Case c : cases) {
            List<CpvSuggester.Suggestion> s = CpvSuggester.load().suggest(c.title(), c.typed());
            // a title nothing in the CPV names (a scholarship) is right to get no suggestion: that is not a hit
            if (!s.isEmpty() && c.divisions().contains(division(s.get(0)))) {
                hits++;
            } else {
                misses.add(c.title() + " → " + s);
            }
        }
        System.out.printf("CPV suggestions: first suggestion in an acceptable division for %d of %d titles (%.0f %%)%n", hits,
                cases.size(), 100.0 * hits / cases.size());
        misses.forEach(m -> System.out.println("  miss: " + m));
        assertTrue(hits * 5 >= cases.size() * 4, hits + "/" + cases.size() + " " + misses);
    }

    @Test
    void noListedSuggestionIsUnrelated() throws Exception {
        List<String> unrelated = new ArrayList<>();
        for (Case c : cases()) {
            for (CpvSuggester.Suggestion s : CpvSuggester.load().suggest(c.title(), c.typed())) {
                if (!c.divisions().contains(division(s))) {
                    unrelated.add(c.title() + " → " + s.code() + " " + s.label());
                }
            }
        }
        assertEquals(List.of(), unrelated);
    }

    @Test
    void purseAndGreenTeaAreNeverProposedForAScholarshipOrSeeds() {
        CpvSuggester cpv = CpvSuggester.load();
        assertEquals(List.of(), cpv.suggest("Bourses d'études pour les étudiants", (String) null));
        assertEquals("72267000-4", cpv.suggest("Maintenance du logiciel de gestion des bourses", (String) null).get(0).code());
        assertTrue(cpv.suggest("Semences pour les espaces verts", (String) null).stream().noneMatch(s -> s.code().startsWith("15863")));
        // a purse is still a purse when the title says so
        assertEquals("18923100-6", cpv.suggest("Fourniture de bourses en cuir", (String) null).get(0).code());
    }

    @Test
    void theSameTitleGivesTheSameListWhateverItsCaseAccentsOrPlurals() {
        CpvSuggester cpv = CpvSuggester.load();
        List<CpvSuggester.Suggestion> base = cpv.suggest("Maintenance des ascenseurs des bâtiments", (String) null);
        assertTrue(!base.isEmpty());
        assertEquals(base, cpv.suggest("MAINTENANCE DES ASCENSEURS DES BATIMENTS", (String) null));
        assertEquals(base, cpv.suggest("maintenance de l'ascenseur du bâtiment", (String) null));
        // the reject's and the feedback's line quote the same list
        assertEquals(String.join(" ; ", base.stream().map(s -> s.code() + " " + s.label()).toList()),
                cpv.shown("Maintenance des ascenseurs des bâtiments", null, 3));
    }

    @Test
    void theTypedCodesDivisionComesFirstAndTheTypedCodeIsNeverProposed() {
        CpvSuggester cpv = CpvSuggester.load();
        // rented and maintained photocopiers: the copier (30) or its maintenance (50), as the buyer's code says
        assertEquals("30", division(cpv.suggest("Location et maintenance de photocopieurs", "30000000-9").get(0)));
        assertEquals("50", division(cpv.suggest("Location et maintenance de photocopieurs", "50000000-5").get(0)));
        List<CpvSuggester.Suggestion> typedOwn = cpv.suggest("Fourniture de photocopieurs", "30121100-4");
        assertTrue(typedOwn.stream().noneMatch(s -> s.code().equals("30121100-4")), typedOwn.toString());
        assertTrue(cpv.suggest("Fourniture de photocopieurs", "30121100-4").size() <= CpvSuggester.MAX);
    }

    @Test
    void tiesAreBrokenByCodeOrder() {
        // the same label words: the codes come in code order, whatever the order the index met them
        List<CpvSuggester.Suggestion> s = CpvSuggester.load().suggest("Carburant diesel", (String) null);
        List<String> codes = s.stream().map(CpvSuggester.Suggestion::code).toList();
        assertEquals(codes.stream().sorted().toList(), codes, codes.toString());
    }
}
