package org.vitrine.publish.brochure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.vitrine.config.ConfigLoader;
import org.vitrine.model.Need;

class BrochureFactsTest {

    @Test
    void totalsMonthsAndDivisions() throws Exception {
        List<Need> needs = BrochureFixture.needs(ConfigLoader.load(Path.of("config")));
        BrochureFacts facts = new BrochureFacts(needs, 2027, "fr", Locale.FRENCH);
        int byCategory = facts.categories().stream().mapToInt(BrochureFacts.CategoryTotal::count).sum();
        assertEquals(needs.size(), byCategory);
        BigDecimal sum = needs.stream().map(n -> n.amount().max()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, sum.compareTo(facts.total()));
        assertEquals(12, facts.months().size());
        assertEquals("Janvier", facts.months().get(0).label());
        assertEquals(needs.size(), facts.months().stream().mapToInt(BrochureFacts.MonthCount::count).sum());
        assertEquals(100, facts.months().stream().mapToInt(BrochureFacts.MonthCount::percent).max().orElse(0));
        int indexed = facts.divisions().stream().mapToInt(d -> d.needs().size()).sum();
        assertEquals(needs.size(), indexed);
        assertEquals("09", facts.divisions().get(0).code());
        assertEquals(List.of("09", "30", "33", "45", "72", "90"), facts.divisions().stream().map(BrochureFacts.Division::code).toList());
    }
}
