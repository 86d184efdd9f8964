package org.vitrine.publish;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVPrinter;
import org.vitrine.messages.Messages;
import org.vitrine.model.Need;
import org.vitrine.publish.risks.NearMisses;
import org.vitrine.publish.risks.RenewalItems;
import org.vitrine.publish.risks.ReportItems;
import org.vitrine.publish.risks.Tracking;
import org.vitrine.risk.BuyerFacts;
import org.vitrine.config.RiskSettings;
import org.vitrine.risk.rules.need.ShortNotice;
import org.vitrine.context.Parallel;
import org.vitrine.context.Run;

/**
 * The staff report of docs/RISKS.md §6, never published: internal/risks.html (counts per section and code, the
 * edition's SHORT_NOTICE line, the buyers without a contact, every item to settle before the event, one line per
 * buyer), internal/risks/<buyer-id>.html (the buyer's lines in three sections: à traiter avant le salon, avant le
 * lancement, pour information) and internal/risks.csv (one line per item, with its owner, due date, status and key,
 * the file staff save as the tracking file to record their work). A group item appears once, on its anchor's line;
 * its other members' buyers link to it.
 */
public final class RiskReport {

    /** Items to settle before the event shown on the summary page at most; the buyer pages hold them all. */
    static final int SUMMARY_LINES = 300;

    /** One buyer's line of the summary: its lines per section and all its needs. */
    public record BuyerCount(String id, String name, long s, long l, long i, long total) {
    }

    /** One code's count of visible items in one section. */
    public record CodeCount(String section, String code, String title, long items) {
    }

    /** A buyer without a functional contact and how many of its needs have none either. */
    public record NoContact(String name, long needs) {
    }

    /** A buyer's count of EXPECTED_RENEWAL_MISSING awards, for the summary page. */
    public record Renewals(String id, String name, int awards, boolean noForecast) {
    }

    /** A group item anchored on another buyer's need that includes this buyer's need. */
    public record Membership(Need need, ReportItems.Item item, String page, String line) {
    }

    private RiskReport() {
    }

    /**
     * The missing renewals' points, on their stand-ins; a point names its buyer's look-alike line as the buyer's
     * feedback does (officer Y, D2).
     */
    static List<Need> renewalPoints(Run run, java.util.function.Predicate<String> noForecast, org.vitrine.messages.Fmt fmt) {
        Map<String, Need> byId = new HashMap<>();
        run.needs().forEach(n -> byId.put(n.id(), n));
        int window = org.vitrine.risk.awards.AwardEvidence.matchWindowDays(run.config()).orElse(0);
        return RenewalItems.of(run.missingRenewals(), run.config().buyers(), noForecast, run.config().risks(), run.messages(),
                fmt, run.editionDate(), (buyer, a) -> {
                    NearMisses.Line near = NearMisses.of(run, byId, window, buyer, a, fmt);
                    return near == null ? null : near.sentence();
                }, (buyer, a) -> {
                    org.vitrine.model.RejectedRow r = run.rejectedNaming(a.id());
                    return r == null || !buyer.equals(r.buyer()) ? null
                            : run.messages().get("risk.EXPECTED_RENEWAL_MISSING.rejected", r.file(), r.row(), r.reason());
                });
    }

    /**
     * The awards table's « Ligne qui lui ressemble » of a missing renewal: the rejected row naming it (officer Z3), else
     * its look-alike line; null when none.
     */
    static String like(Run run, org.vitrine.model.Award a, Map<String, Need> needById, Messages m) {
        org.vitrine.model.RejectedRow r = run.rejectedNaming(a.id());
        if (r != null) {
            return m.get("awards.renewals.rejected_like", r.file(), r.row(), r.reason());
        }
        return lookAlike(run.nearMiss(a.id()), needById, m);
    }

    /** The report's files as independent jobs (the CSV, the summary, one per buyer), to be run side by side. */
    public static List<Parallel.Job> jobs(Path internalDir, Run run, Templates templates, Map<String, Object> base)
            throws IOException {
        Messages m = run.messages();
        List<Need> needs = run.needs();
        Path trackingFile = run.config().dir().resolve(run.config().risks().tracking());
        Tracking tracking = Tracking.read(trackingFile, m, run.report()::warn);
        org.vitrine.messages.Fmt fmt = new org.vitrine.messages.Fmt(m);
        Map<String, Long> totals = new HashMap<>();
        needs.forEach(n -> totals.merge(n.buyer().id(), 1L, Long::sum));
        // a buyer that sent no forecast at all has not forgotten its renewals: said once (issue 17, version 2.6)
        java.util.Set<String> rejected = new java.util.HashSet<>();
        run.report().rejects().forEach(r -> rejected.add(r.buyer()));
        java.util.function.Predicate<String> noForecast = b -> totals.getOrDefault(b, 0L) == 0 && !rejected.contains(b);
        // missing renewals are tracked points too (lawyer D, defect 11), each on an internal stand-in's line
        List<Need> withRenewals = new ArrayList<>(needs);
        withRenewals.addAll(renewalPoints(run, noForecast, fmt));
        ReportItems report = new ReportItems(withRenewals, tracking, m, eventDate(run));

        Map<String, Map<String, List<ReportItems.Line>>> byBuyer = new TreeMap<>();
        Map<String, String> lineOfItem = new HashMap<>();
        for (String s : ReportItems.SECTIONS) {
            for (ReportItems.Line line : report.lines(s)) {
                byBuyer.computeIfAbsent(line.buyer(), k -> sections()).get(s).add(line);
                line.items().forEach(i -> lineOfItem.put(i.key(), line.id()));
            }
        }
        Map<String, List<Membership>> memberships = new TreeMap<>();
        for (ReportItems.Item item : report.items()) {
            String line = lineOfItem.get(item.key());
            for (Need member : item.members()) {
                String buyer = member.buyer().id();
                if (line != null && !buyer.equals(item.need().buyer().id())) {
                    memberships.computeIfAbsent(buyer, k -> new ArrayList<>())
                            .add(new Membership(member, item, item.need().buyer().id(), line));
                    byBuyer.computeIfAbsent(buyer, k -> sections());
                }
            }
        }
        // Past awards (DECP): each buyer's current contracts and missing renewals have a place on its page.
        Map<String, Need> needById = new HashMap<>();
        needs.forEach(n -> needById.put(n.id(), n));
        Map<String, List<org.vitrine.model.AwardLink>> linksByBuyer = new TreeMap<>();
        run.awardLinks().forEach(l -> linksByBuyer.computeIfAbsent(l.buyerId(), k -> new ArrayList<>()).add(l));
        linksByBuyer.keySet().forEach(b -> byBuyer.computeIfAbsent(b, k -> sections()));
        run.missingRenewals().keySet().forEach(b -> byBuyer.computeIfAbsent(b, k -> sections()));
        Map<String, String> names = new HashMap<>();
        needs.forEach(n -> names.putIfAbsent(n.buyer().id(), n.buyer().name()));
        run.config().buyers().all().forEach(b -> names.putIfAbsent(b.id(), b.name()));
        List<BuyerCount> buyers = new ArrayList<>();
        // points, not lines: a need with two flags in a section is one line and two points (lawyer E: 46 against 47)
        byBuyer.forEach((id, s) -> buyers.add(new BuyerCount(id, names.get(id), points(s.get("S")), points(s.get("L")),
                points(s.get("I")), totals.getOrDefault(id, 0L))));

        Map<String, Object> summary = new LinkedHashMap<>(base);
        summary.put("codes", codeCounts(report, m));
        summary.put("sectionCounts", sectionCounts(report));
        summary.put("hidden", report.hidden());
        summary.put("totalItems", report.items().size()); // the console's and run-report.json's figure (RiskItems)
        summary.put("shortNotice", shortNoticeLine(run, m));
        summary.put("noContact", noContact(run));
        List<ReportItems.Line> first = report.lines("S");
        summary.put("urgent", first.subList(0, Math.min(SUMMARY_LINES, first.size())));
        summary.put("urgentTotal", first.size());
        summary.put("urgentPoints", points(first));
        // section L lines due before the event: on the first page too, gravest first (they come first in section L)
        List<ReportItems.Line> early = report.lines("L").stream().filter(l -> ReportItems.dueBefore(l, eventDate(run))).toList();
        summary.put("early", early.subList(0, Math.min(SUMMARY_LINES, early.size())));
        summary.put("earlyTotal", early.size());
        summary.put("earlyPoints", points(early));
        summary.put("visibleItems", report.items().size() - report.hidden());
        summary.put("byBuyer", buyers);
        summary.put("totalNeeds", needs.size());
        summary.put("sections", ReportItems.SECTIONS);
        summary.put("trackingFile", run.config().risks().tracking());
        List<Renewals> renewals = new ArrayList<>();
        run.missingRenewals().forEach((b, list) -> renewals.add(new Renewals(b, names.get(b), list.size(), noForecast.test(b))));
        summary.put("renewals", renewals);
        summary.put("awardLinks", run.awardLinks().size());
        summary.put("awardsRead", run.awards().size());

        Templates.Shared pages = templates.share(new LinkedHashMap<>(base));
        Path dir = internalDir.resolve("risks");
        Files.createDirectories(dir);
        List<Parallel.Job> jobs = new ArrayList<>();
        jobs.add(() -> writeCsv(internalDir.resolve("risks.csv"), report, m));
        jobs.add(() -> templates.render("internal/risks.ftlh", summary, internalDir.resolve("risks.html")));
        // the contracts the risk stage found (risk/awards Contracts, built once); an award it did not link is its consultation
        java.util.function.Function<org.vitrine.model.Award, String> contractOf = a -> {
            String c = run.awardContracts().get(a);
            return c != null ? c : org.vitrine.risk.awards.AwardMatcher.consultation(a);
        };
        for (BuyerCount b : buyers) {
            Map<String, Object> own = new HashMap<>();
            Map<String, Long> sectionPoints = new HashMap<>();
            byBuyer.get(b.id()).forEach((sec, l) -> sectionPoints.put(sec, points(l)));
            own.put("sectionPoints", sectionPoints);
            own.put("buyer", b);
            own.put("lines", byBuyer.get(b.id()));
            own.put("memberships", memberships.getOrDefault(b.id(), List.of()));
            own.put("sections", ReportItems.SECTIONS);
            own.put("awardLinks", org.vitrine.publish.risks.AwardRows.links(linksByBuyer.getOrDefault(b.id(), List.of()), needById,
                    contractOf, run.endFromAward(), m, fmt));
            own.put("renewals", org.vitrine.publish.risks.AwardRows.renewals(run.missingRenewals().getOrDefault(b.id(), List.of()),
                    lots -> org.vitrine.publish.risks.RenewalItems.launch(lots, run.config().buyers().byId(b.id()), run.config().risks(),
                            run.editionDate()).launchBy(),
                    a -> like(run, a, needById, m), m, fmt));
            own.put("noForecast", noForecast.test(b.id()));
            // Streamed to the file: a large buyer's page (thousands of lines) is tens of megabytes.
            jobs.add(() -> templates.render("internal/risks-buyer.ftlh", pages.with(own), dir.resolve(b.id() + ".html")));
        }
        return jobs;
    }

    /** A missing renewal's look-alike line, as the table names it: « RBV-2027-30 (region.csv, ligne 5) ». */
    private static String lookAlike(org.vitrine.model.AwardLink near, Map<String, Need> needById, Messages m) {
        Need n = near == null ? null : needById.get(near.needId());
        if (n == null) {
            return null;
        }
        String ref = n.reference() != null && !n.reference().isBlank() ? n.reference() : "« " + n.title() + " »";
        return n.source() == null ? ref : m.get("awards.renewals.like", ref, n.source().file(), n.source().row());
    }

    /** The points of some lines: one per item, as risks.csv and the console count them. */
    static long points(List<ReportItems.Line> lines) {
        return lines.stream().mapToLong(l -> l.items().size()).sum();
    }

    private static Map<String, List<ReportItems.Line>> sections() {
        Map<String, List<ReportItems.Line>> m = new LinkedHashMap<>();
        ReportItems.SECTIONS.forEach(s -> m.put(s, new ArrayList<>()));
        return m;
    }

    /** The rules' codes, then EXPECTED_RENEWAL_MISSING (from the awards, no rule of config/risks.yaml). */
    private static final List<String> CODES = java.util.stream.Stream.concat(RiskSettings.CODES.stream(),
            java.util.stream.Stream.of(RenewalItems.CODE)).toList();

    static List<CodeCount> codeCounts(ReportItems report, Messages m) {
        Map<String, Long> counts = new HashMap<>();
        for (ReportItems.Item i : report.items()) {
            if (!i.hidden()) {
                counts.merge(i.section() + "|" + i.code(), 1L, Long::sum);
            }
        }
        List<CodeCount> out = new ArrayList<>();
        for (String s : ReportItems.SECTIONS) {
            for (String code : CODES) {
                Long c = counts.get(s + "|" + code);
                if (c != null) {
                    out.add(new CodeCount(s, code, m.get("risk." + code + ".title"), c));
                }
            }
        }
        return out;
    }

    static Map<String, Integer> sectionCounts(ReportItems report) {
        Map<String, Integer> out = new LinkedHashMap<>();
        ReportItems.SECTIONS.forEach(s -> out.put(s, report.lines(s).size()));
        return out;
    }

    private static String shortNoticeLine(Run run, Messages m) {
        java.time.LocalDate event = eventDate(run);
        int weeks = run.config().risks().intParam("SHORT_NOTICE", "weeks", 8);
        int[] c = ShortNotice.counts(run.needs(), event, weeks);
        if (c == null || c[0] == 0) {
            return "";
        }
        List<String> early = new ArrayList<>();
        List<String> keep = new ArrayList<>();
        List<String> launched = new ArrayList<>();
        for (Need n : ShortNotice.early(run.needs(), event, weeks)) {
            early.add(headlineName(n));
            if (launchedByEvent(n, run.editionDate())) {
                // a consultation launched, or running on the event day, cannot be moved: it is named apart with its own
                // advice (lawyer L, defect 2: live needs were asked to « décaler » their launch)
                launched.add(headlineName(n));
            } else if (n.incumbentEnd() != null && n.risks().stream().anyMatch(r -> LAUNCH_EARLIER.contains(r.code()))) {
                // the headline says « dont le contrat en cours s'arrête avant »: only a need with a current contract
                // (lawyer H, D3: UNIV-27-15, a TIGHT_SCHEDULE with no incumbent, was named among them)
                keep.add(headlineName(n));
            }
        }
        return summaryLine(early, keep, launched, c[1], weeks, run.config().risks().intParam("SHORT_NOTICE", "moveEventShare", 25), m);
    }

    /**
     * A consultation that can no longer be moved: running on the event day (LIVE_DURING_EVENT's page state, set by the
     * risk stage), or launched by the edition date (its whole launch window on or before it).
     */
    static boolean launchedByEvent(Need n, java.time.LocalDate edition) {
        return n.live() != null || (edition != null && n.launch() != null && n.launch().end() != null
                && !n.launch().end().isAfter(edition));
    }

    /**
     * A need as the headline names it: its reference, else its title in quotes — the reference column is optional
     * (officer Z, D1: a file without one stopped the whole publication on a null reference here).
     */
    static String headlineName(Need n) {
        return n.reference() != null && !n.reference().isBlank() ? n.reference() : "« " + n.title() + " »";
    }

    /** Items whose remedy is to launch earlier, never later: a delay would leave the buyer without a contract. */
    private static final Set<String> LAUNCH_EARLIER = Set.of("CONTINUITY_GAP", "TIGHT_SCHEDULE");

    /** At most this many references are named in the headline; a longer list ends with « … ». */
    static final int HEADLINE_REFERENCES = 30;

    /**
     * The headline on early launches. Moving the event is proposed only when a large share launches that early
     * (moveEventShare, 25 %): for a few needs the proportionate action is to ask their buyers to move their launch
     * (lawyer F, D11: « tenez le salon en octobre–novembre » for 5 needs of 131). It names the needs, as only a few of
     * them have an item of their own (lawyer G, defect 7: « ci-dessous » covered 6 of 20), and sets apart those whose
     * own item says to launch earlier (CONTINUITY_GAP, TIGHT_SCHEDULE: CH-27-01 and CA-27-08 told to delay and to advance).
     */
    static String summaryLine(List<String> early, List<String> keep, int all, int weeks, int moveShare, Messages m) {
        return summaryLine(early, keep, List.of(), all, weeks, moveShare, m);
    }

    /**
     * As above, {@code launched} being the early needs already launched or running on the event day (lawyer L, defect 2):
     * the request to move a launch is made of the others only, and these are named with the advice that fits them.
     */
    static String summaryLine(List<String> early, List<String> keep, List<String> launched, int all, int weeks, int moveShare,
            Messages m) {
        int share = all == 0 ? 0 : (int) Math.round(100.0 * early.size() / all);
        // the advice: 0 ask each to move, 1 hold the event earlier, 2 ask the others (some are launched), 3 none can move
        int advice = 100L * early.size() >= (long) moveShare * all ? 1 : launched.isEmpty() ? 0 : launched.size() >= early.size() ? 3 : 2;
        String line = m.get("risk.SHORT_NOTICE.summary", share, weeks, early.size(), all, advice, references(early));
        if (!keep.isEmpty()) {
            line += " " + m.get("risk.SHORT_NOTICE.summary.keep", keep.size(), references(keep));
        }
        if (!launched.isEmpty()) {
            line += " " + m.get("risk.SHORT_NOTICE.summary.launched", launched.size(), references(launched));
        }
        return line;
    }

    private static String references(List<String> refs) {
        List<String> sorted = refs.stream().sorted().toList();
        return sorted.size() <= HEADLINE_REFERENCES ? String.join(", ", sorted)
                : String.join(", ", sorted.subList(0, HEADLINE_REFERENCES)) + ", …";
    }

    private static java.time.LocalDate eventDate(Run run) {
        var e = run.config().vitrine().event();
        try {
            return e == null || e.date() == null ? null : java.time.LocalDate.parse(e.date());
        } catch (java.time.format.DateTimeParseException x) {
            return null;
        }
    }

    /** Buyers with no functional contact in buyers.yaml and needs without a contact on the row. */
    private static List<NoContact> noContact(Run run) {
        Map<String, BuyerFacts> facts = BuyerFacts.of(run.config().buyers());
        Map<String, Long> counts = new TreeMap<>();
        Map<String, String> names = new HashMap<>();
        for (Need n : run.needs()) {
            BuyerFacts b = facts.getOrDefault(n.buyer().id(), BuyerFacts.UNKNOWN);
            boolean none = n.contact() == null || ((n.contact().name() == null || n.contact().name().isBlank())
                    && (n.contact().email() == null || n.contact().email().isBlank()));
            if (!b.hasContact() && none) {
                counts.merge(n.buyer().id(), 1L, Long::sum);
                names.putIfAbsent(n.buyer().id(), n.buyer().name());
            }
        }
        List<NoContact> out = new ArrayList<>();
        counts.forEach((id, c) -> out.add(new NoContact(names.get(id), c)));
        return out;
    }

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** risks.csv: one line per item, by section and in the order of the report, then the hidden ones. */
    private static void writeCsv(Path file, ReportItems report, Messages m) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(w, DataExports.excelFormat())) {
            w.write('\uFEFF');
            csv.printRecord(m.get("risks.csv.need"), m.get("risks.csv.buyer"), m.get("risks.csv.title"),
                    m.get("risks.csv.visibility"), m.get("risks.csv.code"), m.get("risks.csv.severity"),
                    m.get("risks.csv.message"), m.get("risks.csv.related"), m.get("risks.csv.section"), m.get("risks.csv.due"),
                    m.get("risks.csv.owner"), m.get("risks.csv.status"), m.get("risks.csv.reason"), m.get("risks.csv.key"));
            for (String s : ReportItems.SECTIONS) {
                for (ReportItems.Line line : report.lines(s)) {
                    for (ReportItems.Item i : line.items()) {
                        print(csv, i, m);
                    }
                }
                for (ReportItems.Item i : report.items()) {
                    if (i.hidden() && i.section().equals(s)) {
                        print(csv, i, m);
                    }
                }
            }
        }
    }

    private static void print(CSVPrinter csv, ReportItems.Item i, Messages m) throws IOException {
        Need n = i.need();
        List<String> related = new ArrayList<>();
        if (i.members().isEmpty()) {
            related.addAll(i.flag().related());
        } else {
            i.members().subList(1, i.members().size()).forEach(x -> related.add(x.id()));
        }
        csv.printRecord(DataExports.safe(List.of(n.id(), n.buyer().name(), n.title(), n.visibility(), i.code(),
                m.get("risks.severity." + i.flag().severity()), i.flag().message(), String.join(",", related),
                m.get("risks.section." + i.section()), i.due() == null ? "" : DUE.format(i.due()), i.entry().owner(),
                m.get("risks.status." + i.status()), i.entry().reason(), i.key())));
    }
}
