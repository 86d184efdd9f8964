package org.vitrine.publish.brochure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.vitrine.config.Config;
import org.vitrine.config.ConfigLoader;
import org.vitrine.messages.Messages;
import org.vitrine.model.EditionInfo;
import org.vitrine.model.JointGroup;
import org.vitrine.model.Need;
import org.vitrine.publish.Brochure;
import org.vitrine.publish.Site;
import org.vitrine.publish.Templates;

/**
 * A groupement de commandes is one card (designer W: four groups printed as 16 unrelated share cards, without the
 * group's name, total or coordinator, and listed four times in the index): the brochure's HTML, as handed to the
 * renderer, holds the group's card once, on its coordinator's pages, and a pointer on each other member's.
 */
class BrochureGroupsTest {

    @Test
    void aGroupIsOneCardOnItsCoordinatorsPagesAndAPointerElsewhere() throws Exception {
        Config config = BrochureFixture.withEnglish(ConfigLoader.load(Path.of("config")));
        List<Need> needs = new ArrayList<>(BrochureFixture.needs(config));
        Set<String> buyers = new HashSet<>();
        List<Need> shares = new ArrayList<>();
        for (int i = 0; i < needs.size() && shares.size() < 3; i++) {
            Need n = needs.get(i);
            if (n.live() == null && !n.beyondYear() && buyers.add(n.buyer().id())) {
                Need.Builder b = n.toBuilder();
                b.jointGroup = new JointGroup("Énergie 2027", shares.size() == 1); // the second buyer coordinates
                needs.set(i, b.build());
                shares.add(needs.get(i));
            }
        }
        assertEquals(3, shares.size());
        Messages fr = Messages.of("fr");
        EditionInfo edition = new EditionInfo("2027-01", 2027, LocalDate.of(2026, 11, 26), "fr", List.of(), List.of(),
                "Licence Ouverte / Etalab 2.0", null, fr.get("publish.disclaimer"));
        Site site = new Site(needs, config, edition, fr);
        Path templates = Path.of("templates");
        String html;
        Path pdf = Files.createTempFile("vitrine-pointers", ".pdf");
        try (QrImages qr = Brochure.qrImages(site)) {
            Brochure brochure = new Brochure(new Templates(templates, Locale.FRENCH), templates);
            html = brochure.html(site, fr, config, qr);
            // « un seul marché » and « … Val-de-Saône : voir p. 27 » never split across lines (designer X, D8; designer Y,
            // D2: 4 of 12 broke after the colon): the pointers laid out at every width from 80 to 174 mm (the text block), in the
            // extracted text no line ends with the colon or « voir p. », none starts with « voir », and each pointer's last
            // line holds « word : voir p. N » (the footer's page number is a line of digits too)
            StringBuilder doc = new StringBuilder("<html><head><meta charset=\"utf-8\" /><link rel=\"stylesheet\" href=\"brochure.css\" /></head><body>");
            Matcher p = Pattern.compile("<p class=\"share-pointer\">.*?</p>", Pattern.DOTALL).matcher(html);
            int pointers = 0;
            while (p.find()) {
                pointers++;
                for (int mm = 80; mm <= 174; mm++) {
                    doc.append("<div style=\"width: ").append(mm).append("mm\">").append(p.group()).append("</div>");
                }
            }
            assertEquals(2, pointers);
            doc.append("<div id=\"n-").append(shares.get(1).id()).append("\">carte</div></body></html>");
            PdfRenderer.renderPlain(doc.toString(), brochure.baseUri(), qr, pdf);
        }
        List<String> lines;
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            lines = new PDFTextStripper().getText(d).lines().map(l -> l.replaceAll("[\\s\u00A0\u202F]+", " ").strip()).toList();
        } finally {
            Files.deleteIfExists(pdf);
        }
        assertEquals(2 * 95, lines.stream().filter(l -> l.matches(".*\\p{L} : voir p\\. \\d+")).count(),
                "each pointer ends with « word : voir p. N » on one line: " + lines);
        for (String l : lines) {
            assertFalse(l.endsWith(":") || l.endsWith("voir") || l.endsWith("p.") || l.startsWith("voir") || l.startsWith(":"), "a pointer broken around « : voir p. N »: " + l);
            assertFalse(l.endsWith(" un") || l.startsWith("seul") || l.startsWith("marché"), "« un seul marché » split: " + l);
        }
        String raw = html.replace("&#160;", "\u00A0");
        assertFalse(Pattern.compile("un seul|seul marché").matcher(raw).find(), "no plain space in « un seul marché »");
        assertTrue(raw.contains("un\u00A0seul\u00A0marché"), "« un seul marché » kept together");
        // the spaces Typography puts aside, and the spans it wraps text in
        html = html.replace("&#160;", " ").replaceAll("[\\u00A0\\u202F ]+", " ");
        Need coordinator = shares.get(1);
        assertEquals(1, count(html, "class=\"group-box\""), "one card for the group");
        int card = html.indexOf("id=\"n-" + coordinator.id() + "\"");
        assertTrue(card > html.indexOf("id=\"b-" + coordinator.buyer().id() + "\""), "on the coordinator's pages");
        String cardHtml = html.substring(card, html.indexOf("class=\"group-box\""));
        assertTrue(cardHtml.length() < 3000, "the group's box is in the coordinator's card");
        String box = html.substring(html.indexOf("class=\"group-box\""), html.indexOf("</table>", html.indexOf("class=\"group-box\"")))
                .replaceAll("<[^>]+>", "");
        assertTrue(box.contains("Groupement de commandes « Énergie 2027 » : un seul marché"), box);
        assertTrue(box.contains("Coordonnateur : " + coordinator.buyer().name()), box);
        for (Need s : shares) {
            assertTrue(box.contains(s.buyer().name()), s.buyer().name() + " in " + box);
        }
        for (Need s : List.of(shares.get(0), shares.get(2))) {
            int at = html.indexOf("id=\"n-" + s.id() + "\"");
            String pointer = html.substring(at, html.indexOf("</div>", at)).replaceAll("<(?!/?a |span class=\"page-ref)[^>]+>", "");
            assertTrue(html.substring(at - 40, at).contains("class=\"need need-share\""), pointer);
            assertTrue(pointer.contains("dans le groupement de commandes « Énergie 2027 », un seul marché mené par "
                    + new org.vitrine.messages.Fmt(org.vitrine.messages.Messages.of("fr")).theName(coordinator.buyer().name())), pointer);
            assertTrue(pointer.matches("(?s).*mené par (la|le|l’) .*"), "the coordinator with its article (designer X): " + pointer);
            assertTrue(pointer.contains("data-ref=\"#n-" + coordinator.id() + "\""), "its page number is the card's: " + pointer);
        }
        // the index lists the group once, by its coordinator's share
        String index = html.substring(html.indexOf("id=\"s-index\""));
        for (Need s : shares) {
            assertEquals(s == coordinator ? 1 : 0, count(index, "href=\"#n-" + s.id() + "\""), s.id());
        }
        // the cover counts contracts
        assertTrue(html.replaceAll("<[^>]+>", "").contains((needs.size() - 2) + " besoins, dont 1 groupement de commandes, publiés par"), "cover count");
        // the exhibitors' list counts what each buyer's pages and web page count (designer Y: SDIS « 0 » on the list,
        // « 3 besoins » on its pages): its own needs and its shares, « dont 1 en groupement » for a member; the note
        // under it gives the distinct needs, the cover's figure
        String exhibitors = html.substring(html.indexOf("id=\"s-exhibitors\""), html.indexOf("</table>", html.indexOf("exhibitors-list")));
        String text = html.replaceAll("<[^>]+>", "").replaceAll("\\s+", " ");
        Set<String> members = new HashSet<>(shares.stream().map(n -> n.buyer().name()).toList());
        for (String b : needs.stream().map(n -> n.buyer().name()).distinct().toList()) {
            Matcher row = Pattern.compile("<th scope=\"row\">" + Pattern.quote(b) + "</th><td class=\"num\">(\\d+)(.*?)</td>").matcher(exhibitors);
            assertTrue(row.find(), b + " in " + exhibitors);
            int own = (int) needs.stream().filter(n -> n.buyer().name().equals(b)).count();
            assertEquals(own, Integer.parseInt(row.group(1)), b);
            assertEquals(members.contains(b) ? " dont 1 en groupement" : "", row.group(2).replaceAll("<[^>]+>", ""), b);
            String banner = Pattern.quote(b) + " Stand [^·]+· " + own + " besoins" + (members.contains(b) ? ", dont 1 en groupement" : "(?!,)");
            assertTrue(Pattern.compile(banner).matcher(text).find(), () -> b + "'s banner: " + banner);
        }
        assertTrue(text.contains("compté chez chacun de ses membres (« dont … en groupement ») : " + (needs.size() - 2) + " besoins distincts en tout."), "the list's note");
    }

    private static int count(String s, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(s);
        int k = 0;
        while (m.find()) {
            k++;
        }
        return k;
    }
}
