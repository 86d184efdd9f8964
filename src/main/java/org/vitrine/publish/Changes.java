package org.vitrine.publish;

import org.vitrine.model.Json;
import org.vitrine.model.EditionInfo;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vitrine.model.FieldChange;
import org.vitrine.model.Need;

/**
 * Change tracking against the previous edition: each need is {@code new}, {@code revised} (with the
 * fields that changed, old and new values) or {@code unchanged}; {@code firstPublished} and
 * {@code modified} carry over; needs that were public and are gone are listed as withdrawn.
 */
public final class Changes {

    /**
     * The fields a supplier sees: a change in any of them makes the need "revised". Not the contact
     * (a person's address must not reach public files through an "old value") nor the visibility.
     */
    static final List<String> TRACKED = List.of("buyer", "reference", "title", "description", "cpv", "cpvAdditional",
            "category", "amount", "lots", "launch", "notification", "contractStart", "durationMonths", "duration",
            "procedure", "technique", "route", "location", "coverage", "suppliersKnown", "incumbentEnd",
            "renewal", "innovation", "reserved", "socialClause", "environmentalClause", "firmness", "tenderUrl",
            "deadline", "responseDays", "site", "lotList", "maxLotsPerBidder", "frameworkAward", "frameworkMaximum", "beyondYear");

    /** The needs stamped with their change, and the withdrawn ones. */
    public record Result(List<Need> needs, List<EditionInfo.Withdrawn> withdrawn) {
    }

    private Changes() {
    }

    public static Result apply(List<Need> needs, Map<String, Need> previous, LocalDate date) {
        return apply(needs, previous, date, List.of());
    }

    /**
     * As above; {@code earlier} are the withdrawals the previous edition listed: those still gone are carried
     * with their date, so a withdrawn need's address keeps saying so for the rest of the year.
     */
    public static Result apply(List<Need> needs, Map<String, Need> previous, LocalDate date, List<EditionInfo.Withdrawn> earlier) {
        List<Need> out = new ArrayList<>(needs.size());
        Set<String> ids = new HashSet<>();
        for (Need n : needs) {
            ids.add(n.id());
            Need before = previous.get(n.id());
            if (before == null) {
                out.add(stamp(n, date, date, "new", List.of()));
                continue;
            }
            List<FieldChange> changes = diff(before, n);
            LocalDate first = before.firstPublished() != null ? before.firstPublished() : date;
            if (changes.isEmpty()) {
                out.add(stamp(n, first, before.modified() != null ? before.modified() : first, "unchanged", List.of()));
            } else {
                out.add(stamp(n, first, date, "revised", changes));
            }
        }
        List<EditionInfo.Withdrawn> withdrawn = new ArrayList<>();
        previous.values().stream()
                .filter(p -> !ids.contains(p.id()) && p.isPublic())
                .sorted(java.util.Comparator.comparing(Need::id))
                .forEach(p -> withdrawn.add(new EditionInfo.Withdrawn(p.id(), publicTitle(p.title()), p.buyer().name(), date,
                        p.buyer().id(), p.cpv() == null ? null : p.cpv().code(), p.reference() == null ? null : publicTitle(p.reference()),
                        p.launch(), org.vitrine.model.TotalValue.of(p))));
        Set<String> listed = new HashSet<>();
        withdrawn.forEach(w -> listed.add(w.id()));
        for (EditionInfo.Withdrawn w : earlier) {
            if (!ids.contains(w.id()) && listed.add(w.id())) {
                withdrawn.add(new EditionInfo.Withdrawn(w.id(), publicTitle(w.title()), w.buyer(), w.date() == null ? date : w.date(),
                        w.buyerId(), w.cpv(), w.reference() == null ? null : publicTitle(w.reference()), w.launch(), w.amount()));
            }
        }
        withdrawn.sort(java.util.Comparator.comparing(EditionInfo.Withdrawn::id));
        return new Result(out, withdrawn);
    }

    /** The record accessors of the tracked fields, in {@link #TRACKED} order (a name that is no field fails here). */
    private static final java.lang.reflect.Method[] ACCESSORS = TRACKED.stream().map(f -> {
        for (java.lang.reflect.RecordComponent c : Need.class.getRecordComponents()) {
            if (c.getName().equals(f)) {
                return c.getAccessor();
            }
        }
        throw new IllegalStateException("no field " + f + " in Need");
    }).toArray(java.lang.reflect.Method[]::new);

    /**
     * The tracked fields whose JSON differs. Equal values are skipped without building any JSON (on a rerun
     * nearly every field of every need is unchanged); others are compared as JSON, so that 120000 and
     * 120000.0 are the same amount.
     */
    static List<FieldChange> diff(Need before, Need after) {
        List<FieldChange> changes = new ArrayList<>();
        for (int i = 0; i < ACCESSORS.length; i++) {
            Object x = get(ACCESSORS[i], before);
            Object y = get(ACCESSORS[i], after);
            if (java.util.Objects.equals(x, y)) {
                continue;
            }
            JsonNode a = Json.MAPPER.valueToTree(x);
            JsonNode b = Json.MAPPER.valueToTree(y);
            if (!same(a, b)) {
                changes.add(new FieldChange(TRACKED.get(i), text(a), text(b)));
            }
        }
        // the duration is said once: its months are part of "duration" (base + renewals) when that changed too
        if (changes.stream().anyMatch(c -> c.field().equals("duration"))) {
            changes.removeIf(c -> c.field().equals("durationMonths"));
        }
        return changes;
    }

    private static Object get(java.lang.reflect.Method accessor, Need n) {
        try {
            return accessor.invoke(n);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean same(JsonNode x, JsonNode y) {
        boolean xn = x == null || x.isNull();
        boolean yn = y == null || y.isNull();
        if (xn || yn) {
            return xn == yn;
        }
        // numbers compare by value: 120000 and 120000.0 are the same amount
        if (x.isNumber() && y.isNumber()) {
            return x.decimalValue().compareTo(y.decimalValue()) == 0;
        }
        if (x.isObject() && y.isObject()) {
            Set<String> names = new HashSet<>();
            x.fieldNames().forEachRemaining(names::add);
            y.fieldNames().forEachRemaining(names::add);
            return names.stream().allMatch(k -> same(x.get(k), y.get(k)));
        }
        return x.equals(y);
    }

    static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.isValueNode() ? n.asText() : n.toString();
    }

    private static Need stamp(Need n, LocalDate first, LocalDate modified, String change, List<FieldChange> changes) {
        Need.Builder b = n.toBuilder();
        b.firstPublished = first;
        b.modified = modified;
        b.change = change;
        b.changes = changes;
        return b.build();
    }

    /**
     * A withdrawn need's title as the public list shows it: the previous edition's internal title, which may hold a
     * person's e-mail, phone or name (PublicView removes them from the needs still published; the functional contact too here).
     */
    private static String publicTitle(String title) {
        return org.vitrine.text.PersonNames.removed(org.vitrine.text.ContactsInText.removed(org.vitrine.text.PublicLinks.inText(title), Set.of()));
    }
}
