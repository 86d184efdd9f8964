package org.vitrine.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.vitrine.model.Amount;
import org.vitrine.model.BuyerRef;
import org.vitrine.model.Contact;
import org.vitrine.model.Coverage;
import org.vitrine.model.Cpv;
import org.vitrine.model.DurationSpec;
import org.vitrine.model.Location;
import org.vitrine.model.Need;
import org.vitrine.model.Period;
import org.vitrine.normalise.parse.CpvCatalogue;

/**
 * A deterministic synthetic forecast (same seed, same needs) with the variety of real data: buyers of
 * every kind, markets shared by many buyers, launches to the day, month or quarter, amounts from a
 * few thousand euros to millions. Used by {@code vitrine bench}.
 */
public final class SyntheticNeeds {

    private static final String[] KINDS = {"local", "local", "local", "central", "utility", "defence"};
    private static final String[] PROCEDURES = {"adapted", "adapted", "open", "open", "restricted", "negotiated_with_call",
        "competitive_dialogue", null};
    private static final String[] TITLES = {"Fournitures de bureau", "Nettoyage des locaux", "Maintenance des ascenseurs",
        "Achat de postes informatiques", "Entretien des espaces verts", "Fourniture d'électricité", "Travaux de voirie",
        "Restauration collective", "Licences logicielles", "Prestations de conseil", "Location de véhicules",
        "Assurance flotte automobile", "Impression de documents", "Transport scolaire", "Rénovation énergétique"};

    private SyntheticNeeds() {
    }

    public static List<Need> generate(int count, int buyers, long seed, int year) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> codes = marketCodes(CpvCatalogue.load(), 300, random);
        List<Need> needs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int b = random.nextInt(buyers);
            String kind = KINDS[b % KINDS.length];
            String code = codes.get((int) Math.floor(Math.pow(random.nextDouble(), 2) * codes.size()));
            String category = code.startsWith("45") ? "works" : Integer.parseInt(code.substring(0, 2)) >= 50 ? "services" : "supplies";
            long amount = Math.round(Math.exp(Math.log(5_000) + random.nextDouble() * (Math.log(8_000_000) - Math.log(5_000))));
            LocalDate day = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
            Period launch = switch (random.nextInt(4)) {
                case 0 -> new Period(day, day, Period.Precision.day);
                case 1, 2 -> new Period(day.withDayOfMonth(1), day.withDayOfMonth(day.lengthOfMonth()), Period.Precision.month);
                default -> quarter(day);
            };
            int months = 12 * (1 + random.nextInt(4));
            Period start = random.nextInt(3) == 0 ? new Period(day.plusDays(60 + random.nextInt(200)),
                    day.plusDays(60 + random.nextInt(200)), Period.Precision.day) : null;
            if (start != null && start.end().isBefore(start.start())) {
                start = new Period(start.end(), start.start(), Period.Precision.day);
            }
            Period incumbent = random.nextInt(3) == 0 ? new Period(day.plusDays(random.nextInt(300)),
                    day.plusDays(random.nextInt(300)), Period.Precision.day) : null;
            if (incumbent != null && incumbent.end().isBefore(incumbent.start())) {
                incumbent = new Period(incumbent.end(), incumbent.start(), Period.Precision.day);
            }
            String title = TITLES[random.nextInt(TITLES.length)] + " " + (char) ('A' + random.nextInt(20));
            needs.add(new Need(String.format("b%05d-n%07d", b, i), new BuyerRef(String.format("b%05d", b), "Acheteur " + b, kind),
                    "R" + i, title, null, new Cpv(code, Map.of()), List.of(), category,
                    new Amount(BigDecimal.valueOf(amount), BigDecimal.valueOf(amount * (random.nextInt(5) == 0 ? 3 : 1)), "EUR", "total"),
                    1 + random.nextInt(8), launch, null, start, months,
                    new DurationSpec(months, 0, 0), PROCEDURES[random.nextInt(PROCEDURES.length)], null,
                    random.nextInt(20) == 0 ? "central_purchasing" : "own", null,
                    random.nextInt(10) == 0 ? null : new Contact(null, "achats@example.fr"),
                    random.nextInt(6) == 0 ? new Coverage("partial", 60) : null,
                    random.nextInt(3) == 0 ? random.nextInt(6) : null, incumbent, null, null, Boolean.FALSE, null, null,
                    null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, false, false, null, null, null, List.of(), List.of(), List.of(), "public", new Location("bench", "bench", "bench", i + 2), null, null, null));
        }
        return needs;
    }

    private static Period quarter(LocalDate d) {
        int q = (d.getMonthValue() - 1) / 3;
        LocalDate s = LocalDate.of(d.getYear(), q * 3 + 1, 1);
        return new Period(s, s.plusMonths(3).minusDays(1), Period.Precision.quarter);
    }

    /** Real CPV codes spread over many classes, so markets overlap as in real forecasts. */
    private static List<String> marketCodes(CpvCatalogue cpvs, int classes, SplittableRandom random) {
        List<String> codes = new ArrayList<>();
        String[] seeds = {"30192000", "90910000", "09310000", "30213000", "77310000", "45233140", "55520000", "48000000",
            "79411000", "34110000", "66514110", "79800000", "60130000", "45321000", "50750000", "33140000", "72000000"};
        for (String s : seeds) {
            codes.add(cpvs.fullCode(s));
        }
        while (codes.size() < classes) {
            String c = String.format("%02d%02d%04d", 3 + random.nextInt(95), random.nextInt(100), 0);
            if (cpvs.exists(c)) {
                codes.add(cpvs.fullCode(c));
            }
        }
        return codes;
    }
}
