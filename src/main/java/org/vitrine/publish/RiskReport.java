package org.vitrine.publish;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVPrinter;
import org.vitrine.cli.Messages;
import org.vitrine.model.Need;
import org.vitrine.model.RiskFlag;
import org.vitrine.risk.RiskSettings;

/**
 * internal/risks.html and internal/risks.csv, for procurement staff: counts by rule and by buyer,
 * then each flagged need with its explanations and links to the related needs. Internal: it shows
 * every need, public or not.
 */
public final class RiskReport {

    /** One rule's line of the summary. */
    public record RuleCount(String code, String title, long high, long medium, long low, long needs) {
    }

    /** One buyer's line of the summary. */
    public record BuyerCount(String id, String name, long needs, long flags) {
    }

    private RiskReport() {
    }

    public static void write(Path internalDir, List<Need> needs, Messages m, Templates templates, Map<String, Object> base)
            throws IOException {
        List<Need> flagged = needs.stream().filter(n -> !n.risks().isEmpty()).toList();
        Map<String, Need> byId = new HashMap<>();
        needs.forEach(n -> byId.put(n.id(), n));
        Map<String, Object> model = new LinkedHashMap<>(base);
        model.put("rules", ruleCounts(flagged, m));
        model.put("byBuyer", buyerCounts(flagged));
        model.put("flagged", flagged);
        model.put("byId", byId);
        model.put("totalNeeds", needs.size());
        templates.render("internal/risks.ftlh", model, internalDir.resolve("risks.html"));
        writeCsv(internalDir.resolve("risks.csv"), flagged, m);
    }

    static List<RuleCount> ruleCounts(List<Need> flagged, Messages m) {
        List<RuleCount> counts = new ArrayList<>();
        for (String code : RiskSettings.CODES) {
            long high = 0;
            long medium = 0;
            long low = 0;
            long needs = 0;
            for (Need n : flagged) {
                boolean any = false;
                for (RiskFlag f : n.risks()) {
                    if (f.code().equals(code)) {
                        any = true;
                        switch (f.severity()) {
                            case "high" -> high++;
                            case "low" -> low++;
                            default -> medium++;
                        }
                    }
                }
                needs += any ? 1 : 0;
            }
            counts.add(new RuleCount(code, m.get("risk." + code + ".title"), high, medium, low, needs));
        }
        return counts;
    }

    static List<BuyerCount> buyerCounts(List<Need> flagged) {
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, String> names = new HashMap<>();
        for (Need n : flagged) {
            long[] c = counts.computeIfAbsent(n.buyer().id(), k -> new long[2]);
            c[0]++;
            c[1] += n.risks().size();
            names.put(n.buyer().id(), n.buyer().name());
        }
        List<BuyerCount> out = new ArrayList<>();
        counts.forEach((id, c) -> out.add(new BuyerCount(id, names.get(id), c[0], c[1])));
        return out;
    }

    private static void writeCsv(Path file, List<Need> flagged, Messages m) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(w, DataExports.excelFormat())) {
            w.write('\uFEFF');
            csv.printRecord(m.get("risks.csv.need"), m.get("risks.csv.buyer"), m.get("risks.csv.title"),
                    m.get("risks.csv.visibility"), m.get("risks.csv.code"), m.get("risks.csv.severity"),
                    m.get("risks.csv.message"), m.get("risks.csv.related"));
            for (Need n : flagged) {
                for (RiskFlag f : n.risks()) {
                    csv.printRecord(DataExports.safe(List.of(n.id(), n.buyer().name(), n.title(), n.visibility(), f.code(),
                            f.severity(), f.message(), String.join(",", f.related()))));
                }
            }
        }
    }
}
