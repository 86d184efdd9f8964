package org.vitrine.publish.brochure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vitrine.config.Config;
import org.vitrine.config.ConfigLoader;

/**
 * The addresses the brochure prints and links (data files, catalogue, need pages) are whole web addresses
 * built from publicBaseUrl; a base the reader could not use (none, relative, without https://) gives no
 * link and no QR code, and the practical page and the colophon say that this edition gives no download
 * address, instead of printing one that leads nowhere.
 */
class BrochureAddressesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "https://achats.example.fr/vitrine  | https://achats.example.fr/vitrine/",
            "https://achats.example.fr/vitrine/ | https://achats.example.fr/vitrine/",
            "http://localhost:8080/             | http://localhost:8080/",
            "achats.example.fr/vitrine/         | -",
            "/vitrine/                          | -",
            "-                                  | -"})
    void addressesAreAbsoluteOrSaidToBeMissing(String publicBaseUrl, String base) throws Exception {
        assertEquals(base == null ? "" : base, BrochureTools.siteBase(publicBaseUrl));
        String html = html(publicBaseUrl);
        if (base != null) {
            assertTrue(html.contains("href=\"" + base + "data/needs.csv\""), "practical page and colophon link the CSV");
            assertTrue(html.contains("href=\"" + base + "data/needs.json\""), "the colophon links the JSON");
            assertTrue(html.contains(">" + base + "data/needs.csv<"), "the printed address is the link's");
            assertTrue(html.contains("href=\"" + base + "needs/"), "need pages are linked");
            assertFalse(html.contains("n’indique pas d’adresse de téléchargement"));
        } else {
            assertFalse(html.contains("data/needs.csv\""), "no link to a data file without a whole address");
            assertFalse(html.contains("needs/") && html.contains(".html\""), "no need page link");
            String org = ConfigLoader.load(Path.of("config")).vitrine().organisation().name();
            String none = "Version papier : cette édition n’indique pas d’adresse de téléchargement ; demandez ces fichiers à " + org + ".";
            assertEquals(2, count(html.replace('\u00A0', ' ').replace('\u202F', ' '), none), "practical page and colophon: " + none);
        }
    }

    private static String html(String publicBaseUrl) throws Exception {
        Config config = ConfigLoader.load(Path.of("config"));
        return BrochureFixture.html(RecordCopy.with(config, "vitrine", RecordCopy.with(config.vitrine(), "publicBaseUrl", publicBaseUrl)));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
