package org.vitrine.publish.catalogue;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.publish.Site;

/** The Nu Html Checker (the W3C validator's engine, run in-process) finds no error in the catalogue's pages. */
class HtmlValidityTest {

    @Test
    void pagesHaveNoHtmlError(@TempDir Path dir) throws Exception {
        Site site = CatalogueFixture.write(dir, CatalogueFixture.needs());
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        List<String> errors = new ArrayList<>();
        for (String page : List.of("index.html", "needs/" + site.needs().get(1).id() + ".html", "needs/" + site.needs().get(0).id() + ".html",
                "buyers/chu-beaumont.html", "calendar.html", "calendar/2027-03.html", "about.html", "accessibility.html", "changes.html",
                "event.html")) {
            JsonNode out = new ObjectMapper().readTree(validator.validate(dir.resolve(page)));
            for (JsonNode m : out.path("messages")) {
                if ("error".equals(m.path("type").asText()) || "fatal".equals(m.path("subType").asText())) {
                    errors.add(page + ":" + m.path("lastLine").asText() + " " + m.path("message").asText());
                }
            }
        }
        assertTrue(errors.isEmpty(), String.join("\n", errors));
        // the checker does report errors: a broken page is caught
        String broken = "<!DOCTYPE html><html lang=\"fr\"><head><title>x</title></head><body><ul><p>x</p></ul></body></html>";
        JsonNode out = new ObjectMapper().readTree(validator.validate(
                new java.io.ByteArrayInputStream(broken.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        assertTrue(out.path("messages").toString().contains("\"error\""), out.toString());
    }
}
