package org.vitrine.ingest.awards;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
                    array(p, sirets, tally, awards, skipped, records); // 2019
                } else if ("marches".equals(name) && t == JsonToken.START_OBJECT) {
                    while (p.nextToken() == JsonToken.FIELD_NAME) { // 2022: marches.marche
                        String inner = p.currentName();
                        if (p.nextToken() == JsonToken.START_ARRAY && "marche".equals(inner)) {
                            array(p, sirets, tally, awards, skipped, records);
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
            if (f.buyer == null) {
                continue; // a concession (autoriteConcedante, no acheteur)
            }
            if (f.otherBuyer()) {
                // another buyer: only its market counts, and a broken record of it is nobody's to fix here
                if (tally != null) {
                    String code = f.code();
                    if (tally.wants(code)) {
                        Award a = f.marketAward(code);
                        if (a != null) {
                            tally.add(a);
                        }
                    }
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
                skipped.add(new Skipped(f.id == null ? "" : f.id, f.badField, f.badValue));
            }
        }
    }

    /**
     * The needed fields of one record, as read; the first field that could not be read is remembered. Once the
     * record is known to be another buyer's, the fields only a configured buyer's award needs are skipped without
     * decoding their text, and once its market is known to be one the tally does not want, every field is: most of
     * the national file is other buyers' records, and decoding their long subjects cost as much as the scan itself.
     */
    private static final class Fields {
        private final Set<String> sirets;
        private final CompetitionTally tally;
        private Boolean wanted; // the tally's answer for this record's market, once codeCPV is read
        private String code; // cpv8(cpv), once
        private Boolean other; // whether the buyer is not a configured one, once acheteur.id is read
        String id;
        String buyer;
        String title;
        String cpv;
        String nature;
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
            this.sirets = sirets;
            this.tally = tally;
        }

        void clear() {
            wanted = null;
            code = null;
            other = null;
            id = buyer = title = cpv = nature = procedure = date = duration = amount = bids = placeCode = placeType = null;
            holders.clear();
            badField = badValue = null;
        }

        /** The 8 digits of the record's CPV code, computed once (null when unreadable or absent). */
        String code() {
            if (code == null && cpv != null) {
                code = cpv8(cpv);
            }
            return code;
        }

        /** Another buyer's record: only what the competition figures need is read. */
        private boolean otherBuyer() {
            if (buyer == null) {
                return false;
            }
            if (other == null) {
                other = !sirets.contains(buyer); // once per record: the set may be a TreeSet
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
            if (cpv == null) {
                return false;
            }
            if (wanted == null) {
                wanted = tally.wants(code());
            }
            return !wanted;
        }

        void read(JsonParser p) throws IOException {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                if (unwanted() || (otherBuyer() && !MARKET_FIELDS.contains(name))) {
                    p.skipChildren(); // a scalar's text is never decoded
                    continue;
                }
                switch (name) {
                    case "id" -> id = scalar(p, t, name);
                    case "acheteur" -> {
                        if (t == JsonToken.START_OBJECT) {
                            while (p.nextToken() == JsonToken.FIELD_NAME) {
                                String inner = p.currentName();
                                JsonToken it = p.nextToken();
                                if ("id".equals(inner)) {
                                    buyer = scalar(p, it, "acheteur.id");
                                } else {
                                    p.skipChildren();
                                }
                            }
                        } else {
                            scalar(p, t, name);
                        }
                    }
                    case "objet" -> title = scalar(p, t, name);
                    case "codeCPV" -> cpv = scalar(p, t, name);
                    case "nature" -> nature = scalar(p, t, name);
                    case "procedure" -> procedure = scalar(p, t, name);
                    case "dateNotification" -> date = scalar(p, t, name);
                    case "dureeMois" -> duration = scalar(p, t, name);
                    case "montant" -> amount = scalar(p, t, name);
                    case "offresRecues" -> bids = scalar(p, t, name);
                    case "lieuExecution" -> place(p, t);
                    case "titulaires" -> holders(p, t);
                    default -> p.skipChildren();
                }
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
                switch (inner) {
                    case "code" -> placeCode = scalar(p, it, "lieuExecution.code");
                    case "typeCode" -> placeType = scalar(p, it, "lieuExecution.typeCode");
                    default -> p.skipChildren();
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
            String hid = null;
            String hname = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String inner = p.currentName();
                JsonToken it = p.nextToken();
                switch (inner) {
                    case "titulaire" -> {
                        if (it == JsonToken.START_OBJECT) {
                            holder(p);
                        } else {
                            p.skipChildren();
                        }
                    }
                    case "id" -> hid = scalar(p, it, "titulaires.id");
                    case "denominationSociale" -> hname = scalar(p, it, "titulaires.denominationSociale");
                    default -> p.skipChildren();
                }
            }
            if (hid != null || hname != null) {
                holders.add(new Award.Holder(hid, hname == null || hname.isBlank() ? null : hname));
            }
        }

        private void bad(String field, String value) {
            if (badField == null) {
                badField = field;
                badValue = value;
            }
        }

        /**
         * Another buyer's award as the competition figures need it (id, market, notification, bids, place, holders),
         * or null when one of those cannot be read; its other fields are not parsed (it runs on most of the file).
         */
        Award marketAward(String code) {
            if (badField != null || id == null || id.isBlank()) {
                return null;
            }
            LocalDate notified = date(date);
            Integer received = bids == null || isNc(bids) ? null : count(bids);
            if (notified == null || (bids != null && received == null && !isNc(bids))) {
                return null;
            }
            return new Award(id, buyer, null, code, null, null, notified, null, null, List.copyOf(holders), received, placeCode,
                    placeType);
        }

        /** The award, or null (with badField set) when a needed field cannot be read. */
        Award award() {
            if (badField != null) {
                return null;
            }
            if (id == null || id.isBlank()) {
                bad("id", "");
                return null;
            }
            if (!buyer.matches("\\d{14}")) {
                bad("acheteur.id", buyer);
                return null;
            }
            String code = code();
            if (code == null) {
                bad("codeCPV", String.valueOf(cpv));
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
            return new Award(id, buyer, title, code, nature, procedure, notified, months, value, List.copyOf(holders), received,
                    placeCode, placeType);
        }
    }

    /** The fields another buyer's record is read for (see {@link Fields#marketAward}); codeCPV decides the rest. */
    private static final Set<String> MARKET_FIELDS = Set.of("id", "acheteur", "codeCPV", "dateNotification",
            "offresRecues", "lieuExecution", "titulaires");

    private static boolean isNc(String s) {
        return s.isEmpty() || "NC".equalsIgnoreCase(s);
    }

    /**
     * The 8 digits of a CPV code ("45316110-9" → 45316110). Seven digits are a code whose leading zero a
     * spreadsheet dropped (the State's file has "9310000" for 09310000-5, electricity).
     */
    static String cpv8(String s) {
        if (s == null) {
            return null;
        }
        // A loop, not regular expressions: it runs on every record of the national file (competition counts all buyers).
        if (s.length() >= 8 && (s.length() == 8 || s.charAt(8) == '-') && digits(s, 8)) {
            return s.length() == 8 ? s : s.substring(0, 8); // the usual "45316110-9"
        }
        char[] d = new char[8];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '-') {
                break;
            }
            if (c == '.' || Character.isWhitespace(c)) {
                continue;
            }
            if (c < '0' || c > '9' || n == 8) {
                return null;
            }
            d[n++] = c;
        }
        if (n == 7) {
            return "0" + new String(d, 0, 7);
        }
        return n == 8 ? new String(d) : null;
    }

    private static boolean digits(String s, int n) {
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** An ISO date, possibly with a zone ("2019-03-04+01:00", "2019-03-04T00:00:00Z"). */
    static LocalDate date(String s) {
        if (s == null || s.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(s.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
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
