package org.vitrine.risk.rules.market;

import static org.vitrine.risk.rules.market.MarketNeeds.need;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.vitrine.cli.Messages;
import org.vitrine.model.Need;
import org.vitrine.model.Period;
import org.vitrine.model.RiskFlag;
import org.vitrine.risk.Flags;

/** CALENDAR_CLASH does not depend on the order of the needs, and its related links go both ways. */
class CalendarClashProperties {

    private record Spec(int buyer, int cpv, int day, int precision, int procedure) {
    }

    private static final String[] CPV = {"30192000-1", "30197000-6", "30210000-4"};
    private static final String[] PROCEDURES = {"open", "adapted", "restricted", "exempt"};

    @Provide
    Arbitrary<List<Spec>> specs() {
        return Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 364), Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 3)).as(Spec::new).list().ofMaxSize(40);
    }

    private static List<Need> needs(List<Spec> specs) {
        List<Need> out = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            Spec s = specs.get(i);
            LocalDate d = LocalDate.of(2027, 1, 1).plusDays(s.day());
            Period p = switch (s.precision()) {
                case 0 -> new Period(d, d, Period.Precision.day);
                case 1 -> MarketNeeds.month(2027, d.getMonthValue());
                case 2 -> MarketNeeds.quarter(2027, (d.getMonthValue() + 2) / 3);
                default -> new Period(d.withDayOfMonth(1), d.withDayOfMonth(1).plusMonths(6).minusDays(1), Period.Precision.half);
            };
            out.add(need("n" + i).buyer("b" + s.buyer()).cpv(CPV[s.cpv()]).launch(p).procedure(PROCEDURES[s.procedure()]).build());
        }
        return out;
    }

    private static Map<String, List<RiskFlag>> flags(List<Need> needs, int maxRelated) {
        Flags flags = new Flags(Messages.of("fr"));
        new CalendarClash().apply(needs, MarketNeeds.context("fr", Map.of("CALENDAR_CLASH", Map.of("maxRelated", maxRelated))),
                flags);
        return new HashMap<>(flags.all());
    }

    @Property(tries = 300)
    boolean theResultDoesNotDependOnInputOrder(@ForAll("specs") List<Spec> specs, @ForAll Random random,
            @ForAll @IntRange(min = 1, max = 25) int maxRelated) {
        List<Need> needs = needs(specs);
        List<Need> shuffled = new ArrayList<>(needs);
        Collections.shuffle(shuffled, random);
        return flags(needs, maxRelated).equals(flags(shuffled, maxRelated));
    }

    @Property(tries = 300)
    boolean relatedLinksAreSymmetricAndCapped(@ForAll("specs") List<Spec> specs,
            @ForAll @IntRange(min = 1, max = 25) int maxRelated) {
        Map<String, List<RiskFlag>> all = flags(needs(specs), maxRelated);
        for (Map.Entry<String, List<RiskFlag>> e : all.entrySet()) {
            RiskFlag f = e.getValue().get(0);
            if (e.getValue().size() != 1 || f.related().size() > maxRelated) {
                return false;
            }
            for (String other : f.related()) {
                List<RiskFlag> back = all.get(other);
                if (back == null || !back.get(0).related().contains(e.getKey())) {
                    return false;
                }
            }
        }
        return true;
    }
}
