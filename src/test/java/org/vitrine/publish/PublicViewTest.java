package org.vitrine.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
        List<Need> out = PublicView.of(needs(), config, PublicView.Use.PAGES, org.vitrine.messages.Messages.of("fr"));
        assertEquals(List.of("Public"), out.stream().map(Need::title).toList());
        Need n = out.get(0);
        assertNull(n.visibility());
        assertNull(n.source());
        assertEquals(config.buyers().byId(n.buyer().id()).publicContact(), n.contact());
    }

    /** Attacker V: a lot's title holds a phone in a grouping the old pattern missed, and an e-mail; neither is public. */
    @Test
    void contactsInLotTitlesAreRemoved() throws Exception {
        Config config = config(false);
        Need.Builder b = needs().get(0).toBuilder();
        b.lotList = List.of(new org.vitrine.model.Lot(1, "Entretien, tél 06 12 34 5692", null, null, null),
                new org.vitrine.model.Lot(2, "écrire à x@ville.fr", null, null, "Site B, appeler le 061 234 5676"));
        List<Need> out = PublicView.of(List.of(b.build()), config, PublicView.Use.DATA, org.vitrine.messages.Messages.of("fr"));
        List<org.vitrine.model.Lot> lots = out.get(0).lotList();
        assertEquals("Entretien, tél (coordonnée retirée)", lots.get(0).title());
        assertEquals("écrire à (coordonnée retirée)", lots.get(1).title());
        assertEquals("Site B, appeler le (coordonnée retirée)", lots.get(1).location());
    }

    @Test
    void personalContactsOnlyOnPagesAndOnlyWhenConfigured() throws Exception {
        Config config = config(true);
        assertEquals(PERSON, PublicView.of(needs(), config, PublicView.Use.PAGES, org.vitrine.messages.Messages.of("fr")).get(0).contact());
        Need data = PublicView.of(needs(), config, PublicView.Use.DATA, org.vitrine.messages.Messages.of("fr")).get(0);
        assertEquals(config.buyers().byId(data.buyer().id()).publicContact(), data.contact());
    }

    /**
     * Supplier X, D8: a consultation running on the event day showed no contact on its page, but needs.csv and OCDS
     * published one. Equal treatment (RISKS.md §5, L3, R2132-6): no public file gives it a contact, pages or data.
     */
    @Test
    void aConsultationRunningOnTheEventDayHasNoContactInAnyPublicFile() throws Exception {
        Need.Builder b = needs().get(0).toBuilder();
        b.live = "offers";
        List<Need> twoNeeds = List.of(b.build(), needs().get(0));
        for (PublicView.Use use : PublicView.Use.values()) {
            for (boolean personal : List.of(false, true)) {
                List<Need> out = PublicView.of(twoNeeds, config(personal), use, org.vitrine.messages.Messages.of("fr"));
                assertNull(out.get(0).contact(), use + " " + personal);
                assertNotNull(out.get(1).contact(), "a need not running keeps its contact: " + use);
            }
        }
    }

    static Config privacy(Boolean incumbent, Boolean sourcing, Boolean bands) throws Exception {
        Config c = ConfigLoader.load(Path.of("config"));
        VitrineConfig v = c.vitrine();
        VitrineConfig changed = new VitrineConfig(v.organisation(), v.forecastYear(), v.languages(), v.publicBaseUrl(),
                v.event(), v.editionsKept(), v.limits(), new VitrineConfig.Privacy(false, incumbent, sourcing, bands), v.schedule(), v.risks(),
                v.brochure(), v.lockWaitSeconds(), v.openData(), v.catalogue());
        return new Config(c.dir(), changed, c.sources(), c.columns(), c.questionColumns(), c.buyers(), c.risks(), c.precedence());
    }

    Need sourced() throws Exception {
        Need.Builder b = needs().get(0).toBuilder();
        b.incumbent = "Titulaire SA";
        b.suppliersKnown = 1;
        b.coverage = new org.vitrine.model.Coverage("partial", 60);
        b.amount = new org.vitrine.model.Amount(java.math.BigDecimal.valueOf(150_000), java.math.BigDecimal.valueOf(150_000), "EUR", "total");
        return b.build();
    }

    @Test
    void sourcingAndTheIncumbentStayInternalByDefault() throws Exception {
        Need n = PublicView.of(List.of(sourced()), config(false), PublicView.Use.DATA, org.vitrine.messages.Messages.of("fr")).get(0);
        assertNull(n.incumbent());
        assertNull(n.suppliersKnown());
        assertNull(n.coverage());
        assertEquals(sourced().amount(), n.amount());
    }

    @Test
    void privacyOptionsPublishTheIncumbentTheSourcingOrBandsInsteadOfFigures() throws Exception {
        Need n = PublicView.of(List.of(sourced()), privacy(true, true, true), PublicView.Use.DATA, org.vitrine.messages.Messages.of("fr")).get(0);
        assertEquals("Titulaire SA", n.incumbent());
        assertEquals(1, n.suppliersKnown());
        assertEquals("partial", n.coverage().level());
        // 150 000 € is published as its band, 100 000 to 500 000 €
        assertEquals(0, java.math.BigDecimal.valueOf(100_000).compareTo(n.amount().min()));
        assertEquals(0, java.math.BigDecimal.valueOf(500_000).compareTo(n.amount().max()));
    }

    /** Attacker Y (M30, N27): with publishIncumbent, the incumbent's address and mobile were published as written. */
    @Test
    void thePublishedIncumbentIsCleanedOfContacts() throws Exception {
        Need.Builder b = sourced().toBuilder();
        b.incumbent = "Société Trq – jtrq30@trq-sarl.fr, gérant 06 47 83 91 27";
        Need n = PublicView.of(List.of(b.build()), privacy(true, true, false), PublicView.Use.DATA, org.vitrine.messages.Messages.of("fr")).get(0);
        assertEquals("Société Trq – (coordonnée retirée), gérant (coordonnée retirée)", n.incumbent());
    }

    @Test
    void aLiveConsultationHasNoPublicRiskText() throws Exception {
        Need.Builder b = needs().get(0).toBuilder();
        b.live = "offers";
        b.risks = List.of(new org.vitrine.model.RiskFlag("LOW_COMPETITION", "low", "x", List.of()));
        Need n = PublicView.of(List.of(b.build()), config(false), PublicView.Use.PAGES, org.vitrine.messages.Messages.of("fr")).get(0);
        assertEquals(List.of(), n.risks());
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} / {1}")
    @org.junit.jupiter.params.provider.CsvSource(nullValues = "-", value = {
        "negotiated_without_call,own", "exempt,own", "-,central_purchasing", "adapted,call_off"})
    void aNeedNotOpenToOffersHasNoInvitationToMakeYourselfKnown(String procedure, String route) throws Exception {
        Need.Builder b = needs().get(0).toBuilder();
        b.procedure = procedure;
        b.route = route;
        b.risks = List.of(new org.vitrine.model.RiskFlag("LOW_COMPETITION", "medium", "x", List.of()));
        Need n = PublicView.of(List.of(b.build()), config(false), PublicView.Use.PAGES, org.vitrine.messages.Messages.of("fr")).get(0);
        assertEquals(List.of(), n.risks());
        // the same need open to offers keeps the buyer's invitation, in RISKS.md's words
        b.procedure = "adapted";
        b.route = "own";
        Need open = PublicView.of(List.of(b.build()), config(false), PublicView.Use.PAGES, org.vitrine.messages.Messages.of("fr")).get(0);
        assertEquals(List.of("L’acheteur souhaite élargir sa connaissance du marché."), open.risks().stream().map(r -> r.message()).toList());
    }

    @Test
    void theBuyersRemarksOnSourcingTheIncumbentAndTheContactStayInternalWithTheirValues() throws Exception {
        Need.Builder b = sourced().toBuilder();
        b.notes = java.util.Map.of("coverage", "lot linge opératoire infructueux en 2025", "suppliers_known", "dont Blanchisserie X",
                "incumbent", "titulaire depuis 2019", "contact", "demander Mme Martin", "lots", "agences");
        Need hidden = PublicView.of(List.of(b.build()), config(false), PublicView.Use.DATA, org.vitrine.messages.Messages.of("fr")).get(0);
        assertEquals(java.util.Map.of("lots", "agences"), hidden.notes());
        Need shown = PublicView.of(List.of(b.build()), privacy(true, true, false), PublicView.Use.DATA, org.vitrine.messages.Messages.of("fr")).get(0);
        assertEquals(java.util.Set.of("coverage", "suppliers_known", "incumbent", "lots"), shown.notes().keySet());
    }
}
