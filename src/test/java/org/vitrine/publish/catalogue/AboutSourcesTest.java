package org.vitrine.publish.catalogue;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vitrine.model.EditionInfo;
import org.vitrine.publish.Catalogue;
import org.vitrine.publish.Site;
import org.vitrine.publish.Templates;

/**
 * The about page's table of sources names every kind of source the configuration accepts (ConfigLoader:
 * spreadsheets, rest, qa, awards) in words: the examples' awards source read "cat.about.kind.awards".
 */
class AboutSourcesTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"fr, Attributions passées (données essentielles), aucun (les 7 marchés", "en, Past awards (essential data), none (the 7 awards"})
    void everyKindOfSourceIsNamedInWords(String lang, String awards, String count) throws Exception {
        Site base = CatalogueFixture.site(CatalogueFixture.needs(), lang);
        EditionInfo e = (EditionInfo) base.model().get("edition");
        List<EditionInfo.SourceInfo> sources = List.of(
                new EditionInfo.SourceInfo("tableurs", "spreadsheets", 3, e.date(), false),
                new EditionInfo.SourceInfo("si", "rest", 2, e.date(), false),
                new EditionInfo.SourceInfo("questions", "qa", 1, e.date(), false),
                new EditionInfo.SourceInfo("attributions", "awards", 7, e.date(), false));
        base.model().put("edition", new EditionInfo(e.id(), e.year(), e.date(), e.language(), sources, e.withdrawn(),
                e.licence(), e.licenceUrl(), e.disclaimer()));
        new Catalogue(new Templates(Path.of("templates"), Locale.forLanguageTag(lang)), Path.of("templates")).write(dir, base);
        String about = Files.readString(dir.resolve("about.html"));
        assertFalse(about.contains("cat.about.kind"), about);
        assertTrue(about.matches("(?s).*<th scope=\"row\">attributions</th><td[^>]*>" + java.util.regex.Pattern.quote(awards) + ".*"), about);
        // no award is published: its count is the evidence kept, not « 7 » published elements (officer Y2)
        assertTrue(about.contains(">" + count), about);
    }
}
