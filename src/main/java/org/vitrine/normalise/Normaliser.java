package org.vitrine.normalise;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vitrine.messages.Messages;
import org.vitrine.config.BuyerConfig;
import org.vitrine.config.Config;
import org.vitrine.model.Amount;
import org.vitrine.model.BuyerRef;
import org.vitrine.model.Contact;
import org.vitrine.model.JointGroup;
import org.vitrine.model.Coverage;
import org.vitrine.model.Cpv;
import org.vitrine.model.DurationSpec;
import org.vitrine.model.Need;
import org.vitrine.model.Period;
import org.vitrine.model.Place;
import org.vitrine.model.TotalValue;
import org.vitrine.model.ProcedureInfo;
import org.vitrine.model.RawCell;
import org.vitrine.model.RawRecord;
import org.vitrine.model.Reject;
import org.vitrine.normalise.parse.AmountBasisParser;
import org.vitrine.normalise.parse.AmountParser;
import org.vitrine.normalise.parse.CategoryParser;
import org.vitrine.normalise.parse.ContactParser;
import org.vitrine.normalise.parse.Placeholders;
import org.vitrine.normalise.parse.CoverageParser;
import org.vitrine.normalise.parse.CpvCatalogue;
import org.vitrine.normalise.parse.CpvListParser;
import org.vitrine.normalise.parse.CpvParser;
import org.vitrine.normalise.parse.CpvSuggester;
import org.vitrine.normalise.parse.DurationParser;
import org.vitrine.normalise.parse.FirmnessParser;
import org.vitrine.normalise.parse.FrameworkAwardParser;
import org.vitrine.normalise.parse.IntParser;
import org.vitrine.normalise.parse.LocationParser;
import org.vitrine.normalise.parse.ParseError;
import org.vitrine.normalise.parse.RenewalParser;
import org.vitrine.normalise.parse.PeriodParser;
import org.vitrine.normalise.parse.Places;
import org.vitrine.normalise.parse.ProcedureParser;
import org.vitrine.normalise.parse.Repair;
import org.vitrine.normalise.parse.ReservedParser;
import org.vitrine.normalise.parse.Text;
import org.vitrine.normalise.parse.UrlParser;
import org.vitrine.normalise.parse.VisibilityParser;
import org.vitrine.normalise.parse.YesNoParser;

/**
 * Turns one raw record into a need, or into reject lines (CONTRACT §3): a row is rejected only when a
 * required field (title, CPV, amount, launch, and the buyer when the file is not named after one) is
 * missing or unreadable, or its launch window ends before the edition date. An unreadable optional cell
 * leaves its field empty with a warning; repairs (a padded or corrected CPV, markup removed, Windows-1252
 * characters mapped, a value read out of the words around it) are warnings naming the original value.
 * A row that says "confidentiel" in a visibility, remarks or unrecognised column or a cell comment is held
 * back as internal, with a warning. Pure apart from the catalogues.
 */
public final class Normaliser {

    private static final int MAX_TITLE = 500;
    private static final int MAX_DESCRIPTION = 10_000;
    private static final int MAX_REFERENCE = 100;
    private static final int MAX_VALUE_SHOWN = 120;
    /** Words around a value: "Partielle (lot froid infructueux)", "4 lots - agences", "24 mois : reconductible". */
    private static final List<Pattern> AROUND = List.of(
            Pattern.compile("^(.+?)\\s*\\((.+)\\)\\s*$", Pattern.DOTALL),
            Pattern.compile("^(.+?)\\s+[-–—:;/]\\s+(.+)$", Pattern.DOTALL),
            Pattern.compile("^(.+?)\\s*[,;]\\s+(.+)$", Pattern.DOTALL));
    /** "4 ans à compter du 01/01/2027": a duration, then when it starts. */
    private static final Pattern SINCE = Pattern.compile(
            "^(.+?)\\s+(?:à compter du|à compter de|a compter du|a compter de|à partir du|à partir de|a partir du|a partir de|dès le|des le|from|starting)\\s+(.+)$",
            Pattern.CASE_INSENSITIVE);
    /** A renewal cell with words in it (two letters or more); else a mark (« x », « 1 ») that says yes or no. */
    private static final Pattern WORDED = Pattern.compile("(?iu).*\\p{L}{2,}.*");

    private final Config config;
    private final CpvCatalogue cpvs;
    private final Messages messages;
    private final int year;
    private final LocalDate editionDate;
    private final Places places = Places.load();
    private final org.vitrine.messages.Fmt fmt;

    /** A normaliser for a run whose edition date is the first day of the forecast year. */
    public Normaliser(Config config, CpvCatalogue cpvs, Messages messages, int year) {
        this(config, cpvs, messages, year, LocalDate.of(year, 1, 1));
    }

    /**
     * {@code editionDate}: a launch window ending before it and before the forecast year is past (the need is
     * rejected); one of the forecast year is published as launched, with a warning.
     */
    public Normaliser(Config config, CpvCatalogue cpvs, Messages messages, int year, LocalDate editionDate) {
        this.config = config;
        this.cpvs = cpvs;
        this.messages = messages;
        this.year = year;
        this.editionDate = editionDate;
        this.fmt = new org.vitrine.messages.Fmt(messages);
    }

    /** How {@code vitrine check} chose its day, as the ordinal of its {@link org.vitrine.config.DayOrigin} the messages' choice reads; -1 in a run. */
    private int checkDay = -1;

    /**
     * For {@code vitrine check}: a launch past as of its day is told against that day, named with where it came from
     * (--date, SOURCE_DATE_EPOCH or today) and how to set it, not against « la date de l'édition », which a check has
     * none of (officer Z3).
     */
    public Normaliser checkDay(org.vitrine.config.DayOrigin origin) {
        this.checkDay = origin.ordinal();
        return this;
    }

    /**
     * The outcome for one record: a need (with its warnings), or the reasons it is rejected; and the
     * unknown buyer name, if any. A rejected row may have no reject line when its only problem is a
     * required column the sheet lacks: the file-level line says so once.
     */
    public record Result(Need need, List<Reject> rejects, List<Reject> warnings, String unknownBuyer) {
    }

    @FunctionalInterface
    private interface Parse<T> {
        T apply(RawCell cell, List<Repair> repairs) throws ParseError;
    }

    /** A parsed value with the repairs its parsing made, as the memo keeps it. */
    private record Parsed(Object value, List<Repair> repairs) {
    }

    /**
     * Parsed values (or the ParseError) of the columns whose cells repeat from row to row — procedures,
     * categories, periods, CPV codes, yes/no — by field and cell, so each distinct cell is parsed once.
     * The parsers are pure and their results immutable. Bounded: past {@link #MEMO_MAX} distinct cells
     * in a field, new ones are parsed every time.
     */
    private final Map<String, Map<RawCell, Object>> memo = new ConcurrentHashMap<>();
    private static final int MEMO_MAX = 4096;

    @SuppressWarnings("unchecked")
    private <T> T memo(String field, RawCell cell, Parse<T> parser, List<Repair> repairs) throws ParseError {
        Map<RawCell, Object> known = memo.computeIfAbsent(field, k -> new ConcurrentHashMap<>());
        Object v = known.get(cell);
        if (v == null) {
            try {
                List<Repair> made = new ArrayList<>(1);
                T parsed = parser.apply(cell, made);
                v = new Parsed(parsed, made.isEmpty() ? List.of() : List.copyOf(made));
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
        Parsed p = (Parsed) v;
        repairs.addAll(p.repairs());
        return (T) p.value();
    }

    /**
     * Errors about the whole cell, that words around a figure never rescue: « 45 000 (TTC) » was published as
     * 45 000 € HT while « 15 000 € TTC » was rejected (officer U). One rule: an amount including VAT is rejected,
     * never converted (the VAT rate depends on the purchase; an estimate is excluding VAT, R2121-1).
     */
    private static final java.util.Set<String> WHOLE_CELL_ERRORS = java.util.Set.of("parse.amount.vat_included", "parse.amount.currency");

    /** Collects the problems, warnings and notes of one row while its fields are parsed. */
    private final class Row {
        final RawRecord raw;
        final List<Reject> problems = new ArrayList<>();
        final List<Reject> warnings = new ArrayList<>();
        /** A left-empty warning's own reason, to say it without « the need is published » if the row is rejected. */
        final java.util.Map<Reject, String> leftEmptyReasons = new java.util.IdentityHashMap<>();
        final Map<String, String> notes = new LinkedHashMap<>();
        String buyerId;
        /** A required field whose column the sheet lacks: rejected, told once for the file. */
        boolean absentColumn;
        String titleForSuggestions;
        /** The buyer's name had a contact or a person's name removed: say the name kept, not the cell. */
        boolean buyerCleaned;
        /** Its warning, given once the buyer is known, so that it reaches that buyer's feedback file. */
        Object[] buyerCleanedArgs;
        /** The amount's unit cell when it holds no unit (« voir budget »), told with the amount when that is small. */
        String unreadableUnit;

        Row(RawRecord raw) {
            this.raw = raw;
        }

        /** An optional field: an unreadable cell leaves it empty, with a warning. */
        <T> T field(String field, Parse<T> parser) {
            return read(field, parser, false, false);
        }

        /** {@link #field}, through the memo of repeated cells (only for pure parsers of the cell alone). */
        <T> T repeated(String field, Parse<T> parser) {
            return read(field, parser, false, true);
        }

        <T> T required(String field, Parse<T> parser) {
            return read(field, parser, true, false);
        }

        <T> T requiredRepeated(String field, Parse<T> parser) {
            return read(field, parser, true, true);
        }

        private <T> T read(String field, Parse<T> parser, boolean required, boolean memoised) {
            RawCell cell = raw.get(field);
            if (cell == null || cell.isBlank()) {
                if (required) {
                    if (raw.absent().contains(field)) {
                        absentColumn = true;
                    } else {
                        problem(field, "", "normalise.required", messages.get("field." + field));
                    }
                }
                return null;
            }
            Parse<T> p = memoised ? (c, r) -> memo(field, c, parser, r) : parser;
            List<Repair> repairs = new ArrayList<>(0);
            try {
                T v = p.apply(cell, repairs);
                repairs.forEach(r -> repair(field, cell.shown(), r));
                return v;
            } catch (ParseError e) {
                // « 45 000 (TTC) » is no figure with a remark: TTC or another currency is said of the whole cell
                T rescued = WHOLE_CELL_ERRORS.contains(e.key()) ? null : around(field, cell, parser);
                if (rescued != null) {
                    return rescued;
                }
                if (required) {
                    problem(field, cell.shown(), e.key(), e.args());
                } else {
                    warn(field, cell.shown(), e.key(), e.args(), true);
                }
                return null;
            }
        }

        /** The value read out of the words around it ("4 lots (agences)"), the words kept as a note. */
        private <T> T around(String field, RawCell cell, Parse<T> parser) {
            if (cell.type() != RawCell.Type.TEXT || cell.text() == null) {
                return null;
            }
            String text = cell.text().strip();
            for (Pattern around : AROUND) {
                Matcher m = around.matcher(text);
                if (!m.matches()) {
                    continue;
                }
                List<Repair> repairs = new ArrayList<>(0);
                try {
                    T v = parser.apply(RawCell.text(m.group(1)), repairs);
                    String rest = Text.repaired(m.group(2), 500, Repair.ignored());
                    if (v == null || rest.isEmpty()) {
                        continue;
                    }
                    repairs.forEach(r -> repair(field, text, r));
                    notes.merge(field, rest, (a, b) -> a + " ; " + b);
                    warn(field, text, "normalise.note", new Object[] {m.group(1).strip(), rest}, false);
                    return v;
                } catch (ParseError ignored) {
                    // not this split
                }
            }
            return null;
        }

        /** The buyer's header for the field, else the template's column name: never an internal field name. */
        String header(String field) {
            String h = raw.headers().get(field);
            return h != null ? h : config.columns().headerFor(field, messages.lang());
        }

        void repair(String field, String value, Repair r) {
            warn(field, value, r.key(), r.args(), false);
        }

        void warn(String field, String value, String key, Object[] args, boolean leftEmpty) {
            var loc = raw.location();
            String own = messages.get(key, args);
            String reason = leftEmpty ? messages.get("normalise.optional_empty", own) : own;
            Reject w = new Reject(loc.source(), loc.file(), loc.sheet(), loc.row(), header(field),
                    shown(value), reason, messages.get(key + ".fix", args), buyerId, Reject.WARNING);
            warnings.add(w);
            if (leftEmpty) {
                leftEmptyReasons.put(w, own);
            }
        }

        void problem(String field, String value, String key, Object... args) {
            var loc = raw.location();
            String reason = messages.get(key, args);
            String fix = messages.get(key + ".fix", args);
            if ("cpv".equals(field) && titleForSuggestions != null
                    && (key.equals("parse.cpv.unknown") || key.equals("parse.cpv.format") || key.equals("normalise.required"))) {
                // an empty cell too: the title says what it is (officer Z4, D2)
                String typed = value == null || value.isBlank() ? null : value;
                String suggestions = CpvSuggester.load().shown(titleForSuggestions, typed, 3, messages.lang());
                if (!suggestions.isEmpty()) {
                    fix = messages.get("normalise.cpv_suggest", suggestions);
                }
            }
            problems.add(new Reject(loc.source(), loc.file(), loc.sheet(), loc.row(), header(field),
                    shown(value), reason, fix, buyerId));
        }
    }

    public Result normalise(RawRecord raw) {
        Row row = new Row(raw);
        int maxCell = config.limits().maxCellChars();
        String unknownBuyer = null;
        String siret = row.field("buyer_siret", (c, r) -> siret(c));
        RawCell buyerCell = raw.get("buyer");
        BuyerRef buyer = siret != null && (buyerCell == null || buyerCell.isBlank()) ? buyerRef(null, siret)
                : row.required("buyer", (c, r) -> buyerRef(buyerName(row, c, Text.repaired(c.text(), 300, r)), siret));
        if (buyer != null) {
            row.buyerId = buyer.id();
            // the warnings said while the buyer was being read (the repair of its own damaged name, « Communaut� »,
            // its SIRET) are that buyer's: they went to an orphan sans-acheteur file (officer Z4, D4)
            row.warnings.replaceAll(w -> w.buyer() == null ? w.withBuyer(buyer.id()) : w);
            if (row.buyerCleanedArgs != null) {
                row.warn("buyer", buyerCell.text(), "normalise.buyer_personal", row.buyerCleanedArgs, false);
            }
            if (config.buyers().byId(buyer.id()) == null) {
                unknownBuyer = buyer.name(); // as its needs carry it, so that the merge stage names it once (BuyerNames)
            }
        } else if (buyerCell != null && !buyerCell.isBlank() && row.problems.isEmpty()) {
            row.problem("buyer", buyerCell.text(), "normalise.required_empty", messages.get("field.buyer"));
        }
        String title = row.required("title", (c, r) -> Text.repaired(c.text(), Math.min(MAX_TITLE, maxCell), r));
        if (title != null && title.isEmpty()) {
            row.problem("title", raw.get("title").text(), "normalise.required_empty", messages.get("field.title"));
            title = null;
        }
        title = withoutPlaceholders(row, "title", title);
        row.titleForSuggestions = title;
        String reference = emptyToNull(row.field("reference", (c, r) -> Text.repaired(c.text(), MAX_REFERENCE, r)));
        String description = freeText(row, "description", Math.min(MAX_DESCRIPTION, maxCell));
        Cpv cpv = row.requiredRepeated("cpv", (c, r) -> CpvParser.parse(c, cpvs, messages.lang(), r));
        List<Cpv> cpvAdditional = row.repeated("cpv_additional", (c, r) -> CpvListParser.parse(c, cpvs, r));
        CategoryParser.Nature nature = row.repeated("category", (c, r) -> CategoryParser.nature(c));
        java.math.BigDecimal unit = amountUnit(row, raw);
        Amount amount = row.required("amount", (c, r) -> AmountParser.parse(c, unit));
        // the cheap test first: the unit regex runs only on the rare small amount
        String smallAmount = null;
        if (amount != null && unit == null && (amount.max() != null ? amount.max() : amount.min()).compareTo(AmountParser.LOOKS_SCALED) < 0
                && !AmountParser.statesUnit(raw.get("amount")) && !AmountParser.namesEuro(raw.get("amount"))) {
            // « 300 € » says the buyer means euros: nothing to ask
            smallAmount = fmt.number(amount.max() != null ? amount.max() : amount.min());
        }
        String basis = row.repeated("amount_basis", (c, r) -> AmountBasisParser.parse(c));
        Integer lots = row.field("lots", (c, r) -> IntParser.parse(c, "lots"));
        Period launch = row.requiredRepeated("launch", (c, r) -> PeriodParser.parse(c, year, r));
        Period notification = row.repeated("notification", (c, r) -> PeriodParser.parse(c, year, r));
        Period contractStart = row.repeated("contract_start", (c, r) -> PeriodParser.parse(c, year, r));
        Period[] startFromDuration = new Period[1];
        // Not memoised: "4 ans à compter du 01/01/2028" also gives the start, a side result a memo would drop
        // on the next row with the same text (it replayed the repair's warning without the start).
        DurationSpec duration = row.field("duration_months", (c, r) -> duration(c, r, startFromDuration));
        if (contractStart == null && startFromDuration[0] != null) {
            contractStart = startFromDuration[0];
        }
        // Under 1 000 € for a contract of a year or more, with no unit nor euro sign anywhere: almost surely k€ (the
        // officer's « 300 » on 48 months). Published as 300 € it would mislead every supplier and the thresholds; the
        // need is held back for the staff, and the buyer told to write the unit (« 300 € » says it is meant).
        boolean amountHeld = smallAmount != null && duration != null && duration.totalMonths() >= 12;
        String unitColumn = raw.headers().get(org.vitrine.ingest.RecordAssembler.AMOUNT_UNIT);
        if (smallAmount != null && row.unreadableUnit != null) {
            // one line on the amount naming what its unit cell says: « ni la colonne ne donne d'unité » beside « Unité illisible :
            // voir budget » contradicted what the buyer sees in the unit column (officer U, CH Montrevel r10)
            String said = row.unreadableUnit.strip();
            row.warn("amount", raw.get("amount").text(), amountHeld ? "normalise.amount_small_held_bad_unit" : "normalise.amount_small_bad_unit",
                    amountHeld ? new Object[] {smallAmount, duration.totalMonths(), said, unitColumn} : new Object[] {smallAmount, said, unitColumn},
                    false);
        } else if (smallAmount != null) {
            row.warn("amount", raw.get("amount").text(), amountHeld ? "normalise.amount_small_held" : "normalise.amount_small",
                    amountHeld ? new Object[] {smallAmount, duration.totalMonths()} : new Object[] {smallAmount}, false);
        } else if (row.unreadableUnit != null) {
            row.warn(org.vitrine.ingest.RecordAssembler.AMOUNT_UNIT, row.unreadableUnit, "normalise.amount_unit_unknown",
                    new Object[] {row.unreadableUnit.strip()}, false);
        }
        ProcedureInfo procedure = row.repeated("procedure", (c, r) -> ProcedureParser.parse(c));
        // words around the procedure (« Dispense (L2512-5 10°) »): kept as the need's note, not lost
        String procedureRest = procedure == null || raw.get("procedure") == null ? null
                : "other".equals(procedure.procedure()) ? raw.get("procedure").text().strip()
                : ProcedureParser.rest(raw.get("procedure").text());
        // a cell naming no procedure Vitrine knows (« Quasi-régie (L2511-1) — SPL … », « Procédure spécifique (note DAJ
        // 2026-14) ») is kept whole as the buyer's words: « other » alone loses the article that puts it outside the
        // code (lawyer H, SMEP-27-15: a no-lots flag on a contract with the buyer's own SPL)
        if (procedureRest != null) {
            row.notes.putIfAbsent("procedure", procedureRest);
        }
        String location = row.repeated("location", (c, r) -> LocationParser.parse(c));
        Place place = location == null ? null : places.resolve(location);
        if (place == null && buyer != null) {
            // No place given, or a text no reference list reads (« Usine de Beaumont », « Réseau TVS »): the buyer's
            // own (buyers.yaml place), so that a supplier filtering by département finds the need where its buyer is,
            // not under « Non précisé » or a place of its own (outside supplier: 7 of 12 cleaning needs missed). Pages
            // show the text as written, or say the place is the buyer's when there is none.
            place = buyerPlace(buyer.id());
        }
        // No place at all, and a buyer whose needs are performed where it sits (a commune, an intercommunality, a
        // syndicat: buyers.yaml seat): that commune, still said to be the buyer's (supplier Y, D1: 58 needs were only
        // « Saône-et-Loire (71) », the commune filter missed them). A commune the reference list reads is the place;
        // one it does not read (the examples' fictional Beaumont-sur-Saône) stays under the buyer's place, named by the
        // seat on pages and in the filter. A text no list reads is the row's own place: kept as written.
        String seat = (location == null || location.isBlank()) && buyer != null ? buyerSeat(buyer.id()) : null;
        if (seat != null) {
            Place atSeat = places.resolve(seat);
            place = atSeat != null && "commune".equals(atSeat.kind()) ? atSeat : place;
        }
        // a template's placeholders leave the cell before it is parsed, as they leave a title (review R4: « [Nom] Nomade »)
        Contact contact = contactWithoutPlaceholders(row, row.field("contact", (c, r) -> {
            String left = c.text() == null ? null : Placeholders.removed(c.text(), Placeholders.found(c.text()));
            return left == null ? ContactParser.parse(c) : left.isEmpty() ? null : ContactParser.parse(RawCell.text(left));
        }));
        Coverage coverage = row.repeated("coverage", (c, r) -> CoverageParser.parse(c));
        Integer suppliers = row.field("suppliers_known", (c, r) -> IntParser.parse(c, "suppliers_known"));
        Period incumbentEnd = row.repeated("incumbent_end", (c, r) -> PeriodParser.parse(c, year, r));
        // Two facts (issue 22, officer Z4's D1): whether the need renews a current contract (the template's
        // « Renouvellement », « Marché existant »), and the new contract's own renewal options (« Reconduction »,
        // « reconductible 3 fois »). A renewal-option header, or option words in the renewal cell, say the second
        // only: the page never reads them as « Renouvelle un marché existant ». The shipped columns.yaml maps option
        // headers to renewal_options; the header test is for one read through its brackets or an older columns.yaml.
        Boolean renewal = null;
        RenewalParser.Renewal renewalRead = row.repeated("renewal", (c, r) -> RenewalParser.parse(c));
        if (renewalRead != null && !renewalRead.worded() && renewalRead.count() == 0
                && !RenewalParser.headerNamesOption(raw.headers().get("renewal"))) {
            renewal = renewalRead.yes();
        } else if (renewalRead != null) {
            renewalOptions(row, "renewal", raw.get("renewal").text(), renewalRead, duration);
        }
        RenewalParser.Renewal optionsRead = row.repeated("renewal_options", (c, r) -> RenewalParser.parse(c));
        if (optionsRead != null) {
            renewalOptions(row, "renewal_options", raw.get("renewal_options").text(), optionsRead, duration);
        }
        Boolean innovation = row.repeated("innovation", (c, r) -> YesNoParser.parse(c));
        Object reserved = row.repeated("reserved", (c, r) -> ReservedParser.parse(c));
        Boolean social = row.repeated("social_clause", (c, r) -> YesNoParser.parse(c));
        Boolean environmental = row.repeated("environmental_clause", (c, r) -> YesNoParser.parse(c));
        String visibility = visibility(row, raw, title, description);
        if (amountHeld && VisibilityParser.PUBLIC.equals(visibility)) {
            visibility = "internal";
        }
        String firmness = row.repeated("firmness", (c, r) -> FirmnessParser.parse(c));
        String tenderUrl = row.field("tender_url", (c, r) -> UrlParser.parse(c, r));
        Period deadline = row.repeated("deadline", (c, r) -> PeriodParser.parse(c, year, r));
        Integer responseDays = row.field("response_days", (c, r) -> IntParser.parse(c, "response_days"));
        Boolean defence = row.repeated("defence", (c, r) -> YesNoParser.parse(c));
        Boolean networkActivity = row.repeated("network_activity", (c, r) -> YesNoParser.parse(c));
        String operation = freeText(row, "operation", MAX_REFERENCE);
        String site = freeText(row, "site", MAX_REFERENCE);
        List<org.vitrine.model.Lot> lotList = row.field("lot_titles", (c, r) -> org.vitrine.normalise.parse.LotTitlesParser.parse(c, r));
        if (lotList != null) {
            lots = lotCount(lots, lotList.size(), raw, row);
        }
        Integer maxLotsPerBidder = row.field("max_lots_per_bidder", (c, r) -> IntParser.parse(c, "max_lots_per_bidder"));
        String incumbent = freeText(row, "incumbent", 300);
        // staff comments, never published (forPublic drops them): the risk rules read a written basis there
        // (« droits exclusifs (R2122-3 3°) », issue 17: lawyer I, CHU-27-22); no repair note, they are the buyer's own
        String remarks = remarks(raw.get("remarks"));
        String frameworkAward = row.repeated("framework_award", (c, r) -> FrameworkAwardParser.parse(c));
        // the unit its header states, read as the amount's header is (« Maximum de l'accord-cadre (k€) »: 3000 is 3 M€;
        // it was read as 3 000 €, lawyer S, MEL-27-14); a figure with its own unit (« 1,5 M€ ») keeps it
        java.math.BigDecimal maximumUnit = AmountParser.unitInHeader(raw.headers().get("framework_maximum"));
        Amount frameworkMaximum = row.field("framework_maximum", (c, r) -> AmountParser.parse(c, maximumUnit));
        String groupName = freeText(row, "joint_group", MAX_REFERENCE);
        Boolean coordinator = row.repeated("coordinator", (c, r) -> YesNoParser.parse(c));
        JointGroup jointGroup = groupName == null ? null : new JointGroup(groupName, Boolean.TRUE.equals(coordinator));

        boolean beforeYear = false;
        if (launch != null) {
            if (launch.end().isBefore(editionDate) && launch.end().getYear() < year) {
                row.problem("launch", raw.get("launch").shown(), checkDay < 0 ? "normalise.launch_past" : "normalise.launch_past.check",
                        fmt.period(launch), fmt.date(editionDate), checkDay);
            } else if (launch.end().isBefore(editionDate)) {
                // A purchase of the forecast year already launched (an edition refreshed the day before the event):
                // it is still this year's purchase, running or being awarded; rejected, its page said « retiré »
                // of consultations open for bids (outside supplier). Its pages follow the launch (LaunchTiming).
                row.warn("launch", raw.get("launch").shown(), checkDay < 0 ? "normalise.launch_passed" : "normalise.launch_passed.check",
                        new Object[] {fmt.period(launch), fmt.date(editionDate), checkDay}, false);
            } else if (launch.start().getYear() < year) {
                beforeYear = true;
                row.warn("launch", raw.get("launch").shown(), "normalise.launch_before_year",
                        new Object[] {fmt.period(launch), String.valueOf(year)}, false);
            }
        }
        if (!row.problems.isEmpty() || row.absentColumn || buyer == null || title == null || cpv == null
                || amount == null || launch == null) {
            // A repair note on the cell that rejects the row (« sept-26 » read as September 2026, then past)
            // would tell the buyer « if that is right, nothing to do » about a need that is not published.
            java.util.Set<String> rejectedColumns = new java.util.HashSet<>();
            row.problems.forEach(p -> rejectedColumns.add(p.column()));
            // nor say « the need is published » of a field left empty on a row that is not (the officer's CHU file)
            List<Reject> warnings = row.warnings.stream().filter(w -> !rejectedColumns.contains(w.column()))
                    .map(w -> !row.leftEmptyReasons.containsKey(w) ? w : new Reject(w.source(), w.file(), w.sheet(), w.row(),
                            w.column(), w.value(), messages.get("normalise.optional_empty_rejected", row.leftEmptyReasons.get(w)),
                            w.fix(), w.buyer(), w.kind()))
                    .toList();
            return new Result(null, row.problems, warnings, unknownBuyer);
        }
        String category = nature == null ? null : nature.category();
        if (category == null) {
            category = CategoryParser.fromCpv(cpv.code());
        }
        if (basis != null) {
            amount = amount.withBasis(basis);
        }
        maximumUnderEstimate(row, raw, amount, frameworkMaximum, duration == null ? null : duration.totalMonths());
        ProcedureInfo p = procedure == null ? new ProcedureInfo(null, null, "own") : procedure;
        String technique = p.technique();
        String route = p.route() == null ? "own" : p.route();
        if (nature != null) {
            technique = technique == null && "own".equals(route) ? nature.technique() : technique;
            route = "own".equals(route) && nature.route() != null ? nature.route() : route;
            defence = defence == null ? nature.defence() : defence;
        }
        if (jointGroup != null && "own".equals(route)) {
            route = "joint_group"; // a named groupement is one, whatever the procedure cell says
        }
        if ("central_purchasing".equals(route)) {
            // the body's name, when the procedure or nature cell gives it, so that pages can say where to order
            for (String f : List.of("procedure", "category")) {
                String body = raw.get(f) == null || raw.get(f).text() == null ? null : ProcedureParser.body(raw.get(f).text());
                if (body != null) {
                    row.notes.putIfAbsent("route", body);
                    break;
                }
            }
        }
        if (frameworkAward == null && raw.get("procedure") != null && raw.get("procedure").text() != null) {
            // "Accord-cadre multi-attributaire (AOO)": the procedure text says it
            frameworkAward = FrameworkAwardParser.inText(Text.fold(raw.get("procedure").text()));
        }
        if ((frameworkAward != null || frameworkMaximum != null) && technique == null && !"call_off".equals(route)) {
            technique = "framework"; // an award to one or several suppliers, or a maximum, is a framework agreement's
        }
        if (technique == null && ("own".equals(route) || "joint_group".equals(route))
                && (CategoryParser.namesFramework(title) || CategoryParser.namesFramework(description))) {
            technique = "framework"; // « Accord-cadre à bons de commande … » in the title: its maximum and duration are judged
        }
        if (VisibilityParser.PUBLIC.equals(visibility)) {
            visibility = stampInNotes(row, raw);
        }
        // A reference holding an e-mail, phone, person's name or secret is shown without it, and must not name the page
        // either (« ville-…-jdupont-ville-fr », « chu-…-dossier-mme-vuillemot »: outside attackers): NeedIds takes the
        // reference as published.
        // so must the name of the row's own contact without a civility (« VUILLEMOT-27-01 »: outside attacker B)
        String id = NeedIds.idFor(buyer.id(), reference, title, cpv.code(), NeedIds.contactNames(contact));
        Need need = new Need(id, buyer, reference, title, description, cpv, cpvAdditional == null ? List.of() : cpvAdditional,
                category, amount, lots, launch, notification, contractStart,
                duration == null ? null : duration.totalMonths(), duration, p.procedure(), technique,
                route, location, contact, coverage, suppliers, incumbentEnd, renewal,
                innovation, reserved == null ? Boolean.FALSE : reserved, social, environmental, firmness, tenderUrl,
                deadline, responseDays, defence, networkActivity, operation, site, place, lotList == null ? List.of() : lotList,
                maxLotsPerBidder,
                incumbent, null, frameworkAward, frameworkMaximum, jointGroup, row.notes.isEmpty() ? Map.of() : Map.copyOf(row.notes), beforeYear,
                launch.start().getYear() > year, null, null, null, List.of(), List.of(), List.of(),
                visibility, raw.location(), remarks, procedureCell(raw), seat);
        contactsInText(row, raw, buyer, NeedIds.contactNames(contact));
        return new Result(need, List.of(), row.warnings, unknownBuyer);
    }

    /**
     * The contact parsed without a template's placeholders (« [à compléter] », « [Nom] »: officer Z4, D6), each drop told
     * on the cell as in any free text; no contact when nothing else was left.
     */
    private Contact contactWithoutPlaceholders(Row row, Contact contact) {
        RawCell raw = row.raw.get("contact");
        List<String> found = Placeholders.found(raw == null ? null : raw.text());
        if (found.isEmpty()) {
            return contact;
        }
        String shown = String.join(" ", found);
        if (contact == null || contact.name() == null && contact.email() == null) {
            row.warn("contact", raw.text(), "normalise.placeholder_only", new Object[] {shown}, true);
            return null;
        }
        String kept = contact.name() == null ? contact.email() : contact.email() == null ? contact.name() : contact.name() + " <" + contact.email() + ">";
        row.warn("contact", raw.text(), "normalise.placeholder", new Object[] {shown, kept}, false);
        return contact;
    }

    /**
     * An optional free-text field as published (description, operation, site, incumbent, joint group): repaired and cut
     * at {@code max} characters, empty as none, a template's placeholders dropped and told ({@link #withoutPlaceholders}).
     * The one place a free-text field gets its placeholder check: a field read another way (the reference, the lot
     * titles, the location) has none.
     */
    private String freeText(Row row, String field, int max) {
        return withoutPlaceholders(row, field, emptyToNull(row.field(field, (c, r) -> Text.repaired(c.text(), max, r))));
    }

    /**
     * A title or free-text field without a template's placeholders (« [à compléter] », « [texte] », « [XXX] »: officer Z3),
     * each drop told on the cell; other bracketed text is the buyer's and kept whole. A title that is only a placeholder
     * is a missing title (rejected as an empty one), a description that is only one is left empty.
     */
    private String withoutPlaceholders(Row row, String field, String text) {
        List<String> found = org.vitrine.normalise.parse.Placeholders.found(text);
        if (found.isEmpty()) {
            return text;
        }
        String cell = row.raw.get(field).text();
        String kept = org.vitrine.normalise.parse.Placeholders.removed(text, found);
        String shown = String.join(" ", found);
        if (kept.isEmpty() && "title".equals(field)) {
            row.problem(field, cell, "normalise.required", messages.get("field." + field));
            return null;
        }
        if (kept.isEmpty()) {
            row.warn(field, cell, "normalise.placeholder_only", new Object[] {shown}, true);
            return null;
        }
        row.warn(field, cell, "normalise.placeholder", new Object[] {shown, kept}, false);
        return kept;
    }

    /**
     * « oui 2 fois » in the renewal column: the model counts renewals only in the duration, with the months of each,
     * which the cell does not give (nor whether the duration column is the firm period or the whole). The count is
     * kept as the buyer's words (the need's note, shown beside « oui »); the buyer is told how to make it count.
     */
    private static void renewalCount(Row row, String field, String text, int count, DurationSpec duration) {
        if (duration != null && duration.renewals() == count) {
            return; // the duration says it already (« 12 mois reconductible 3 fois » beside « 3 fois »)
        }
        String words = text.strip();
        row.notes.putIfAbsent("renewal_options", words);
        if (duration != null && duration.renewals() > 0) {
            row.warn(field, words, "normalise.renewal_count_differs",
                    new Object[] {count, row.header("duration_months"), duration.renewals()}, false);
        } else {
            row.warn(field, words, "normalise.renewal_count", new Object[] {count, row.header("duration_months")}, false);
        }
    }

    /**
     * The new contract's renewal options as the buyer wrote them (« reconductible 3 fois », « Reconduction », « non »):
     * kept as the need's note {@code renewal_options}, shown on the page as its renewals, never as the renewal of a
     * current contract. A count the duration does not give, or a yes without a number, is said to the buyer.
     */
    private void renewalOptions(Row row, String field, String text, RenewalParser.Renewal read, DurationSpec duration) {
        String words = text == null ? "" : text.strip();
        if (read.count() > 0) {
            renewalCount(row, field, words, read.count(), duration);
            return;
        }
        if (duration != null && duration.renewals() > 0) {
            return; // the duration shows them (« 12 + 3 x 12 »)
        }
        // « x » or « 1 » under « Reconductible » is a yes: the page says « oui », not the mark
        boolean mark = !WORDED.matcher(words).matches();
        row.notes.putIfAbsent("renewal_options", mark ? fmt.yesNo(read.yes()) : words);
        if (read.yes()) {
            // renewable, but how many times is nowhere (officer Z3)
            row.warn(field, words, "normalise.renewal_count_missing",
                    new Object[] {row.header(field), row.header("duration_months")}, false);
        }
    }

    /** The staff remarks as text; none when unreadable (too long, markup, a formula error): then no basis is read there. */
    private static String remarks(RawCell cell) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        try {
            return emptyToNull(Text.repaired(cell.text(), MAX_DESCRIPTION, Repair.ignored()));
        } catch (ParseError e) {
            return null;
        }
    }

    /**
     * The visibility cell, and what the rest of the row says: an unreadable visibility, or "confidentiel" in a
     * remarks or unrecognised column or in a cell comment, holds the need back (when in doubt, nothing is published).
     */
    private String visibility(Row row, RawRecord raw, String title, String description) {
        RawCell cell = raw.get("visibility");
        String visibility = VisibilityParser.PUBLIC;
        if (cell != null && !cell.isBlank()) {
            try {
                visibility = VisibilityParser.parse(cell, row.header("visibility"));
            } catch (ParseError e) {
                row.warn("visibility", cell.text(), "normalise.visibility_unknown",
                        new Object[] {cell.text().strip(), row.header("visibility")}, false);
                return "internal";
            }
        }
        if (!VisibilityParser.PUBLIC.equals(visibility)) {
            // Said on purpose, yet the officer must see which need the edition will not show (docs/INPUT.md).
            // in the buyer's own column and words (officer U: « Publication autorisée » = non was told to write
            // « public » in a « Diffusion » column the file does not have)
            row.warn("visibility", cell.text(), "normalise.visibility_held",
                    new Object[] {cell.text().strip(), row.header("visibility"), publicWord(cell, row.header("visibility"))}, false);
            return visibility;
        }
        if (sheetStamped(row, raw)) {
            return "confidential";
        }
        RawCell remarks = raw.get("remarks");
        if (remarks != null && Confidential.says(remarks.text())) {
            row.warn("remarks", remarks.text(), "normalise.confidential_note", new Object[] {row.header("remarks")}, false);
            return "confidential";
        }
        // A stamp in the text suppliers would read (« CONFIDENTIEL », « [usage interne] », « ne pas diffuser »)
        for (String field : STAMPED_FIELDS) {
            RawCell c = raw.get(field);
            if (c == null || c.isBlank() || c.text() == null) {
                continue;
            }
            // title and description as cleaned above; the other fields cleaned here, their only reader
            String text = field.equals("title") ? title : field.equals("description") ? description : null;
            if (text == null || text.isEmpty()) {
                text = org.vitrine.text.CellText.withoutMarkup(c.text(), org.vitrine.text.CellText.IGNORED);
            }
            String stamp = ConfidentialStamp.in(text);
            if (stamp == null && c.type() == RawCell.Type.TEXT && c.display() != null) {
                // the text its format shows (`"CONFIDENTIEL – "@`): a displayed stamp is a stamp (attacker A, 3e)
                stamp = ConfidentialStamp.in(org.vitrine.text.CellText.withoutMarkup(c.display(), org.vitrine.text.CellText.IGNORED));
            }
            if (stamp != null) {
                row.warn(field, c.text(), "normalise.confidential_stamp", new Object[] {row.header(field), stamp}, false);
                return "confidential";
            }
        }
        for (Map.Entry<String, String> other : raw.others().entrySet()) {
            if (sheetWide(other.getKey())) {
                continue; // read as a title is, above (sheetStamped)
            }
            if (Confidential.says(other.getValue())) {
                var loc = raw.location();
                boolean comment = other.getKey().startsWith(org.vitrine.ingest.RecordAssembler.COMMENT);
                String column = comment ? other.getKey().substring(org.vitrine.ingest.RecordAssembler.COMMENT.length()) : other.getKey();
                String key = comment ? "normalise.confidential_comment" : "normalise.confidential_note";
                var hidden = org.vitrine.ingest.RecordAssembler.LetteredColumn.of(other.getKey());
                String reason;
                String fix;
                if (hidden != null && !hidden.hidden()) {
                    // a visible column under a header merged over it and a read one: its letter, the header is the other's
                    column = hidden.header();
                    reason = messages.get("normalise.confidential_merged", hidden.letter(), hidden.header());
                    fix = messages.get("normalise.confidential_merged.fix", hidden.letter(), hidden.header());
                } else if (hidden != null) {
                    // a column the buyer does not see, named by its letter (« Contact » alone sent them to the visible cells)
                    column = hidden.header();
                    reason = messages.get(hidden.merged() ? "normalise.confidential_hidden_merged" : "normalise.confidential_hidden",
                            hidden.letter(), hidden.header());
                    fix = messages.get("normalise.confidential_hidden.fix", hidden.letter(), hidden.header());
                } else if (other.getKey().startsWith(org.vitrine.ingest.RecordAssembler.UNHEADED)) {
                    // a column with no header: its letter (attacker A, 3c)
                    column = other.getKey().substring(org.vitrine.ingest.RecordAssembler.UNHEADED.length());
                    reason = messages.get("normalise.confidential_unheaded", column);
                    fix = messages.get("normalise.confidential_unheaded.fix", column);
                } else {
                    reason = messages.get(key, column);
                    fix = messages.get(key + ".fix", column);
                }
                row.warnings.add(new Reject(loc.source(), loc.file(), loc.sheet(), loc.row(), column,
                        shown(other.getValue()), reason, fix, row.buyerId, Reject.WARNING));
                return "confidential";
            }
        }
        if (raw.others().containsKey(org.vitrine.ingest.RecordAssembler.HIDDEN_ROW)) {
            // decided as a DPO would: a row the buyer hid is read (nothing lost) but not published, and the buyer is told
            var loc = raw.location();
            // named by its title cell, as every row-level line names a column (check prints « colonne « … » »)
            RawCell t = raw.get("title");
            row.warnings.add(new Reject(loc.source(), loc.file(), loc.sheet(), loc.row(), row.header("title"),
                    t == null || t.text() == null ? "" : shown(t.text()), messages.get("normalise.hidden_row"), messages.get("normalise.hidden_row.fix"), row.buyerId, Reject.WARNING));
            return "internal";
        }
        return visibility;
    }

    /** The keys of a record's other cells that are its sheet's (its name, the texts above its header), not the row's. */
    private static boolean sheetWide(String key) {
        return key.equals(org.vitrine.ingest.RecordAssembler.SHEET_NAME) || key.startsWith(org.vitrine.ingest.RecordAssembler.ABOVE_HEADER)
                || key.startsWith(org.vitrine.ingest.RecordAssembler.BELOW_HEADER) || key.startsWith(org.vitrine.ingest.RecordAssembler.MARK);
    }

    /** The sheets (file, then sheet) whose stamp has been told: once for the sheet, on its first row read. */
    private final java.util.Set<String> sheetsTold = ConcurrentHashMap.newKeySet();

    /**
     * A stamp in the sheet's name (« CONFIDENTIEL arbitrages ») or in a text above its header (a banner « DOCUMENT
     * CONFIDENTIEL – NE PAS DIFFUSER » in A1) holds every row of the sheet back (attacker A, failures 3a and 3b): read as
     * a title is (ConfidentialStamp: « Gestion des archives confidentielles », « Notes » stay public), told once for the
     * sheet, naming it and the cell.
     */
    private boolean sheetStamped(Row row, RawRecord raw) {
        var loc = raw.location();
        String sheet = loc.source() + "\u0000" + loc.file() + "\u0000" + loc.sheet();
        // judged once for the sheet: every row carries the same texts
        Map.Entry<String, String> found = sheetStamps.computeIfAbsent(sheet, k -> sheetStamp(raw)).orElse(null);
        if (found == null) {
            return false;
        }
        if (sheetsTold.add(sheet)) {
            String key = found.getKey();
            String stamp = ConfidentialStamp.in(org.vitrine.text.CellText.withoutMarkup(found.getValue(), org.vitrine.text.CellText.IGNORED));
            boolean name = key.equals(org.vitrine.ingest.RecordAssembler.SHEET_NAME);
            if (key.startsWith(org.vitrine.ingest.RecordAssembler.MARK)) {
                // a print header or footer: named as the buyer's spreadsheet names it (« en-tête d'impression »)
                String where = key.substring(org.vitrine.ingest.RecordAssembler.MARK.length()).replaceAll(":\\d+$", "");
                String place = messages.get("normalise.mark." + where);
                row.warnings.add(new Reject(loc.source(), loc.file(), loc.sheet(), null, null, shown(found.getValue()),
                        messages.get("normalise.confidential_mark", place, loc.sheet(), stamp),
                        messages.get("normalise.confidential_mark.fix", place, loc.sheet(), stamp), row.buyerId, Reject.WARNING));
                return true;
            }
            boolean below = key.startsWith(org.vitrine.ingest.RecordAssembler.BELOW_HEADER);
            String cell = name ? null : key.substring(below ? org.vitrine.ingest.RecordAssembler.BELOW_HEADER.length()
                    : org.vitrine.ingest.RecordAssembler.ABOVE_HEADER.length());
            String banner = below ? "normalise.confidential_footer" : "normalise.confidential_banner";
            String reason = name ? messages.get("normalise.confidential_sheet", loc.sheet(), stamp)
                    : messages.get(banner, cell, loc.sheet(), stamp);
            String fix = name ? messages.get("normalise.confidential_sheet.fix", loc.sheet(), stamp)
                    : messages.get(banner + ".fix", cell, loc.sheet(), stamp);
            Integer at = name ? null : Integer.valueOf(cell.replaceAll("^[A-Z]+", ""));
            row.warnings.add(new Reject(loc.source(), loc.file(), loc.sheet(), at, null, shown(found.getValue()), reason, fix,
                    row.buyerId, Reject.WARNING));
        }
        return true;
    }

    /** The sheets' stamps (file, then sheet): the first of its sheet-wide texts that is a stamp, if any. */
    private final Map<String, java.util.Optional<Map.Entry<String, String>>> sheetStamps = new ConcurrentHashMap<>();

    private static java.util.Optional<Map.Entry<String, String>> sheetStamp(RawRecord raw) {
        for (Map.Entry<String, String> other : raw.others().entrySet()) {
            if (sheetWide(other.getKey()) && other.getValue() != null && !other.getValue().isBlank() && ConfidentialStamp.in(
                    org.vitrine.text.CellText.withoutMarkup(other.getValue(), org.vitrine.text.CellText.IGNORED)) != null) {
                return java.util.Optional.of(Map.entry(other.getKey(), other.getValue()));
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * The procedure cell as written ({@link Need#procedureCell}), internal: the buyer's feedback quotes it; null when
     * empty or an error cell. Its words around the procedure are already in the notes.
     */
    private static String procedureCell(RawRecord raw) {
        RawCell cell = raw.get("procedure");
        String text = null;
        if (cell != null && cell.text() != null && !cell.text().isBlank()) {
            try {
                text = org.vitrine.normalise.parse.Text.of(cell, 500).strip();
            } catch (org.vitrine.normalise.parse.ParseError e) {
                text = null; // an error cell (« #N/A ») was told when the procedure was read: nothing to quote
            }
        }
        return text == null || text.isEmpty() ? null : text;
    }

    /**
     * The words a buyer wrote around a value read from a structured cell (« 120 000 € (confidentiel) », « 36 mois –
     * ne pas diffuser », « 2 (Lot 2 : CONFIDENTIEL) ») are published as the need's notes: a stamp there holds the
     * need back like one in its title (outside attacker: seven such needs were public).
     */
    private String stampInNotes(Row row, RawRecord raw) {
        for (Map.Entry<String, String> note : row.notes.entrySet()) {
            String stamp = ConfidentialStamp.in(note.getValue());
            if (stamp != null) {
                RawCell c = raw.get(note.getKey());
                row.warn(note.getKey(), c == null ? note.getValue() : c.text(), "normalise.confidential_stamp",
                        new Object[] {row.header(note.getKey()), stamp}, false);
                return "confidential";
            }
        }
        return VisibilityParser.PUBLIC;
    }

    /**
     * The buyer's name without an address, number or person's name written beside it (BuyerNames#withoutPersonalData),
     * told to the buyer: the name is on every public file and in its pages' addresses.
     */
    private String buyerName(Row row, RawCell cell, String repaired) {
        String name = BuyerNames.withoutPersonalData(repaired);
        if (name != null && !name.equals(repaired) && !name.isEmpty()) {
            row.buyerCleaned = true;
            List<String> found = new ArrayList<>(org.vitrine.text.ContactsInText.found(repaired, java.util.Set.of()));
            found.addAll(org.vitrine.text.PersonNames.found(repaired));
            if (!org.vitrine.text.PublicLinks.inText(repaired).equals(repaired)) {
                found.add(org.vitrine.text.PublicLinks.REMOVED); // a password: named, never quoted, even to its buyer
            }
            row.buyerCleanedArgs = new Object[] {row.header("buyer"), String.join(", ", found), name};
        }
        return name;
    }

    /** The word that publishes a need in its visibility column: « non » under « Confidentialité », « oui » where oui/non is written. */
    private static String publicWord(RawCell cell, String header) {
        if (Text.fold(header).startsWith("confidential")) {
            return "non";
        }
        return org.vitrine.normalise.parse.YesNoParser.answer(Text.fold(cell.text())) != null ? "oui" : VisibilityParser.PUBLIC;
    }

    /** The free-text fields a confidential stamp is looked for in (ConfidentialStamp). */
    private static final List<String> STAMPED_FIELDS = List.of("title", "description", "lot_titles", "operation", "site", "location",
            "lots", "buyer", "reference"); // « CONFIDENTIEL-2027-20 »: the reference is text like the others (attacker A, 3d) // « 3 lots dont 1 confidentiel »: one lot held holds the need (tenth attack, decided); « Mairie (CONFIDENTIEL) » (attacker Y)

    /**
     * An e-mail address or phone number in the free text suppliers would read, other than the buyer's functional
     * contact, or a person's name (PersonNames): the public files carry the text without it (PublicView), the buyer is
     * told where to put it.
     */
    /**
     * The fields public files remove the row's own contact's name from (written without a civility): its reference (and
     * id), its place and the cells whose rest is a note (« mars 2027 (selon Gaspard Vuillemot) »: outside attacker B, 1d–f).
     */
    private static final java.util.Set<String> CONTACT_NAME_FIELDS = java.util.Set.of("reference", "location", "launch",
            "duration", "lots", "amount", "procedure", "remarks");

    private void contactsInText(Row row, RawRecord raw, BuyerRef buyer, java.util.Set<String> contactNames) {
        java.util.Set<String> allowed = PublicContacts.of(config.buyers().byId(buyer.id()));
        for (Map.Entry<String, RawCell> e : raw.fields().entrySet()) {
            RawCell c = e.getValue();
            // the buyer's name is cleaned where it is read (buyerName), and said there
            // the link is cleaned where it is read (UrlParser: nothing of an address kept), and said there
            if (PublicContacts.INTERNAL_FIELDS.contains(e.getKey()) || "buyer".equals(e.getKey()) || "tender_url".equals(e.getKey()) || c == null
                    || c.type() != RawCell.Type.TEXT || c.text() == null) {
                continue;
            }
            List<String> found = org.vitrine.text.ContactsInText.found(c.text(), allowed);
            if (!found.isEmpty()) {
                row.warn(e.getKey(), c.text(), "normalise.contact_in_text",
                        new Object[] {row.header(e.getKey()), String.join(", ", found)}, false);
            }
            String left = org.vitrine.text.ContactsInText.removed(c.text(), allowed);
            List<String> names = org.vitrine.text.PersonNames.found(left);
            if (CONTACT_NAME_FIELDS.contains(e.getKey())) {
                List<String> more = org.vitrine.text.ContactNames.found(org.vitrine.text.PersonNames.removed(left), contactNames);
                if (!more.isEmpty()) {
                    names = new ArrayList<>(names);
                    names.addAll(more);
                }
            }
            if (!names.isEmpty()) {
                row.warn(e.getKey(), c.text(), "normalise.name_in_text", new Object[] {row.header(e.getKey()), String.join(", ", names)}, false);
            }
        }
    }

    /** The number of lots once the lots' titles are known (see {@link Lots#count}). */
    private Integer lotCount(Integer stated, int listed, RawRecord raw, Row row) {
        if (stated == null || stated == listed) {
            return stated == null ? Integer.valueOf(listed) : stated;
        }
        String key = stated > listed ? "lots.fewer_described" : "lots.more_described";
        row.warn("lots", String.valueOf(stated), key, new Object[] {stated, listed}, false);
        return Math.max(stated, listed);
    }

    /** A duration, or "4 ans à compter du 01/01/2027": the duration, and the contract start it gives. */
    private DurationSpec duration(RawCell cell, List<Repair> repairs, Period[] start) throws ParseError {
        try {
            return DurationParser.parse(cell);
        } catch (ParseError e) {
            Matcher m = cell.type() == RawCell.Type.TEXT ? SINCE.matcher(cell.text().strip()) : null;
            if (m == null || !m.matches()) {
                throw e;
            }
            DurationSpec d = DurationParser.parse(RawCell.text(m.group(1)));
            Period from = PeriodParser.parse(RawCell.text(m.group(2)), year, repairs);
            start[0] = from;
            repairs.add(new Repair("normalise.duration_start", m.group(1).strip(), m.group(2).strip()));
            return d;
        }
    }

    private static String siret(RawCell cell) throws ParseError {
        String digits = BuyerConfig.registeredId(cell.type() == RawCell.Type.NUMBER ? cell.text() : Text.of(cell, 40));
        if (digits == null || digits.length() != 14) {
            throw new ParseError("parse.siret.invalid", cell.text());
        }
        return digits;
    }

    /**
     * The unit a row's amount is written in: its unit column (« Montant » merged over the figure and « k€ »), else
     * a unit in that column's header or in the amount's (« Montant (k€) », « en milliers d'euros »); null when none
     * is stated. An unit cell that names no unit is said, and the amount read in euros.
     */
    private java.math.BigDecimal amountUnit(Row row, RawRecord raw) {
        RawCell cell = raw.get(org.vitrine.ingest.RecordAssembler.AMOUNT_UNIT);
        if (cell != null && !cell.isBlank()) {
            java.math.BigDecimal f = AmountParser.unit(cell.text());
            if (f != null) {
                return f;
            }
            row.unreadableUnit = cell.text();
        }
        String unitHeader = raw.headers().get(org.vitrine.ingest.RecordAssembler.AMOUNT_UNIT);
        java.math.BigDecimal f = unitHeader == null ? null : AmountParser.unit(unitHeader);
        if (f == null || f.compareTo(java.math.BigDecimal.ONE) == 0 && !unitHeader.contains("€") && !Text.unaccent(unitHeader).contains("eur")) {
            f = AmountParser.unitInHeader(raw.headers().get("amount"));
        }
        return f;
    }

    /**
     * A framework maximum ten times or more under the estimate's least value, both over the whole duration (a figure per year times the
     * years, as risk/Value reads them): most often a unit slip (lawyer S, MEL-27-14: « 3000 » under a k€ header read as
     * 3 000 € against 2 400 000 €, and no one was told). The buyer is asked to check the unit; the figures stay as read.
     */
    private void maximumUnderEstimate(Row row, RawRecord raw, Amount amount, Amount maximum, Integer months) {
        if (amount == null || maximum == null) {
            return;
        }
        Amount maximumTotal = TotalValue.of(maximum, months);
        Amount amountTotal = TotalValue.of(amount, months);
        java.math.BigDecimal maxTotal = maximumTotal.max() != null ? maximumTotal.max() : maximumTotal.min();
        java.math.BigDecimal leastTotal = amountTotal.min() != null ? amountTotal.min() : amountTotal.max();
        if (maxTotal == null || leastTotal == null || maxTotal.signum() <= 0) {
            return;
        }
        // ten times under or more: a unit slip (k€ or M€ read as €); a maximum a little under the estimate is a figure
        // the risk rule FRAMEWORK_MAXIMUM already judges, and « vérifiez l'unité » would be beside the point (CHUAP-27-06)
        if (maxTotal.multiply(java.math.BigDecimal.TEN).compareTo(leastTotal) <= 0) {
            RawCell cell = raw.get("framework_maximum");
            row.warn("framework_maximum", cell == null ? null : cell.text(), "normalise.framework_maximum_under_estimate",
                    new Object[] {fmt.number(maxTotal), fmt.number(leastTotal)}, false);
        }
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /** The commune of the buyer's seat (buyers.yaml {@code seat}), as written; null when none. */
    public String buyerSeat(String buyerId) {
        var b = config.buyers().byId(buyerId);
        return b == null || b.seat() == null || b.seat().isBlank() ? null : b.seat().strip();
    }

    /** The place buyers.yaml gives the buyer, read as a row's place is; null when none or unreadable. */
    public Place buyerPlace(String buyerId) {
        var b = config.buyers().byId(buyerId);
        return b == null || b.place() == null || b.place().isBlank() ? null : places.resolve(b.place());
    }

    private BuyerRef buyerRef(String text, String siret) {
        BuyerConfig b = siret == null ? null : config.buyers().bySiret(siret);
        if (b == null && text != null) {
            b = config.buyers().find(text);
            String typed = BuyerConfig.registeredId(text); // a SIRET typed in the buyer column
            if (b == null && typed != null && typed.length() == 14) {
                b = config.buyers().bySiret(typed);
                siret = siret == null ? typed : siret;
            }
        }
        if (b != null) {
            return new BuyerRef(b.id(), b.name(), b.kind());
        }
        if (text != null && text.isEmpty()) {
            return null;
        }
        // Accepted with a warning in the run report; "local" is the most common kind of buyer. One buyer per
        // SIRET: its id comes from the SIRET, whatever the spelling of its name.
        String id = siret != null ? BuyerNames.SIRET + siret : Ids.slug(org.vitrine.config.Fold.acronyms(text), Ids.MAX_BUYER_BYTES);
        return new BuyerRef(id, text == null ? siret : text, "local");
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
