package org.vitrine.publish.brochure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vitrine.model.Need;

/** What copy, search and a screen reader get from the fixture brochure's text, page by page. */
class BrochureTextTest {

    static BrochureFixture.Result fixture;
    static PDDocument doc;
    static List<String> pages = new ArrayList<>();
    /** Lines as laid out (PDFBox keeps line breaks), to see where lines end. */
    static List<String> lines = new ArrayList<>();
    static String all;

    @BeforeAll
    static void open() throws IOException {
        fixture = BrochureFixture.shared();
        doc = Loader.loadPDF(fixture.pdf().toFile());
        PDFTextStripper stripper = new PDFTextStripper();
        for (int p = 1; p <= doc.getNumberOfPages(); p++) {
            stripper.setStartPage(p);
            stripper.setEndPage(p);
            String text = stripper.getText(doc);
            pages.add(BrochureContentTest.flat(text));
            lines.addAll(text.lines().map(String::strip).toList());
        }
        all = String.join(" ", pages);
    }

    @AfterAll
    static void close() throws IOException {
        doc.close();
    }

    @Test
    void noLigatureCodePointsSoThatSearchFindsOffres() {
        for (int cp = 0xFB00; cp <= 0xFB06; cp++) {
            assertFalse(all.indexOf(cp) >= 0, () -> "ligature in the text: " + all);
        }
        assertTrue(all.contains("Appel d’offres ouvert"), "found by a search for 'offres'");
        assertTrue(all.contains("fiche en ligne") || all.contains("Fiche"), all);
    }

    @Test
    void frenchFirstOfTheMonthAndTypographicApostrophes() {
        assertTrue(all.contains("Fin du marché actuel : 1er septembre 2027"), all);
        assertFalse(Pattern.compile("(?<!\\d)1 (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)")
                .matcher(all).find(), "a first of the month without 'er'");
        // The config's booking text has straight apostrophes ("l'événement"): printed typographic.
        assertTrue(all.contains("plateforme de l’événement"), all);
        assertFalse(Pattern.compile("\\p{L}'\\p{L}").matcher(all).find(), "a straight apostrophe inside a word");
    }

    @Test
    void theIndexFollowsFrenchDictionaryOrder() {
        String index = String.join(" ", pages.subList(indexStart() - 1, pages.size()));
        int e = index.indexOf(BrochureFixture.ACCENTED_TITLES[0]);
        int f = index.indexOf(BrochureFixture.AFTER_E_TITLE);
        assertTrue(e > 0 && f > e, index);
    }

    /**
     * An index entry (title, buyer in its own column, page number) is never split across two pages: each
     * need's title is in the index once, on a page that has its buyer and page number after it.
     */
    @Test
    void indexRowsStayOnOnePage() {
        var brochure = fixture.config().vitrine().brochure();
        ShortNames names = new ShortNames(ShortNames.given(fixture.config().buyers().all(), brochure == null ? null : brochure.shortNames()),
                org.vitrine.messages.Messages.of("fr").get("bro.short_forms"));
        for (Need n : fixture.needs()) {
            String title = BrochureContentTest.flat(PdfRenderer.keepRenderable(n.title()));
            String entry = title + " " + BrochureContentTest.flat(names.index(n.buyer().id(), n.buyer().name()));
            int found = 0;
            for (int p = indexStart(); p < pages.size(); p++) {
                String page = pages.get(p - 1);
                if (page.contains(title + " ")) {
                    found++;
                    Matcher m = Pattern.compile(Pattern.quote(entry) + " (\\d+)").matcher(page);
                    assertTrue(m.find(), entry + " with its page, on page " + p + ": " + page);
                }
            }
            assertEquals(1, found, () -> title + " once in the index");
        }
    }

    /** Labels and values, e-mails, phone numbers, file names and names with hyphens are never split at a line end. */
    @Test
    void nothingThatMustStayWholeEndsALine() {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String next = i + 1 < lines.size() ? lines.get(i + 1) : "";
            assertFalse(line.matches(".*\\b0\\d( \\d\\d){0,3}$") && next.matches("^\\d\\d( \\d\\d)*\\b.*"),
                    () -> "a split phone number: " + line + " / " + next);
            for (String label : LABELS) {
                assertFalse(line.endsWith(label), () -> "a label ends a line: " + line);
            }
            assertFalse(line.matches(".*\\p{L}-$"), () -> "a line ends at a hyphen: " + line);
            assertFalse(line.matches(".*@\\S*$") && !line.matches(".*@\\S+\\.\\p{L}{2,}$"), () -> "a split e-mail: " + line);
            assertFalse(line.endsWith("needs."), () -> "a split file name: " + line);
            // a « · » where a run of items wraps is usual; one left before the card's online address is not (designer V)
            assertFalse(line.endsWith("·") && (line.contains("Questions-réponses") || next.startsWith("Fiche en ligne")
                    || next.startsWith("http")), () -> "a separator left before the online address: " + line + " / " + next);
        }
    }

    /** The labels the brochure prints before a value ("Durée :"), as PDFBox extracts them. */
    static final List<String> LABELS = labels();

    private static List<String> labels() {
        org.vitrine.messages.Messages m = org.vitrine.messages.Messages.of("fr");
        return java.util.stream.Stream.of("page.amount", "page.launch", "page.duration", "page.notification", "page.cpv", "bro.need.online",
                "bro.need.contract_start", "bro.need.incumbent_end", "bro.need.place", "bro.need.tender", "bro.buyer.contact",
                "bro.buyer.profile", "bro.practical.booking_link", "bro.live.link")
                .map(k -> BrochureContentTest.flat(m.get("bro.label", m.get(k))).strip()).toList();
    }

    @Test
    void countsHaveThousandsSeparatorsAndTotalsNoCents() {
        assertFalse(Pattern.compile("(?<![\\d,.\\-/])\\d{4,}(?![\\d\\-])").matcher(all.replaceAll("20\\d\\d", "")
                .replaceAll("https?://\\S+", "").replaceAll("\\b\\d{5}(-\\d)?\\b", "")).find(), all);
        assertFalse(Pattern.compile("\\d,\\d+\\s?€").matcher(all).find(), "an amount with cents");
    }

    /**
     * Each buyer's needs follow the figures chart: the year's months in date order, then the launches known
     * only to the quarter, half or year (« Mois à préciser »), then those after the year — not the order of
     * the buyer's file.
     */
    @Test
    void eachBuyersNeedsFollowTheChartsOrder() {
        java.util.Comparator<Need> order = BrochureFacts.launchOrder(2027, java.util.Locale.FRENCH);
        boolean reordered = false;
        for (var b : fixture.site().buyers()) {
            List<Need> expected = b.needs().stream().sorted(order).toList();
            reordered |= !expected.equals(b.needs());
            int at = -1;
            for (Need n : expected) {
                if (!n.title().startsWith("Besoin ")) {
                    continue; // the fixture's Unicode title is extracted with other spaces
                }
                int next = all.indexOf(n.title() + " ");
                assertTrue(next > at, b.name() + ": " + n.title() + " after the need before it");
                at = next;
            }
        }
        assertTrue(reordered, "the fixture gives some buyer its needs in another order");
    }

    @Test
    void reservedContractsNameTheirType() {
        // The catalogue's words: its badge, then who may bid, as on the need page.
        assertFalse(Pattern.compile("Marché réservé(?![\\s\u00A0\u202F]?[,:]| \\(type à préciser\\))").matcher(all).find(), "a bare 'réservé'");
        assertTrue(all.contains("Réservé aux EA/ESAT"), all);
        assertTrue(all.contains("Qui peut candidater : Réservé aux entreprises adaptées (EA) et aux établissements et services d’aide par le travail (ESAT)"), all);
        assertTrue(all.contains("Réservé aux SIAE"), all);
        assertTrue(all.contains("Marché réservé (type à préciser)"), all);
        assertTrue(all.contains("Qui peut candidater : Marché réservé : l’acheteur n’a pas encore dit à qui (EA/ESAT, SIAE ou ESS) ; l’avis le précisera."), all);
    }

    @Test
    void supplierFieldsAreThere() {
        assertTrue(all.contains("Réf. R0"), all);
        assertTrue(all.contains("Lieu d’exécution : Saône-et-Loire (71)"), all);
        assertTrue(all.contains("Début d’exécution : septembre 2027"), all);
        assertTrue(all.contains("Renouvelle un marché existant · Fin du marché actuel : 1er septembre 2027"), all);
        assertTrue(all.contains("Au plus 3 lots par candidat"), all);
        assertTrue(all.contains("Lot numéro 8 : secteur H") && !all.contains("Lot numéro 9 :"), "eight lots listed");
        assertTrue(all.contains("Et 3 autres lots : voir la fiche en ligne."), all);
        assertTrue(all.contains("…") && !all.contains("FIN-DU-TEXTE-ENTIER"), "a long description is shortened");
    }

    /**
     * A lots table whose lots have no amount has no amount column (it printed a column headed « Montant estimé
     * (HT) » and empty); one whose lots have amounts keeps it.
     */
    @Test
    void aLotsTableWithoutAmountsHasNoAmountColumn() {
        String without = lines.stream().filter(l -> l.contains("Lot sans montant")).toList().toString();
        int i = lines.indexOf(lines.stream().filter(l -> l.contains("Lot sans montant") && l.endsWith("nord")).findFirst().orElseThrow());
        assertFalse(lines.get(i - 1).replace('\u00A0', ' ').contains("Montant estimé"), () -> "the header row over lots without amounts: " + lines.get(i - 1) + " " + without);
        assertTrue(lines.get(i - 1).contains("Lot"), () -> "the header row: " + lines.get(i - 1));
        int j = lines.indexOf(lines.stream().filter(l -> l.startsWith("1 Lot numéro 1") && l.replace('\u00A0', ' ').contains("secteur A")).findFirst().orElseThrow());
        assertTrue(lines.get(j - 1).replace('\u00A0', ' ').contains("Montant estimé (HT)"), () -> "the header row over lots with amounts: " + lines.get(j - 1));
    }

    /** What the print designer's review found missing on a card, and amounts in words rather than signs. */
    @Test
    void cardsGiveFirmnessClausesAwardDateAndAmountsInWords() {
        assertTrue(all.contains("Besoin probable") && all.contains("Besoin envisagé, à confirmer"), all);
        assertFalse(all.contains("Ferme"), "a firm need has no mark");
        assertTrue(all.contains("Clause sociale") && all.contains("Clause environnementale"), all);
        assertTrue(all.contains("Notification prévue : 30 juin 2027"), all);
        assertTrue(all.contains("Montant estimé (HT) : plus de 1 000 000 €"), all);
        assertTrue(all.contains("Montant estimé (HT) : moins de 40 000 €"), all);
        assertTrue(all.contains("Montant estimé (HT) : 90 000 € par an, soit 270 000 € sur 36 mois"), all);
        assertTrue(all.contains("Montant estimé (HT) : de 10 000 à 15 000 €"), all);
        assertFalse(Pattern.compile("[<>] ?\\d").matcher(all).find(), "an amount with a sign");
        assertTrue(all.contains("Lieu d’exécution : Saône-et-Loire (71), Nièvre (58)"), all);
        assertFalse(all.contains("Procédure : "), "the procedure's name is not repeated after a label");
        assertTrue(all.contains("Procédure adaptée (MAPA)"), all);
    }

    /**
     * Honest headline figures: the forecast year's needs only, the others counted apart in the future tense;
     * an open-ended amount makes the total "au moins"; each chart's note sits under its own chart.
     */
    @Test
    void theFiguresPageCountsTheYearAndSaysAtLeast() {
        String glance = pages.stream().filter(p -> p.startsWith("En un coup d’œil") && p.contains("Lancements")).findFirst().orElseThrow();
        int n = fixture.needs().size();
        assertTrue(glance.contains((n - 2) + " besoins à lancer en 2027"), glance);
        assertTrue(glance.contains("Lancement prévu avant 2027 : 1 besoin ("), glance); // the card's badge, its words (designer W, D4)
        assertTrue(glance.contains("au moins "), glance);
        assertTrue(glance.contains("1 besoin sera lancé après 2027 ("), glance);
        assertTrue(glance.contains("Décembre 0 Lancements annoncés au mois ou au jour. Mois à préciser"), glance);
        assertTrue(glance.matches(".*Lancements annoncés au trimestre, au semestre ou à l’année[^.]*\\.\\s*$")
                || glance.contains("pas dans leur premier mois. "), glance);
    }

    /**
     * Each need card prints its page's short address, to type when no phone is at hand: beside its QR code, and
     * on a live card too (its banner's code goes to the consultation; the address of the need page, with its
     * questions and dates, was missing there).
     */
    @Test
    void everyCardHasItsShortAddress() {
        String base = ((String) fixture.site().model().get("baseUrl")).replaceFirst("^https?://", "");
        for (Need n : fixture.needs()) {
            assertTrue(all.contains("Fiche en ligne : " + base + "needs/" + n.id() + ".html"), n.id() + " in " + all);
        }
        assertTrue(fixture.needs().stream().anyMatch(n -> n.live() != null), "the fixture has live cards");
    }

    /**
     * A web address that fits a line is printed whole on one line: it broke after « …/needs/ », its file name
     * alone on the next line. One longer than a line breaks at a slash, with no hyphen added.
     */
    @Test
    void anAddressThatFitsALineIsNotBroken() {
        for (int i = 0; i + 1 < lines.size(); i++) {
            String line = lines.get(i);
            String next = lines.get(i + 1);
            if (line.endsWith("/") && next.matches("[a-z0-9][^\\s]*(\\s.*)?")) {
                String address = line.substring(line.lastIndexOf(' ') + 1) + next.split("\\s")[0];
                assertTrue(address.length() > 90, "broken across two lines: " + line + " | " + next);
            }
            assertFalse(line.matches(".*(https?://|\\.fr/)\\S*-"), () -> "an address broken at a hyphen: " + line);
        }
    }

    /** The paper's reader is told where to download the attached data (an address may break after a slash). */
    @Test
    void theDataSentenceGivesTheDownloadAddress() {
        String base = (String) fixture.site().model().get("baseUrl");
        String joined = all.replaceAll("/ ", "/");
        assertTrue(joined.contains("téléchargez-les à l’adresse " + base + "data/needs.csv."), all);
        assertTrue(joined.contains("Téléchargement : " + base + "data/needs.csv " + base + "data/needs.json"), all);
    }

    @Test
    void aConsultationRunningOnTheEventDayHasTheBanner() {
        // Launched by the edition date: running, in the catalogue's words.
        assertTrue(all.contains("Réf. R7 Consultation en cours Marché réservé (type à préciser) Lancement prévu avant 2027"), all);
        assertTrue(all.contains("Consultation en cours Les offres sont en cours d’analyse ; aucun échange n’est possible."), all);
        // Launching after it: announced, not said to be running (it was « Cette consultation est en cours »).
        assertTrue(all.contains("En cours le jour du salon Lancement prévu le 11 janvier 2027 : la consultation sera en cours le jour du salon et ne pourra pas y être discutée."), all);
        assertFalse(all.contains("Cette consultation est en cours"), all);
        assertTrue(all.contains("Documents et questions : https://marches.example.fr/consultation/2027-0042"), all);
        assertTrue(all.contains("Une consultation déjà lancée ne peut pas être discutée au salon."), "the disclaimer's sentence");
    }

    /**
     * A need launching before the year says so in one wording, French and English (designer W, D4): the badge said
     * « Lancé avant 2027 » (done) and its call-out « Consultation probablement déjà lancée » (perhaps); the badge now
     * says what the forecast says, « Lancement prévu avant 2027 », the call-out the body's « peut-être »; designer X: the call-out's title is the badge's words, then that.
     */
    @Test
    void aNeedLaunchingBeforeTheYearHasOneWording() throws IOException {
        assertTrue(all.contains("Lancement prévu avant 2027 Code CPV"), all);
        // designer X: the call-out's title starts with the badge's own words
        // (the fixture's need launching before 2027 is live, so its call-out is the live one; « avant 2027 » shows on the examples)
        assertTrue(all.contains("Lancement prévu avant le salon : consultation peut-être déjà publiée Lancement prévu : "), all);
        assertFalse(all.contains("Consultation peut-être déjà lancée"), all);
        assertTrue(all.contains("Lancement prévu avant 2027 : 1 besoin ("), all); // the figures page, the same words
        assertFalse(all.contains("Lancé avant") || all.contains("probablement déjà") || all.contains("est lancé avant"), all);
        try (PDDocument en = Loader.loadPDF(fixture.pdfEn().toFile())) {
            String english = BrochureContentTest.flat(new PDFTextStripper().getText(en));
            assertTrue(english.contains("Launch planned before 2027 CPV code"), english);
            assertTrue(english.contains("Launch planned before the event: procedure possibly published already Launch planned: "), english);
            assertTrue(english.contains("Launch planned before 2027: 1 need ("), english);
            assertFalse(english.contains("Launched before") || english.contains("probably launched") || english.contains("is launched before"), english);
        }
    }

    /**
     * The lots table's caption is « Lots »: it repeated the whole need title printed just above it (designer W, D9).
     * The card's heading (an H3) names the need for a screen reader too; PDF/UA asks no caption of a table.
     */
    @Test
    void theLotsTableIsCaptionedLots() throws IOException {
        assertTrue(all.contains("Lots Lot Objet du lot 1 Lot sans montant : nord"), all);
        assertFalse(all.contains("Les lots du besoin"), all);
        try (PDDocument en = Loader.loadPDF(fixture.pdfEn().toFile())) {
            String english = BrochureContentTest.flat(new PDFTextStripper().getText(en));
            assertTrue(english.contains("Lots Lot Subject of the lot 1 "), english);
            assertFalse(english.contains("The lots of the need"), english);
        }
    }

    @Test
    void thePracticalPageGivesTheBookingPlatform() {
        assertTrue(all.contains("Réservation en ligne https://rendez-vous.example-region.fr/salon-2027"), all);
        assertTrue(all.contains("sur la plateforme de l’événement. Réservation du 5 janvier 2027 au 3 février 2027."), "the platform, and when booking opens and closes: " + all);
    }

    @Test
    void theFloorPlanLabelsOccupiedStandsWithALegend() {
        String plan = pages.stream().filter(p -> p.startsWith("Les exposants et le plan du salon")).findFirst().orElse("");
        assertTrue(plan.contains("Stand d’un acheteur exposant") && plan.contains("Stand libre"), plan);
        // The list is the legend, by stand, with each exhibitor's full name, needs and page.
        List<String> stands = new ArrayList<>();
        for (var b : fixture.site().buyers()) {
            assertTrue(plan.contains(b.stand() + " " + b.name() + " " + b.needs().size() + " "), b.stand() + " " + b.name() + " in " + plan);
            stands.add(b.stand());
        }
        java.util.Collections.sort(stands);
        int at = 0;
        for (String stand : stands) {
            int i = plan.indexOf(stand + " " + fixture.site().buyers().stream().filter(b -> stand.equals(b.stand())).findFirst().orElseThrow().name());
            assertTrue(i > at, "the list is by stand: " + stands + " in " + plan);
            at = i;
        }
        assertEquals(1, pages.stream().filter(p -> p.contains(fixture.site().buyers().get(0).name() + " " + fixture.site().buyers().get(0).needs().size() + " ")).count(),
                "one list of exhibitors, not two");
    }

    /**
     * The plan's stand labels: one size, at least 7 pt (designer V: 6 pt condensed read as 5); names broken between words only (no line of the page
     * ends on a hyphen, no zero-width space); shortened names from the example config or made by initials.
     */
    @Test
    void theFloorPlanLabelsAreSevenPointsAndNeverBrokenAtAHyphen() throws IOException {
        int p = 1 + pages.indexOf(pages.stream().filter(t -> t.startsWith("Les exposants et le plan du salon")).findFirst().orElseThrow());
        String plan = pages.get(p - 1);
        assertFalse(plan.contains("\u200B"), "no zero-width space: " + plan);
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        List<String> planLines = stripper.getText(doc).lines().map(String::strip).toList();
        assertTrue(planLines.stream().noneMatch(l -> l.endsWith("-")), "a line ends on a hyphen: " + planLines);
        for (String label : List.of("Préf. S.-et-L.", "Région B.-V.", "Dép. M.-Sud", "Métrop. V.-de-S.")) {
            assertTrue(plan.contains(label), label + " in " + plan);
        }
        java.util.Set<String> sizes = new java.util.TreeSet<>();
        TextColours.of(doc, p, p).keySet().forEach(k -> sizes.add(k.substring(k.indexOf(' ') + 1)));
        assertTrue(sizes.stream().allMatch(size -> Double.parseDouble(size) >= 7.0), "text under 7 pt on the plan: " + sizes);
        assertTrue(sizes.contains("7.0"), "the labels at 7 pt: " + sizes);
    }

    /**
     * The colophon names its publisher once and gives the legal deposit (the event's month); while no printer is
     * configured (the shipped config has none) it says the printer is to be filled in, so the proof shows the gap
     * (BAT review D1: it left the line out), never a sample printer as if it were the real one.
     */
    @Test
    void theColophonSaysEditeurOnceAndGivesTheLegalDeposit() {
        String back = pages.get(pages.size() - 2); // the inside back cover, the page before the last
        assertTrue(back.startsWith("Colophon"), back);
        assertFalse(back.contains("Éditeur : Éditeur"), back);
        assertTrue(back.contains("Éditeur Région Exemple"), back);
        assertTrue(back.contains("Dépôt légal février 2027"), "the month of the event (2027-02-04): " + back);
        assertTrue(back.contains("Imprimeur à compléter avant impression"), back);
        assertFalse(back.contains("Imprimé par") || back.contains("Exemple, 12 rue"), back);
        assertEquals(null, fixture.config().vitrine().brochure().printer(), "the shipped config names no printer");
    }

    /** A printer configured is named on the colophon « Imprimé par … », and the placeholder is gone (BAT review D1). */
    @Test
    void aConfiguredPrinterIsPrintedBy() throws Exception {
        var c = fixture.config();
        var v = RecordCopy.with(c.vitrine(), "brochure",
                RecordCopy.with(c.vitrine().brochure(), "printer", "Imprimerie Martin, 71100 Chalon-sur-Saône"));
        // Typography joins short last words with a no-break space: read it as a space.
        String html = BrochureFixture.html(RecordCopy.with(c, "vitrine", v)).replace('\u00A0', ' ');
        assertTrue(html.contains("<th scope=\"row\">Imprimé par</th><td>Imprimerie Martin, 71100 Chalon-sur-Saône</td>"),
                "the colophon names the printer « Imprimé par »");
        assertFalse(html.contains("compléter avant impression"), "no placeholder once the printer is named");
    }

    /**
     * Each buyer's section starts on a new page (the last designer's point 1, decided), whose running head names
     * that buyer: the contents and the exhibitors' list send the reader to that page for that buyer (heads of
     * pages two buyers shared named one of them only: the examples' pages 28, 45, 49).
     */
    @Test
    void eachBuyerStartsAPageHeadedWithItsName() {
        var brochure = fixture.config().vitrine().brochure();
        ShortNames names = new ShortNames(ShortNames.given(fixture.config().buyers().all(), brochure == null ? null : brochure.shortNames()),
                org.vitrine.messages.Messages.of("fr").get("bro.short_forms"));
        String plan = pages.stream().filter(p -> p.startsWith("Les exposants et le plan du salon")).findFirst().orElseThrow();
        var buyers = fixture.site().buyers();
        for (int i = 0; i < buyers.size(); i++) {
            var b = buyers.get(i);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(b.stand() + " " + b.name() + " " + b.needs().size() + " ") + "(\\d+)").matcher(plan);
            assertTrue(m.find(), b.name() + " in " + plan);
            String page = pages.get(Integer.parseInt(m.group(1)) - 1);
            String body = page.replaceFirst("^.*? Prévisions d’achat 2027 \\d+ ", "");
            assertTrue(body.startsWith(b.name()), () -> "page " + m.group(1) + " starts with " + b.name() + ": " + body.substring(0, Math.min(160, body.length())));
            // the running head names the buyer by its one short name, the plan's and the index's (designer X, D9)
            String head = names.running(b.id(), b.name()) + " · Stand " + b.stand();
            assertTrue(page.startsWith(head), "page " + m.group(1) + " heads with " + head + ": " + page.substring(0, Math.min(160, page.length())));
        }
    }

    /** The index's first page (its heading and introduction). */
    private static int indexStart() {
        for (int p = 1; p <= pages.size(); p++) {
            if (pages.get(p - 1).startsWith("Index par division CPV") && pages.get(p - 1).contains("Les besoins classés")) {
                return p;
            }
        }
        throw new AssertionError("no index page");
    }
}
