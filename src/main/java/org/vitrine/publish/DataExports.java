package org.vitrine.publish;

import org.vitrine.model.Json;
import org.vitrine.model.EditionInfo;
import org.vitrine.messages.Fmt;
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
import org.vitrine.messages.Messages;
import org.vitrine.config.VitrineConfig;
import org.vitrine.model.Need;
import org.vitrine.model.Period;
import org.vitrine.publish.catalogue.JointGroups;
import org.vitrine.publish.catalogue.LaunchTiming;

/**
 * Writes data/needs.json and data/needs.csv (`;`, UTF-8 with BOM, formula-like cells neutralised, readable labels
 * beside the codes).
 */
public final class DataExports {

    private DataExports() {
    }

    public static void writeJson(Path file, EditionInfo edition, List<Need> needs) throws IOException {
        writeJson(file, edition, needs, Extra.NONE);
    }

    /**
     * needs.json: each need as its fields, with what a reuser cannot rebuild from one need: its groupement's total,
     * coordinator and members ({@code jointGroup}), where its notice will appear ({@code noticeProfileUrl}) and
     * whether running on the event day is only possible ({@code liveMaybe}), the new contract's renewal options
 * ({@code renewalOptions}). Written need by need (a tree each),
     * not as one tree of the whole file.
     */
    public static void writeJson(Path file, EditionInfo edition, List<Need> needs, Extra extra) throws IOException {
        writeJson(file, edition, needs, extra, false, false);
    }

    /**
     * needs.json with the keys this configuration publishes: the buyer's sourcing ({@code coverage},
     * {@code suppliersKnown}) and the incumbent's name only when the privacy settings publish them, never a key
     * written as null on every need (supplier X, D6). The public risk texts are {@code buyerNotes}, each a neutral
     * code and its words ({@link #notes}); the staff's codes and severities stay internal.
     */
    public static void writeJson(Path file, EditionInfo edition, List<Need> needs, Extra extra, boolean sourcing,
            boolean incumbent) throws IOException {
        org.vitrine.publish.catalogue.JointGroups groups = new org.vitrine.publish.catalogue.JointGroups(needs, id -> null, Messages.of("fr"));
        try (OutputStream out = Files.newOutputStream(file);
                com.fasterxml.jackson.core.JsonGenerator gen = PUBLIC_JSON.createGenerator(out)) {
            gen.writeStartObject();
            gen.writeFieldName("edition");
            PUBLIC_JSON.writeValue(gen, edition);
            gen.writeArrayFieldStart("needs");
            for (Need n : needs) {
                com.fasterxml.jackson.databind.node.ObjectNode node = PUBLIC_MAPPER.valueToTree(n);
                if (!sourcing) {
                    node.remove(List.of("coverage", "suppliersKnown"));
                }
                if (!incumbent) {
                    node.remove("incumbent");
                }
                // the staff's risk flags are no public field: their public words, under a neutral code
                node.remove("risks");
                com.fasterxml.jackson.databind.node.ArrayNode notes = node.putArray("buyerNotes");
                for (org.vitrine.model.RiskFlag r : n.risks()) {
                    String code = PUBLIC_NOTES.get(r.code());
                    if (code == null) {
                        continue;
                    }
                    com.fasterxml.jackson.databind.node.ObjectNode o = notes.addObject();
                    o.put("code", code);
                    o.put("label", r.message());
                    if (!r.related().isEmpty()) {
                        o.set("related", PUBLIC_MAPPER.valueToTree(r.related()));
                    }
                }
                JointGroups.Group g = groups.of(n);
                if (g != null) {
                    node.set("jointGroup", PUBLIC_MAPPER.valueToTree(jointGroup(n, g)));
                }
                String profile = extra.noticeProfile(n, g);
                if (profile != null) {
                    node.put("noticeProfileUrl", profile);
                }
                if (n.live() != null) {
                    node.put("liveMaybe", extra.liveMaybe(n));
                }
                com.fasterxml.jackson.databind.node.ObjectNode renewals = renewalOptions(n);
                if (renewals != null) {
                    node.set("renewalOptions", renewals);
                }
                PUBLIC_JSON.writeValue(gen, node);
            }
            gen.writeEndArray();
            gen.writeEndObject();
        }
    }

    /** The duration as the need page says it (« 36 mois, dont 12 mois ferme et 2 reconductions de 12 mois »); null when none. */
    static String durationLabel(Messages msg, Need n) {
        if (n.durationMonths() == null) {
            return null;
        }
        org.vitrine.model.DurationSpec d = renewals(n);
        return d == null ? msg.get("page.months", n.durationMonths())
                : msg.get("cat.need.duration_renewals", n.durationMonths(), d.baseMonths(), d.renewals(), d.renewalMonths());
    }

    /** The duration when it gives renewals (« 12 + 2 x 12 »), else null. */
    static org.vitrine.model.DurationSpec renewals(Need n) {
        return n.duration() != null && n.duration().renewals() > 0 ? n.duration() : null;
    }

    /** The renewal options as the buyer wrote them, shown on the need page (« Reconductions : reconductible 3 fois »); null when none. */
    static String renewalWords(Need n) {
        return n.notes() == null ? null : n.notes().get("renewal_options");
    }

    /** needs.json's {@code renewalOptions}: {@code renewals}, {@code renewalMonths}, {@code asWritten}, each when known; null when none. */
    private static com.fasterxml.jackson.databind.node.ObjectNode renewalOptions(Need n) {
        org.vitrine.model.DurationSpec d = renewals(n);
        String words = renewalWords(n);
        if (d == null && words == null) {
            return null;
        }
        com.fasterxml.jackson.databind.node.ObjectNode o = PUBLIC_MAPPER.createObjectNode();
        if (d != null) {
            o.put("renewals", d.renewals());
            o.put("renewalMonths", d.renewalMonths());
        }
        if (words != null) {
            o.put("asWritten", words);
        }
        return o;
    }

    /** A share's groupement in needs.json: the contract's total, who runs it and every published share. */
    private static Map<String, Object> jointGroup(Need n, JointGroups.Group g) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", n.jointGroup().name());
        out.put("coordinator", n.jointGroup().coordinator());
        if (g.total() != null) {
            Map<String, Object> total = new LinkedHashMap<>();
            total.put("min", g.total().min());
            total.put("max", g.total().max());
            total.put("currency", g.total().currency());
            out.put("total", total);
        }
        if (g.coordinator() != null) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("buyerId", g.coordinator().buyer().id());
            c.put("buyerName", g.coordinator().buyer().name());
            c.put("needId", g.coordinator().id());
            org.vitrine.model.Contact contact = coordinatorContact(g);
            if (contact != null) {
                c.put("contact", contact);
            }
            out.put("coordinatorBuyer", c);
        }
        List<Map<String, Object>> members = new ArrayList<>();
        for (Need m : g.members()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("needId", m.id());
            e.put("buyerId", m.buyer().id());
            e.put("buyerName", m.buyer().name());
            e.put("coordinator", m.jointGroup().coordinator());
            members.add(e);
        }
        out.put("members", members);
        return out;
    }

    /**
     * What the open data adds to the needs from the run: the buyers of buyers.yaml (their profile, where a notice
     * appears) and the event day's timing ({@link LaunchTiming#liveMaybe}).
     */
    public record Extra(java.util.function.Function<String, org.vitrine.config.BuyerConfig> buyers, LaunchTiming timing) {

        /** No buyers.yaml and no event: only what the needs themselves say. */
        public static final Extra NONE = new Extra(id -> null, null);

        /** The profile where the notice will appear: the coordinator's for a groupement's share, else the buyer's. */
        String noticeProfile(Need n, JointGroups.Group g) {
            String id = g != null && g.coordinator() != null ? g.coordinator().buyer().id() : n.buyer().id();
            org.vitrine.config.BuyerConfig b = buyers.apply(id);
            return b == null ? null : b.profile();
        }

        boolean liveMaybe(Need n) {
            return timing != null && timing.liveMaybe(n);
        }
    }

    /**
     * The coordinator's contact as its own share publishes it (PublicView: the buyers.yaml contact, never a person's
     * unless published), null for a groupement without a coordinator.
     */
    private static org.vitrine.model.Contact coordinatorContact(JointGroups.Group g) {
        return g == null || g.coordinator() == null ? null : g.coordinator().contact();
    }

    /**
     * A need's helper methods are no fields of the published model: {@code isPublic()} would be written as
     * {@code "public": false} on every published need (their visibility is removed before publication).
     */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties({"public", "openOpportunity"})
    private abstract static class PublishedNeed {
    }

    /**
     * A change's old and new values as the field itself is written ({@code "old": {"min": 380000, …}}, {@code 24},
     * {@code true}), not as the JSON text the change tracking records ({@code "{\"min\":3.8E+5,…}"}).
     */
    @com.fasterxml.jackson.databind.annotation.JsonSerialize(using = PublishedChange.class)
    private abstract static class PublishedChangeMixIn {
    }

    private static final class PublishedChange extends com.fasterxml.jackson.databind.ser.std.StdSerializer<org.vitrine.model.FieldChange> {
        PublishedChange() {
            super(org.vitrine.model.FieldChange.class);
        }

        @Override
        public void serialize(org.vitrine.model.FieldChange c, com.fasterxml.jackson.core.JsonGenerator gen,
                com.fasterxml.jackson.databind.SerializerProvider provider) throws IOException {
            gen.writeStartObject();
            gen.writeStringField("field", c.field());
            provider.defaultSerializeField("old", org.vitrine.messages.ChangeText.read(c.field(), c.old()), gen);
            provider.defaultSerializeField("new", org.vitrine.messages.ChangeText.read(c.field(), c.value()), gen);
            gen.writeEndObject();
        }
    }

    /**
     * The public notes of a need, by the risk code they come from (docs/RISKS.md §5: the only codes that may be
     * public), each under a code that says what the buyer published, never the staff's name of the finding:
     * « LOW_COMPETITION » in a spreadsheet read as « few rivals » (supplier X, D6; issue 18: sourcing
     * intelligence stays internal). A code outside this list is never written.
     */
    static final Map<String, String> PUBLIC_NOTES = Map.of(
            "LOW_COMPETITION", "market_knowledge_wanted",
            "PARTIAL_COVERAGE", "one_operator_may_not_cover",
            "COVERAGE_UNKNOWN", "solutions_wanted",
            "DEADLINE_CONGESTION", "close_deadlines");

    /** The public notes of a need: neutral codes and their words, in the order of its flags. */
    private static List<org.vitrine.model.RiskFlag> notes(Need n) {
        return n.risks().stream().filter(r -> PUBLIC_NOTES.containsKey(r.code())).toList();
    }

    /** The published model: the mix-ins above on the project's mapper, made once (its serializers cached). */
    private static final com.fasterxml.jackson.databind.ObjectMapper PUBLIC_MAPPER = Json.MAPPER.copy()
            .addMixIn(Need.class, PublishedNeed.class)
            .addMixIn(org.vitrine.model.FieldChange.class, PublishedChangeMixIn.class);
    private static final com.fasterxml.jackson.databind.ObjectWriter PUBLIC_JSON = PUBLIC_MAPPER
            .writer(new com.fasterxml.jackson.core.util.DefaultPrettyPrinter()
                    .withObjectIndenter(new com.fasterxml.jackson.core.util.DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new com.fasterxml.jackson.core.util.DefaultIndenter("  ", "\n")));

    /**
     * One column of needs.csv: its header, its format in the guide (a key of {@code cat.csv.format.*}: written here,
     * a new column cannot fall silently to « text », review R5) and how a need fills it.
     */
    private record Column(String name, String format, java.util.function.Function<Need, Object> value) {
    }

    /**
     * The columns of needs.csv: every code for reuse, with a {@code _label} column beside each coded field
     * (category, procedure, technique, route, launch precision, reserved type, firmness, framework award) in the
     * file's language, and yes/no in words ("oui"/"non" in French). The buyer's sourcing (coverage, known
     * suppliers) and the incumbent's name have columns only when the privacy settings publish them: an empty
     * column would still say the buyer keeps such figures.
     */
    static List<Column> columns(Messages msg, boolean sourcing, boolean incumbent) {
        return columns(msg, sourcing, incumbent, List.of(), Extra.NONE);
    }

    /** The columns, with the groupements de commandes of these needs (their total and coordinator) and the run's buyers and timing. */
    static List<Column> columns(Messages msg, boolean sourcing, boolean incumbent, List<Need> needs, Extra extra) {
        org.vitrine.publish.catalogue.JointGroups groups = new org.vitrine.publish.catalogue.JointGroups(needs, id -> null, msg);
        Fmt fmt = new Fmt(msg);
        java.util.function.Function<Boolean, Object> yesNo = b -> b == null ? null : fmt.yesNo(b);
        List<Column> c = new ArrayList<>();
        c.add(new Column("id", "id", Need::id));
        c.add(new Column("buyer_id", "id", n -> n.buyer().id()));
        c.add(new Column("buyer_name", "text", n -> n.buyer().name()));
        c.add(new Column("buyer_kind", "code", n -> n.buyer().kind()));
        c.add(new Column("reference", "id", Need::reference));
        c.add(new Column("title", "text", Need::title));
        c.add(new Column("description", "text", Need::description));
        c.add(new Column("cpv", "cpv", n -> n.cpv().code()));
        c.add(new Column("cpv_label", "text", n -> n.cpv().labels().get(msg.lang())));
        c.add(new Column("cpv_additional", "cpv_list", n -> n.cpvAdditional().stream().map(x -> x.code()).collect(Collectors.joining(","))));
        c.add(new Column("category", "code", Need::category));
        c.add(new Column("category_label", "text", n -> label(fmt, "category", n.category())));
        c.add(new Column("amount_min", "euros", n -> plain(n.amount().min())));
        c.add(new Column("amount_max", "euros", n -> plain(n.amount().max())));
        c.add(new Column("currency", "code", n -> n.amount().currency()));
        c.add(new Column("amount_basis", "code", n -> n.amount().basis()));
        c.add(new Column("total_min", "euros", n -> plain(total(n) == null ? null : total(n).min())));
        c.add(new Column("total_max", "euros", n -> plain(total(n) == null ? null : total(n).max())));
        // one row per buyer's need (a groupement's share is that buyer's planned purchase, as an OCDS planning is): the
        // contract a row belongs to, the same key on every share of a groupement (the leading share's id, the end of
        // its OCDS ocid), and that contract's whole amount, as the site filters and sorts it (supplier Y: 226 rows
        // against the site's 214, a member's share read as the amount)
        c.add(new Column("contract_id", "id", n -> groups.of(n) == null ? n.id() : groups.of(n).lead().id()));
        c.add(new Column("contract_total_min", "euros", n -> plain(contractTotal(groups, n) == null ? null : contractTotal(groups, n).min())));
        c.add(new Column("contract_total_max", "euros", n -> plain(contractTotal(groups, n) == null ? null : contractTotal(groups, n).max())));
        c.add(new Column("lots", "integer", Need::lots));
        c.add(new Column("max_lots_per_bidder", "integer", Need::maxLotsPerBidder));
        c.add(new Column("lot_list", "lot_list", DataExports::lots));
        c.add(new Column("launch_start", "date", n -> start(n.launch())));
        c.add(new Column("launch_end", "date", n -> n.launch().end()));
        c.add(new Column("launch_precision", "code", n -> n.launch().precision()));
        c.add(new Column("launch_precision_label", "text", n -> msg.get("cat.csv.precision." + n.launch().precision())));
        c.add(new Column("launch_label", "text", n -> fmt.period(n.launch())));
        c.add(new Column("notification_start", "date", n -> start(n.notification())));
        c.add(new Column("contract_start", "date", n -> start(n.contractStart())));
        c.add(new Column("duration_months", "integer", Need::durationMonths));
        // the new contract's renewal options (issue 22): the duration in the need page's words, the renewals and the
        // months of each that the duration gives, the buyer's words as the page shows them (« reconductible 3 fois »);
        // a count and free words, no code: no _label column
        c.add(new Column("duration_label", "text", n -> durationLabel(msg, n)));
        c.add(new Column("renewals", "integer", n -> renewals(n) == null ? null : renewals(n).renewals()));
        c.add(new Column("renewal_months", "integer", n -> renewals(n) == null ? null : renewals(n).renewalMonths()));
        c.add(new Column("renewal_options", "text", DataExports::renewalWords));
        c.add(new Column("procedure", "code", Need::procedure));
        c.add(new Column("procedure_label", "text", n -> label(fmt, "procedure", n.procedure())));
        c.add(new Column("technique", "code", Need::technique));
        c.add(new Column("technique_label", "text", n -> label(fmt, "technique", n.technique())));
        c.add(new Column("framework_award", "code", Need::frameworkAward));
        c.add(new Column("framework_award_label", "text", n -> label(fmt, "framework_award", n.frameworkAward())));
        c.add(new Column("framework_maximum", "euros", n -> n.frameworkMaximum() == null ? null : plain(n.frameworkMaximum().max())));
        c.add(new Column("route", "code", Need::route));
        c.add(new Column("route_label", "text", n -> label(fmt, "route", n.route())));
        // a groupement de commandes: its name, and who runs the consultation, by name (as buyers.yaml names it; outside
        // supplier X: a « oui »/« non » flag here told a supplier nothing) and by id; a row is the coordinator's share
        // when its buyer_id is joint_group_coordinator_id
        c.add(new Column("joint_group", "text", n -> n.jointGroup() == null ? null : n.jointGroup().name()));
        c.add(new Column("joint_group_coordinator", "text", n -> groups.of(n) == null || groups.of(n).coordinator() == null ? null
                : groups.of(n).coordinator().buyer().name()));
        // the contract a supplier bids for: the group's total over the duration (total_min/total_max are this row's share)
        c.add(new Column("joint_group_total_min", "euros", n -> groups.of(n) == null || groups.of(n).total() == null ? null : plain(groups.of(n).total().min())));
        c.add(new Column("joint_group_total_max", "euros", n -> groups.of(n) == null || groups.of(n).total() == null ? null : plain(groups.of(n).total().max())));
        c.add(new Column("joint_group_coordinator_id", "id", n -> groups.of(n) == null || groups.of(n).coordinator() == null ? null
                : groups.of(n).coordinator().buyer().id()));
        // a member's row: whom a supplier asks about the one contract, the coordinator (its published contact);
        // contact_name/contact_email stay the row's own buyer's
        c.add(new Column("joint_group_coordinator_contact_name", "text", n -> {
            org.vitrine.model.Contact k = coordinatorContact(groups.of(n));
            return k == null ? null : k.name();
        }));
        c.add(new Column("joint_group_coordinator_contact_email", "email", n -> {
            org.vitrine.model.Contact k = coordinatorContact(groups.of(n));
            return k == null ? null : k.email();
        }));
        // where the notice will appear: the buyer profile of buyers.yaml, the coordinator's for a groupement's share
        c.add(new Column("notice_profile_url", "url", n -> extra.noticeProfile(n, groups.of(n))));
        c.add(new Column("location", "text", Need::location));
        // The place as read from that text (or the buyer's, buyers.yaml, when the row gave none), as needs.json's
        // "place": without it a supplier sorting the file by département found nothing for rows with no text.
        c.add(new Column("place_kind", "code", n -> n.place() == null ? null : n.place().kind()));
        c.add(new Column("place_code", "code", n -> n.place() == null ? null : n.place().code()));
        c.add(new Column("place_name", "text", n -> n.place() == null ? null : n.place().name()));
        c.add(new Column("place_nuts", "code", n -> n.place() == null ? null : n.place().nuts()));
        c.add(new Column("contact_name", "text", n -> n.contact() == null ? null : n.contact().name()));
        c.add(new Column("contact_email", "email", n -> n.contact() == null ? null : n.contact().email()));
        if (sourcing) {
            c.add(new Column("coverage", "code", n -> n.coverage() == null ? null : n.coverage().level()));
            c.add(new Column("coverage_percent", "percent", n -> n.coverage() == null ? null : n.coverage().percent()));
            c.add(new Column("suppliers_known", "integer", Need::suppliersKnown));
        }
        c.add(new Column("incumbent_end", "date", n -> start(n.incumbentEnd())));
        c.add(new Column("renewal", "yes_no", n -> yesNo.apply(n.renewal())));
        c.add(new Column("innovation", "yes_no", n -> yesNo.apply(n.innovation())));
        c.add(new Column("reserved", "reserved", n -> n.reserved() instanceof Boolean b ? yesNo.apply(b) : n.reserved()));
        c.add(new Column("reserved_label", "text", n -> n.reserved() instanceof String type ? label(fmt, "reserved", type)
                : Boolean.TRUE.equals(n.reserved()) ? msg.get("cat.reserved.unspecified") : null));
        c.add(new Column("social_clause", "yes_no", n -> yesNo.apply(n.socialClause())));
        c.add(new Column("environmental_clause", "yes_no", n -> yesNo.apply(n.environmentalClause())));
        c.add(new Column("firmness", "code", Need::firmness));
        c.add(new Column("firmness_label", "text", n -> label(fmt, "firmness", n.firmness())));
        c.add(new Column("tender_url", "url", Need::tenderUrl));
        if (incumbent) {
            c.add(new Column("incumbent", "text", Need::incumbent));
        }
        c.add(new Column("live", "code", Need::live));
        // in words like every coded column (supplier X, D8: « offers » alone told nothing)
        c.add(new Column("live_label", "text", n -> n.live() == null ? null : msg.get("cat.csv.live." + n.live())));
        // « peut-être en cours » on the pages: a MAPA whose launch window may fall before or after the event day
        c.add(new Column("live_maybe", "yes_no", n -> n.live() == null ? null : fmt.yesNo(extra.liveMaybe(n))));
        c.add(new Column("beyond_year", "yes_no", n -> fmt.yesNo(n.beyondYear())));
        c.add(new Column("first_published", "date", Need::firstPublished));
        c.add(new Column("modified", "date", Need::modified));
        c.add(new Column("change", "code", Need::change));
        // what the buyer publishes about the need (docs/RISKS.md §5), a neutral code and its words; never a staff code
        c.add(new Column("buyer_notes", "code_list", n -> notes(n).stream().map(x -> PUBLIC_NOTES.get(x.code())).collect(Collectors.joining(","))));
        c.add(new Column("buyer_notes_label", "text_list", n -> notes(n).stream().map(org.vitrine.model.RiskFlag::message).collect(Collectors.joining(" | "))));
        return c;
    }

    /** The CSV as the default privacy settings publish it (no sourcing, no incumbent), in this language. */
    public static void writeCsv(Path file, List<Need> needs, String lang) throws IOException {
        writeCsv(file, needs, Messages.of(lang), null);
    }

    /** The CSV with the columns this configuration publishes (privacy), labels in the messages' language. */
    public static void writeCsv(Path file, List<Need> needs, Messages msg, VitrineConfig config) throws IOException {
        writeCsv(file, needs, msg, config, Extra.NONE);
    }

    /** The CSV with the run's buyers (profiles, contacts) and the event day's timing. */
    public static void writeCsv(Path file, List<Need> needs, Messages msg, VitrineConfig config, Extra extra) throws IOException {
        List<Column> columns = columns(msg, config != null && config.publishSourcing(), config != null && config.publishIncumbent(), needs, extra);
        try (OutputStream out = Files.newOutputStream(file);
                BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                CSVPrinter csv = new CSVPrinter(w, excelFormat())) {
            w.write('\uFEFF');
            csv.printRecord(columns.stream().map(Column::name).toList());
            for (Need n : needs) {
                List<Object> row = new ArrayList<>(columns.size());
                for (Column c : columns) {
                    row.add(c.value().apply(n));
                }
                csv.printRecord(safe(row));
            }
        }
    }

    /**
     * data/needs-columns.csv, the guide to needs.csv (supplier W: 73 English codes and no dictionary): one row per
     * column of the same list the CSV writer uses, in its order, with its meaning in the file's language and its format
     * (euros as whole numbers, dates AAAA-MM-JJ, oui/non, codes); same dialect as needs.csv.
     */
    public static void writeColumnGuide(Path file, Messages msg, boolean sourcing, boolean incumbent) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
                BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                CSVPrinter csv = new CSVPrinter(w, excelFormat())) {
            w.write('\uFEFF');
            csv.printRecord(msg.get("cat.csv.guide.column"), msg.get("cat.csv.guide.meaning"), msg.get("cat.csv.guide.format"));
            for (Column c : columns(msg, sourcing, incumbent)) {
                csv.printRecord(safe(List.of(c.name(), msg.get("cat.csv.col." + c.name()), msg.get("cat.csv.format." + c.format()))));
            }
        }
    }

    /** The CSV dialect French Excel opens directly: `;`, CRLF, quotes when needed. */
    public static CSVFormat excelFormat() {
        return CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();
    }

    private static String label(Fmt fmt, String kind, String code) {
        return code == null ? null : fmt.label(kind, code);
    }

    private static org.vitrine.model.Amount total(Need n) {
        return org.vitrine.model.TotalValue.of(n);
    }

    /** The whole contract's total over its duration: its groupement's for a share (null when a share has none), else the need's. */
    private static org.vitrine.model.Amount contractTotal(org.vitrine.publish.catalogue.JointGroups groups, Need n) {
        org.vitrine.publish.catalogue.JointGroups.Group g = groups.of(n);
        return g == null ? total(n) : g.total();
    }

    /** "1: Lot title (40000 EUR, 90911200-8, Dijon) | 2 (15000 EUR) | …": the lots a buyer gave, in one cell. */
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
            // an untitled lot is its number alone: "2 (15000 EUR)", not "2:  (15000 EUR)"
            String title = l.title() == null || l.title().isBlank() ? "" : l.title();
            return (l.number() == null ? "" : l.number() + (title.isEmpty() ? "" : ": ")) + title
                    + (parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")");
        }).collect(Collectors.joining(" | "));
    }

    private static Object start(Period p) {
        return p == null ? null : p.start();
    }

    private static String plain(BigDecimal v) {
        return v == null ? null : v.toPlainString();
    }

    /**
     * Whether the cell starts with = + - @ tab or CR, or a look-alike of = + - @ (full-width « ＝ », small « ﹦ »,
     * super- and subscript, the minus sign U+2212): what its compatibility form (NFKC) reads as one of them. Calc and
     * Excel may fold full-width forms, or a user retype the cell; neutralised to be safe (issue 16, attacker Y3).
     */
    private static boolean formulaFirst(String s) {
        char c = s.charAt(0);
        if ("=+-@\t\r".indexOf(c) >= 0) {
            return true;
        }
        if (c < 0x80) {
            return false;
        }
        String k = java.text.Normalizer.normalize(s.substring(0, Character.charCount(s.codePointAt(0))), java.text.Normalizer.Form.NFKC);
        return !k.isEmpty() && "=+-@\u2212".indexOf(k.charAt(0)) >= 0;
    }

    /** Neutralises cells a spreadsheet would run as a formula (CSV injection): = + - @ tab CR first, and their look-alikes. */
    public static List<Object> safe(List<Object> row) {
        List<Object> out = new ArrayList<>(row.size());
        for (Object v : row) {
            // Control characters (a file name's ANSI escape, a line break) made visible: the file is read in a
            // terminal too, and by tools that take a line for a record.
            if (v instanceof String s && !s.isEmpty() && formulaFirst(s)) {
                out.add("'" + org.vitrine.messages.Visible.inline(s));
            } else {
                out.add(v instanceof String text ? org.vitrine.messages.Visible.inline(text) : v);
            }
        }
        return out;
    }
}
