package org.vitrine.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.vitrine.normalise.Needs.need;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vitrine.config.Config;
import org.vitrine.config.ConfigLoader;
import org.vitrine.config.VitrineConfig;
import org.vitrine.model.Contact;
import org.vitrine.model.Need;

/** The one public filter: visibility and privacy (CONTRACT §2 and §4). */
class PublicViewTest {

    static final Contact PERSON = new Contact("Marie Martin", "marie.martin@example.fr");

    static Config config(boolean personal) throws Exception {
        Config c = ConfigLoader.load(Path.of("config"));
        VitrineConfig v = c.vitrine();
        VitrineConfig changed = new VitrineConfig(v.organisation(), v.forecastYear(), v.languages(), v.publicBaseUrl(),
                v.event(), v.editionsKept(), v.limits(), new VitrineConfig.Privacy(personal), v.schedule(), v.risks(), v.brochure(), v.lockWaitSeconds(), v.openData());
        return new Config(c.dir(), changed, c.sources(), c.columns(), c.questionColumns(), c.buyers(), c.risks(), c.precedence());
    }

    List<Need> needs() throws Exception {
        String buyer = ConfigLoader.load(Path.of("config")).buyers().all().iterator().next().id();
        return List.of(need(buyer, "A", "Public", 1, "public", "f", 2, PERSON),
                need(buyer, "B", "Interne", 1, "internal", "f", 3, PERSON),
                need(buyer, "C", "Confidentiel", 1, "confidential", "f", 4, PERSON),
                need(buyer, "D", "Restreint", 1, "restricted", "f", 5, PERSON));
    }

    @Test
    void onlyPublicNeedsWithoutInternalFieldsAndWithTheFunctionalContact() throws Exception {
        Config config = config(false);
        List<Need> out = PublicView.of(needs(), config, PublicView.Use.PAGES, org.vitrine.cli.Messages.of("fr"));
        assertEquals(List.of("Public"), out.stream().map(Need::title).toList());
        Need n = out.get(0);
        assertNull(n.visibility());
        assertNull(n.source());
        assertEquals(config.buyers().byId(n.buyer().id()).publicContact(), n.contact());
    }

    @Test
    void personalContactsOnlyOnPagesAndOnlyWhenConfigured() throws Exception {
        Config config = config(true);
        assertEquals(PERSON, PublicView.of(needs(), config, PublicView.Use.PAGES, org.vitrine.cli.Messages.of("fr")).get(0).contact());
        Need data = PublicView.of(needs(), config, PublicView.Use.DATA, org.vitrine.cli.Messages.of("fr")).get(0);
        assertEquals(config.buyers().byId(data.buyer().id()).publicContact(), data.contact());
    }
}
