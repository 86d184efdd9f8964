package org.vitrine.publish.catalogue;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.vitrine.messages.Messages;
import org.vitrine.model.Need;
import org.vitrine.model.Period;
import org.vitrine.messages.Fmt;

/**
 * calendar.html's model: launches by quarter, then by month, each month (and the part of a quarter whose
 * month is unknown, and each half-year or year known only as such) a page of its own under calendar/, so
 * that no page lists every need. A quarter also counts the vaguer windows that overlap it, as "à préciser": a
 * need of the first half may launch in either of its quarters. The quarter filter of the search counts by the
 * same rule ({@link Facets#quarters}), so the calendar and the filter give the same figure for a quarter.
 */
public final class Timeline {

    /** One page of the calendar: a month, a quarter whose month is unknown, a half-year or a year. */
    public record Slot(String key, String label, String window, List<Need> needs) {
        public String file() {
            return "calendar/" + key + ".html";
        }

        public int count() {
            return needs.size();
        }

        /** A month's page (key "2027-03"), not a quarter's, half-year's or year's. */
        public boolean isMonth() {
            return key.matches("\\d{4}-\\d{2}");
        }
    }

    /**
     * A quarter with its months and quarter-wide slot in date order, and the vaguer slots overlapping it;
     * {@code count} is every need that may launch in it, {@code vague} those of the overlapping slots.
     */
    public record Quarter(String id, String label, int count, int vague, List<Slot> slots, List<Slot> overlapping) {
    }

    private Timeline() {
    }

    /** Every slot, quarters' first, in date order; the half-year and year slots after. */
    public static List<Slot> slots(List<Need> needs, Messages msg) {
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMMM yyyy", msg.locale());
        Fmt fmt = new Fmt(msg);
        Map<String, List<Need>> byKey = new TreeMap<>();
        Map<String, Period> sample = new LinkedHashMap<>();
        for (Need n : DefaultOrder.sort(needs, msg.locale())) {
            Period p = n.launch();
            if (p == null || p.start() == null) {
                continue;
            }
            String key = key(p);
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(n);
            sample.putIfAbsent(key, p);
        }
        List<Slot> precise = new ArrayList<>();
        List<Slot> vague = new ArrayList<>();
        for (var e : byKey.entrySet()) {
            Period p = sample.get(e.getKey());
            String label = switch (p.precision()) {
                case day, month -> capitalise(month.format(p.start()), msg.locale());
                case quarter -> msg.get("cat.calendar.quarter_wide");
                default -> capitalise(fmt.period(p), msg.locale());
            };
            Slot s = new Slot(e.getKey(), label, fmt.period(new Period(p.start(), p.end(), p.precision() == Period.Precision.day
                    ? Period.Precision.month : p.precision())), e.getValue());
            (isVague(p) ? vague : precise).add(s);
        }
        List<Slot> out = new ArrayList<>(precise);
        out.addAll(vague);
        return out;
    }

    /** The quarters that have a launch, each with its slots and the half-year and year slots that overlap it. */
    public static List<Quarter> quarters(List<Slot> slots, Messages msg) {
        Map<String, List<Slot>> byQuarter = new TreeMap<>();
        Map<String, List<Slot>> overlapping = new TreeMap<>();
        for (Slot s : slots) {
            Period p = s.needs().get(0).launch();
            if (isVague(p)) {
                for (String q : Facets.quarters(s.needs().get(0))) {
                    overlapping.computeIfAbsent(q, k -> new ArrayList<>()).add(s);
                    byQuarter.computeIfAbsent(q, k -> new ArrayList<>());
                }
            } else {
                byQuarter.computeIfAbsent(Facets.quarter(p.start()), k -> new ArrayList<>()).add(s);
            }
        }
        List<Quarter> out = new ArrayList<>();
        for (var q : byQuarter.entrySet()) {
            List<Slot> own = new ArrayList<>(q.getValue());
            // the quarter-wide slot before the months
            own.sort(java.util.Comparator.comparing((Slot s) -> s.key().contains("-q") ? 0 : 1).thenComparing(Slot::key));
            List<Slot> vague = overlapping.getOrDefault(q.getKey(), List.of());
            int vagueCount = vague.stream().mapToInt(Slot::count).sum();
            int count = own.stream().mapToInt(Slot::count).sum() + vagueCount;
            String key = q.getKey();
            out.add(new Quarter("q" + key, msg.get("label.quarter", Integer.parseInt(key.substring(6)), key.substring(0, 4)), count,
                    vagueCount, own, vague));
        }
        return out;
    }

    /** The half-year and year slots. */
    public static List<Slot> vague(List<Slot> slots) {
        return slots.stream().filter(s -> isVague(s.needs().get(0).launch())).toList();
    }

    /** Needs without a launch window (none in a valid edition: launch is required; kept so nothing is dropped). */
    public static List<Need> undated(List<Need> needs) {
        return needs.stream().filter(n -> n.launch() == null || n.launch().start() == null).toList();
    }

    /** "2027-03" for a month or day, "2027-q2", "2027-s1", "2027" for the vaguer windows. */
    static String key(Period p) {
        int y = p.start().getYear();
        int m = p.start().getMonthValue();
        return switch (p.precision()) {
            case day, month -> String.format(Locale.ROOT, "%d-%02d", y, m);
            case quarter -> y + "-q" + ((m + 2) / 3);
            case half -> y + "-s" + (m < 7 ? 1 : 2);
            case year -> String.valueOf(y);
        };
    }

    /** A launch known only to the half-year or the year: it may fall in any quarter it overlaps. */
    static boolean isVague(Period p) {
        return p != null && (p.precision() == Period.Precision.half || p.precision() == Period.Precision.year);
    }

    private static String capitalise(String s, Locale locale) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(locale) + s.substring(1);
    }
}
