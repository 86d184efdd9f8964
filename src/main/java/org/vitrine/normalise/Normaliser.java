package org.vitrine.normalise;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.vitrine.cli.Messages;
import org.vitrine.config.BuyerConfig;
import org.vitrine.config.Config;
import org.vitrine.config.Fold;
import org.vitrine.model.Amount;
import org.vitrine.model.BuyerRef;
import org.vitrine.model.Contact;
import org.vitrine.model.Coverage;
import org.vitrine.model.Cpv;
import org.vitrine.model.DurationSpec;
import org.vitrine.model.Need;
import org.vitrine.model.Period;
import org.vitrine.model.ProcedureInfo;
import org.vitrine.model.RawCell;
import org.vitrine.model.RawRecord;
import org.vitrine.model.Reject;
import org.vitrine.normalise.parse.AmountBasisParser;
import org.vitrine.normalise.parse.AmountParser;
import org.vitrine.normalise.parse.CategoryParser;
import org.vitrine.normalise.parse.ContactParser;
import org.vitrine.normalise.parse.CoverageParser;
import org.vitrine.normalise.parse.CpvCatalogue;
import org.vitrine.normalise.parse.CpvListParser;
import org.vitrine.normalise.parse.CpvParser;
import org.vitrine.normalise.parse.DurationParser;
import org.vitrine.normalise.parse.FirmnessParser;
import org.vitrine.normalise.parse.IntParser;
import org.vitrine.normalise.parse.LocationParser;
import org.vitrine.normalise.parse.ParseError;
import org.vitrine.normalise.parse.PeriodParser;
import org.vitrine.normalise.parse.ProcedureParser;
import org.vitrine.normalise.parse.ReservedParser;
import org.vitrine.normalise.parse.Text;
import org.vitrine.normalise.parse.UrlParser;
import org.vitrine.normalise.parse.VisibilityParser;
import org.vitrine.normalise.parse.YesNoParser;

/**
 * Turns one raw record into a need, or into reject lines naming every cell that cannot be read
 * (a cell that cannot be read rejects its row, CONTRACT §3). Pure apart from the catalogues.
 */
public final class Normaliser {

    private static final int MAX_TITLE = 500;
    private static final int MAX_DESCRIPTION = 10_000;
    private static final int MAX_REFERENCE = 100;
    private static final int MAX_VALUE_SHOWN = 120;

    private final Config config;
    private final CpvCatalogue cpvs;
    private final Messages messages;
    private final int year;

    public Normaliser(Config config, CpvCatalogue cpvs, Messages messages, int year) {
        this.config = config;
        this.cpvs = cpvs;
        this.messages = messages;
        this.year = year;
    }

    /** The outcome for one record: a need, or the reasons it is rejected; and the unknown buyer name, if any. */
    public record Result(Need need, List<Reject> rejects, String unknownBuyer) {
    }

    @FunctionalInterface
    private interface Parse<T> {
        T apply(RawCell cell) throws ParseError;
    }

    /**
     * Parsed values (or the ParseError) of the columns whose cells repeat from row to row — procedures,
     * categories, periods, CPV codes, yes/no — by field and cell, so each distinct cell is parsed once.
     * The parsers are pure and their results immutable. Bounded: past {@link #MEMO_MAX} distinct cells
     * in a field, new ones are parsed every time.
     */
    private final Map<String, Map<RawCell, Object>> memo = new ConcurrentHashMap<>();
    private static final int MEMO_MAX = 4096;
    private static final Object NO_VALUE = new Object();

    @SuppressWarnings("unchecked")
    private <T> T memo(String field, RawCell cell, Parse<T> parser) throws ParseError {
        Map<RawCell, Object> known = memo.computeIfAbsent(field, k -> new ConcurrentHashMap<>());
        Object v = known.get(cell);
        if (v == null) {
            try {
                T parsed = parser.apply(cell);
                v = parsed == null ? NO_VALUE : parsed;
            } catch (ParseError e) {
                v = e;
            }
            if (known.size() < MEMO_MAX) {
                known.put(cell, v);
            }
        }
        if (v instanceof ParseError e) {
            throw e;
        }
        return v == NO_VALUE ? null : (T) v;
    }

    /** Collects the problems of one row while its fields are parsed. */
    private final class Row {
        final RawRecord raw;
        final List<Reject> problems = new ArrayList<>();
        String buyerId;

        Row(RawRecord raw) {
            this.raw = raw;
        }

        <T> T field(String field, Parse<T> parser) {
            RawCell cell = raw.get(field);
            if (cell == null || cell.isBlank()) {
                return null;
            }
            try {
                return parser.apply(cell);
            } catch (ParseError e) {
                problem(field, cell.text(), e.key(), e.args());
                return null;
            }
        }

        /** {@link #field}, through the memo of repeated cells (only for pure parsers of the cell alone). */
        <T> T repeated(String field, Parse<T> parser) {
            return field(field, c -> memo(field, c, parser));
        }

        <T> T required(String field, Parse<T> parser) {
            RawCell cell = raw.get(field);
            if (cell == null || cell.isBlank()) {
                problem(field, "", "normalise.required", messages.get("field." + field));
                return null;
            }
            return field(field, parser);
        }

        /** {@link #required}, through the memo of repeated cells, as {@link #repeated} is for optional ones. */
        <T> T requiredRepeated(String field, Parse<T> parser) {
            return required(field, c -> memo(field, c, parser));
        }

        void problem(String field, String value, String key, Object... args) {
            var loc = raw.location();
            problems.add(new Reject(loc.source(), loc.file(), loc.sheet(), loc.row(), raw.header(field),
                    shown(value), messages.get(key, args), messages.get(key + ".fix", args), buyerId));
        }
    }

    public Result normalise(RawRecord raw) {
        Row row = new Row(raw);
        int maxCell = config.limits().maxCellChars();
        String unknownBuyer = null;
        BuyerRef buyer = row.required("buyer", c -> buyerRef(Text.plain(c.text(), 300)));
        if (buyer != null) {
            row.buyerId = buyer.id();
            if (config.buyers().byId(buyer.id()) == null) {
                unknownBuyer = raw.get("buyer").text().strip();
            }
        }
        String title = row.required("title", c -> Text.plain(c.text(), Math.min(MAX_TITLE, maxCell)));
        String reference = row.field("reference", c -> Text.plain(c.text(), MAX_REFERENCE));
        String description = row.field("description", c -> Text.plain(c.text(), Math.min(MAX_DESCRIPTION, maxCell)));
        Cpv cpv = row.requiredRepeated("cpv", c -> CpvParser.parse(c, cpvs));
        List<Cpv> cpvAdditional = row.repeated("cpv_additional", c -> CpvListParser.parse(c, cpvs));
        String category = row.repeated("category", Normaliser::category);
        Amount amount = row.required("amount", AmountParser::parse);
        String basis = row.repeated("amount_basis", AmountBasisParser::parse);
        Integer lots = row.field("lots", c -> IntParser.parse(c, "lots"));
        Period launch = row.requiredRepeated("launch", c -> PeriodParser.parse(c, year));
        Period notification = row.repeated("notification", c -> PeriodParser.parse(c, year));
        Period contractStart = row.repeated("contract_start", c -> PeriodParser.parse(c, year));
        DurationSpec duration = row.repeated("duration_months", DurationParser::parse);
        ProcedureInfo procedure = row.repeated("procedure", ProcedureParser::parse);
        String location = row.repeated("location", LocationParser::parse);
        Contact contact = row.field("contact", ContactParser::parse);
        Coverage coverage = row.repeated("coverage", CoverageParser::parse);
        Integer suppliers = row.field("suppliers_known", c -> IntParser.parse(c, "suppliers_known"));
        Period incumbentEnd = row.repeated("incumbent_end", c -> PeriodParser.parse(c, year));
        Boolean renewal = row.repeated("renewal", YesNoParser::parse);
        Boolean innovation = row.repeated("innovation", YesNoParser::parse);
        Object reserved = row.repeated("reserved", ReservedParser::parse);
        Boolean social = row.repeated("social_clause", YesNoParser::parse);
        Boolean environmental = row.repeated("environmental_clause", YesNoParser::parse);
        String visibility = row.field("visibility", c -> VisibilityParser.parse(c, raw.header("visibility")));
        String firmness = row.repeated("firmness", FirmnessParser::parse);
        String tenderUrl = row.field("tender_url", UrlParser::parse);
        Period deadline = row.repeated("deadline", c -> PeriodParser.parse(c, year));
        Integer responseDays = row.field("response_days", c -> IntParser.parse(c, "response_days"));
        Boolean defence = row.repeated("defence", YesNoParser::parse);
        Boolean networkActivity = row.repeated("network_activity", YesNoParser::parse);
        String operation = row.field("operation", c -> Text.plain(c.text(), MAX_REFERENCE));
        String site = row.field("site", c -> Text.plain(c.text(), MAX_REFERENCE));
        Integer maxLotsPerBidder = row.field("max_lots_per_bidder", c -> IntParser.parse(c, "max_lots_per_bidder"));
        String incumbent = row.field("incumbent", c -> Text.plain(c.text(), 300));

        if (launch != null && launch.end().getYear() < year) {
            row.problem("launch", raw.get("launch").text(), "normalise.launch_past",
                    String.valueOf(launch.end().getYear()), String.valueOf(year));
        }
        if (!row.problems.isEmpty()) {
            return new Result(null, row.problems, unknownBuyer);
        }
        if (category == null) {
            category = CategoryParser.fromCpv(cpv.code());
        }
        if (basis != null) {
            amount = amount.withBasis(basis);
        }
        ProcedureInfo p = procedure == null ? new ProcedureInfo(null, null, "own") : procedure;
        String id = NeedIds.idFor(buyer.id(), reference, title, cpv.code());
        Need need = new Need(id, buyer, reference, title, description, cpv, cpvAdditional == null ? List.of() : cpvAdditional,
                category, amount, lots, launch, notification, contractStart,
                duration == null ? null : duration.totalMonths(), duration, p.procedure(), p.technique(),
                p.route() == null ? "own" : p.route(), location, contact, coverage, suppliers, incumbentEnd, renewal,
                innovation, reserved == null ? Boolean.FALSE : reserved, social, environmental, firmness, tenderUrl,
                deadline, responseDays, defence, networkActivity, operation, site, null, List.of(), maxLotsPerBidder,
                incumbent, null,
                launch.start().getYear() > year, null, null, null, List.of(), List.of(), List.of(),
                visibility == null ? "public" : visibility, raw.location());
        return new Result(need, List.of(), unknownBuyer);
    }

    /** A mixed contract ("fournitures et services") follows its main object: left to the CPV. */
    private static String category(RawCell cell) throws ParseError {
        try {
            return CategoryParser.parse(cell);
        } catch (ParseError e) {
            if ("parse.category.mixed".equals(e.key())) {
                return null;
            }
            throw e;
        }
    }

    private BuyerRef buyerRef(String text) {
        BuyerConfig b = config.buyers().find(text);
        if (b != null) {
            return new BuyerRef(b.id(), b.name(), b.kind());
        }
        // Accepted with a warning in the run report; "local" is the most common kind of buyer.
        return new BuyerRef(Fold.slug(text, 60), text, "local");
    }

    /** A cell's value as the rejects report quotes it: one line, cut at 120 characters. */
    static String shown(String value) {
        if (value == null) {
            return "";
        }
        String v = value.replaceAll("\\p{Cntrl}", " ").strip();
        return v.length() > MAX_VALUE_SHOWN ? v.substring(0, MAX_VALUE_SHOWN) + "…" : v;
    }

    /** The canonical fields a custom route may send (CONTRACT §7), for converting a map body. */
    public static RawRecord fromMap(org.vitrine.model.Location location, Map<String, Object> values) {
        Map<String, RawCell> fields = new java.util.LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (v instanceof Number n) {
                fields.put(k, RawCell.number(n.doubleValue()));
            } else if (v != null) {
                fields.put(k, RawCell.text(v.toString()));
            }
        });
        return new RawRecord(location, fields, Map.of());
    }
}
