package org.vitrine.publish.brochure;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The key to the badges (designer Y, D5: none anywhere): after the practical page and before the figures, each badge
 * the cards carry, in its words, with what it says; the two « à confirmer » told apart, the need itself and the date.
 */
class BrochureBadgeKeyTest {

    static final List<String> BADGES = List.of("Besoin probable", "Besoin envisagé, à confirmer", "Lancement à confirmer",
            "Achat innovant", "Lancement après 2027", "Lancement prévu avant 2027", "Consultation en cours",
            "En cours le jour du salon", "Peut-être en cours le jour du salon");

    static List<String> pages(PDDocument doc) throws IOException {
        List<String> out = new ArrayList<>();
        PDFTextStripper s = new PDFTextStripper();
        for (int p = 1; p <= doc.getNumberOfPages(); p++) {
            s.setStartPage(p);
            s.setEndPage(p);
            out.add(s.getText(doc).replace('\u00A0', ' ').replace('\u202F', ' '));
        }
        return out;
    }

    /** The key's lines: from its heading to the end of its page. */
    static String key(List<String> pages, String heading) {
        for (String p : pages) {
            int i = p.indexOf(heading);
            if (i >= 0) {
                return p.substring(i);
            }
        }
        return "";
    }

    @Test
    void theKeyNamesEachBadgeOfTheCardsAndTellsTheTwoToConfirmApart() throws IOException {
        try (PDDocument doc = Loader.loadPDF(BrochureFixture.shared().pdf().toFile())) {
            List<String> pages = pages(doc);
            int keyPage = -1;
            int glance = -1;
            int practical = -1;
            for (int p = 0; p < pages.size(); p++) {
                String t = pages.get(p);
                if (keyPage < 0 && t.contains("Les repères des fiches")) {
                    keyPage = p + 1;
                }
                if (practical < 0 && t.contains("Horaires") && !t.contains("Sommaire")) {
                    practical = p + 1;
                }
                if (glance < 0 && t.contains("Besoins à lancer en 2027, par nature de marché")) {
                    glance = p + 1;
                }
            }
            assertTrue(keyPage > 0, "a key to the badges");
            assertTrue(keyPage >= practical && keyPage < glance, "the key on page " + keyPage + ", the practical page " + practical
                    + ", the figures " + glance);
            String key = key(pages, "Les repères des fiches");
            String cards = String.join("\n", pages.subList(glance, pages.size()));
            int shown = 0;
            for (String badge : BADGES) {
                if (cards.contains(badge)) {
                    shown++;
                    assertTrue(key.contains(badge), "« " + badge + " » on the cards, not in the key: " + key);
                }
            }
            assertTrue(shown >= 4, "the fixture's cards carry badges: " + shown);
            String flat = key.replaceAll("\\s+", " ");
            assertTrue(flat.contains("Besoin envisagé, à confirmer c’est le besoin lui-même qui reste à confirmer"), flat);
            assertTrue(flat.contains("Lancement à confirmer le besoin est prévu, c’est la date qui reste à confirmer"), flat);
        }
        try (PDDocument en = Loader.loadPDF(BrochureFixture.shared().pdfEn().toFile())) {
            String key = key(pages(en), "Marks on the need cards").replaceAll("\\s+", " ");
            assertTrue(key.contains("the need itself is to be confirmed") && key.contains("its date is to be confirmed"), key);
        }
    }
}
