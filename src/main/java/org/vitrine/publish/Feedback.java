package org.vitrine.publish;

import org.vitrine.messages.Fmt;
import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVPrinter;
import org.vitrine.messages.Messages;
import org.vitrine.config.BuyerConfig;
import org.vitrine.config.Config;
import org.vitrine.model.Need;
import org.vitrine.model.Reject;
import org.vitrine.model.RiskFlag;
import org.vitrine.normalise.parse.CpvSuggester;
import org.vitrine.context.Run;

/**
 * What each buyer has to fix, ready to forward (RISKS.md §6 "Buyer feedback", issue 22 item 6): for each
 * buyer, a summary line (needs published, held back, rejected, and the correction deadline, the event date
 * less 21 days), then its rejects, its warnings, the columns of its files that were ignored and the rows skipped as
 * no need (totals, notes, section headings, each named), its own risk
 * items taken by code (INCOMPLETE, CPV_IMPRECISE and CPV_MISMATCH with nearby codes, LIVE_DURING_EVENT,
 * MAPA_ABOVE_THRESHOLD, CONTINUITY_GAP and TIGHT_SCHEDULE to confirm), one line for needs without a contact, and for
 * needs of 90 000 € or more one line per missing field listing its rows (no procedure, lots or link asked of an order
 * to a central purchasing body or a call-off, no link before the launch). Never another buyer's rows.
 */
public final class Feedback {

    /** Risk codes whose items are the buyer's to complete, to check a code, or to confirm before the event. */
    static final Set<String> COMPLETE = Set.of("INCOMPLETE");
    static final Set<String> CODES = Set.of("CPV_IMPRECISE", "CPV_MISMATCH");
    // the buyer's own calendar to fix too (issue 17 review): an interruption between contracts, a schedule too short
    // and a design contest the law asks for (R2172-2): the buyer plans it or writes the exception
    // and a high SPLIT_SUSPECT (the split's total certainly at or above a threshold: as grave as MAPA_ABOVE_THRESHOLD,
    // RISKS.md) for the buyer to put right before it launches (lawyer N: 5.6 M€ of works lots in MAPA reached the staff
    // report only); a medium one stays the staff's question
    static final List<Asked> CONFIRM = List.of(Asked.any("LIVE_DURING_EVENT"), Asked.any("MAPA_ABOVE_THRESHOLD"),
            Asked.any("CONTINUITY_GAP"), Asked.any("TIGHT_SCHEDULE"), Asked.any("DESIGN_CONTEST_MISSING"),
            Asked.any("BID_PERIOD_SHORT"), Asked.any("THRESHOLD_EDGE"), new Asked("SPLIT_SUSPECT", "high"));

    /** A risk code the buyer is asked about, from a severity on ({@code least}: null for any). */
    record Asked(String code, String least) {
        static Asked any(String code) {
            return new Asked(code, null);
        }

        boolean asks(RiskFlag f) {
            return code.equals(f.code()) && (least == null || rank(f.severity()) >= rank(least));
        }

        private static int rank(String severity) {
            return "high".equals(severity) ? 3 : "medium".equals(severity) ? 2 : "low".equals(severity) ? 1 : 0;
        }
    }
    static final BigDecimal FLOOR = BigDecimal.valueOf(90_000);
    /**
     * What only a published need needs: its page's completeness (INCOMPLETE: a contact, a launch date suppliers can
     * plan on, an amount range; a finer CPV for suppliers' searches; the missing fields of a need of 90 000 € or more).
     * A need that will not be published (internal, restricted, confidential) gets none of these in the buyer's file —
     * they read as fixes to a public page that does not exist; the staff report keeps every item. Its legal and
     * calendar items (CPV_MISMATCH, which decides the threshold, and the items to confirm) stay (issue 17, version 2.7).
     */
    static final Set<String> PUBLIC_ONLY = Set.of("INCOMPLETE", "CPV_IMPRECISE");

    /** One line: a kind (summary, reject, warning, complete, check, confirm, launch), where, and what to do. */
    public record Item(String kind, String file, String sheet, String rows, String column, String value, String reason,
            String fix) {
    }

    private Feedback() {
    }

    /**
     * The feedback file of a source file's lines that no buyer owns: one per file (« sans-acheteur-ch-montrevel-achats-2027 »),
     * so that each can be sent as it is — one sans-acheteur.csv mixed the CH of Montrevel and an EHPAD (officer U).
     */
    public static String noBuyerKey(String file) {
        String stem = file == null ? "" : file.replaceFirst("\\.[^.]+$", "");
        String slug = org.vitrine.config.Fold.slug(stem, 60);
        return slug.isEmpty() ? InternalReports.NO_BUYER : InternalReports.NO_BUYER + "-" + slug;
    }

    /** Every buyer's items, by buyer id (rows of no known buyer under {@link #noBuyerKey}, one key per file). */
    public static Map<String, List<Item>> items(Run run) {
        return items(run, true);
    }

    /**
     * {@link #items(Run)}; without the « fill in this column » lines when {@code missingFields} is false, for a reader
     * of the whole file (`check`) who asks {@link #missingFields} once for all its needs instead of once per buyer.
     */
    public static Map<String, List<Item>> items(Run run, boolean missingFields) {
        Messages m = run.messages();
        Config config = run.config();
        Map<String, List<Need>> needsByBuyer = new TreeMap<>();
        run.needs().forEach(n -> needsByBuyer.computeIfAbsent(n.buyer().id(), k -> new ArrayList<>()).add(n));
        Map<String, List<Reject>> linesByBuyer = new TreeMap<>();
        Map<String, Set<String>> buyersOfFile = buyersOfFiles(run);
        for (Reject r : InternalReports.sorted(run.report().rejects())) {
            // A file-level line no file name named a buyer for belongs to the buyers its rows name (the officer's
            // refused CHU file went to sans-acheteur.csv while its rows' warnings went to the CHU's own file)
            Set<String> owners = r.buyer() != null ? Set.of(r.buyer())
                    : r.row() == null ? buyersOfFile.getOrDefault(r.file(), Set.of()) : Set.of();
            for (String owner : owners.isEmpty() ? Set.of(noBuyerKey(r.file())) : owners) {
                linesByBuyer.computeIfAbsent(owner, k -> new ArrayList<>()).add(r);
            }
        }
        // The files each buyer's rows came from: their ignored columns are the buyer's to hear about.
        Map<String, Set<String>> filesByBuyer = new TreeMap<>();
        needsByBuyer.forEach((b, list) -> list.forEach(n -> filesByBuyer.computeIfAbsent(b, k -> new TreeSet<>()).add(n.source().file())));
        linesByBuyer.forEach((b, list) -> list.forEach(r -> filesByBuyer.computeIfAbsent(b, k -> new TreeSet<>()).add(r.file())));
        Set<String> buyers = new TreeSet<>(needsByBuyer.keySet());
        buyers.addAll(linesByBuyer.keySet());
        buyers.addAll(run.missingRenewals().keySet());
        org.vitrine.messages.Fmt fmt = new org.vitrine.messages.Fmt(m);
        // the renewals' near misses name needs by id, within the run's match window: read once, not per buyer
        Map<String, Need> needsById = new java.util.HashMap<>();
        run.needs().forEach(n -> needsById.put(n.id(), n));
        int window = org.vitrine.risk.awards.AwardEvidence.matchWindowDays(config).orElse(0);
        Map<String, List<Item>> out = new LinkedHashMap<>();
        for (String buyer : buyers) {
            List<Need> needs = needsByBuyer.getOrDefault(buyer, List.of());
            List<Reject> lines = linesByBuyer.getOrDefault(buyer, List.of());
            List<Item> items = new ArrayList<>();
            long published = needs.stream().filter(Need::isPublic).count();
            long internal = needs.size() - published;
            // a row of the questions file is no need: told apart (officer U: Morvan's « 2 lignes rejetées » counted one)
            long rejectedRows = lines.stream().filter(r -> !r.isWarning() && r.row() != null && !run.report().isQa(r.source()))
                    .map(r -> r.file() + "|" + r.sheet() + "|" + r.row()).distinct().count();
            long rejectedQuestions = lines.stream().filter(r -> !r.isWarning() && r.row() != null && run.report().isQa(r.source()))
                    .map(r -> r.file() + "|" + r.sheet() + "|" + r.row()).distinct().count();
            // A file refused whole (unreadable, or a required column missing) has no line per row: its rows are
            // counted from the file's figures, and the summary says it was refused and why (it said « 0 ligne(s) »).
            Map<String, String> refused = new LinkedHashMap<>();
            for (Reject r : lines) {
                if (!r.isWarning() && r.row() == null) {
                    refused.merge(r.file(), r.reason().replaceAll("[.\\s]+$", ""), (a, b) -> a + " ; " + b);
                }
            }
            for (String file : refused.keySet()) {
                var counts = run.report().allCounts().get(file);
                long withLines = lines.stream().filter(r -> !r.isWarning() && r.row() != null && r.file().equals(file))
                        .map(r -> r.sheet() + "|" + r.row()).distinct().count();
                rejectedRows += counts == null ? 0 : Math.max(0, counts.rejected - withLines);
            }
            String summary = m.get("feedback.summary", published, internal, rejectedRows);
            // needs of the buyer from several files (its own and a groupement's): the console counts them per file, the
            // summary says where each comes from (officer U: 29 here, 28 on the console's line for the CHU's file)
            Map<String, Long> publishedByFile = needs.stream().filter(Need::isPublic)
                    .collect(Collectors.groupingBy(n -> n.source().file(), TreeMap::new, Collectors.counting()));
            if (publishedByFile.size() > 1) {
                // the buyer's own file (most of its needs) first, then by name: deterministic
                summary += " " + m.get("feedback.summary_by_file", publishedByFile.entrySet().stream()
                        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                        .map(e -> m.get("feedback.summary_file", e.getValue(), e.getKey())).collect(Collectors.joining(" ; ")));
            }
            if (rejectedQuestions > 0) {
                summary += " " + m.get("feedback.summary_questions", rejectedQuestions);
            }
            if (!refused.isEmpty()) {
                summary += " " + m.get("feedback.summary_refused", refused.entrySet().stream()
                        .map(e -> m.get("feedback.refused_file", e.getKey(), e.getValue())).collect(java.util.stream.Collectors.joining(" ; ")), refused.size());
            }
            String deadline = deadline(config, m);
            items.add(new Item("summary", "", "", "", "", "", summary,
                    deadline == null ? m.get("feedback.summary.fix_no_date") : m.get("feedback.summary.fix", deadline)));
            // Rejects first, then warnings (RISKS.md §6), each in the order of the file.
            for (boolean warnings : new boolean[] {false, true}) {
                for (Reject r : lines) {
                    if (r.isWarning() == warnings) {
                        items.add(new Item(warnings ? "warning" : "reject", r.file(), sheet(r.file(), r.sheet()),
                                r.row() == null ? "" : r.row().toString(), nz(r.column()), nz(r.value()), r.reason(), r.fix()));
                    }
                }
            }
            for (String file : filesByBuyer.getOrDefault(buyer, Set.of())) {
                for (String column : run.report().unknownColumns().getOrDefault(file, Set.of())) {
                    // « Montant TTC » beside « Montant HT »: ignored on purpose, an estimate is excluding VAT (R2121-1)
                    String key = java.util.List.of(org.vitrine.config.Fold.fold(column).split(" ")).contains("ttc")
                            ? "feedback.ignored_vat_column" : "feedback.ignored_column";
                    items.add(new Item("warning", file, "", "", column, "", m.get(key, column), m.get(key + ".fix", column)));
                }
                // the totals, notes and headings skipped, each named, so the buyer can tell them from a lost need (officer Z2, N2)
                for (org.vitrine.model.IgnoredRow r : run.report().ignoredRows().getOrDefault(file, List.of())) {
                    items.add(new Item("ignored", file, sheet(file, r.sheet()), String.valueOf(r.row()), "", r.text(),
                            m.get("feedback.ignored_row." + r.kind()), m.get("feedback.ignored_row." + r.kind() + ".fix")));
                }
            }
            items.addAll(riskItems(needs, run));
            List<Need> toPublish = needs.stream().filter(Need::isPublic).toList();
            items.addAll(divisionCodes(toPublish, run));
            items.addAll(contactItems(buyer, toPublish, run));
            if (missingFields) {
                items.addAll(missingFields(toPublish, run));
            }
            items.addAll(renewalItems(buyer, filesByBuyer.getOrDefault(buyer, Set.of()), run, fmt, needsById, window));
            out.put(buyer, items);
        }
        return out;
    }

    /**
     * « Renouvellements attendus absents de la prévision »: one line per contract ending in the window that no row
     * renews, with the latest launch of its consultation as the staff's point states it (officer X: the buyer had no
     * date to act on), marked urgent when that date has passed or the contract has already ended (the buyer is without
     * a contract); a line of the buyer's of the same CPV too far in time to be linked is named, so that the buyer fixes
     * it rather than adding a duplicate. The remedy names the award in the Remarques column, which the matcher reads:
     * the Référence makes the need's id, and changing it would make another need (its page, its tracked points).
     */
    private static List<Item> renewalItems(String buyer, Set<String> files, Run run, Fmt fmt, Map<String, Need> byId, int window) {
        Messages m = run.messages();
        List<Item> items = new ArrayList<>();
        String first = files.isEmpty() ? "" : files.iterator().next();
        for (List<org.vitrine.model.Award> lots : org.vitrine.risk.awards.ExpectedRenewalMissing.consultations(
                run.missingRenewals().getOrDefault(buyer, List.of()))) {
            var launch = org.vitrine.publish.risks.RenewalItems.launch(lots, run.config().buyers().byId(buyer), run.config().risks(),
                    run.editionDate());
            String procedure = fmt.label("procedure", launch.procedure() == null ? "other" : launch.procedure());
            String when = m.get(launch.ended() ? "awards.renewal.ended" : launch.late() ? "awards.renewal.late" : "awards.renewal.launch",
                    procedure, launch.days(), fmt.date(launch.launchBy()), launch.legality(), fmt.date(launch.end()));
            for (org.vitrine.model.Award a : lots) {
                String reason = org.vitrine.publish.risks.AwardRows.renewalReason(a, m, fmt) + " " + when;
                String kind = launch.urgent() ? "renewal_urgent" : "renewal";
                // the closest of the buyer's own lines, in the staff's point's words (officer Y, D2)
                // a row of the buyer's naming this contract but rejected: that row is to correct, not one to add (officer Z3)
                org.vitrine.model.RejectedRow rejected = run.rejectedNaming(a.id());
                if (rejected != null) {
                    items.add(new Item(kind, rejected.file(), sheet(rejected.file(), rejected.sheet()), String.valueOf(rejected.row()),
                            "", a.id(), reason + " " + m.get("awards.renewal.rejected", rejected.file(), rejected.row(), rejected.reason()),
                            m.get("awards.renewal.fix.rejected", rejected.file(), rejected.row(), a.id())));
                    continue;
                }
                org.vitrine.publish.risks.NearMisses.Line near = org.vitrine.publish.risks.NearMisses.of(run, byId, window, buyer, a, fmt);
                if (near == null) {
                    items.add(new Item(kind, "", "", "", "", a.id(), reason, m.get("awards.renewal.fix", a.id(),
                            run.report().header(first, "remarks"), remarksMissing(run, first), remarksHeaders(run))));
                    continue;
                }
                String file = near.need().source().file();
                reason += " " + near.sentence();
                items.add(new Item(kind, file, sheet(file, near.need().source().sheet()), String.valueOf(near.need().source().row()),
                        run.report().header(file, near.field()), fmt.period(near.date()), reason,
                        m.get("awards.renewal.fix.near", a.id(), nz(near.need().reference()), run.report().header(file, "remarks"),
                                remarksMissing(run, file), remarksHeaders(run))));
            }
        }
        return items;
    }

    /**
     * 1 when the buyer's file has no remarks column (officer Y, D3: « écrivez … dans sa colonne Remarques » to files
     * that have none): the remedy then says to add one. 0 when it has one, or when the buyer sent no file.
     */
    private static int remarksMissing(Run run, String file) {
        return file.isEmpty() || run.report().hasColumn(file, "remarks") ? 0 : 1;
    }

    /** The headers columns.yaml reads as remarks, to suggest: « Remarques, Commentaire ou Observations ». */
    private static String remarksHeaders(Run run) {
        List<String> names = run.config().columns().suggested("remarks", run.messages().lang(), 3);
        return run.messages().get("awards.remarks.headers", names.size(), names.get(0), names.size() > 1 ? names.get(1) : "",
                names.size() > 2 ? names.get(2) : "");
    }

    /** Each file's buyers, as its needs and its row lines name them. */
    private static Map<String, Set<String>> buyersOfFiles(Run run) {
        Map<String, Set<String>> out = new java.util.HashMap<>();
        run.needs().forEach(n -> out.computeIfAbsent(n.source().file(), k -> new TreeSet<>()).add(n.buyer().id()));
        for (Reject r : run.report().rejects()) {
            if (r.buyer() != null && r.row() != null) {
                out.computeIfAbsent(r.file(), k -> new TreeSet<>()).add(r.buyer());
            }
        }
        return out;
    }

    /**
     * Whether the buyer's file tells this flag of this need under {@code kind}: by code, and for the items to confirm by
     * code and severity ({@link #CONFIRM}); an item to confirm that groups several needs (SPLIT_SUSPECT, the only one
     * today) once, on its anchor's row.
     */
    private static boolean asked(String kind, RiskFlag f, Need n) {
        return kind.equals("complete") ? COMPLETE.contains(f.code()) : kind.equals("check") ? CODES.contains(f.code())
                : CONFIRM.stream().anyMatch(a -> a.asks(f)) && (f.anchor() == null || f.anchor().equals(n.id()));
    }

    /** The case of a flag with its own heading ({@code risk.<code>.<case>.title}): {@code <code>.<case>}, else null. */
    static String variant(RiskFlag f) {
        String key = f.titleKey();
        return key != null && key.startsWith("risk." + f.code() + ".") && key.endsWith(".title")
                ? key.substring("risk.".length(), key.length() - ".title".length()) : null;
    }

    private static List<Item> riskItems(List<Need> needs, Run run) {
        Messages m = run.messages();
        Fmt fmt = new Fmt(m);
        List<Item> items = new ArrayList<>();
        for (String kind : List.of("complete", "check", "confirm")) {
            for (Need n : sortedByRow(needs)) {
                for (RiskFlag f : n.risks()) {
                    // the buyer-level « no contact » item is one flag on each of its needs: told once, under the
                    // Contact column, by contactItems (issue 22, officer4: it was repeated on every row under the launch)
                    if (!asked(kind, f, n) || f.code().equals("INCOMPLETE") && f.isGroup()
                            || !n.isPublic() && PUBLIC_ONLY.contains(f.code())) {
                        continue;
                    }
                    // a case with its own heading has its own remedy when one is written (lawyer O, VM-27-18: a MAPA's
                    // short bid period was told the formalised minima, which its line says do not apply)
                    String variant = variant(f);
                    String fix = variant != null && m.has("feedback." + kind + ".fix." + variant) ? m.get("feedback." + kind + ".fix." + variant)
                            : m.has("feedback." + kind + ".fix." + f.code()) ? m.get("feedback." + kind + ".fix." + f.code())
                            : m.get("feedback." + kind + ".fix");
                    if (kind.equals("check") && !f.code().equals("CPV_IMPRECISE")) {
                        // a mismatched code's nearby codes; an imprecise code's line has its proposal, and the title's
                        // nearby codes under the group would contradict it (lawyer H, D6: refuse collection beside the
                        // hazardous waste proposed for chemical waste)
                        String near = CpvSuggester.load().shown(n.title(), null, 3, m.lang());
                        fix = near.isEmpty() ? fix : m.get("normalise.cpv_suggest", near);
                    }
                    // one timing with the staff report (lawyer N, defect 7): THRESHOLD_EDGE (sections L and I) is a value to
                    // check before the launch, not « avant le salon »; the other items to confirm ask for the forecast row
                    // to be corrected before the event (their fix says so), and stay « À confirmer avant le salon »
                    // a MAPA's short bid period too: advice before the launch (section L, lawyer O)
                    String shown = kind.equals("confirm") && (f.code().equals("THRESHOLD_EDGE") || "BID_PERIOD_SHORT.mapa".equals(variant))
                            && ("L".equals(f.section()) || "I".equals(f.section())) ? "launch" : kind;
                    items.add(new Item(shown, n.source().file(), sheet(n.source().file(), n.source().sheet()), String.valueOf(n.source().row()),
                            columnOf(f.code(), n, run), valueOf(f.code(), n, fmt), f.message(), fix));
                }
            }
        }
        return items;
    }

    /**
     * An open opportunity coded with a whole CPV division (xx000000) and no CPV_MISMATCH line: a finer code, with the
     * nearby codes of its title when there are some. Since version 2.7 (RISKS.md §8, lawyer E) this is no staff item:
     * CPV_IMPRECISE fires only with a code to propose.
     */
    private static List<Item> divisionCodes(List<Need> needs, Run run) {
        Messages m = run.messages();
        List<Item> items = new ArrayList<>();
        for (Need n : sortedByRow(needs)) {
            String code = n.cpv() == null ? null : n.cpv().code();
            if (!n.isOpenOpportunity() || code == null || code.length() < 8 || !code.substring(0, 8).endsWith("000000")
                    || n.risks().stream().anyMatch(f -> f.code().equals("CPV_MISMATCH"))) {
                continue;
            }
            String near = CpvSuggester.load().shown(n.title(), code, 3, m.lang());
            items.add(new Item("check", n.source().file(), sheet(n.source().file(), n.source().sheet()), String.valueOf(n.source().row()),
                    // the value read is the code, as the column named holds it (officer Z, D7: the title was shown)
                    run.report().header(n.source().file(), "cpv"), n.cpv().code(), m.get("feedback.cpv_division", code),
                    near.isEmpty() ? m.get("feedback.cpv_division.fix") : m.get("normalise.cpv_suggest", near)));
        }
        return items;
    }

    /**
     * The buyer's column a risk item is about (the flag's code is no column): the CPV for CPV_IMPRECISE and
     * CPV_MISMATCH, the launch for LIVE_DURING_EVENT, the procedure for MAPA_ABOVE_THRESHOLD; for INCOMPLETE the
     * launch when it is vague and the amount when it is a range, the columns its points are about.
     */
    static String columnOf(String code, Need n, Run run) {
        String file = n.source().file();
        return fieldsOf(code, n).stream().map(f -> run.report().header(file, f)).collect(Collectors.joining(", "));
    }

    /**
     * « Valeur lue » of a risk item: what was read in the columns it is about (« 1er trimestre 2027 » under the launch),
     * as the buyer's own lines show the cell; the need's title only when the item is about no column (officer U: the
     * title under « Date de lancement » read as if the launch cell held it).
     */
    static String valueOf(String code, Need n, Fmt fmt) {
        List<String> values = new ArrayList<>();
        for (String field : fieldsOf(code, n)) {
            String v = switch (field) {
                case "cpv" -> n.cpv() == null ? "" : n.cpv().code();
                case "launch" -> fmt.period(n.launch());
                case "amount" -> fmt.amount(n.amount());
                // the cell as written (lawyer O, VM-27-15: « Sans publicité ni mise en concurrence » was quoted as
                // Vitrine's label « Marché négocié sans publicité ni mise en concurrence »)
                case "procedure" -> n.procedureCell() != null ? n.procedureCell()
                        : fmt.label("procedure", n.procedure());
                case "incumbent_end" -> fmt.period(n.incumbentEnd());
                case "deadline" -> fmt.period(n.deadline());
                case "response_days" -> n.responseDays() == null ? "" : n.responseDays().toString();
                default -> "";
            };
            if (!v.isEmpty()) {
                values.add(v);
            }
        }
        return values.isEmpty() ? n.title() : String.join(" ; ", values);
    }

    /** The need's fields a risk item is about, as {@link #columnOf} names their columns. */
    private static List<String> fieldsOf(String code, Need n) {
        return switch (code) {
            case "CPV_IMPRECISE", "CPV_MISMATCH" -> List.of("cpv");
            case "LIVE_DURING_EVENT", "TIGHT_SCHEDULE" -> List.of("launch");
            case "BID_PERIOD_SHORT" -> List.of("response_days", "deadline");
            case "THRESHOLD_EDGE" -> List.of("amount");
            case "CONTINUITY_GAP" -> List.of("incumbent_end", "launch");
            case "MAPA_ABOVE_THRESHOLD" -> List.of("procedure");
            case "DESIGN_CONTEST_MISSING" -> List.of("procedure");
            case "INCOMPLETE" -> {
                List<String> f = new ArrayList<>();
                if (n.launch() != null && n.launch().precision() != org.vitrine.model.Period.Precision.day) {
                    f.add("launch");
                }
                if (n.amount() != null && n.amount().min() != null && n.amount().max() != null
                        && n.amount().max().compareTo(n.amount().min()) > 0) {
                    f.add("amount");
                }
                yield f;
            }
            default -> List.of();
        };
    }

    /** One line for the needs without a contact when the buyer has no functional contact either (RISKS.md INCOMPLETE a). */
    private static List<Item> contactItems(String buyer, List<Need> needs, Run run) {
        Config config = run.config();
        Messages m = run.messages();
        BuyerConfig b = config.buyers().byId(buyer);
        if (b != null && b.hasContact() || needs.isEmpty()) {
            return List.of();
        }
        List<Need> without = needs.stream().filter(n -> n.contact() == null).toList();
        if (without.isEmpty()) {
            return List.of();
        }
        // named: a file shared by several buyers (a GHT's) gets one such line per buyer
        String name = b != null && b.name() != null ? b.name() : without.get(0).buyer().name();
        String reason = without.size() == needs.size() ? m.get("feedback.no_contact_buyer_all", needs.size(), name)
                : m.get("feedback.no_contact_buyer", without.size(), needs.size(), name);
        String column = without.stream().map(n -> run.report().header(n.source().file(), "contact")).distinct().sorted()
                .collect(Collectors.joining(", "));
        String sheets = without.stream().map(n -> sheet(n.source().file(), n.source().sheet())).filter(x -> !x.isEmpty()).distinct()
                .sorted().collect(Collectors.joining(", "));
        return List.of(new Item("complete", files(without), sheets, rows(without), column, "", reason,
                m.get("feedback.no_contact.fix")));
    }

    /** For needs of 90 000 € or more (the amount's upper bound), one line per missing field with its rows. */
    /**
     * The columns these needs (of at least 90 000 €) leave empty, one line per file and column with its rows: the
     * feedback asks it per buyer; `check` once for every need of the file.
     */
    public static List<Item> missingFields(List<Need> needs, Run run) {
        Messages m = run.messages();
        java.time.LocalDate editionDate = run.editionDate();
        List<Need> big = needs.stream().filter(n -> n.amount() != null && (n.amount().max() == null || n.amount().max().compareTo(FLOOR) >= 0))
                .toList();
        Map<String, Predicate<Need>> missing = new LinkedHashMap<>();
        // an order to a central purchasing body (UGAP) or a call-off is not a procedure: no procedure, lots or
        // consultation link to ask; a consultation link exists only once launched (by the edition date)
        missing.put("lots", n -> n.isOpenOpportunity() && n.lots() == null && n.lotList().isEmpty());
        missing.put("procedure", n -> n.isOpenOpportunity() && n.procedure() == null);
        missing.put("duration_months", n -> n.durationMonths() == null);
        missing.put("location", n -> n.location() == null);
        missing.put("description", n -> n.description() == null);
        // a framework's maximum is compulsory (R2162-4 since 2022): an empty cell is asked here; the rule
        // FRAMEWORK_MAXIMUM fires only when the row says there is none (RISKS.md version 2.7); either way this line asks it
        missing.put("framework_maximum", n -> n.isOpenOpportunity() && "framework".equals(n.technique()) && n.frameworkMaximum() == null);
        missing.put("tender_url", n -> n.isOpenOpportunity() && n.tenderUrl() == null && !"exempt".equals(n.procedure())
                && n.launch() != null && editionDate != null && !n.launch().end().isAfter(editionDate));
        List<Item> items = new ArrayList<>();
        // per file and tab: row numbers are a tab's, and the line names its tab as every other line does (officer Z2, N3)
        Map<List<String>, List<Need>> bySheet = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1)));
        big.forEach(n -> bySheet.computeIfAbsent(List.of(n.source().file(), sheet(n.source().file(), n.source().sheet())),
                k -> new ArrayList<>()).add(n));
        missing.forEach((field, test) -> bySheet.forEach((fileSheet, inSheet) -> {
            List<Need> lacking = inSheet.stream().filter(test).toList();
            if (!lacking.isEmpty()) {
                String file = fileSheet.get(0);
                // the buyer's own column when the file has it (its cells are empty), else the template's name
                String header = run.report().header(file, field);
                // a file without the column is told to add it, not to fill a column it has not (officer Z3, D2)
                String fix = "feedback." + (field.equals("framework_maximum") ? "missing_field.framework_maximum" : "missing_field")
                        + (run.report().hasColumn(file, field) ? "" : ".add_column") + ".fix";
                items.add(new Item("complete", file, fileSheet.get(1), rows(lacking), header, "",
                        m.get("feedback.missing_field", header, lacking.size()), m.get(fix, header)));
            }
        }));
        return items;
    }

    /** The correction deadline: 21 days before the event (RISKS.md §6); null when the event has no date. */
    static String deadline(Config config, Messages m) {
        var event = config.vitrine().event();
        if (event == null || event.date() == null) {
            return null;
        }
        try {
            return new Fmt(m).date(LocalDate.parse(event.date()).minusDays(21));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static List<Need> sortedByRow(List<Need> needs) {
        List<Need> list = new ArrayList<>(needs);
        list.sort(Comparator.comparing((Need n) -> n.source().file()).thenComparing(n -> nz(n.source().sheet()))
                .thenComparingInt(n -> n.source().row()));
        return list;
    }

    private static String rows(List<Need> needs) {
        return sortedByRow(needs).stream().map(n -> String.valueOf(n.source().row())).collect(Collectors.joining(", "));
    }

    private static String files(List<Need> needs) {
        return needs.stream().map(n -> n.source().file()).distinct().sorted().collect(Collectors.joining(", "));
    }

    /** A CSV file has no tab: its reader names the sheet after the file, which the buyer need not read twice. */
    public static String sheet(String file, String sheet) {
        return sheet == null || sheet.equals(file) ? "" : sheet;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** feedback/<buyer>.csv for every buyer with needs or lines. */
    static void write(Path dir, Run run) throws IOException {
        Messages m = run.messages();
        for (Map.Entry<String, List<Item>> e : items(run).entrySet()) {
            write(dir.resolve(e.getKey() + ".csv"), e.getValue(), m);
        }
    }

    static void write(Path file, List<Item> items, Messages m) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(w, DataExports.excelFormat())) {
            w.write('\uFEFF');
            csv.printRecord(m.get("feedback.col.kind"), m.get("rejects.file"), m.get("rejects.sheet"), m.get("feedback.col.rows"),
                    m.get("rejects.column"), m.get("rejects.value"), m.get("rejects.reason"), m.get("rejects.fix"));
            for (Item i : items) {
                csv.printRecord(DataExports.safe(List.of(m.get("feedback.kind." + i.kind()), i.file(), i.sheet(), i.rows(), i.column(),
                        i.value(), i.reason(), i.fix())));
            }
        }
    }
}
