package org.vitrine.normalise.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The head word of a title decides the family before its qualifiers (issue 22: « Transport scolaire » typed 99999999 was
 * offered 39162110-9 « Fournitures scolaires », because « scolaire » was taken for what the title is about). A title
 * opening with what is done (transport, maintenance, nettoyage, location) is offered codes that do it, or for a rental
 * the thing rented; never a supply or a work that only shares the qualifier (src/test/resources/cpv-suggestions/head-words.csv).
 */
class CpvSuggesterHeadWordTest {

    @Test
    void theHeadWordDecidesTheFamily() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/cpv-suggestions/head-words.csv"), StandardCharsets.UTF_8);
        List<String> misses = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(";", -1);
            List<String> got = CpvSuggester.load().suggest(f[0], f[1].isEmpty() ? null : f[1]).stream()
                    .map(CpvSuggester.Suggestion::code).toList();
            boolean ok = f[3].equals("first") ? !got.isEmpty() && got.get(0).equals(f[2]) : got.contains(f[2]);
            boolean wrong = !f[4].isEmpty() && got.stream().anyMatch(List.of(f[4].split("\\|"))::contains);
            if (!ok || wrong) {
                misses.add(f[0] + " typed " + f[1] + " → " + got + " (expected " + f[2] + " " + f[3] + ", never " + f[4] + ")");
            }
        }
        assertTrue(lines.size() > 8);
        assertTrue(misses.isEmpty(), String.join("\n", misses));
    }

    @Test
    void aServiceHeadIsOfferedOnlyCodesThatDoIt() {
        CpvCatalogue cpv = CpvCatalogue.load();
        for (String[] c : List.of(new String[] {"Transport scolaire", "transport"}, new String[] {"Maintenance des ascenseurs", "maintenance"},
                new String[] {"Maintenance du mobilier scolaire", "maintenance"}, new String[] {"Nettoyage des locaux scolaires", "cleaning"},
                new String[] {"Maintenance des équipements scolaires", "maintenance"})) {
            for (String typed : new String[] {"99999999", null}) {
                for (CpvSuggester.Suggestion s : CpvSuggester.load().suggest(c[0], typed)) {
                    String en = cpv.label(s.code().substring(0, 8), "en").toLowerCase(java.util.Locale.ROOT);
                    assertTrue(en.contains(c[1]), c[0] + " typed " + typed + " → " + s);
                }
            }
        }
    }

    @Test
    void theFeedbackQuotesThemAsBefore() {
        assertTrue(CpvSuggester.load().shown("Transport scolaire", "99999999", 3)
                .startsWith("60130000-8 Services spécialisés de transport routier de passagers"));
        assertEquals("50750000-7 Services d'entretien d'ascenseurs", CpvSuggester.load().shown("Maintenance des ascenseurs", "99999999", 3));
        assertEquals("55523100-3 Services de restauration scolaire", CpvSuggester.load().shown("Restauration scolaire", "99999999", 3));
    }
}
