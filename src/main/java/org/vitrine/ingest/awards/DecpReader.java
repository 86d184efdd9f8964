package org.vitrine.ingest.awards;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vitrine.model.Award;

/**
 * Reads a DECP JSON file token by token (Jackson's streaming parser: the national file is over a gigabyte, so no
 * tree is ever built and only the current record's few fields are held). Both formats: 2019 ({@code {"marches":
 * [...]}}) and 2022 ({@code {"marches": {"marche": [...]}}}, titulaires wrapped in {@code titulaire}, with
 * {@code offresRecues}). Only the awards of the given buyers' SIRETs are kept; a kept record whose needed field
 * cannot be read is skipped and counted ({@link Skipped}), never fatal. A file that is not JSON at all throws.
 */
public final class DecpReader {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    /** A record of a configured buyer that was skipped: its id as written, the DECP field and the value read. */
    public record Skipped(String id, String field, String value) {
    }

    /** What one file gave: the kept awards, how many records it held in all, the skipped ones. */
    public record Result(List<Award> awards, long records, List<Skipped> skipped) {
    }

    private DecpReader() {
    }

    public static Result read(InputStream in, Set<String> sirets) throws IOException {
        return read(in, sirets, null);
    }

    /**
     * The same, and every readable award of any buyer whose market the tally wants is added to it (competition is
     * measured on all the buyers of the file); {@code tally} may be null.
     */
    public static Result read(InputStream in, Set<String> sirets, CompetitionTally tally) throws IOException {
        // hashed once per file: the test runs on every record, and a configured set may be a TreeSet
        Set<String> buyers = sirets instanceof java.util.HashSet<String> ? sirets : new java.util.HashSet<>(sirets);
        List<Award> awards = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        long[] records = {0};
        try (JsonParser p = FACTORY.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a DECP file: no top-level object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                if ("marches".equals(name) && t == JsonToken.START_ARRAY) {
                    array(p, buyers, tally, awards, skipped, records); // 2019
                } else if ("marches".equals(name) && t == JsonToken.START_OBJECT) {
                    while (p.nextToken() == JsonToken.FIELD_NAME) { // 2022: marches.marche
                        String inner = p.currentName();
                        if (p.nextToken() == JsonToken.START_ARRAY && "marche".equals(inner)) {
                            array(p, buyers, tally, awards, skipped, records);
                        } else {
                            p.skipChildren();
                        }
                    }
                } else {
                    p.skipChildren();
                }
            }
        }
        return new Result(awards, records[0], skipped);
    }

    private static void array(JsonParser p, Set<String> sirets, CompetitionTally tally, List<Award> awards, List<Skipped> skipped, long[] records)
            throws IOException {
        JsonToken t;
        Fields f = new Fields(sirets, tally); // one, cleared per record: millions of records, nothing kept from it
        while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
            records[0]++;
            if (t != JsonToken.START_OBJECT) {
                p.skipChildren();
                continue;
            }
            f.clear();
            f.read(p);
            if (!f.buyer.present()) {
                continue; // a concession (autoriteConcedante, no acheteur)
            }
            if (f.otherBuyer()) {
                // another buyer: only its market counts, and a broken record of it is nobody's to fix here
                if (tally != null && tally.wants(f.market())) {
                    f.countIn(tally);
                }
                continue;
            }
            Award a = f.award();
            if (a != null) {
                awards.add(a);
                if (tally != null && tally.wants(a.cpv())) {
                    tally.add(a);
                }
            } else {
                skipped.add(new Skipped(f.id.present() ? f.id.string() : "", f.badField, f.badValue));
            }
        }
    }

    /**
     * The needed fields of one record, as read; the first field that could not be read is remembered. Once the
     * record is known to be another buyer's, the fields only a configured buyer's award needs are skipped without
     * decoding their text, and once its market is known to be one the tally does not want, every field is: most of
     * the national file is other buyers' records, and decoding their long subjects cost as much as the scan itself.
     * The id, buyer and CPV code of every record are kept as the parser's characters ({@link Text}), and made
     * Strings only for a record that is kept or counted.
     */
    private static final class Fields {
        private final String[] sirets; // sorted, searched with the buyer's characters
        private final CompetitionTally tally;
        private Boolean wanted; // the tally's answer for this record's market, once codeCPV is read
        private int digits = UNREAD; // cpvDigits(cpv), once
        private Boolean other; // whether the buyer is not a configured one, once acheteur.id is read
        final Text id = new Text();
        final Text buyer = new Text();
        String title;
        final Text cpv = new Text();
        final Text nature = new Text(); // read for other buyers' records too, before codeCPV: no String for them
        String procedure;
        String date;
        String duration;
        String amount;
        String bids;
        String placeCode;
        String placeType;
        final List<Award.Holder> holders = new ArrayList<>();
        String badField;
        String badValue;

        Fields(Set<String> sirets, CompetitionTally tally) {
            this.sirets = sirets.toArray(String[]::new);
            java.util.Arrays.sort(this.sirets);
            this.tally = tally;
        }

        void clear() {
            wanted = null;
            digits = UNREAD;
            other = null;
            id.clear();
            buyer.clear();
            cpv.clear();
            nature.clear();
            title = procedure = date = duration = amount = bids = placeCode = placeType = null;
            holders.clear();
            badField = badValue = null;
        }

        /** The 8 digits of the record's CPV code as a number, computed once (-1 when unreadable or absent). */
        int market() {
            if (digits == UNREAD) {
                digits = cpv.present() ? cpv.cpvDigits() : -1;
            }
            return digits;
        }

        /** The same as a String (null when unreadable or absent): only for an award that is kept or counted. */
        String code() {
            return cpv.present() ? cpv8(cpv.string(), market()) : null;
        }

        /** Another buyer's record: only what the competition figures need is read. */
        private boolean otherBuyer() {
            if (!buyer.present()) {
                return false;
            }
            if (other == null) {
                other = !buyer.in(sirets); // once per record
            }
            return other;
        }

        /** Another buyer's record of a market the tally does not count (or no tally): nothing more is read. */
        private boolean unwanted() {
            if (!otherBuyer()) {
                return false;
            }
            if (tally == null) {
                return true;
            }
            if (!cpv.present()) {
                return false;
            }
            if (wanted == null) {
                wanted = tally.wants(market());
            }
            return !wanted;
        }

        void read(JsonParser p) throws IOException {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                int field = field(p.currentName()); // the parser's interned name: its hash is cached
                JsonToken t = p.nextToken();
                if (field == OTHER || (field > LAST_MARKET_FIELD && otherBuyer()) || unwanted()) {
                    p.skipChildren(); // a scalar's text is never decoded
                    continue;
                }
                switch (field) {
                    case ID -> text(p, t, "id", id);
                    case BUYER -> {
                        if (t == JsonToken.START_OBJECT) {
                            while (p.nextToken() == JsonToken.FIELD_NAME) {
                                String inner = p.currentName();
                                JsonToken it = p.nextToken();
                                if ("id".equals(inner)) {
                                    text(p, it, "acheteur.id", buyer);
                                } else {
                                    p.skipChildren();
                                }
                            }
                        } else {
                            scalar(p, t, "acheteur");
                        }
                    }
                    case CPV -> text(p, t, "codeCPV", cpv);
                    case NOTIFICATION -> date = scalar(p, t, "dateNotification");
                    case BIDS -> bids = scalar(p, t, "offresRecues");
                    case PLACE -> place(p, t);
                    case HOLDERS -> holders(p, t);
                    case TITLE -> title = scalar(p, t, "objet");
                    case NATURE -> text(p, t, "nature", nature);
                    case PROCEDURE -> procedure = scalar(p, t, "procedure");
                    case DURATION -> duration = scalar(p, t, "dureeMois");
                    case AMOUNT -> amount = scalar(p, t, "montant");
                    default -> p.skipChildren();
                }
            }
        }

        /** {@link #scalar} into a {@link Text}: its characters only, no String yet. */
        private void text(JsonParser p, JsonToken t, String field, Text into) throws IOException {
            if (t == JsonToken.VALUE_NULL) {
                into.clear();
            } else if (t.isScalarValue()) {
                into.set(p);
            } else {
                into.clear();
                scalar(p, t, field);
            }
        }

        /** A scalar's text (null for JSON null); an object or array where a value was expected is a broken field. */
        private String scalar(JsonParser p, JsonToken t, String field) throws IOException {
            if (t == JsonToken.VALUE_NULL) {
                return null;
            }
            if (t.isScalarValue()) {
                return p.getText().trim();
            }
            p.skipChildren();
            bad(field, t == JsonToken.START_ARRAY ? "[…]" : "{…}");
            return null;
        }

        private void place(JsonParser p, JsonToken t) throws IOException {
            if (t != JsonToken.START_OBJECT) {
                scalar(p, t, "lieuExecution");
                return;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String inner = p.currentName();
                JsonToken it = p.nextToken();
                // equals, not a switch: the parser's names are interned, so the first test is identity (no hash)
                if ("code".equals(inner)) {
                    placeCode = scalar(p, it, "lieuExecution.code");
                } else if ("typeCode".equals(inner)) {
                    placeType = scalar(p, it, "lieuExecution.typeCode");
                } else {
                    p.skipChildren();
                }
            }
        }

        /** 2019: [{typeIdentifiant, id, denominationSociale}]; 2022: [{"titulaire": {typeIdentifiant, id}}]. */
        private void holders(JsonParser p, JsonToken t) throws IOException {
            if (t != JsonToken.START_ARRAY) {
                if (t == JsonToken.START_OBJECT) { // some exports write the 2022 wrapper without the array
                    holder(p);
                } else {
                    scalar(p, t, "titulaires");
                }
                return;
            }
            JsonToken it;
            while ((it = p.nextToken()) != JsonToken.END_ARRAY && it != null) {
                if (it == JsonToken.START_OBJECT) {
                    holder(p);
                } else {
                    p.skipChildren();
                }
            }
        }

        private void holder(JsonParser p) throws IOException {
            Award.Holder h = readHolder(p);
            if (h != null) {
                holders.add(h);
            }
        }

        /**
         * One titulaire: its id and name, the 2022 wrapper's inner object and the wrapper's own fields taken as one
         * holder (an export that writes the name beside {@code titulaire}, not in it, gave a holder without a name
         * and a second one without an id: officer X's bare SIRET).
         */
        private Award.Holder readHolder(JsonParser p) throws IOException {
            String hid = null;
            String hname = null;
            Award.Holder wrapped = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String inner = p.currentName();
                JsonToken it = p.nextToken();
                switch (inner) {
                    case "titulaire" -> {
                        if (it == JsonToken.START_OBJECT) {
                            wrapped = readHolder(p);
                        } else {
                            p.skipChildren();
                        }
                    }
                    case "id" -> hid = scalar(p, it, "titulaires.id");
                    case "denominationSociale" -> hname = scalar(p, it, "titulaires.denominationSociale");
                    default -> p.skipChildren();
                }
            }
            if (wrapped != null) {
                hid = wrapped.id() != null ? wrapped.id() : hid;
                hname = wrapped.name() != null ? wrapped.name() : hname;
            }
            return hid == null && hname == null ? null : new Award.Holder(hid, hname == null || hname.isBlank() ? null : hname);
        }

        private void bad(String field, String value) {
            if (badField == null) {
                badField = field;
                badValue = value;
            }
        }

        /**
         * Another buyer's award counted in the tally when its fields the figures need (id, notification, bids) can
         * be read; its other fields are not parsed, and no award is built unless the tally keeps it (this runs on
         * most of the file).
         */
        void countIn(CompetitionTally tally) {
            if (badField != null || !id.present() || id.string().isBlank() || nature.containsIgnoreCase("subs")) {
                return;
            }
            LocalDate notified = date(date);
            Integer received = bids == null || isNc(bids) ? null : count(bids);
            if (notified == null || (bids != null && received == null && !isNc(bids))) {
                return;
            }
            tally.add(id.string(), buyer.string(), code(), notified, received, List.copyOf(holders), placeCode, placeType);
        }

        /** The award, or null (with badField set) when a needed field cannot be read. */
        Award award() {
            if (badField != null) {
                return null;
            }
            if (!id.present() || id.string().isBlank()) {
                bad("id", "");
                return null;
            }
            if (!buyer.string().matches("\\d{14}")) {
                bad("acheteur.id", buyer.string());
                return null;
            }
            String code = code();
            if (code == null) {
                bad("codeCPV", String.valueOf(cpv.string()));
                return null;
            }
            LocalDate notified = date(date);
            if (notified == null) {
                bad("dateNotification", String.valueOf(date));
                return null;
            }
            Integer months = count(duration);
            if (duration != null && months == null && !isNc(duration)) {
                bad("dureeMois", duration);
                return null;
            }
            BigDecimal value = amount(amount);
            if (amount != null && value == null && !isNc(amount)) {
                bad("montant", amount);
                return null;
            }
            Integer received = count(bids);
            if (bids != null && received == null && !isNc(bids)) {
                bad("offresRecues", bids);
                return null;
            }
            return new Award(id.string(), buyer.string(), title, code, nature.string(), procedure, notified, months, value, List.copyOf(holders), received,
                    placeCode, placeType);
        }
    }

    private static final int UNREAD = -2;

    /**
     * A scalar's text as the parser's characters, copied into a reused buffer, trimmed as String.trim trims: the id,
     * buyer and CPV code of every record of the national file are read, but a String is made only for the few
     * records that are kept or counted.
     */
    private static final class Text {
        private char[] chars = new char[64];
        private int from;
        private int to = -1; // -1: absent (no field, or JSON null)
        private String string;

        void clear() {
            to = -1;
            string = null;
        }

        void set(JsonParser p) throws IOException {
            int n = p.getTextLength();
            if (n > chars.length) {
                chars = new char[Math.max(n, 2 * chars.length)];
            }
            System.arraycopy(p.getTextCharacters(), p.getTextOffset(), chars, 0, n);
            from = 0;
            to = n;
            while (from < to && chars[from] <= ' ') {
                from++;
            }
            while (to > from && chars[to - 1] <= ' ') {
                to--;
            }
            string = null;
        }

        boolean present() {
            return to >= 0;
        }

        String string() {
            if (string == null && to >= 0) {
                string = new String(chars, from, to - from);
            }
            return string;
        }

        /** Whether the text is one of these sorted Strings, compared char by char (String.compareTo's order). */
        boolean in(String[] sorted) {
            int lo = 0;
            int hi = sorted.length - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int c = compareTo(sorted[mid]);
                if (c == 0) {
                    return true;
                } else if (c < 0) {
                    hi = mid - 1;
                } else {
                    lo = mid + 1;
                }
            }
            return false;
        }

        private int compareTo(String s) {
            int n = Math.min(to - from, s.length());
            for (int i = 0; i < n; i++) {
                char a = chars[from + i];
                char b = s.charAt(i);
                if (a != b) {
                    return a - b;
                }
            }
            return (to - from) - s.length();
        }

        int cpvDigits() {
            return DecpReader.cpvDigits(chars, from, to);
        }

        /**
         * Whether the text holds a lower-case ASCII word in any case, as {@code string().toLowerCase(ROOT).contains(w)}
         * (Award.isCallOff's test on « Marché subséquent »), without a String; false when absent.
         */
        boolean containsIgnoreCase(String lower) {
            int n = lower.length();
            for (int i = from; to >= 0 && i + n <= to; i++) {
                int k = 0;
                while (k < n && Character.toLowerCase(chars[i + k]) == lower.charAt(k)) {
                    k++;
                }
                if (k == n) {
                    return true;
                }
            }
            return false;
        }
    }

    // The fields read, by number: those up to LAST_MARKET_FIELD are read for another buyer's record too (what the
    // competition figures need, see Fields#count), the others for a configured buyer's only; codeCPV decides the rest.
    private static final int OTHER = 0;
    private static final int ID = 1;
    private static final int BUYER = 2;
    private static final int CPV = 3;
    private static final int NOTIFICATION = 4;
    private static final int BIDS = 5;
    private static final int PLACE = 6;
    private static final int HOLDERS = 7;
    private static final int NATURE = 8; // a call-off is not counted: its framework is the market's contract
    private static final int LAST_MARKET_FIELD = NATURE;
    private static final int TITLE = 9;
    private static final int PROCEDURE = 10;
    private static final int DURATION = 11;
    private static final int AMOUNT = 12;

    private static int field(String name) {
        return switch (name) {
            case "id" -> ID;
            case "acheteur" -> BUYER;
            case "codeCPV" -> CPV;
            case "dateNotification" -> NOTIFICATION;
            case "offresRecues" -> BIDS;
            case "lieuExecution" -> PLACE;
            case "titulaires" -> HOLDERS;
            case "objet" -> TITLE;
            case "nature" -> NATURE;
            case "procedure" -> PROCEDURE;
            case "dureeMois" -> DURATION;
            case "montant" -> AMOUNT;
            default -> OTHER;
        };
    }

    private static boolean isNc(String s) {
        return s.isEmpty() || "NC".equalsIgnoreCase(s);
    }

    /**
     * The 8 digits of a CPV code ("45316110-9" → 45316110). Seven digits are a code whose leading zero a
     * spreadsheet dropped (the State's file has "9310000" for 09310000-5, electricity).
     */
    static String cpv8(String s) {
        return s == null ? null : cpv8(s, cpvDigits(s));
    }

    private static String cpv8(String s, int digits) {
        if (digits < 0) {
            return null;
        }
        if (s.length() >= 8 && (s.length() == 8 || s.charAt(8) == '-') && number(s, 0, 8) >= 0) {
            return s.length() == 8 ? s : s.substring(0, 8); // the usual "45316110-9"
        }
        String d = Integer.toString(digits);
        return "00000000".substring(d.length()) + d;
    }

    /**
     * {@link #cpv8}'s digits as a number (45316110; 9310000 for "9310000"), -1 when the code is no CPV code. A loop,
     * not regular expressions nor Strings: it runs on every record of the national file (competition counts all buyers).
     */
    static int cpvDigits(String s) {
        return cpvDigits(s.toCharArray(), 0, s.length());
    }

    private static int cpvDigits(char[] s, int from, int to) {
        int value = 0;
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s[i];
            if (c == '-') {
                break;
            }
            if (c == '.' || Character.isWhitespace(c)) {
                continue;
            }
            if (c < '0' || c > '9' || n == 8) {
                return -1;
            }
            value = value * 10 + (c - '0');
            n++;
        }
        return n == 7 || n == 8 ? value : -1;
    }

    /** An ISO date, possibly with a zone ("2019-03-04+01:00", "2019-03-04T00:00:00Z"). */
    static LocalDate date(String s) {
        if (s == null || s.length() < 10) {
            return null;
        }
        // by hand, as LocalDate.parse reads yyyy-MM-dd (ASCII digits, a real day): it runs on every counted record
        if (s.charAt(4) != '-' || s.charAt(7) != '-') {
            return null;
        }
        int year = number(s, 0, 4);
        int month = number(s, 5, 7);
        int day = number(s, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The ASCII digits of s[from, to) as a number, -1 when one is not a digit. */
    private static int number(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** A whole, non-negative count ("12", 12, 12.0); null otherwise. */
    static Integer count(String s) {
        BigDecimal d = amount(s);
        if (d == null || d.signum() < 0 || d.stripTrailingZeros().scale() > 0 || d.compareTo(BigDecimal.valueOf(10_000)) > 0) {
            return null;
        }
        return d.intValueExact();
    }

    static BigDecimal amount(String s) {
        if (s == null || s.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(s.replace(',', '.').replace(" ", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
