package org.vitrine.publish.catalogue;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.vitrine.cli.Messages;
import org.vitrine.model.Need;
import org.vitrine.model.Period;

/** calendar.html's model: launches by quarter, then by month; vague dates (half, year) apart. */
public final class Timeline {

    /** A month, or the part of a quarter whose month is not known. */
    public record Slot(String label, List<Need> needs) {
    }

    /** A quarter of the timeline with its slots in date order. */
    public record Quarter(String id, String label, int count, List<Slot> slots) {
    }

    private Timeline() {
    }

    public static List<Quarter> quarters(List<Need> needs, Messages msg) {
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMMM yyyy", msg.locale());
        Map<String, Map<String, List<Need>>> byQuarter = new TreeMap<>();
        for (Need n : sorted(needs)) {
            Period p = n.launch();
            if (p == null || p.precision() == Period.Precision.half || p.precision() == Period.Precision.year) {
                continue;
            }
            Map<String, List<Need>> slots = byQuarter.computeIfAbsent(Facets.quarter(n), k -> new TreeMap<>());
            // "0" sorts the quarter-wide slot before the months
            String slot = p.precision() == Period.Precision.quarter ? "0" : p.start().toString().substring(0, 7);
            slots.computeIfAbsent(slot, k -> new ArrayList<>()).add(n);
        }
        List<Quarter> out = new ArrayList<>();
        for (var q : byQuarter.entrySet()) {
            List<Slot> slots = new ArrayList<>();
            int count = 0;
            for (var s : q.getValue().entrySet()) {
                String label = s.getKey().equals("0") ? msg.get("cat.calendar.quarter_wide")
                        : capitalise(month.format(s.getValue().get(0).launch().start()), msg);
                slots.add(new Slot(label, s.getValue()));
                count += s.getValue().size();
            }
            String key = q.getKey();
            out.add(new Quarter("q" + key, msg.get("cat.quarter", key.substring(6), key.substring(0, 4)), count, slots));
        }
        return out;
    }

    /** Needs whose launch is known only to the half-year or year, or not at all. */
    public static List<Need> vague(List<Need> needs) {
        return sorted(needs).stream().filter(n -> n.launch() == null || n.launch().precision() == Period.Precision.half
                || n.launch().precision() == Period.Precision.year).toList();
    }

    /** By launch date (unknown last), title, id. Each need's date key is made once, not at every comparison. */
    private static List<Need> sorted(List<Need> needs) {
        record Keyed(String date, Need need) {
        }
        Comparator<Keyed> order = Comparator.comparing(Keyed::date)
                .thenComparing(k -> k.need().title(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(k -> k.need().id());
        return needs.stream().map(n -> new Keyed(n.launch() == null ? "9" : n.launch().start().toString(), n)).sorted(order)
                .map(Keyed::need).toList();
    }

    private static String capitalise(String s, Messages msg) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(msg.locale()) + s.substring(1);
    }
}
