package org.vitrine.publish;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.vitrine.model.Need;
import org.vitrine.model.Period;

/** Writes data/needs.json and data/needs.csv (`;`, UTF-8 with BOM, formula-like cells neutralised). */
public final class DataExports {

    private DataExports() {
    }

    public static void writeJson(Path file, EditionInfo edition, List<Need> needs) throws IOException {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("edition", edition);
        doc.put("needs", needs);
        try (OutputStream out = Files.newOutputStream(file)) {
            PUBLIC_JSON.writeValue(out, doc);
        }
    }

    /**
     * A need's helper methods are no fields of the published model: {@code isPublic()} would be written as
     * {@code "public": false} on every published need (their visibility is removed before publication).
     */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties({"public", "openOpportunity"})
    private abstract static class PublishedNeed {
    }

    private static final com.fasterxml.jackson.databind.ObjectWriter PUBLIC_JSON = Json.MAPPER.copy()
            .addMixIn(Need.class, PublishedNeed.class)
            .writer(new com.fasterxml.jackson.core.util.DefaultPrettyPrinter()
                    .withObjectIndenter(new com.fasterxml.jackson.core.util.DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new com.fasterxml.jackson.core.util.DefaultIndenter("  ", "\n")));

    static final List<String> CSV_COLUMNS = List.of("id", "buyer_id", "buyer_name", "buyer_kind", "reference", "title",
            "description", "cpv", "cpv_label", "cpv_additional", "category", "amount_min", "amount_max", "currency",
            "amount_basis", "total_min", "total_max", "lots", "max_lots_per_bidder", "lot_list", "launch_start", "launch_end", "launch_precision", "notification_start",
            "contract_start", "duration_months", "procedure", "technique", "route", "location", "contact_name",
            "contact_email", "coverage", "coverage_percent", "suppliers_known", "incumbent_end", "renewal",
            "innovation", "reserved", "social_clause", "environmental_clause", "firmness", "tender_url",
            "incumbent", "live", "beyond_year", "first_published", "modified", "change", "risks");

    public static void writeCsv(Path file, List<Need> needs, String lang) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
                BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                CSVPrinter csv = new CSVPrinter(w, excelFormat())) {
            w.write('\uFEFF');
            csv.printRecord(CSV_COLUMNS);
            for (Need n : needs) {
                csv.printRecord(safe(row(n, lang)));
            }
        }
    }

    /** The CSV dialect French Excel opens directly: `;`, CRLF, quotes when needed. */
    public static CSVFormat excelFormat() {
        return CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();
    }

    private static List<Object> row(Need n, String lang) {
        List<Object> r = new ArrayList<>();
        r.add(n.id());
        r.add(n.buyer().id());
        r.add(n.buyer().name());
        r.add(n.buyer().kind());
        r.add(n.reference());
        r.add(n.title());
        r.add(n.description());
        r.add(n.cpv().code());
        r.add(n.cpv().labels().get(lang));
        r.add(n.cpvAdditional().stream().map(c -> c.code()).collect(Collectors.joining(",")));
        r.add(n.category());
        r.add(plain(n.amount().min()));
        r.add(plain(n.amount().max()));
        r.add(n.amount().currency());
        r.add(n.amount().basis());
        org.vitrine.model.Amount total = org.vitrine.publish.catalogue.TotalValue.of(n);
        r.add(plain(total == null ? null : total.min()));
        r.add(plain(total == null ? null : total.max()));
        r.add(n.lots());
        r.add(n.maxLotsPerBidder());
        r.add(lots(n));
        r.add(start(n.launch()));
        r.add(n.launch().end());
        r.add(n.launch().precision());
        r.add(start(n.notification()));
        r.add(start(n.contractStart()));
        r.add(n.durationMonths());
        r.add(n.procedure());
        r.add(n.technique());
        r.add(n.route());
        r.add(n.location());
        r.add(n.contact() == null ? null : n.contact().name());
        r.add(n.contact() == null ? null : n.contact().email());
        r.add(n.coverage() == null ? null : n.coverage().level());
        r.add(n.coverage() == null ? null : n.coverage().percent());
        r.add(n.suppliersKnown());
        r.add(start(n.incumbentEnd()));
        r.add(n.renewal());
        r.add(n.innovation());
        r.add(n.reserved());
        r.add(n.socialClause());
        r.add(n.environmentalClause());
        r.add(n.firmness());
        r.add(n.tenderUrl());
        r.add(n.incumbent());
        r.add(n.live());
        r.add(n.beyondYear());
        r.add(n.firstPublished());
        r.add(n.modified());
        r.add(n.change());
        r.add(n.risks().stream().map(x -> x.code()).collect(Collectors.joining(",")));
        return r;
    }

    /** "1: Lot title (40000 EUR, 90911200-8, Dijon) | 2: …": the lots a buyer gave, in one cell. */
    private static String lots(Need n) {
        if (n.lotList() == null || n.lotList().isEmpty()) {
            return null;
        }
        return n.lotList().stream().map(l -> {
            List<String> parts = new ArrayList<>();
            if (l.amount() != null) {
                parts.add(plain(l.amount().max() != null ? l.amount().max() : l.amount().min()) + " "
                        + (l.amount().currency() == null ? "EUR" : l.amount().currency()));
            }
            if (l.cpv() != null && l.cpv().code() != null) {
                parts.add(l.cpv().code());
            }
            if (l.location() != null) {
                parts.add(l.location());
            }
            return (l.number() == null ? "" : l.number() + ": ") + (l.title() == null ? "" : l.title())
                    + (parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")");
        }).collect(Collectors.joining(" | "));
    }

    private static Object start(Period p) {
        return p == null ? null : p.start();
    }

    private static String plain(BigDecimal v) {
        return v == null ? null : v.toPlainString();
    }

    /** Neutralises cells a spreadsheet would run as a formula (CSV injection): = + - @ tab CR first. */
    public static List<Object> safe(List<Object> row) {
        List<Object> out = new ArrayList<>(row.size());
        for (Object v : row) {
            if (v instanceof String s && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
                out.add("'" + s);
            } else {
                out.add(v);
            }
        }
        return out;
    }
}
