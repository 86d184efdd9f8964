package org.vitrine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The yearly job on the shipped examples, through Camel, as a user runs it: layout of CONTRACT §5,
 * conservation, nothing internal or personal in public files, and a rerun that changes nothing.
 * One run is shared by the tests of this class.
 */
public class RunExamplesEndToEndTest {

    static final String DATE = "2026-11-26";
    static final String CONFIDENTIAL_MARKER = "CONFIDENTIEL-TEST";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static Path out;
    static CliRunner.Result first;

    @BeforeAll
    static void runOnce() {
        out = tmp.resolve("out");
        first = CliRunner.run("run", "--config", "config", "--out", out.toString(), "--date", DATE);
    }

    @Test
    void publishesWithRejectsAndSaysWhereEverythingIs() {
        assertEquals(1, first.exit(), first.out() + first.err());
        assertTrue(first.out().contains("rejects.csv"), first.out());
        assertFalse(first.err().contains("Exception"), first.err());
        assertFalse(first.out().contains("\tat "), "no stack trace");
    }

    @Test
    void writesTheEditionLayoutBehindAtomicLinks() throws IOException {
        Path year = out.resolve("2027");
        assertTrue(Files.isSymbolicLink(year.resolve("current")));
        assertTrue(Files.readSymbolicLink(year.resolve("current")).toString().startsWith("editions/" + DATE + "-"));
        for (String f : List.of("public/index.html", "public/data/needs.json", "public/data/needs.csv",
                "public/brochure.pdf", "internal/run-report.json", "internal/rejects.csv", "internal/needs.json",
                "internal/risks.html", "internal/risks.csv")) {
            assertTrue(Files.isRegularFile(year.resolve(f)), f);
        }
        assertTrue(Files.list(year.resolve("internal/feedback")).findAny().isPresent());
        assertTrue(Files.readString(year.resolve("public/index.html")).contains("href=\"brochure.pdf\""), "links the brochure");
        try (Stream<Path> editions = Files.list(year.resolve("editions"))) {
            assertEquals(1, editions.count(), "no temporary folder left behind");
        }
    }

    /**
     * The examples' brochure, first edition: the figures take one page (the « Mois à préciser » table with
     * its note: the note alone on the next page said nothing), no « nouveau » mark, the total a floor of the
     * minimums, the download address absolute.
     */
    @Test
    void theExamplesBrochureKeepsItsFiguresOnOnePage() throws IOException {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(out.resolve("2027/public/brochure.pdf").toFile())) {
            var stripper = new org.apache.pdfbox.text.PDFTextStripper();
            List<String> figures = new java.util.ArrayList<>();
            String all = stripper.getText(doc).replaceAll("[\\s\u00A0\u202F]+", " ");
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String t = stripper.getText(doc).replaceAll("[\\s\u00A0\u202F]+", " ").strip();
                if (t.startsWith("En un coup d’œil")) {
                    figures.add(t);
                }
            }
            assertEquals(1, figures.size(), "one figures page: " + figures);
            String f = figures.get(0);
            assertTrue(f.contains("Mois à préciser") && f.contains("pas dans leur premier mois."), f);
            assertTrue(f.contains("Ensemble 207 au moins 229 271 000 €"), f); // a groupement counted once (designer W)
            assertFalse(all.contains("nouveau Code CPV") || all.contains("nouveau Marché"), "no « nouveau » on a first edition");
            assertTrue(all.replace("/ ", "/").contains("https://achats.example-region.fr/vitrine/data/needs.csv"), "the download address");
            // the SDIS, whose file was refused, says in its banner what its catalogue page says (supplier Z, issue 20)
            assertTrue(all.contains("La liste des besoins du Service départemental d’incendie et de secours de Saône-et-Loire est "
                    + "peut-être incomplète dans cette édition"), "the SDIS banner's note");
        }
    }

    /**
     * The examples' run tells staff what the printed brochure still needs (the last designer's points 2 and 3): the
     * printer to name (brochure.printer is null there); the floor plan (2,400 pixels on 174 mm: 350 ppi) and the
     * logo (828 pixels for its 70 mm box: 300 ppi) are not named.
     */
    @Test
    void theRunTellsWhatTheBrochureNeedsBeforePrint() throws IOException {
        String warnings = JSON.readTree(out.resolve("2027/internal/run-report.json").toFile()).get("warnings").toString();
        assertTrue(warnings.contains("indiquez l’imprimeur dans config/vitrine.yaml avant de faire imprimer la brochure"), warnings);
        assertFalse(warnings.contains("floor-plan.png"), warnings);
        assertFalse(warnings.contains("logo.png"), warnings);
    }

    @Test
    void everyRowIsPublishedInternalMergedOrRejected() throws IOException {
        JsonNode report = JSON.readTree(out.resolve("2027/internal/run-report.json").toFile());
        assertTrue(report.at("/conservation/balanced").asBoolean());
        JsonNode t = report.get("totals");
        long read = t.get("rowsRead").asLong();
        assertEquals(read, t.get("published").asLong() + t.get("internalOnly").asLong()
                + t.get("duplicates").asLong() + t.get("rejected").asLong());
        for (JsonNode f : report.get("files")) {
            assertEquals(f.get("rowsRead").asLong(), f.get("published").asLong() + f.get("internalOnly").asLong()
                    + f.get("duplicates").asLong() + f.get("rejected").asLong(), f.get("file").asText());
        }
        assertTrue(read >= 200, "the examples hold at least 200 planned purchases: " + read);
        assertTrue(t.get("rejected").asLong() > 0 && t.get("duplicates").asLong() > 0 && t.get("internalOnly").asLong() > 0);
        JsonNode needs = JSON.readTree(out.resolve("2027/public/data/needs.json").toFile()).get("needs");
        long publishedNeeds = 0;
        for (JsonNode f : report.get("files")) {
            // the qa source's published rows are questions and answers, not needs
            publishedNeeds += "questions".equals(f.get("source").asText()) ? 0 : f.get("published").asLong();
        }
        assertEquals(publishedNeeds, needs.size());
        // one conservation sum for the needs (the console's Total, 226 = the catalogue), the questions apart
        assertEquals(needs.size(), t.get("published").asLong(), "the total's published column is the catalogue's count");
        assertEquals(5, report.at("/questions/published").asLong(), "the 5 answered questions, counted apart");
        // every published need has its page, and the rejected rows each have a line
        for (JsonNode n : needs) {
            assertTrue(Files.isRegularFile(out.resolve("2027/public/needs/" + n.get("id").asText() + ".html")));
        }
        List<String> rejects = Files.readAllLines(out.resolve("2027/internal/rejects.csv"), StandardCharsets.UTF_8);
        assertTrue(rejects.size() - 1 >= t.get("rejected").asLong());
    }

    @Test
    void nothingInternalOrPersonalReachesPublicFiles() throws IOException {
        Set<String> allowedEmails = new HashSet<>();
        Matcher buyers = Pattern.compile("email:\\s*(\\S+@\\S+)").matcher(Files.readString(Path.of("config/buyers.yaml")));
        while (buyers.find()) {
            allowedEmails.add(buyers.group(1).replace("\"", ""));
        }
        // the service mailboxes vitrine.yaml publishes on purpose (the accessibility statement's contact, the
        // organiser's event.contact.email)
        Matcher configured = Pattern.compile("(?:contact|email):\\s*\"([^\"\\s]+@[^\"\\s]+)\"").matcher(Files.readString(Path.of("config/vitrine.yaml")));
        while (configured.find()) {
            allowedEmails.add(configured.group(1));
        }
        Pattern email = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[a-z]{2,}");
        for (var e : publicTexts(out.resolve("2027/public")).entrySet()) {
            assertFalse(e.getValue().contains(CONFIDENTIAL_MARKER), e.getKey());
            assertFalse(e.getValue().contains("\"visibility\""), e.getKey());
            Matcher m = email.matcher(e.getValue());
            while (m.find()) {
                assertTrue(allowedEmails.contains(m.group()), "personal e-mail " + m.group() + " in " + e.getKey());
            }
        }
        // a public need's risks only name public needs
        JsonNode needs = JSON.readTree(out.resolve("2027/public/data/needs.json").toFile()).get("needs");
        Set<String> publicIds = new HashSet<>();
        needs.forEach(n -> publicIds.add(n.get("id").asText()));
        for (JsonNode n : needs) {
            for (JsonNode r : n.get("buyerNotes")) {  // the public words of the risk items (supplier X, D6)
                r.path("related").forEach(id -> assertTrue(publicIds.contains(id.asText()), "non-public related " + id));
            }
        }
        // the internal report keeps them
        assertTrue(Files.readString(out.resolve("2027/internal/run-report.json")).contains("internalOnly"));
    }

    @Test
    void questionsAndAnswersReachTheirNeedsPagesAndFeedsButNotThoseOfInternalNeeds() throws IOException {
        Path pub = out.resolve("2027/public");
        String robot = Files.readString(pub.resolve("needs/chu-beaumont-chu-27-027.html"));
        assertTrue(robot.contains("Le robot pourra-t-il être proposé en location"), "question shown");
        assertTrue(robot.contains("Les deux formules seront admises"), "answer shown");
        // matched by buyer name and reference, and by the page address pasted whole (no answer yet)
        assertTrue(Files.readString(pub.resolve("needs/metropole-val-de-saone-mvs-27-019.html")).contains("lots géographiques"));
        assertTrue(Files.readString(pub.resolve("needs/universite-saone-bourgogne-usb-27-14.html")).contains("Réponse à venir"));
        String feed = Files.readString(pub.resolve("feed.xml"));
        assertTrue(feed.contains("Question et réponse : Robot chirurgical"), "new answers in the edition feed");
        assertTrue(Files.readString(pub.resolve("feeds/buyer-chu-beaumont.xml")).contains("needs/chu-beaumont-chu-27-027.html#q-"));
        JsonNode needs = JSON.readTree(pub.resolve("data/needs.json").toFile()).get("needs");
        boolean found = false;
        for (JsonNode n : needs) {
            if (n.get("id").asText().equals("chu-beaumont-chu-27-027")) {
                found = n.get("questions").size() == 2 && n.get("questions").get(0).get("answered").asText().equals("2026-10-21");
            }
        }
        assertTrue(found, "questions in needs.json");
        // the question about an internal need stays out of every public file
        for (var e : publicTexts(pub).entrySet()) {
            assertFalse(e.getValue().contains("assistance informatique sera-t-il publié"), e.getKey());
        }
        String rejects = Files.readString(out.resolve("2027/internal/rejects.csv"), StandardCharsets.UTF_8);
        assertTrue(rejects.contains("departement-morvan-sud-cd-27-99"), "a question about no known need is rejected");
    }

    @Test
    void theSuppliersReviewOfTheExamplesHolds() throws IOException {
        Path pub = out.resolve("2027/public");
        // no "besoin(s)", "nouveau(x)", "reconduction(s)" anywhere in the pages: counts agree in number
        for (var e : publicTexts(pub).entrySet()) {
            if (e.getKey().endsWith(".html")) {
                assertFalse(Pattern.compile("\\p{L}\\((s|x)\\)").matcher(e.getValue()).find(), e.getKey());
                assertFalse(e.getValue().contains("Peu de fournisseurs sont connus"), "the buyer's sourcing stays internal: " + e.getKey());
            }
        }
        // CHU-27-013, a negotiated procedure without competition ("Éditeur titulaire des droits"): no opportunity to bid
        String direct = Files.readString(pub.resolve("needs/chu-beaumont-chu-27-013.html"));
        assertTrue(direct.contains("Attribution directe, sans mise en concurrence"), direct);
        assertFalse(direct.contains("Toutes les entreprises (marché non réservé)") || direct.contains("rendez-vous")
                || direct.contains("L’avis paraîtra"), direct);
        assertFalse(Files.exists(pub.resolve("needs/chu-beaumont-chu-27-013.ics")));
        // the UGAP orders name it
        assertTrue(Files.readString(pub.resolve("needs/chu-beaumont-chu-27-029.html")).contains("auprès de la centrale d’achat UGAP"));
        // a first edition says so rather than "226 nouveaux besoins"
        String changes = Files.readString(pub.resolve("changes.html"));
        assertTrue(changes.contains("première édition") && !changes.contains("nouveaux besoins"), changes);
        // needs.csv for people: labels beside codes, oui/non, no empty sourcing columns
        String header = Files.readAllLines(pub.resolve("data/needs.csv")).get(0);
        assertTrue(header.contains(";category;category_label;") && header.contains(";procedure;procedure_label;"), header);
        assertFalse(header.contains("suppliers_known") || header.contains(";coverage;"), header);
        // the event page shows the floor plan
        assertTrue(Files.readString(pub.resolve("event.html")).contains("<img src=\"assets/floor-plan.png\""));
        assertTrue(Files.isRegularFile(pub.resolve("assets/floor-plan.png")));
    }

    @Test
    void aRerunWithTheSameInputsPublishesNothingNew() {
        CliRunner.Result again = CliRunner.run("run", "--config", "config", "--out", out.toString(), "--date", DATE);
        assertEquals(0, again.exit(), again.out() + again.err());
        assertTrue(again.out().contains("Rien n’a changé"), again.out());
    }

    @Test
    void anotherProcessWritesByteIdenticalPublicFiles() throws Exception {
        Path out2 = tmp.resolve("out-second-process");
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"), "-Duser.timezone=America/New_York",
                "-Duser.language=en", "org.vitrine.cli.VitrineCli", "run", "--config", "config", "--out", out2.toString(),
                "--date", DATE).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, p.waitFor(), log);
        TreeMap<String, byte[]> a = files(out.resolve("2027/public"));
        TreeMap<String, byte[]> b = files(out2.resolve("2027/public"));
        assertEquals(a.keySet(), b.keySet());
        List<String> different = new ArrayList<>();
        a.forEach((k, v) -> {
            if (!java.util.Arrays.equals(v, b.get(k))) {
                different.add(k);
            }
        });
        assertEquals(List.of(), different);
    }

    /** Same files, byte for byte (as {@link #files} lists them). */
    public static void assertSameBytes(TreeMap<String, byte[]> a, TreeMap<String, byte[]> b) {
        assertEquals(a.keySet(), b.keySet());
        a.forEach((k, v) -> assertTrue(java.util.Arrays.equals(v, b.get(k)), k));
    }

    public static TreeMap<String, byte[]> files(Path dir) throws IOException {
        TreeMap<String, byte[]> map = new TreeMap<>();
        // out/<year>/public is a symbolic link: walked as given, it would list nothing and every check pass.
        Path real = dir.toRealPath();
        try (Stream<Path> walk = Files.walk(real)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                map.put(real.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        if (map.isEmpty()) {
            throw new AssertionError("no file under " + dir);
        }
        return map;
    }

    /** Every public file as text; the PDF through its extracted text. */
    public static TreeMap<String, String> publicTexts(Path dir) throws IOException {
        TreeMap<String, String> texts = new TreeMap<>();
        for (var e : files(dir).entrySet()) {
            if (e.getKey().endsWith(".pdf")) {
                try (PDDocument doc = Loader.loadPDF(e.getValue())) {
                    texts.put(e.getKey(), new PDFTextStripper().getText(doc));
                }
            } else {
                texts.put(e.getKey(), new String(e.getValue(), StandardCharsets.UTF_8));
            }
        }
        return texts;
    }
}
