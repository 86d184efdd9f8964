package org.vitrine.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vitrine.publish.catalogue.CatalogueFixture;

/**
 * The home page on a phone of 390 × 844 CSS pixels, as a supplier holds it at the event: the search box is on
 * the first screen, and no filter box cuts its text (the sort box read "Date de lanceme").
 */
class PhoneHomeBrowserTest {

    @RegisterExtension
    static final BrowserCatalogue page = new BrowserCatalogue(600, 1000);

    @BeforeAll
    static void start() throws Exception {
        page.write(CatalogueFixture.needs());
        // a window cannot be narrower than 500 px: the phone's viewport is emulated, as DevTools' device mode does
        Browser.emulatePhone(page.driver);
        page.open("index.html");
    }

    @Test
    void theSearchBoxIsOnTheFirstScreen() {
        @SuppressWarnings("unchecked")
        Map<String, Object> box = (Map<String, Object>) page.driver.executeScript(
                "var r = document.getElementById('q').getBoundingClientRect();"
                        + "return {bottom: r.bottom, width: window.innerWidth, height: window.innerHeight};");
        double height = ((Number) box.get("height")).doubleValue();
        assertTrue(((Number) box.get("width")).intValue() <= 400 && height >= 800, box.toString());
        assertTrue(((Number) box.get("bottom")).doubleValue() <= 844, "the search box ends at " + box.get("bottom") + " px");
    }

    @Test
    void noSelectCutsItsChosenText() {
        page.driver.executeScript("document.getElementById('more-filters').open = true;");
        // the chosen option's text, measured in the box's own font, fits in the box beside its arrow
        @SuppressWarnings("unchecked")
        List<String> cut = (List<String>) page.driver.executeScript(
                "var c = document.createElement('canvas').getContext('2d'), out = [];"
                        + "document.querySelectorAll('#filters select').forEach(function (s) {"
                        + "  var st = getComputedStyle(s); c.font = st.fontWeight + ' ' + st.fontSize + ' ' + st.fontFamily;"
                        + "  var text = s.options[s.selectedIndex].text, room = s.clientWidth - parseFloat(st.paddingLeft) - parseFloat(st.paddingRight) - 24;"
                        + "  if (c.measureText(text).width > room) { out.push(s.id + ': ' + text + ' in ' + room + ' px'); }"
                        + "});"
                        + "return out;");
        assertTrue(cut.isEmpty(), cut.toString());
    }
}
