package org.vitrine.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.vitrine.config.ColumnMap;
import org.vitrine.config.Fold;
import org.vitrine.model.FileCounts;
import org.vitrine.model.Location;
import org.vitrine.model.RawCell;
import org.vitrine.model.RawRecord;
import org.vitrine.text.AmountUnits;

/**
 * Turns a reader's rows into records: finds each sheet's header row (the first row with at least two
 * recognised headers, CONTRACT §3), maps columns to canonical fields, skips blank and summary rows
 * (counted apart: no title, or a title such as "Total", with a "total" label or a sum formula) and
 * hands every other row on as a {@link RawRecord}.
 */
public final class RecordAssembler implements RowSink {

    /** Rows looked at for a header before a sheet is given up as "no header". */
    static final int HEADER_SCAN_ROWS = 50;
    private static final Pattern SUM_FORMULA = Pattern.compile("(?i).*\\b(SUM|SOMME|SUBTOTAL|SOUS\\.TOTAL)\\s*\\(.*");
    private static final Pattern TOTAL_LABEL = Pattern.compile("^(sous )?total\\b.*|^somme\\b.*|^montant total\\b.*");

    private final String source;
    private final String file;
    private final ColumnMap columns;
    private final FileCounts counts;
    private final Consumer<RawRecord> out;
    private final Map<String, RawCell> defaults;
    private final Set<String> unknownHeaders = new LinkedHashSet<>();
    private final Map<String, String> headersSeen = new LinkedHashMap<>();
    private final Set<String> missingRequired = new LinkedHashSet<>();
    private final List<String> skippedSheets = new ArrayList<>();
    private final List<org.vitrine.model.IgnoredRow> ignoredRows = new ArrayList<>();
    private final List<String> firstRowSeen = new ArrayList<>();

    private String sheet;
    /** The sheet's table: the needs', or the lots' on a sheet named « Lots » (columns.yaml {@code lots}). */
    private ColumnMap active;
    private boolean lotSheet;
    private Consumer<RawRecord> lotOut = r -> { };
    /**
     * The column right of the amount that holds its unit: a header merged over both (blank, or the amount's header
     * copied), or a unit as header (« k€ », « Unité »). Not a field of columns.yaml: the Normaliser scales the amount by it.
     */
    public static final String AMOUNT_UNIT = "amount_unit";
    /** A unit as a header, folded (« € » gone, « d'euros » is « d euros »): « k€ », « € HT », « Unité », « en milliers d'euros » (text/AmountUnits). */
    private static final Pattern UNIT_HEADER = Pattern.compile("^(?:" + AmountUnits.labels() + "|en)?\\s*(?:" + AmountUnits.letters() + "|"
            + AmountUnits.codes() + ")?\\s*" + AmountUnits.euros() + "?(?:\\s*ht)?$"
            + "|^(?:en )?" + AmountUnits.words() + " d " + AmountUnits.euros() + "(?: ht)?$");
    /** The key of a cell comment among a record's other cells: this prefix, then the column's header. */
    public static final String COMMENT = "comment:";
    /**
     * Among a record's other cells, a text above its sheet's header (a banner « DOCUMENT CONFIDENTIEL »): this prefix, then
     * the cell's name (« A1 »); every row of the sheet carries them, and the sheet's name under {@link #SHEET_NAME}.
     */
    public static final String ABOVE_HEADER = "above-header:";
    /**
     * Among a record's other cells, a row of one text under the header (a footer « Document confidentiel – usage interne »
     * below the data): this prefix, then the cell's name; shared by every row of the sheet, those read before it too (a
     * file is read whole before its records are normalised: camel/Batches) (attacker B, failure 2c).
     */
    public static final String BELOW_HEADER = "below-header:";
    /**
     * Among a record's other cells, a text the sheet shows outside its cells (a print header « CONFIDENTIEL »): this
     * prefix, then where ({@link RowSink#PRINT_HEADER}), a colon and a number (its order); shared by every row of the sheet.
     */
    public static final String MARK = "mark:";
    /** Among a record's other cells, the name of its sheet (« CONFIDENTIEL arbitrages »). */
    public static final String SHEET_NAME = "sheet-name";
    /** Among a record's other cells, a cell of a column with no header: this prefix, then its letter (« O »). */
    public static final String UNHEADED = "unheaded:";
    /** At most this many texts above a header are kept for each of its rows. */
    private static final int MAX_ABOVE_HEADER = 20;
    /** The sheet's texts above its header, by cell name, in order. */
    private final Map<String, String> aboveHeader = new LinkedHashMap<>();
    /** The sheet's texts outside its cells (print headers, footers) under their {@link #MARK} keys, in order. */
    private final Map<String, String> marks = new LinkedHashMap<>();
    /**
     * The sheet's name and its texts above the header under their keys: one map for the sheet, shared by its rows (a
     * map of them per row cost 20 MB on 99,000 rows); made at its first row.
     */
    private Map<String, String> sheetWide;
    /** The sheet's rows of one text under its header kept in {@link #sheetWide}, at most {@link #MAX_ABOVE_HEADER}. */
    private int belowHeader;

    /** A row's own other cells, then its sheet's (seen as they grow while the sheet is read), without copying them. */
    private static final class Joined extends java.util.AbstractMap<String, String> {
        private final Map<String, String> own;
        private final Map<String, String> sheet;

        Joined(Map<String, String> own, Map<String, String> sheet) {
            this.own = own;
            this.sheet = sheet;
        }

        @Override
        public String get(Object key) {
            String v = own.get(key);
            return v != null ? v : sheet.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return own.containsKey(key) || sheet.containsKey(key);
        }

        @Override
        public Set<Map.Entry<String, String>> entrySet() {
            return new java.util.AbstractSet<>() {
                @Override
                public java.util.Iterator<Map.Entry<String, String>> iterator() {
                    java.util.Iterator<Map.Entry<String, String>> a = java.util.Collections.unmodifiableMap(own).entrySet().iterator();
                    java.util.Iterator<Map.Entry<String, String>> b = java.util.Collections.unmodifiableMap(sheet).entrySet().iterator();
                    return new java.util.Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return a.hasNext() || b.hasNext();
                        }

                        @Override
                        public Map.Entry<String, String> next() {
                            return a.hasNext() ? a.next() : b.next();
                        }
                    };
                }

                @Override
                public int size() {
                    return own.size() + sheet.size();
                }
            };
        }
    }

    /** Among a record's other cells, present when its row is hidden in the sheet (RowSink.hiddenRow). */
    public static final String HIDDEN_ROW = "hidden-row";
    /**
     * The key prefix of a cell among a record's other cells whose column messages name by its letter: a hidden column, or
     * a visible one with no header of its own (under a header merged over it and a read neighbour). This prefix, its
     * letter, « hidden » or « visible », « merged » when it has no header of its own or « own », then its header
     * ({@link LetteredColumn#key}). The buyer cannot find such a column by its header: a message must name its letter.
     */
    public static final String LETTERED_COLUMN = "column:";

    /** A column named by a key of {@link #LETTERED_COLUMN}: its letter, whether it is hidden, whether its header is a merged one, its header. */
    public record LetteredColumn(String letter, boolean hidden, boolean merged, String header) {
        /** The column a key names, null when the key is not a lettered column's. */
        public static LetteredColumn of(String key) {
            if (!key.startsWith(LETTERED_COLUMN)) {
                return null;
            }
            String[] parts = key.substring(LETTERED_COLUMN.length()).split(":", 4);
            return parts.length < 4 ? null : new LetteredColumn(parts[0], "hidden".equals(parts[1]), "merged".equals(parts[2]), parts[3]);
        }

        /** Its key among a record's other cells, which {@link #of} reads back. */
        public String key() {
            return LETTERED_COLUMN + letter + ":" + (hidden ? "hidden" : "visible") + ":" + (merged ? "merged" : "own") + ":" + header;
        }
    }

    /**
     * A column told to the buyer by its letter (columnsToldByLetter): its sheet, and the column (hidden and read, hidden and
     * merged, or visible and merged: the merged ones are ignored).
     */
    public record ToldColumn(String sheet, LetteredColumn column) {
    }

    /** Rows heard hidden before they are sent. */
    private final java.util.Set<Integer> pendingHidden = new java.util.HashSet<>();

    @Override
    public void hiddenRow(int rowNumber) {
        pendingHidden.add(rowNumber);
    }
    /** The template's own help sheet (template.sheet.help, French and English): no needs, skipped without a word. */
    static final Set<String> HELP_SHEETS = Set.of("aide", "help");
    /** « HT » / « TTC » under « Montant » merged over both (folded: « H.T. » is « h t »). */
    private static final Pattern VAT_LABEL = Pattern.compile("^(?:ht|h t|hors taxes?|ttc|t t c|toutes taxes comprises|tva comprise)$");
    private static final Pattern LOT_SHEET = Pattern.compile("^(lots?|allotissement|detail des lots|liste des lots|lots du marche)$");
    private Map<Integer, String> fieldByColumn;
    private Map<String, String> headerByField;
    /** Headers of the columns no field reads, by column: their cells may say a row is confidential. */
    private Map<Integer, String> otherByColumn;
    /** The key of each such column's cells among a record's other cells: its header, or a lettered column's {@link #LETTERED_COLUMN} key. */
    private Map<Integer, String> otherKeyByColumn;
    private Set<String> absentInSheet = Set.of();
    private final Map<String, Set<String>> absentRequired = new java.util.LinkedHashMap<>();
    /** Cell comments by row then column, heard before their row. */
    private final Map<Integer, Map<Integer, String>> pendingComments = new HashMap<>();
    private int scanned;
    /** Names the configured buyer a title row above the headers names (its id), else null; null when not asked. */
    private java.util.function.Function<String, String> titleBuyer;
    private String buyerFromTitle;
    private boolean noBuyer;
    private boolean anyHeader;

    /**
     * @param defaults values for fields a row leaves empty (the buyer named by the file name)
     */
    public RecordAssembler(String source, String file, ColumnMap columns, FileCounts counts,
            Map<String, RawCell> defaults, Consumer<RawRecord> out) {
        this.source = source;
        this.file = file;
        this.columns = columns;
        this.counts = counts;
        this.defaults = new LinkedHashMap<>(defaults); // a title row above the headers may add the buyer
        this.out = out;
    }

    /**
     * Needs must have a buyer: a title row above the headers may name it ({@code named} gives the configured
     * buyer's id a text names, or null), and a sheet with no buyer column, no SIRET column and no buyer named
     * by the file or its title has its rows rejected as one line for the file ({@link #noBuyer()}), not one per row.
     */
    public RecordAssembler needsBuyer(java.util.function.Function<String, String> named) {
        this.titleBuyer = named;
        return this;
    }

    /** The buyer id a title row named, null when none did. */
    public String buyerFromTitle() {
        return buyerFromTitle;
    }

    /** True when a sheet's rows had no way to name their buyer (see {@link #needsBuyer}). */
    public boolean noBuyer() {
        return noBuyer;
    }

    /** Where the rows of a sheet of lots go (they are not needs: counted apart, attached to their need later). */
    public RecordAssembler lots(Consumer<RawRecord> out) {
        this.lotOut = out;
        return this;
    }

    @Override
    public void startSheet(String name) {
        sheet = name;
        lotSheet = columns.lots() != null && LOT_SHEET.matcher(Fold.fold(name)).matches();
        active = lotSheet ? columns.lots() : columns;
        fieldByColumn = null;
        headerByField = null;
        otherByColumn = null;
        hiddenColumns = Set.of();
        absentInSheet = Set.of();
        aboveHeader.clear();
        marks.clear();
        sheetWide = null;
        belowHeader = 0;
        scanned = 0;
        candidate = null;
        previousRow = null;
    }

    @Override
    public void sheetMark(String where, String text) {
        if (text != null && !text.isBlank() && marks.size() < MAX_ABOVE_HEADER) {
            marks.put(MARK + where + ":" + (marks.size() + 1), text);
        }
    }

    @Override
    public void comment(int rowNumber, int column, String text) {
        if (text != null && !text.isBlank()) {
            pendingComments.computeIfAbsent(rowNumber, k -> new HashMap<>()).merge(column, text, (a, b) -> a + " " + b);
        }
    }

    @Override
    public void row(int rowNumber, List<RawCell> cells) {
        Map<Integer, String> comments = pendingComments.isEmpty() ? Map.of() : pendingComments.getOrDefault(rowNumber, Map.of());
        pendingComments.keySet().removeIf(r -> r <= rowNumber);
        boolean hiddenRow = !pendingHidden.isEmpty() && pendingHidden.remove(rowNumber);
        if (!pendingHidden.isEmpty()) {
            pendingHidden.removeIf(r -> r <= rowNumber); // a hidden blank row SheetOut did not send
        }
        if (candidate != null) {
            boolean blank = cells.stream().allMatch(c -> c == null || c.isBlank());
            if (blank) {
                counts.blankRows++;
                return;
            }
            boolean second = secondHeaderRow(cells);
            if (second) {
                joinSecondRow(cells);
            }
            settleHeader();
            if (second) {
                return;
            }
        }
        if (fieldByColumn == null) {
            if (scanned++ < HEADER_SCAN_ROWS) {
                tryHeader(cells);
                if (fieldByColumn == null && candidate == null) {
                    titleRow(cells);
                    aboveHeader(rowNumber, cells);
                }
            }
            return;
        }
        Map<String, String> others = null;
        Map<String, RawCell> fields = new LinkedHashMap<>();
        boolean anyValue = false;
        boolean sumFormula = false;
        boolean totalLabel = false;
        for (int c = 0; c < cells.size(); c++) {
            RawCell cell = cells.get(c);
            if (cell == null || cell.isBlank()) {
                continue;
            }
            anyValue = true;
            String field = fieldByColumn.get(c);
            sumFormula |= cell.formula() != null && SUM_FORMULA.matcher(cell.formula()).matches();
            // A "Total" label counts in the title column, the buyer or reference column (where a buyer writes it in
            // column A: the officer's files gave « TOTAL » and « Total » as buyers) or an unknown one, not as another
            // field's value (amount basis "total" is a legitimate value).
            totalLabel |= (field == null || "title".equals(field) || "buyer".equals(field) || "reference".equals(field))
                    && cell.type() == RawCell.Type.TEXT
                    && isTotalLabel(cell.text());
            if (field != null) {
                fields.put(field, cell);
            } else if (otherByColumn.containsKey(c) && cell.type() == RawCell.Type.TEXT) {
                others = others == null ? new LinkedHashMap<>() : others;
                others.put(otherKeyByColumn.get(c), cell.text());
            } else if (cell.type() == RawCell.Type.TEXT) {
                // a column with no header is one « Vitrine does not read » (docs/INPUT.md): it may say the row is confidential
                others = others == null ? new LinkedHashMap<>() : others;
                others.put(UNHEADED + columnLetters(c), cell.text());
            }
        }
        for (Map.Entry<Integer, String> comment : comments.entrySet()) {
            others = others == null ? new LinkedHashMap<>() : others;
            String header = fieldByColumn.containsKey(comment.getKey()) ? headerByField.get(fieldByColumn.get(comment.getKey()))
                    : otherByColumn.getOrDefault(comment.getKey(), columnLetters(comment.getKey()));
            others.put(COMMENT + header, comment.getValue());
        }
        if (hiddenRow) {
            others = others == null ? new LinkedHashMap<>() : others;
            others.put(HIDDEN_ROW, "");
        }
        // the sheet's name and its texts above the header: a stamp there holds the whole sheet back (attacker A, 3a/3b)
        if (sheetWide == null) {
            Map<String, String> wide = new LinkedHashMap<>();
            wide.put(SHEET_NAME, sheet == null ? "" : sheet);
            aboveHeader.forEach((cell, text) -> wide.put(ABOVE_HEADER + cell, text));
            wide.putAll(marks);
            sheetWide = wide;
        }
        others = others == null ? java.util.Collections.unmodifiableMap(sheetWide) : new Joined(others, sheetWide);
        if (!anyValue) {
            counts.blankRows++;
            return;
        }
        String onlyText = onlyText(cells);
        if (onlyText != null && belowHeader < MAX_ABOVE_HEADER) {
            for (int c = 0; c < cells.size(); c++) {
                if (cells.get(c) != null && !cells.get(c).isBlank()) {
                    belowHeader++;
                    sheetWide.putIfAbsent(BELOW_HEADER + columnLetters(c) + rowNumber, onlyText);
                    break;
                }
            }
        }
        if (isNote(onlyText)) {
            // "NB : montants estimatifs…" under the table, often merged across every column: a remark on the
            // file, not a need (it was read as one and rejected field by field).
            ignored(rowNumber, org.vitrine.model.IgnoredRow.NOTE, onlyText);
            return;
        }
        if (isHeading(onlyText)) {
            // « PÔLE BIOLOGIE » across the row: a section heading between needs, not a need (officer Z, D5).
            ignored(rowNumber, org.vitrine.model.IgnoredRow.HEADING, onlyText);
            return;
        }
        RawCell title = fields.get("title");
        boolean titleIsTotal = title != null && isTotalLabel(title.text());
        if ((title == null || titleIsTotal) && (sumFormula || totalLabel)) {
            ignored(rowNumber, org.vitrine.model.IgnoredRow.TOTAL, firstText(cells));
            return;
        }
        Map<String, String> headers = headerByField;
        if (lotSheet) {
            counts.lotRows++;
            lotOut.accept(new RawRecord(new Location(source, file, sheet, rowNumber), fields, headers));
            return;
        }
        for (Map.Entry<String, RawCell> d : defaults.entrySet()) {
            if (!fields.containsKey(d.getKey())) {
                fields.put(d.getKey(), d.getValue());
            }
        }
        counts.rowsRead++;
        out.accept(new RawRecord(new Location(source, file, sheet, rowNumber), fields, headers,
                others == null ? Map.of() : others, absentInSheet));
    }

    /**
     * "Total", "Sous-total", "Somme", "Montant total"...: folded first. Folding is costly and runs on
     * every title, so a text whose first four letters are plain ASCII is settled on them without it
     * (every label starts with "sous", "tota", "somm" or "mont", in any case).
     */
    static boolean isTotalLabel(String text) {
        int start = 0;
        while (start < text.length() && !Character.isLetterOrDigit(text.charAt(start))) {
            start++;
        }
        if (start + 4 <= text.length()) {
            boolean ascii = true;
            for (int i = start; i < start + 4 && ascii; i++) {
                ascii = text.charAt(i) < 0x80;
            }
            if (ascii && !TOTAL_STARTS.contains(text.substring(start, start + 4).toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        return TOTAL_LABEL.matcher(Fold.fold(text)).matches();
    }

    /**
     * A row's only text ({@link #onlyText}) that starts as a note does: « NB », « N.B. », « Nota », « Note(s) »,
     * « Remarque(s) », « Rappel », « * ».
     */
    static boolean isNote(String text) {
        return text != null && NOTE_START.matcher(text.strip().toLowerCase(java.util.Locale.ROOT)).lookingAt();
    }

    /**
     * A section heading: the row's only text ({@link #onlyText}) written in capitals, with at least three
     * letters (« PÔLE BIOLOGIE », « PHARMACIE - RESTAURATION »). A need always has more than its title: an amount, a
     * code, a launch; so a row of one capitalised text is never a need, and telling the buyer to fill ten cells of it
     * is noise.
     */
    static boolean isHeading(String text) {
        if (text == null) {
            return false;
        }
        long letters = text.codePoints().filter(Character::isLetter).count();
        return letters >= 3 && text.codePoints().noneMatch(Character::isLowerCase);
    }

    /**
     * The row's only text, in one cell or the same in every filled cell (a merged cell copied across); else null.
     * Read once per row, for both {@link #isNote} and {@link #isHeading}.
     */
    /** A row skipped as no need, counted apart and kept to be named to the buyer. */
    private void ignored(int rowNumber, String kind, String text) {
        counts.summaryRows++;
        ignoredRows.add(new org.vitrine.model.IgnoredRow(sheet, rowNumber, kind, text == null ? "" : text.replaceAll("\\s+", " ").strip()));
    }

    /** The row's first cell as the buyer sees it (« TOTAL », a sum's figure). */
    private static String firstText(List<RawCell> cells) {
        return cells.stream().filter(c -> c != null && !c.isBlank()).map(RawCell::shown).findFirst().orElse("");
    }

    static String onlyText(List<RawCell> cells) {
        String text = null;
        for (RawCell cell : cells) {
            if (cell == null || cell.isBlank()) {
                continue;
            }
            if (cell.type() != RawCell.Type.TEXT || (text != null && !text.equals(cell.text()))) {
                return null;
            }
            text = cell.text();
        }
        return text;
    }

    private static final java.util.regex.Pattern NOTE_START = java.util.regex.Pattern.compile(
            "(?:n\\.?\\s?b\\b\\.?|nota\\b|notes?\\s*:|remarques?\\s*:|rappel\\s*:|\\*)");

    private static final java.util.Set<String> TOTAL_STARTS = java.util.Set.of("sous", "tota", "somm", "mont");

    /** « Centre hospitalier de Roubaix — Plan d'équipement 2027 » above the headers names the file's buyer. */
    /** Keeps the texts of a row above the header, by cell name (« A1 »), for the stamp check of every row under it. */
    private void aboveHeader(int rowNumber, List<RawCell> cells) {
        for (int c = 0; c < cells.size() && aboveHeader.size() < MAX_ABOVE_HEADER; c++) {
            RawCell cell = cells.get(c);
            if (cell != null && cell.type() == RawCell.Type.TEXT && !cell.isBlank()) {
                aboveHeader.putIfAbsent(columnLetters(c) + rowNumber, cell.text());
            }
        }
    }

    private void titleRow(List<RawCell> cells) {
        if (titleBuyer == null || defaults.containsKey("buyer")) {
            return;
        }
        for (RawCell cell : cells) {
            String id = cell == null || cell.type() != RawCell.Type.TEXT ? null : titleBuyer.apply(cell.text());
            if (id != null) {
                buyerFromTitle = id;
                defaults.put("buyer", RawCell.text(id));
                return;
            }
        }
    }

    private void tryHeader(List<RawCell> cells) {
        Map<Integer, String> found = new HashMap<>();
        Map<String, String> headers = new LinkedHashMap<>();
        Map<Integer, String> unknownByColumn = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            RawCell cell = cells.get(c);
            if (cell == null || cell.isBlank()) {
                continue;
            }
            String text = cell.text().strip();
            texts.add(text);
            String field = active.fieldFor(text);
            if (field != null && !headers.containsKey(field)) {
                found.put(c, field);
                headers.put(field, text);
            } else {
                unknown.add(text);
                unknownByColumn.put(c, text);
            }
        }
        if (found.size() >= 2) {
            above(found, headers, cells);
            candidate = new Candidate(found, headers, unknownByColumn, unknown, new ArrayList<>(cells));
        } else {
            if (firstRowSeen.isEmpty() && texts.size() >= 2) {
                firstRowSeen.addAll(texts);
            }
            previousRow = texts.isEmpty() ? null : new ArrayList<>(cells);
        }
    }

    /** A header row found, held until the next row says whether it is the first of a header over two rows. */
    private record Candidate(Map<Integer, String> found, Map<String, String> headers, Map<Integer, String> unknownByColumn,
            List<String> unknown, List<RawCell> cells) {
    }

    private Candidate candidate;
    /** The row above a header row, when it had text: a group row whose headers the header row leaves blank. */
    private List<RawCell> previousRow;

    /**
     * A group row above the header row (« Montant » written once above two rows in a CSV, where no merge survives):
     * a blank header cell takes the recognised header above it.
     */
    private void above(Map<Integer, String> found, Map<String, String> headers, List<RawCell> cells) {
        if (previousRow == null) {
            return;
        }
        for (int c = 0; c < previousRow.size(); c++) {
            RawCell up = previousRow.get(c);
            RawCell own = c < cells.size() ? cells.get(c) : null;
            if (up == null || up.isBlank() || (own != null && !own.isBlank()) || found.containsKey(c)) {
                continue;
            }
            String field = active.fieldFor(up.text().strip());
            if (field != null && !headers.containsKey(field)) {
                found.put(c, field);
                headers.put(field, up.text().strip());
            }
        }
        previousRow = null;
    }

    /**
     * The row under a header row is its second row (a group such as « Calendrier » above « Lancement » and
     * « Notification ») when it names at least one field the first row lacks, and every text it has is such a
     * header, the first row's header copied (a merged cell), or a label under a group or blank header: no value
     * under a recognised column, so no row of needs is ever taken for headers.
     */
    private boolean secondHeaderRow(List<RawCell> cells) {
        Candidate k = candidate;
        boolean names = false;
        int labels = 0;
        for (int c = 0; c < cells.size(); c++) {
            RawCell cell = cells.get(c);
            if (cell == null || cell.isBlank()) {
                continue;
            }
            if (cell.type() != RawCell.Type.TEXT) {
                return false;
            }
            String text = cell.text().strip();
            String top = c < k.cells().size() && k.cells().get(c) != null && !k.cells().get(c).isBlank() ? k.cells().get(c).text().strip() : null;
            String field = active.fieldFor(text);
            boolean copy = top != null && Fold.fold(top).equals(Fold.fold(text));
            boolean newField = field != null && !k.headers().containsKey(field) && !k.found().containsKey(c);
            boolean underGroup = !k.found().containsKey(c);
            // « Estimation » merged over « Montant estimé HT » and « Durée (mois) »: the sub-header restates the
            // group's own field, more precisely
            boolean restates = field != null && field.equals(k.found().get(c)) && spanned(k.cells(), c);
            if (newField) {
                names = true;
            } else if (vatLabel(k, c, text, field)) {
                labels++;
            } else if (restates) {
                labels++;
            } else if (!copy && !underGroup) {
                return false;
            } else if (!copy && group(k, c) != null) {
                labels++;
            }
        }
        // labels no field matches, two or more under groups, are a second header row too: the file-level diagnosis
        // then names them with their group (« Calendrier — Démarrage ») instead of the group alone
        return names || labels >= 2;
    }

    /**
     * « HT » or « TTC » under a recognised header merged across columns (« Montant » over both, officer U's
     * chu-beaumont-hdr2.xlsx): the two rows together name each column (« Montant HT », « Montant TTC »).
     */
    private boolean vatLabel(Candidate k, int c, String text, String field) {
        String top = textAt(k.cells(), c);
        return field == null && top != null && spanned(k.cells(), c) && active.fieldFor(top) != null
                && VAT_LABEL.matcher(Fold.fold(text)).matches();
    }

    /**
     * Joins « Montant » + « HT » into « Montant HT », the field's column, and « Montant » + « TTC » into « Montant TTC »,
     * a column not read (an estimate is excluding VAT, R2121-1: the TTC figure is ignored, and the run says so as it
     * says every ignored column). Without an HT column, the field has no column and the file-level line names « Montant TTC ».
     */
    private void joinVatLabel(Candidate k, List<RawCell> joined, int c, String text) {
        String top = textAt(k.cells(), c);
        String topField = active.fieldFor(top);
        String both = top + " " + text;
        boolean own = topField.equals(active.fieldFor(both));
        if (own) {
            k.found().entrySet().removeIf(e -> topField.equals(e.getValue()) && top.equals(textAt(k.cells(), e.getKey())));
            k.found().put(c, topField);
            k.headers().put(topField, both);
            k.unknownByColumn().remove(c);
        } else {
            if (topField.equals(k.found().get(c))) {
                k.found().remove(c);
                k.headers().remove(topField);
            }
            k.unknownByColumn().put(c, both);
            k.unknown().add(both);
        }
        if (!k.unknownByColumn().containsValue(top)) {
            k.unknown().removeIf(top::equals);
        }
        joined.set(c, RawCell.text(both));
    }

    /** True when the header at c is its neighbour's copied (a header merged over both): the column has none of its own. */
    private static boolean mergedCopy(List<RawCell> header, int c, String text) {
        return text.equals(textAt(header, c - 1)) || text.equals(textAt(header, c + 1));
    }

    /** True when the header at c is a copy of a neighbour's that a field reads (« Objet » merged over B, the title, and C). */
    private static boolean copiesARead(List<RawCell> header, Map<Integer, String> found, int c, String text) {
        return (found.containsKey(c - 1) && text.equals(textAt(header, c - 1))) || (found.containsKey(c + 1) && text.equals(textAt(header, c + 1)));
    }

    /** True when the first row's cell at c is one of a run of equal texts: a label merged across columns, copied. */
    private static boolean spanned(List<RawCell> top, int c) {
        String here = textAt(top, c);
        return here != null && mergedCopy(top, c, here);
    }

    private static String textAt(List<RawCell> cells, int c) {
        RawCell cell = c < 0 || c >= cells.size() ? null : cells.get(c);
        return cell == null || cell.isBlank() ? null : cell.text().strip();
    }

    /** The group label over column c: the first row's unrecognised text there, or left of it over blank cells. */
    private static String group(Candidate k, int c) {
        for (int i = c; i >= 0; i--) {
            if (k.found().containsKey(i)) {
                return null;
            }
            RawCell top = i < k.cells().size() ? k.cells().get(i) : null;
            if (top != null && !top.isBlank()) {
                return k.unknownByColumn().get(i);
            }
        }
        return null;
    }

    /** Joins the second header row into the first: each of its headers names its column; the group labels are no unknown column. */
    private void joinSecondRow(List<RawCell> cells) {
        Candidate k = candidate;
        List<RawCell> joined = new ArrayList<>(k.cells());
        Map<Integer, String> groups = new HashMap<>(); // before the columns are joined: joining changes them
        for (int c = 0; c < cells.size(); c++) {
            String g = group(k, c);
            if (g != null) {
                groups.put(c, g);
            }
        }
        for (int c = 0; c < cells.size(); c++) {
            RawCell cell = cells.get(c);
            if (cell == null || cell.isBlank()) {
                continue;
            }
            String text = cell.text().strip();
            String field = active.fieldFor(text);
            while (joined.size() <= c) {
                joined.add(null);
            }
            String group = groups.get(c);
            if (vatLabel(k, c, text, field)) {
                joinVatLabel(k, joined, c, text);
            } else if (field != null && field.equals(k.found().get(c)) && spanned(k.cells(), c)) {
                k.headers().put(field, text); // the sub-header names the column better than its group
                joined.set(c, cell);
            } else if (field != null && !k.headers().containsKey(field) && !k.found().containsKey(c)) {
                k.found().put(c, field);
                k.headers().put(field, text);
                if (group != null) {
                    k.unknownByColumn().remove(c);
                    if (!k.unknownByColumn().containsValue(group)) {
                        k.unknown().removeIf(group::equals);
                    }
                }
                joined.set(c, cell);
            } else if (!k.found().containsKey(c) && (group == null || !Fold.fold(group).equals(Fold.fold(text)))) {
                // a label under a group that names no field: the unknown column is named by both rows
                String both = group == null ? text : group + " — " + text;
                k.unknownByColumn().put(c, both);
                if (group != null && !k.unknownByColumn().containsValue(group)) {
                    k.unknown().removeIf(group::equals);
                }
                k.unknown().add(both);
                joined.set(c, cell);
            }
        }
        candidate = new Candidate(k.found(), k.headers(), k.unknownByColumn(), k.unknown(), joined);
    }

    /** The header is settled: its columns are mapped, and the required fields it lacks are told once for the file. */
    private void settleHeader() {
        Candidate k = candidate;
        candidate = null;
        Map<Integer, String> found = k.found();
        Map<String, String> headers = k.headers();
        List<String> unknown = k.unknown();
        unitColumn(k.cells(), found, headers, k.unknownByColumn(), unknown);
        fieldByColumn = found;
        headerByField = headers;
        otherByColumn = k.unknownByColumn();
        otherKeyByColumn = new HashMap<>(otherByColumn);
        Map<Integer, LetteredColumn> copies = new HashMap<>();
        java.util.TreeSet<Integer> lettered = new java.util.TreeSet<>(hiddenColumns);
        lettered.addAll(otherByColumn.keySet());
        for (int c : lettered) {
            boolean hidden = hiddenColumns.contains(c);
            String field = found.get(c);
            // staff comments and the visibility column are never published: hiding them is no risk, and « ses cellules
            // sont publiées » would be false (attacker Z)
            if (hidden && field != null && !NEVER_PUBLISHED.contains(field)) {
                columnsToldByLetter.add(new ToldColumn(sheet, new LetteredColumn(columnLetters(c), true, false, headers.getOrDefault(field, field))));
            }
            String other = otherByColumn.get(c);
            if (other == null) {
                continue;
            }
            // « Contact » merged over I and J, J hidden: J's header is I's copied; the buyer sees one Contact column,
            // whose visible cells do not hold what J says (attacker Z, failure 3). Visible, J is named by its letter only
            // when the header it copies is a read column's (B1:C1 « Objet », B the title): « Colonne « Objet » ignorée :
            // elle n'est pas reconnue » was false; a header merged over two unread columns is one unknown header
            boolean merged = hidden ? mergedCopy(k.cells(), c, other) : copiesARead(k.cells(), found, c, other);
            if (hidden || merged) {
                LetteredColumn column = new LetteredColumn(columnLetters(c), hidden, merged, other);
                otherKeyByColumn.put(c, column.key());
                if (merged) {
                    columnsToldByLetter.add(new ToldColumn(sheet, column));
                    copies.put(c, column);
                }
            }
        }
        for (LetteredColumn copy : new java.util.HashSet<>(copies.values())) {
            boolean elsewhere = otherByColumn.entrySet().stream()
                    .anyMatch(e -> e.getValue().equals(copy.header()) && !copies.containsKey(e.getKey()));
            if (!elsewhere) {
                unknown.removeIf(copy.header()::equals);
            }
        }
        headers.forEach(headersSeen::putIfAbsent);
        anyHeader = true;
        unknownHeaders.addAll(unknown);
        Set<String> absent = new LinkedHashSet<>();
        for (String f : lotSheet ? List.<String>of() : columns.fields()) {
            // A buyer SIRET column stands for the buyer's name.
            boolean stands = "buyer".equals(f) && headers.containsKey("buyer_siret");
            if (columns.isRequired(f) && !headers.containsKey(f) && !defaults.containsKey(f) && !stands) {
                missingRequired.add(f);
                absent.add(f);
                absentRequired.computeIfAbsent(f, x -> new LinkedHashSet<>()).addAll(unknown);
            }
        }
        if (titleBuyer != null && !lotSheet && !columns.isRequired("buyer") && !headers.containsKey("buyer")
                && !headers.containsKey("buyer_siret") && !defaults.containsKey("buyer")) {
            absent.add("buyer"); // the rows are rejected without a line each: the file gets one
            noBuyer = true;
        }
        absentInSheet = Set.copyOf(absent);
    }

    /**
     * « Montant » merged over two cells, the second holding « k€ » or the unit of each row: that column is the
     * amount's unit (it published « 1,2 » as 1,2 €). Blank, the amount's header again (a merged cell copied), or a unit.
     */
    private static void unitColumn(List<RawCell> cells, Map<Integer, String> found, Map<String, String> headers,
            Map<Integer, String> unknownByColumn, List<String> unknown) {
        Integer amountColumn = null;
        for (Map.Entry<Integer, String> e : found.entrySet()) {
            if ("amount".equals(e.getValue())) {
                amountColumn = e.getKey();
            }
        }
        if (amountColumn == null || found.containsKey(amountColumn + 1)) {
            return;
        }
        int c = amountColumn + 1;
        RawCell next = c < cells.size() ? cells.get(c) : null;
        String text = next == null || next.isBlank() ? "" : next.text().strip();
        boolean unit = text.isEmpty() || Fold.fold(text).equals(Fold.fold(headers.get("amount")))
                || UNIT_HEADER.matcher(Fold.fold(text)).matches();
        if (!unit) {
            return;
        }
        found.put(c, AMOUNT_UNIT);
        headers.put(AMOUNT_UNIT, text.isEmpty() ? headers.get("amount") : text);
        // the name it was listed under as unknown: « Montant — Unité » under a group (officer U: told « ignorée, son contenu
        // n'est pas publié » while it gave the amounts' units)
        String listed = unknownByColumn.remove(c);
        if (listed != null && !unknownByColumn.containsValue(listed)) {
            unknown.removeIf(listed::equals);
        }
    }

    @Override
    public void endSheet() {
        if (candidate != null) {
            settleHeader();
        }
        previousRow = null;
        if (fieldByColumn == null && !HELP_SHEETS.contains(Fold.fold(sheet))) {
            skippedSheets.add(sheet);
        }
    }

    /** "A" for column 0, "AA" for column 26: how a spreadsheet names a column. */
    static String columnLetters(int column) {
        StringBuilder b = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            b.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return b.toString();
    }

    /** Each required field no column of a header row was recognised as, with the unrecognised headers of those sheets. */
    public Map<String, Set<String>> absentRequired() {
        return absentRequired;
    }

    /** Each field's header in the first sheet that has it, as the buyer wrote it. */
    public Map<String, String> headersSeen() {
        return headersSeen;
    }

    /** True when at least one sheet had a header row. */
    public boolean foundHeader() {
        return anyHeader;
    }

    public Set<String> unknownHeaders() {
        return unknownHeaders;
    }

    /** Required fields with no column in a sheet that has a header. */
    public Set<String> missingRequired() {
        return missingRequired;
    }

    public List<String> skippedSheets() {
        return skippedSheets;
    }

    /** The totals, notes and section headings skipped, in the order of the file. */
    public List<org.vitrine.model.IgnoredRow> ignoredRows() {
        return ignoredRows;
    }

    private final List<String> hiddenSheets = new ArrayList<>();

    /** The hidden columns of the sheet being read (those told are in columnsToldByLetter). */
    private Set<Integer> hiddenColumns = Set.of();
    /** The fields no public file ever shows (config/columns.yaml: remarks, visibility): a hidden column of theirs is not told. */
    private static final Set<String> NEVER_PUBLISHED = Set.of("remarks", "visibility");
    private final List<ToldColumn> columnsToldByLetter = new ArrayList<>();

    @Override
    public void hiddenColumns(Set<Integer> columns) {
        hiddenColumns = Set.copyOf(columns);
    }

    /**
     * The hidden columns a field reads (not merged): read and published like the others (a need's title or CPV may sit
     * in one), and the buyer told, as hidden rows and sheets are; and, merged, the hidden ones under a header merged over
     * them and a neighbour, and the visible ones under a header merged over them and a read neighbour (no header of their
     * own: ignored), in letter order.
     */
    public List<ToldColumn> columnsToldByLetter() {
        return columnsToldByLetter;
    }

    @Override
    public void hiddenSheet(String name) {
        hiddenSheets.add(name);
    }

    /** The sheets hidden in the workbook, not read (RowSink.hiddenSheet). */
    public List<String> hiddenSheets() {
        return hiddenSheets;
    }

    /** The texts of the first row that looked like a header, for the "no header" message. */
    public List<String> firstRowSeen() {
        return firstRowSeen;
    }
}
