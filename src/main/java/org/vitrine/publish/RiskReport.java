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
import org.vitrine.run.Parallel;

/**
 * internal/risks.html, internal/risks/<buyer-id>.html and internal/risks.csv, for procurement staff:
 * counts by rule and by buyer on the first page, then one page per buyer with each of its flagged
 * needs, its explanations and links to the related needs (a national forecast's single page was
 * hundreds of megabytes, which no browser opens). Internal: it shows every need, public or not.
 */
public final class RiskReport {

    /** One rule's line of the summary. */
    public record RuleCount(String code, String title, long high, long medium, long low, long needs) {
    }

    /** One buyer's line of the summary: its flagged needs, their flags, and all its needs. */
    public record BuyerCount(String id, String name, long needs, long flags, long total) {
    }

    /**
     * What a page shows of a related need: its title, its buyer, and the buyer page it is on (null when it
     * has no flag, so no page lists it). Made once per need: a page lists up to 20 related needs per flag.
     */
    public record Related(String title, String buyer, String page) {
    }

    private RiskReport() {
    }

    /**
     * The report's files as independent jobs (the CSV, the summary, one per buyer), to be run side by side.
     * Buyer ids are safe file names (see NeedIds).
     */
    public static List<Parallel.Job> jobs(Path internalDir, List<Need> needs, Messages m, Templates templates,
            Map<String, Object> base) throws IOException {
        List<Need> flagged = needs.stream().filter(n -> !n.risks().isEmpty()).toList();
        Map<String, Related> related = new HashMap<>();
        Map<String, List<Need>> flaggedByBuyer = new TreeMap<>();
        Map<String, Long> totals = new HashMap<>();
        for (Need n : needs) {
            related.put(n.id(), new Related(n.title(), n.buyer().name(), n.risks().isEmpty() ? null : n.buyer().id()));
            totals.merge(n.buyer().id(), 1L, Long::sum);
            if (!n.risks().isEmpty()) {
                flaggedByBuyer.computeIfAbsent(n.buyer().id(), k -> new ArrayList<>()).add(n);
            }
        }
        List<BuyerCount> byBuyer = buyerCounts(flaggedByBuyer, totals);
        Map<String, Object> summary = new LinkedHashMap<>(base);
        summary.put("rules", ruleCounts(flagged, m));
        summary.put("byBuyer", byBuyer);
        summary.put("flaggedCount", flagged.size());
        summary.put("totalNeeds", needs.size());
        Map<String, Object> shared = new LinkedHashMap<>(base);
        shared.put("related", related);
        Templates.Shared pages = templates.share(shared);
        Path dir = internalDir.resolve("risks");
        Files.createDirectories(dir);
        List<Parallel.Job> jobs = new ArrayList<>();
        jobs.add(() -> writeCsv(internalDir.resolve("risks.csv"), flagged, m));
        jobs.add(() -> templates.render("internal/risks.ftlh", summary, internalDir.resolve("risks.html")));
        for (BuyerCount b : byBuyer) {
            // Streamed to the file: a large buyer's page (thousands of flagged needs) is tens of megabytes.
            jobs.add(() -> templates.render("internal/risks-buyer.ftlh",
                    pages.with(Map.of("buyer", b, "flagged", flaggedByBuyer.get(b.id()))), dir.resolve(b.id() + ".html")));
        }
        return jobs;
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

    /** One line per buyer with a flagged need, in buyer id order (the grouping is a TreeMap). */
    static List<BuyerCount> buyerCounts(Map<String, List<Need>> flaggedByBuyer, Map<String, Long> totals) {
        List<BuyerCount> out = new ArrayList<>();
        flaggedByBuyer.forEach((id, list) -> out.add(new BuyerCount(id, list.get(0).buyer().name(), list.size(),
                list.stream().mapToLong(n -> n.risks().size()).sum(), totals.get(id))));
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
