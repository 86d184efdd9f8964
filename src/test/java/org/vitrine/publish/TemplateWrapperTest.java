package org.vitrine.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import freemarker.ext.beans.GenericObjectModel;
import freemarker.template.Configuration;
import freemarker.template.SimpleHash;
import freemarker.template.Template;
import freemarker.template.TemplateExceptionHandler;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vitrine.messages.Messages;
import org.vitrine.model.Need;
import org.vitrine.publish.catalogue.CatalogueFixture;

/** The direct calls of {@link TemplateWrapper} give what Freemarker's default wrapper gives, call by call. */
class TemplateWrapperTest {

    /** Record accessors (memoised), other methods, nulls, built-ins, helper calls with arguments, and calls left to Freemarker. */
    private static final String TEMPLATE = """
            <#list needs as need>
            ${need.id()} ${need.title()} ${need.title} ${need.buyer().name()} ${need.buyer().name()} ${need.isOpenOpportunity()?c}
            ${need.description()!"-"} ${need.description()???c} ${(need.lots()?c)!""} ${need.reserved()?is_string?c} ${need.beyondYear()?c}
            ${need.cpv().code()} ${need.cpv().labels()["fr"]!""} ${need.withId("other").id()} ${need.amount()?is_string?c}
            ${fmt.amount(need.amount())} ${fmt.period(need.launch())} ${fmt.label("category", need.category())}
            ${fmt.label("reserved", need.reserved())} ${fmt.yesNo(need.socialClause())} ${fmt.yesNo(false)} ${fmt.number(3)}
            ${fmt.mailto("a@b.fr", need.title(), need.reference()!need.id())} ${fmt.date(edition.date())} ${edition.year()?c}
            <#list need.questions() as q>${q.question()} ${(q.answer())!"?"}</#list> ${need.questions()?size} ${msg.lang()}
            </#list>
            """;

    @Test
    void rendersAsTheDefaultWrapper() throws Exception {
        List<Need> needs = CatalogueFixture.needs();
        Site site = CatalogueFixture.site(needs, "fr");
        String expected = render(new Configuration(Configuration.VERSION_2_3_34), site, false);
        Configuration direct = new Configuration(Configuration.VERSION_2_3_34);
        direct.setObjectWrapper(new TemplateWrapper(Configuration.VERSION_2_3_34));
        assertEquals(expected, render(direct, site, true));
        assertNotEquals("", expected.strip());
    }

    @Test
    void takesTheDirectPathForVitrineObjectsOnly() throws Exception {
        TemplateWrapper w = new TemplateWrapper(Configuration.VERSION_2_3_34);
        Need need = CatalogueFixture.needs().get(0);
        // a subclass of Freemarker's model for records, Freemarker's own model for anything else
        assertNotEquals(GenericObjectModel.class, w.wrap(need).getClass());
        assertEquals(GenericObjectModel.class, w.wrap(need.firstPublished()).getClass());
    }

    private static String render(Configuration cfg, Site site, boolean helper) throws Exception {
        cfg.setLocale(java.util.Locale.FRENCH);
        cfg.setNumberFormat("computer");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        SimpleHash model = new SimpleHash(cfg.getObjectWrapper());
        model.put("needs", site.needs());
        model.put("edition", site.model().get("edition"));
        Object fmt = site.model().get("fmt");
        model.put("fmt", helper ? ((TemplateWrapper) cfg.getObjectWrapper()).wrapHelper(fmt) : fmt);
        model.put("msg", (Messages) site.model().get("msg"));
        StringWriter out = new StringWriter();
        new Template("t", new StringReader(TEMPLATE), cfg).process(model, out);
        return out.toString();
    }
}
