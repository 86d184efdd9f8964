package org.vitrine.examples;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.vitrine.examples.ExampleModel.ExampleFile;
import org.vitrine.examples.ExampleModel.Row;
import org.vitrine.examples.ExampleModel.Sheet;

/**
 * Writes the example data set (examples/spreadsheets/) and the table of what the pipeline should do
 * with each row (examples/expected-outcomes.csv). Deterministic: the same tables give the same bytes.
 * <p>
 * Usage: {@code java -cp target/test-classes:target/classes:<deps> org.vitrine.examples.ExamplesGenerator
 * examples/spreadsheets [examples/expected-outcomes.csv]}. Not a test: run it by hand after editing
 * the tables, then commit the files ({@code ExamplesDataTest} fails while they are stale).
 */
public final class ExamplesGenerator {

    static final Instant CREATED = Instant.parse("2026-11-01T09:00:00Z");
    static final LocalDateTime ZIP_STAMP = LocalDateTime.of(2026, 11, 1, 10, 0);
    static final String OUTCOMES_HEADER = "file;sheet;row;reference;buyer;outcome;note";
    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final DateTimeFormatter CSV_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final List<String> REFERENCE_HEADERS = List.of("Référence", "Réf. interne", "N° interne", "Réf",
            "Réf.", "Reference");

    private ExamplesGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "examples/spreadsheets");
        Path outcomes = args.length > 1 ? Path.of(args[1]) : dir.toAbsolutePath().getParent().resolve("expected-outcomes.csv");
        Map<String, Integer> counts = generate(dir, outcomes);
        System.out.println("Wrote " + ExampleData.files().size() + " files to " + dir + " and " + outcomes);
        counts.forEach((k, v) -> System.out.println("  " + k + ": " + v));
    }

    /** Writes every example file into dir and the outcomes table; returns counts per outcome. */
    static Map<String, Integer> generate(Path dir, Path outcomes) throws IOException {
        Files.createDirectories(dir);
        for (ExampleFile f : ExampleData.files()) {
            Path out = dir.resolve(f.fileName());
            switch (f.format()) {
                case XLSX, XLS -> PoiWriter.write(f, out, CREATED, ZIP_STAMP);
                case ODS -> OdsWriter.write(f, out, ZIP_STAMP);
                case CSV_UTF8_BOM -> writeCsv(f, out, StandardCharsets.UTF_8, true);
                case CSV_CP1252 -> writeCsv(f, out, CP1252, false);
                case HTML_AS_XLSX -> Files.writeString(out, SESSION_EXPIRED_PAGE, StandardCharsets.UTF_8);
            }
        }
        List<String> lines = outcomeLines();
        Files.createDirectories(outcomes.toAbsolutePath().getParent());
        Files.writeString(outcomes, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        Map<String, Integer> counts = new TreeMap<>();
        for (String l : lines.subList(1, lines.size())) {
            counts.merge(l.split(";", -1)[5], 1, Integer::sum);
        }
        return counts;
    }

    private static void writeCsv(ExampleFile f, Path out, Charset cs, boolean bom) throws IOException {
        Sheet sheet = f.sheets().get(0);
        StringBuilder sb = new StringBuilder();
        if (bom) {
            sb.append('\uFEFF');
        }
        sb.append(String.join(";", sheet.headers().stream().map(ExamplesGenerator::csvCell).toList())).append("\r\n");
        for (Row r : sheet.rows()) {
            if (!r.isBlank()) {
                sb.append(String.join(";", r.cells().stream().map(ExamplesGenerator::csvCell).toList()));
            }
            sb.append("\r\n");
        }
        // Fail rather than write '?' for a character the code page lacks.
        ByteBuffer bytes;
        try {
            bytes = cs.newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT)
                    .onMalformedInput(CodingErrorAction.REPORT).encode(CharBuffer.wrap(sb));
        } catch (CharacterCodingException e) {
            throw new IOException(f.fileName() + ": character not in " + cs, e);
        }
        byte[] data = new byte[bytes.remaining()];
        bytes.get(data);
        Files.write(out, data);
    }

    private static String csvCell(String v) {
        String s = v;
        if (s.startsWith("#")) {
            s = s.substring(1);
        } else if (s.startsWith("@")) {
            s = CSV_DATE.format(LocalDate.parse(s.substring(1)));
        } else if (s.startsWith("=") || s.equals("^")) {
            throw new IllegalArgumentException("no formulas or merges in csv: " + s);
        }
        if (s.contains(";") || s.contains("\"") || s.contains("\n")) {
            s = "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    /** One line per data, blank and summary row: file;sheet;row;reference;buyer;outcome;note. */
    static List<String> outcomeLines() {
        List<String> lines = new ArrayList<>();
        lines.add(OUTCOMES_HEADER);
        for (ExampleFile f : ExampleData.files()) {
            if (f.sheets().isEmpty()) {
                String[] t = f.expectation().split("/", 2);
                lines.add(String.join(";", f.fileName(), "", "", "", f.baseName(), t[0], t.length > 1 ? t[1] : ""));
                continue;
            }
            boolean csv = f.format().extension.equals("csv");
            for (Sheet s : f.sheets()) {
                if (s.headers().isEmpty()) {
                    lines.add(String.join(";", f.fileName(), s.name(), "", "", "", "sheet-skipped", "no-header-row"));
                    continue;
                }
                int refCol = -1;
                for (String h : REFERENCE_HEADERS) {
                    refCol = refCol >= 0 ? refCol : s.headers().indexOf(h);
                }
                int buyerCol = s.headers().indexOf("Acheteur");
                int rowNumber = s.headerRowNumber();
                for (Row r : s.rows()) {
                    rowNumber++;
                    String[] t = r.tag().split("/", 2);
                    String ref = r.isBlank() || refCol < 0 ? "" : r.cells().get(refCol);
                    String buyer = buyerCol >= 0 && !r.isBlank()
                            ? ExampleData.SHARED_FILE_BUYERS.getOrDefault(r.cells().get(buyerCol), "?")
                            : f.baseName();
                    lines.add(String.join(";", f.fileName(), csv ? "" : s.name(), Integer.toString(rowNumber), ref,
                            buyer, t[0], t.length > 1 ? t[1] : ""));
                }
            }
        }
        return lines;
    }

    /** What a buyer's intranet sent instead of the workbook: a login page saved under the .xlsx name. */
    static final String SESSION_EXPIRED_PAGE = """
            <!DOCTYPE html>
            <html lang="fr">
            <head>
            <meta charset="utf-8">
            <title>Session expirée — Intranet SDIS de Saône-et-Brenne</title>
            <link rel="stylesheet" href="/static/intranet.css">
            </head>
            <body>
            <header><img src="/static/logo-sdis.png" alt="SDIS de Saône-et-Brenne"></header>
            <main>
            <h1>Votre session a expiré</h1>
            <p>Pour des raisons de sécurité, vous avez été déconnecté après 30 minutes d'inactivité.</p>
            <p>Le document demandé (<code>/ged/finances/programmation-achats-2027.xlsx</code>) n'a pas pu être téléchargé.</p>
            <form method="post" action="/auth/login">
            <label for="login">Identifiant</label> <input id="login" name="login" autocomplete="username">
            <label for="password">Mot de passe</label> <input id="password" name="password" type="password">
            <button type="submit">Se reconnecter</button>
            </form>
            </main>
            <footer>Intranet — Service départemental d'incendie et de secours — exemple fictif</footer>
            </body>
            </html>
            """;
}
