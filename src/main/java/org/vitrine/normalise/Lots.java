package org.vitrine.normalise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vitrine.messages.Messages;
import org.vitrine.config.Fold;
import org.vitrine.model.Amount;
import org.vitrine.model.Cpv;
import org.vitrine.model.Lot;
import org.vitrine.model.Need;
import org.vitrine.model.RawCell;
import org.vitrine.model.RawRecord;
import org.vitrine.model.Reject;
import org.vitrine.normalise.parse.AmountParser;
import org.vitrine.normalise.parse.CpvCatalogue;
import org.vitrine.normalise.parse.CpvParser;
import org.vitrine.normalise.parse.IntParser;
import org.vitrine.normalise.parse.ParseError;
import org.vitrine.normalise.parse.Repair;
import org.vitrine.normalise.parse.Text;
import org.vitrine.context.Run;

/**
 * A need's lots (issue 18, read here because it is input): the rows of a sheet of lots are attached to the
 * need of the same file with the same reference (folded), by lot number, after the lots the needs sheet gave
 * in a cell; a lot row naming no need is told to the buyer. The number of lots agrees with the list: a count
 * larger than the lots described is kept (the list may be partial) and told; a smaller count gives way to the
 * list, which proves there are more lots, and is told too. A lot's unreadable cell leaves that field empty.
 */
public final class Lots {

    private Lots() {
    }

    /** The needs with their lots from the run's sheets of lots; warnings go to the run. */
    static List<Need> attach(List<Need> needs, Run run) {
        if (run.report().lotRows().isEmpty()) {
            return needs;
        }
        Messages m = run.messages();
        Map<String, Need> byKey = new LinkedHashMap<>();
        for (Need n : needs) {
            if (n.reference() != null) {
                byKey.putIfAbsent(n.source().file() + "|" + Fold.fold(n.reference()), n);
            }
        }
        Map<String, Map<Integer, Lot>> found = new HashMap<>();
        java.util.Set<String> stamped = new java.util.HashSet<>();
        for (RawRecord row : run.report().lotRows()) {
            RawCell ref = row.get("reference");
            Need need = ref == null ? null : byKey.get(row.location().file() + "|" + Fold.fold(ref.text()));
            if (need == null) {
                warn(run, row, "reference", ref == null ? "" : ref.text(), null, "lots.no_need", ref == null ? "" : ref.text().strip());
                continue;
            }
            List<Repair> repairs = new ArrayList<>();
            Integer number = read(run, row, need, "lot", c -> IntParser.parse(c, IntParser.LOTS), repairs);
            if (number == null) {
                continue;
            }
            String title = read(run, row, need, "title", c -> emptyToNull(Text.repaired(c.text(), 500, repairs)), repairs);
            Amount amount = read(run, row, need, "amount", AmountParser::parse, repairs);
            Cpv cpv = read(run, row, need, "cpv", c -> CpvParser.parse(c, CpvCatalogue.load(), repairs), repairs);
            String location = read(run, row, need, "location", c -> emptyToNull(Text.repaired(c.text(), 200, repairs)), repairs);
            for (Repair r : repairs) {
                warn(run, row, "lot", "", need.buyer().id(), r.key(), r.args());
            }
            // A lot's title is public text too: a stamp holds its need back, a person's contact is told (PublicView removes it).
            String stamp = ConfidentialStamp.in(title);
            if (stamp != null && need.isPublic()) {
                warn(run, row, "title", title, need.buyer().id(), "normalise.confidential_stamp", row.header("title"), stamp);
                stamped.add(need.id() + "|" + need.source().file() + "|" + need.source().row());
            }
            java.util.Set<String> allowed = PublicContacts.of(run.config().buyers().byId(need.buyer().id()));
            for (String[] f : new String[][] {{"title", title}, {"location", location}}) {
                List<String> contacts = org.vitrine.text.ContactsInText.found(f[1], allowed);
                if (!contacts.isEmpty()) {
                    warn(run, row, f[0], f[1], need.buyer().id(), "normalise.contact_in_text", row.header(f[0]), String.join(", ", contacts));
                }
                List<String> names = org.vitrine.text.PersonNames.found(org.vitrine.text.ContactsInText.removed(f[1], allowed));
                if (!names.isEmpty()) {
                    warn(run, row, f[0], f[1], need.buyer().id(), "normalise.name_in_text", row.header(f[0]), String.join(", ", names));
                }
            }
            found.computeIfAbsent(need.id() + "|" + need.source().file() + "|" + need.source().row(), k -> new LinkedHashMap<>())
                    .put(number, new Lot(number, title, amount, cpv, location));
        }
        List<Need> out = new ArrayList<>(needs.size());
        for (Need n : needs) {
            Map<Integer, Lot> rows = found.get(n.id() + "|" + n.source().file() + "|" + n.source().row());
            if (rows == null) {
                out.add(n);
                continue;
            }
            Map<Integer, Lot> merged = new LinkedHashMap<>();
            n.lotList().forEach(l -> merged.put(l.number(), l));
            merged.putAll(rows);
            List<Lot> list = new ArrayList<>(merged.values());
            list.sort(Comparator.comparing(Lot::number, Comparator.nullsLast(Comparator.naturalOrder())));
            Need.Builder b = n.toBuilder();
            b.lotList = List.copyOf(list);
            if (stamped.contains(n.id() + "|" + n.source().file() + "|" + n.source().row())) {
                b.visibility = "confidential";
            }
            b.lots = count(n.lots(), list.size(), r -> {
                run.report().reject(r);
                run.report().counts(r.source(), r.file()).warnings++;
            }, n, m);
            out.add(b.build());
        }
        return out;
    }

    /** The number of lots once the list is known; a disagreement is a warning on the need's row. */
    static Integer count(Integer stated, int listed, java.util.function.Consumer<Reject> warnings, Need n, Messages m) {
        if (listed == 0 || stated != null && stated == listed) {
            return stated == null && listed > 0 ? Integer.valueOf(listed) : stated;
        }
        if (stated == null) {
            return listed;
        }
        String key = stated > listed ? "lots.fewer_described" : "lots.more_described";
        var s = n.source();
        warnings.accept(new Reject(s.source(), s.file(), s.sheet(), s.row(), m.get("lots.column"), String.valueOf(stated),
                m.get(key, stated, listed), m.get(key + ".fix", stated, listed), n.buyer().id(), Reject.WARNING));
        return Math.max(stated, listed);
    }

    @FunctionalInterface
    private interface Read<T> {
        T apply(RawCell cell) throws ParseError;
    }

    private static <T> T read(Run run, RawRecord row, Need need, String field, Read<T> parser, List<Repair> repairs) {
        RawCell cell = row.get(field);
        if (cell == null || cell.isBlank()) {
            if ("lot".equals(field)) {
                warn(run, row, field, "", need.buyer().id(), "lots.no_number");
            }
            return null;
        }
        try {
            return parser.apply(cell);
        } catch (ParseError e) {
            Messages m = run.messages();
            var loc = row.location();
            run.report().counts(loc.source(), loc.file()).warnings++;
            run.report().reject(new Reject(loc.source(), loc.file(), loc.sheet(), loc.row(), row.header(field), cell.text(),
                    m.get("normalise.optional_empty", m.get(e.key(), e.args())), m.get(e.key() + ".fix", e.args()),
                    need.buyer().id(), Reject.WARNING));
            return null;
        }
    }

    private static void warn(Run run, RawRecord row, String field, String value, String buyer, String key, Object... args) {
        Messages m = run.messages();
        var loc = row.location();
        run.report().counts(loc.source(), loc.file()).warnings++;
        run.report().reject(new Reject(loc.source(), loc.file(), loc.sheet(), loc.row(), row.header(field), value, m.get(key, args),
                m.get(key + ".fix", args), buyer, Reject.WARNING));
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
