package org.vitrine.publish.brochure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vitrine.model.Need;
import org.vitrine.publish.Site;

/** Reads the fixture brochure back with PDFBox: structure, navigation, attachments and text. */
class BrochureContentTest {

    static BrochureFixture.Result fixture;
    static PDDocument doc;
    static List<String> pages;

    @BeforeAll
    static void open() throws IOException {
        fixture = BrochureFixture.shared();
        doc = Loader.loadPDF(fixture.pdf().toFile());
        pages = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        for (int p = 1; p <= doc.getNumberOfPages(); p++) {
            stripper.setStartPage(p);
            stripper.setEndPage(p);
            pages.add(flat(stripper.getText(doc)));
        }
    }

    @AfterAll
    static void close() throws IOException {
        doc.close();
    }

    /** Page text with runs of white space (line breaks included) as one space. */
    static String flat(String text) {
        return text.replaceAll("[\\s\u00A0\u202F]+", " ");
    }

    /** The text of page {@code p}'s foot (its lowest 18 mm): the folio. */
    static String folio(int p) throws IOException {
        var page = doc.getPage(p - 1);
        float h = page.getMediaBox().getHeight();
        var area = new org.apache.pdfbox.text.PDFTextStripperByArea();
        area.addRegion("foot", new java.awt.geom.Rectangle2D.Float(0, h - 18 * 72 / 25.4f, page.getMediaBox().getWidth(), 18 * 72 / 25.4f));
        area.extractRegions(page);
        return area.getTextForRegion("foot").strip();
    }

    /** 1-based page text. */
    static String page(int p) {
        return pages.get(p - 1);
    }

    /**
     * A card gives the new contract's renewal options next to its duration, as the need page does (issue 22: read,
     * not shown): the duration with its renewals (« 36 mois, dont 12 mois fermes et 2 reconductions de 12 mois ») and
     * the buyer's words (« Reconductions : reconductible 3 fois »).
     */
    @Test
    void aCardGivesTheRenewalOptionsNextToTheDuration() {
        org.vitrine.messages.Messages msg = org.vitrine.messages.Messages.of("fr");
        String all = String.join(" ", pages);
        int shown = 0;
        for (Need n : fixture.needs()) {
            String words = n.notes() == null ? null : n.notes().get("renewal_options");
            boolean renewals = n.duration() != null && n.duration().renewals() > 0 && n.durationMonths() != null;
            if (!renewals && words == null) {
                continue;
            }
            String duration = "Durée : " + (renewals ? msg.get("cat.need.duration_renewals", n.durationMonths(), n.duration().baseMonths(),
                    n.duration().renewals(), n.duration().renewalMonths()) : msg.get("bro.need.duration", n.durationMonths()));
            assertTrue(n.durationMonths() == null || all.contains(flat(duration)), n.id() + ": « " + flat(duration) + " »");
            assertTrue(words == null || all.contains(flat("Reconductions : " + words)), n.id() + ": « Reconductions : " + words + " »");
            shown++;
        }
        assertTrue(shown > 0, "the fixture has a need with renewal options");
    }

    /** A need card gives its other CPV codes (with their labels) and how many questions its page answers; the buyer's head the total. */
    @Test
    void theCardGivesTheOtherCpvCodesAndTheQuestionsAnswered() {
        String p = pages.stream().filter(t -> t.contains("Besoin 3 de ")).findFirst().orElseThrow();
        assertTrue(p.contains("Autres codes CPV : 45321000-3 — Travaux d’isolation thermique · 45331000-6 — Travaux d’installation de matériel de chauffage"), p);
        assertTrue(p.contains("Questions-réponses : 1 Fiche en ligne : "), "a live need: the count, and its page's address on its own line (its QR code goes to the consultation): " + p);
        assertTrue(pages.stream().anyMatch(t -> t.contains("Stand A01 Services de l’État · 3 besoins · 1 question publiée avec sa réponse")), "the buyer's total, in its head");
        assertEquals(1, pages.stream().filter(t -> t.contains("Autres codes CPV")).count(), "only the need that has them");
    }

    /** « Lancement à confirmer » on the cards whose need page carries the maybe-live notice (the catalogue's test). */
    @Test
    void aLaunchThatMayFallBeforeTheEventIsMarked() {
        var timing = org.vitrine.publish.catalogue.LaunchTiming.of(fixture.site().model());
        var competition = new org.vitrine.publish.catalogue.Competition();
        long expected = fixture.needs().stream().filter(n -> competition.open(n) && timing.maybeLive(n)).count();
        // the cards' marks, not the key to the badges (« Les repères des fiches », designer Y, D5), which shows it once
        long marked = pages.stream().filter(t -> !t.contains("Les repères des fiches"))
                .mapToLong(t -> t.split("Lancement à confirmer", -1).length - 1).sum();
        assertTrue(expected > 0, "the fixture has a launch month holding the event day");
        assertEquals(expected, marked);
    }

    /** The buyers' phones are tel: links dialling the global number. */
    /**
     * One link per thing a reader sees, of its size (designer V: the exhibitors' page and the index carried, beside
     * each page number's link, a second one of width 0 to the same place; designer W: then an inline-block number
     * box and its line's box, 17.2 × 13 and 11.5 × 10.5 pt, and the contents' title and leader side by side): no
     * link annotation with an empty rectangle, and no two links to the same place on a page whose rectangles overlap
     * or touch on one line.
     */
    @Test
    void everyLinkIsOneVisibleBoxOfItsText() throws IOException {
        List<String> wrong = new ArrayList<>();
        int links = 0;
        for (int p = 0; p < doc.getNumberOfPages(); p++) {
            List<org.apache.pdfbox.pdmodel.common.PDRectangle> rects = new ArrayList<>();
            List<String> targets = new ArrayList<>();
            for (var a : doc.getPage(p).getAnnotations()) {
                if (a instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link) {
                    links++;
                    var r = link.getRectangle();
                    String box = String.format(java.util.Locale.ROOT, "%.2f %.2f %.2f %.2f", r.getLowerLeftX(), r.getLowerLeftY(),
                            r.getUpperRightX(), r.getUpperRightY());
                    String target = target(link);
                    if (r.getWidth() < 1 || r.getHeight() < 1) {
                        wrong.add("page " + (p + 1) + ": empty link [" + box + "]");
                    }
                    for (int i = 0; i < rects.size(); i++) {
                        if (targets.get(i).equals(target) && touch(rects.get(i), r)) {
                            wrong.add("page " + (p + 1) + ": two links to " + target + " at [" + box + "]");
                        }
                    }
                    rects.add(r);
                    targets.add(target);
                }
            }
        }
        assertTrue(links > fixture.needs().size(), "links: " + links);
        int all = links;
        assertTrue(wrong.isEmpty(), () -> wrong.size() + " of " + all + ":\n" + String.join("\n", wrong.subList(0, Math.min(20, wrong.size()))));
    }

    /** Where a link goes: its page for an internal one, else its address. */
    private static String target(org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link) throws IOException {
        var dest = link.getDestination();
        if (link.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo go) {
            dest = go.getDestination();
        }
        if (dest instanceof org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination page) {
            return "page " + (doc.getPages().indexOf(page.getPage()) + 1);
        }
        if (link.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionURI uri) {
            return uri.getURI();
        }
        return String.valueOf(dest);
    }

    /** Two boxes overlap, or share a line and meet within 1 pt side by side. */
    private static boolean touch(org.apache.pdfbox.pdmodel.common.PDRectangle a, org.apache.pdfbox.pdmodel.common.PDRectangle b) {
        boolean sameLine = a.getLowerLeftY() < b.getUpperRightY() && b.getLowerLeftY() < a.getUpperRightY();
        return sameLine && a.getLowerLeftX() < b.getUpperRightX() + 1 && b.getLowerLeftX() < a.getUpperRightX() + 1;
    }

    @Test
    void phoneNumbersAreTelLinks() throws IOException {
        List<String> uris = new ArrayList<>();
        for (var page : doc.getPages()) {
            for (var a : page.getAnnotations()) {
                if (a instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link
                        && link.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionURI uri) {
                    uris.add(uri.getURI());
                }
            }
        }
        List<String> tels = uris.stream().filter(u -> u.startsWith("tel:")).toList();
        assertEquals(5, tels.size(), "one per buyer of the fixture, and the organiser's on the practical page: " + tels);
        assertTrue(tels.contains("tel:+33300000027"), "the organiser's: " + tels);
        assertTrue(tels.contains("tel:+33300000101"), tels.toString());
        assertTrue(pages.stream().anyMatch(t -> t.contains("03 00 00 01 01")), "the number printed as written");
    }

    /** The booking platform's address follows its label on one line (page 4 had « Plateforme de rendez-vous : », then the address below it). */
    @Test
    void theBookingAddressIsOnTheLineOfItsLabel() throws IOException {
        int p = 1;
        while (!page(p).startsWith("Informations pratiques")) {
            p++;
        }
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        List<String> lines = stripper.getText(doc).lines().map(l -> flat(l).strip()).toList();
        assertTrue(lines.contains("Réservation en ligne https://rendez-vous.example-region.fr/salon-2027"), String.join("\n", lines));
    }

    @Test
    void pageCountAndFooters() throws IOException {
        int n = doc.getNumberOfPages();
        List<Site.BuyerPage> buyers = fixture.site().buyers();
        // cover, contents, foreword, practical, at a glance, exhibitors, one or more per buyer, index, back cover
        assertTrue(n >= 8 + buyers.size(), "pages: " + n);
        assertEquals(0, n % 4, "a saddle-stitched booklet: a multiple of 4 pages");
        int lastPrinted = n - 2;
        while (page(lastPrinted).strip().equals("Notes")) { // the notes pages, titled, without a folio
            lastPrinted--;
        }
        assertEquals(String.valueOf(lastPrinted), folio(lastPrinted), "the folio alone, no total (notes pages come after layout)");
        assertEquals("", folio(1), "no folio on the cover");
        // The inside back cover (the page before the last): the colophon; the outside back cover (the last page,
        // what a visitor holding the folded booklet sees): the event, not the colophon; neither has a folio.
        assertTrue(page(n - 1).startsWith("Colophon"), page(n - 1));
        assertEquals("", folio(n - 1));
        assertTrue(page(n).startsWith("Salon inversé"), page(n));
        assertFalse(page(n).contains("Colophon"), page(n));
        assertEquals("", folio(n));
        assertTrue(page(1).contains("Salon inversé"), page(1));
    }

    @Test
    void oneBookmarkPerBuyer() {
        List<String> titles = new ArrayList<>();
        PDOutlineItem buyersItem = null;
        for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
            titles.add(item.getTitle());
            if (item.getTitle().equals("Les acheteurs et leurs besoins")) {
                buyersItem = item;
            }
        }
        assertNotNull(buyersItem, titles.toString());
        List<String> names = new ArrayList<>();
        buyersItem.children().forEach(i -> names.add(i.getTitle()));
        assertEquals(fixture.site().buyers().stream().map(Site.BuyerPage::name).toList(), names);
        assertTrue(titles.containsAll(List.of("Sommaire", "Le mot d’accueil", "Informations pratiques",
                "En un coup d’œil", "Les exposants et le plan du salon", "Index par division CPV", "Colophon")), titles.toString());
    }

    @Test
    void attachmentsAreThePublishedFiles() throws Exception {
        PDDocumentNameDictionary names = doc.getDocumentCatalog().getNames();
        Map<String, PDComplexFileSpecification> files = names.getEmbeddedFiles().getNames();
        assertEquals(List.of("needs.csv", "needs.json"), new ArrayList<>(files.keySet()));
        Path data = fixture.publicDir().resolve("data");
        for (String name : files.keySet()) {
            PDComplexFileSpecification spec = files.get(name);
            PDEmbeddedFile file = spec.getEmbeddedFileUnicode();
            assertArrayEquals(Files.readAllBytes(data.resolve(name)), file.toByteArray(), name);
            assertEquals(name, spec.getFileUnicode());
            assertEquals(name, spec.getFile());
            assertEquals(COSName.getPDFName("Data"), spec.getCOSObject().getDictionaryObject(COSName.getPDFName("AFRelationship")));
            assertEquals(name.endsWith(".csv") ? "text/csv" : "application/json", file.getSubtype());
            assertEquals(Files.size(data.resolve(name)), file.getSize());
            Calendar mod = file.getModDate();
            assertEquals(BrochureFixture.DATE.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), mod.toInstant());
        }
        COSArray af = doc.getDocumentCatalog().getCOSObject().getCOSArray(COSName.getPDFName("AF"));
        assertEquals(2, af.size());
        assertTrue(af.getObject(0) instanceof COSDictionary);
    }

    @Test
    void tableOfContentsPointsToTheSectionStarts() {
        String toc = page(2);
        assertTrue(toc.startsWith("Sommaire") || toc.contains(" Sommaire "), toc);
        List<Site.BuyerPage> buyers = fixture.site().buyers();
        List<Integer> starts = new ArrayList<>();
        for (Site.BuyerPage b : buyers) {
            Matcher m = Pattern.compile(Pattern.quote(b.name()) + "[ .]*?(\\d+)").matcher(toc);
            assertTrue(m.find(), b.name() + " in " + toc);
            int p = Integer.parseInt(m.group(1));
            // The first need in the brochure's order (BrochureFacts.launchOrder).
            String first = b.needs().stream().sorted(BrochureFacts.launchOrder(2027, java.util.Locale.FRENCH)).findFirst().orElseThrow().title();
            assertTrue(page(p).contains(b.name()) && page(p).contains(flat(first)), b.name() + " starts on page " + p + ": " + page(p));
            assertFalse(page(p - 1).contains(flat(first)), "the section starts on page " + p);
            starts.add(p);
        }
        // Sections follow each other, sharing a page when there is room: each buyer's text (up to the page
        // where the next one starts) holds all its titles.
        Matcher index = Pattern.compile("Index par division CPV[ .]*?(\\d+)").matcher(toc);
        assertTrue(index.find(), toc);
        starts.add(Integer.parseInt(index.group(1)));
        for (int i = 0; i < buyers.size(); i++) {
            StringBuilder section = new StringBuilder();
            for (int p = starts.get(i); p <= starts.get(i + 1); p++) {
                section.append(page(p)).append(' ');
            }
            for (Need n : buyers.get(i).needs()) {
                String title = flat(PdfRenderer.keepRenderable(n.title()));
                assertTrue(section.toString().contains(title), title + " in the section of " + buyers.get(i).name());
            }
        }
        assertTrue(page(starts.get(buyers.size())).contains("Division 90"), "index page");
    }

    @Test
    void charactersOutsideLatin1AreKept() throws Exception {
        String text = new PDFTextStripper().getText(doc);
        assertTrue(text.contains("Œuvre d’art pour le cœur de ville\u00A0: 1\u202F000\u00A0€ \uFFFD fin")
                || flat(text).contains("Œuvre d’art pour le cœur de ville : 1 000 € \uFFFD fin"), "title kept");
        assertTrue(text.contains("\u202F") || text.contains("\u00A0"), "no-break spaces kept");
        assertFalse(text.contains("#"), "no missing-glyph marks");
    }

    /**
     * Every need's QR code is drawn (made in the background during layout) and reads back as its permalink,
     * except a consultation running on the event day: its banner's code goes to the consultation instead
     * (its tender link, else the buyer profile). The practical page's code goes to the booking platform.
     */
    @Test
    void everyNeedHasItsQrCodeDrawn() throws Exception {
        java.util.Set<String> expected = qrTargets();
        java.util.Set<String> read = new java.util.TreeSet<>();
        for (org.apache.pdfbox.pdmodel.PDPage page : doc.getPages()) {
            var resources = page.getResources();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image
                        && image.getColorSpace() instanceof org.apache.pdfbox.pdmodel.graphics.color.PDIndexed) {
                    java.awt.image.BufferedImage img = image.getImage();
                    int[] rgb = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
                    var bitmap = new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
                            new com.google.zxing.RGBLuminanceSource(img.getWidth(), img.getHeight(), rgb)));
                    read.add(new com.google.zxing.qrcode.QRCodeReader().decode(bitmap).getText());
                }
            }
        }
        assertFalse(expected.isEmpty(), "the fixture has a base URL");
        assertEquals(expected, read);
    }

    /**
     * The addresses the QR codes give: each need's page (a live card's too: designer W, D3), a live consultation's,
     * the booking platform, and the catalogue's home (the outside back cover's code).
     */
    static java.util.Set<String> qrTargets() {
        BrochureFixture.Result fixture = BrochureFixture.shared();
        String base = (String) fixture.site().model().get("baseUrl");
        java.util.Set<String> expected = new java.util.TreeSet<>(BrochureTools.permalinks(base, fixture.needs()));
        expected.add("https://rendez-vous.example-region.fr/salon-2027");
        expected.add(base); // the back cover: the catalogue's home, not a need's page
        for (Need n : fixture.needs()) {
            if (n.live() != null) {
                expected.add(n.tenderUrl() != null ? n.tenderUrl() : fixture.site().buyer(n.buyer().id()).profile());
            }
        }
        return expected;
    }

    /**
     * A QR code is a link too, for a reader of the PDF: a link area of the code's size (28 mm square with its quiet zone, 1 mm
     * spared) goes to its address; the links around the codes were 0 pt wide.
     */
    @Test
    void everyQrCodeIsALinkOfItsSize() throws IOException {
        float mm = 72 / 25.4f;
        java.util.Set<String> clickable = new java.util.TreeSet<>();
        for (var page : doc.getPages()) {
            for (var a : page.getAnnotations()) {
                if (a instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link
                        && link.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionURI uri
                        && link.getRectangle().getWidth() > 23 * mm && link.getRectangle().getHeight() > 23 * mm
                        && link.getRectangle().getWidth() < 29 * mm) {
                    clickable.add(uri.getURI());
                }
            }
        }
        assertEquals(qrTargets(), clickable);
    }

    @Test
    void taggedWithHeadingsAndFiguresWithAltText() {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        List<String> alts = new ArrayList<>();
        walk(doc.getDocumentCatalog().getStructureTreeRoot().getCOSObject(), counts, alts, 0);
        assertEquals(1, counts.getOrDefault("H1", 0), counts.toString());
        assertTrue(counts.getOrDefault("H2", 0) >= 6 + fixture.site().buyers().size(), counts.toString());
        assertTrue(counts.getOrDefault("H3", 0) >= fixture.needs().size(), counts.toString());
        assertTrue(alts.stream().anyMatch(a -> a.startsWith("Logo")), alts.toString());
        assertTrue(alts.stream().anyMatch(a -> a.startsWith("Plan du salon")), alts.toString());
        long live = fixture.needs().stream().filter(n -> n.live() != null).count();
        assertEquals(fixture.needs().size(), alts.stream().filter(a -> a.startsWith("Code QR : fiche en ligne")).count(), alts.toString());
        assertEquals(live, alts.stream().filter(a -> a.startsWith("Code QR : la consultation en cours")).count());
        assertEquals("fr", doc.getDocumentCatalog().getLanguage());
    }

    /** The contents page is tagged as a table of contents: one TOC, one TOCI per entry, no Div left marked. */
    @Test
    void contentsAreTaggedAsATableOfContents() {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        walk(doc.getDocumentCatalog().getStructureTreeRoot().getCOSObject(), counts, new ArrayList<>(), 0);
        assertEquals(1, counts.getOrDefault("TOC", 0), counts.toString());
        // foreword, practical, glance, exhibitors and plan, "buyers" heading, each buyer, index (not the back cover)
        assertEquals(6 + fixture.site().buyers().size(), counts.getOrDefault("TOCI", 0), counts.toString());
    }

    private static void walk(COSDictionary node, Map<String, Integer> counts, List<String> alts, int depth) {
        if (depth > 200) {
            return;
        }
        COSName s = node.getCOSName(COSName.S);
        if (s != null) {
            counts.merge(s.getName(), 1, Integer::sum);
            String alt = node.getString(COSName.ALT);
            if (alt != null) {
                alts.add(alt);
            }
        }
        var k = node.getDictionaryObject(COSName.K);
        if (k instanceof COSDictionary d) {
            walk(d, counts, alts, depth + 1);
        } else if (k instanceof COSArray a) {
            for (int i = 0; i < a.size(); i++) {
                if (a.getObject(i) instanceof COSDictionary d) {
                    walk(d, counts, alts, depth + 1);
                }
            }
        }
    }

    @Test
    void englishBrochureHasEnglishLabelsAndTheDataAsWritten() throws Exception {
        try (PDDocument en = Loader.loadPDF(fixture.pdfEn().toFile())) {
            String text = flat(new PDFTextStripper().getText(en));
            assertTrue(text.contains("Contents") && text.contains("At a glance") && text.contains("Exhibitors"), text);
            assertTrue(text.contains("This forecast is indicative"), "English disclaimer");
            assertTrue(text.contains(fixture.needs().get(0).title()), "data texts stay as written");
            assertEquals("en", en.getDocumentCatalog().getLanguage());
            assertEquals(2, en.getDocumentCatalog().getNames().getEmbeddedFiles().getNames().size());
        }
    }
}
