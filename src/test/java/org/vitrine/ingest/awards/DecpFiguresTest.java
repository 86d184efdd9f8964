package org.vitrine.ingest.awards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vitrine.model.Award;

/**
 * What the awards source gives on every DECP file the project ships (real extracts, the schema sample, the risk
 * corpus, the examples, and a file of edge cases) must not move when its reading is made faster: the awards kept, the
 * records counted, the skipped ones with their field, and the competition figures with their award ids. Each file is
 * read three ways (every buyer configured, none, every other one: both code paths of the reader on every record),
 * with a tally that asks for every market of the file in every département. The expected dumps in
 * {@code src/test/resources/decp/golden} were written by the reader as it was before the speed work of issue 21
 * (commit 8e8b8ce); {@code -Ddecp.golden.write=true} writes them again, for a change that means to move a figure.
 */
public class DecpFiguresTest {

    static final Path GOLDEN = Path.of("src/test/resources/decp/golden");

    @ParameterizedTest
    @ValueSource(strings = {"src/test/resources/decp/decp-2019-etat-dae.json", "src/test/resources/decp/decp-2022-schema-sample.json",
            "src/test/resources/decp/decp-2019-edge-cases.json", "src/test/resources/risk-corpus/lawyerD/awards/decp-lawyerD.json",
            "src/test/resources/risk-corpus/lawyerF/awards/decp-2022-lawyerF.json", "examples/awards/decp-2019-region-metropole.json",
            "examples/awards/decp-2022-autres-acheteurs-71.json", "examples/awards/decp-2022-region-metropole.json"})
    void theFiguresOfEveryShippedFileAreUnchanged(String file) throws IOException {
        Path path = Path.of(file);
        String dump = dump(path);
        // a large dump is kept as its SHA-256 (the real State file: half a megabyte of lines)
        boolean large = dump.length() > 64 * 1024;
        String got = large ? sha256(dump) + "\n" : dump;
        Path expected = GOLDEN.resolve(path.getFileName().toString().replace(".json", large ? ".sha256" : ".txt"));
        if (Boolean.getBoolean("decp.golden.write")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(expected, got, StandardCharsets.UTF_8);
        }
        assertTrue(dump.contains("award "), "the dump holds awards");
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), got);
    }

    public static String sha256(String s) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The source's whole output on one file, read three ways, one line per award, skipped record and figure. */
    public static String dump(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        List<String> buyers = new ArrayList<>(new TreeSet<>(root.findValues("acheteur").stream()
                .map(a -> a.path("id").asText(a.asText()).trim()).toList()));
        Set<String> keys = new TreeSet<>();
        for (JsonNode cpv : root.findValues("codeCPV")) {
            for (String dep : DEPARTEMENTS) {
                keys.addAll(CompetitionTally.keys(cpv.asText(), dep));
            }
        }
        Set<String> half = new TreeSet<>();
        for (int i = 0; i < buyers.size(); i += 2) {
            half.add(buyers.get(i));
        }
        StringBuilder out = new StringBuilder();
        read(out, "every buyer", file, new TreeSet<>(buyers), new CompetitionTally(keys, LocalDate.of(2000, 1, 1), LocalDate.of(2030, 12, 31)));
        read(out, "no buyer", file, Set.of(), new CompetitionTally(keys, LocalDate.of(2000, 1, 1), LocalDate.of(2030, 12, 31)));
        read(out, "every other buyer, 2021-2023", file, half, new CompetitionTally(keys, LocalDate.of(2021, 1, 1), LocalDate.of(2023, 12, 31)));
        read(out, "every buyer, no tally", file, new TreeSet<>(buyers), null);
        return out.toString();
    }

    private static void read(StringBuilder out, String how, Path file, Set<String> sirets, CompetitionTally tally) throws IOException {
        AwardSource.Result r = AwardSource.read(file, sirets, tally);
        out.append("== ").append(how).append(": ").append(sirets.size()).append(" buyers configured\n");
        out.append("records ").append(r.records()).append('\n');
        for (Award a : r.awards()) {
            out.append("award ").append(a).append('\n');
        }
        for (Map.Entry<String, List<DecpReader.Skipped>> e : r.skipped().entrySet()) {
            for (DecpReader.Skipped s : e.getValue()) {
                out.append("skipped ").append(e.getKey()).append(' ').append(s).append('\n');
            }
        }
        if (tally != null) {
            tally.figures().values().forEach(f -> out.append("figure ").append(f).append('\n'));
            tally.awards().forEach(a -> out.append("counted ").append(a).append('\n'));
        }
    }

    static final List<String> DEPARTEMENTS = departements();

    private static List<String> departements() {
        List<String> out = new ArrayList<>();
        for (int d = 1; d <= 95; d++) {
            if (d != 20) {
                out.add(String.format("%02d", d));
            }
        }
        out.addAll(List.of("2A", "2B", "971", "972", "973", "974", "976"));
        return out;
    }
}
