package org.vitrine.risk.rules.market;

import static org.vitrine.risk.rules.market.MarketNeeds.need;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.vitrine.model.Need;
import org.vitrine.model.Period;

/** A large synthetic forecast for the scale test: fixed seed, skewed buyer sizes, launches across 2027. */
final class SyntheticNeeds {

    private static final String[] WORDS = {"nettoyage", "locaux", "vitres", "mobilier", "scolaire", "papier", "recyclé",
        "véhicules", "électriques", "maintenance", "chauffage", "ascenseurs", "logiciel", "licences", "formation",
        "sécurité", "gardiennage", "espaces", "verts", "restauration", "collective", "transport", "scolaire", "impression",
        "reprographie", "téléphonie", "mobile", "réseau", "câblage", "éclairage"};
    private static final String[] PROCEDURES = {"open", "adapted", "restricted", "negotiated_with_call", null};
    private static final String[] KINDS = {"local", "local", "central", "utility"};

    private SyntheticNeeds() {
    }

    static List<Need> generate(int count, int buyers, int classes, long seed) {
        Random r = new Random(seed);
        List<Need> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double u = r.nextDouble();
            int buyer = (int) (buyers * u * u);
            int cls = r.nextInt(classes);
            LocalDate d = LocalDate.of(2027, 1, 1).plusDays(r.nextInt(365));
            Period launch = switch (r.nextInt(5)) {
                case 0, 1 -> MarketNeeds.month(2027, d.getMonthValue());
                case 2 -> new Period(d, d, Period.Precision.day);
                case 3 -> MarketNeeds.quarter(2027, (d.getMonthValue() + 2) / 3);
                default -> new Period(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), Period.Precision.year);
            };
            String title = WORDS[(cls + r.nextInt(6)) % WORDS.length] + " des " + WORDS[(cls + r.nextInt(6)) % WORDS.length]
                    + " " + WORDS[r.nextInt(WORDS.length)];
            boolean works = cls % 10 == 0;
            out.add(need("n" + i).buyer("buyer-" + buyer).kind(KINDS[buyer % KINDS.length])
                    .cpv(String.format("%04d0000-0", 3000 + cls)).category(works ? "works" : "supplies").title(title)
                    .amount(works ? 500_000 + r.nextInt(4_000_000) : 5_000 + r.nextInt(200_000)).launch(launch)
                    .procedure(PROCEDURES[r.nextInt(PROCEDURES.length)]).route(r.nextInt(20) == 0 ? "central_purchasing" : "own")
                    .location(works ? "site " + r.nextInt(50) : null).build());
        }
        return out;
    }
}
