package org.vitrine.publish.catalogue;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.messages.Messages;
import org.vitrine.config.ConfigLoader;
import org.vitrine.model.Need;
import org.vitrine.model.RiskFlag;
import org.vitrine.publish.Catalogue;
import org.vitrine.publish.PublicView;
import org.vitrine.publish.Site;
import org.vitrine.publish.Templates;

/**
 * A need nobody can bid for — a direct award (CHU-27-013: "Éditeur titulaire des droits", 1.5 M€), an order
 * through a central purchasing body, a call-off — says what it is, and offers none of what an open opportunity
 * offers: no "who may bid", no notice to come, no invitation to make oneself known, no meeting, no launch reminder.
 * So does an in-house contract (lawyer I, MOL-27-20: « Quasi-régie » with the buyer's SPL), not a need that merely names
 * an SPL as its place, nor a « quasi-régie » with a SEM (lawyer O, CD81-27-82: private capital, no exclusion).
 */
class NotOpenToOffersPagesTest {

    @TempDir
    static Path dir;
    static Site site;

    static Need with(String ref, java.util.function.Consumer<Need.Builder> change) {
        Need.Builder b = CatalogueFixture.needs().stream().filter(n -> n.reference().equals("V-1")).findFirst().orElseThrow().toBuilder();
        b.reference = ref;
        b.id = "ville-beaumont-sur-saone-" + ref.toLowerCase(Locale.ROOT);
        b.title = "Besoin " + ref;
        b.visibility = "public";
        b.reserved = false;
        b.risks = List.of(new RiskFlag("LOW_COMPETITION", "medium", "interne", List.of()));
        change.accept(b);
        return b.build();
    }

    /** {@link #with} a procedure and the buyer's own words for it (the procedure's note: « Quasi-régie »). */
    static Need withProcedureWords(String ref, String procedure, String words, java.util.function.Consumer<Need.Builder> change) {
        return with(ref, b -> {
            b.procedure = procedure;
            b.notes = Map.of("procedure", words);
            change.accept(b);
        });
    }

    /** MAPA_ABOVE_THRESHOLD raised with the staff title {@code titleKey} (its in-house or its urgency wording). */
    static List<RiskFlag> mapaAboveThreshold(String titleKey) {
        return List.of(new RiskFlag("MAPA_ABOVE_THRESHOLD", "high", "interne", List.of(), "S", null, null, "f", List.of(), titleKey));
    }

    @BeforeAll
    static void write() throws Exception {
        List<Need> needs = new ArrayList<>();
        needs.add(with("D-1", b -> {
            b.procedure = "negotiated_without_call";
            b.description = "Éditeur titulaire des droits";
        }));
        needs.add(with("D-2", b -> b.procedure = "exempt"));
        needs.add(with("D-3", b -> {
            // a direct award planned before the event (lawyer Q, SD29-27-19): no notice, so no « une fois l'avis publié »
            b.procedure = "negotiated_without_call";
            b.launch = new org.vitrine.model.Period(java.time.LocalDate.of(2027, 1, 4), java.time.LocalDate.of(2027, 1, 8),
                    org.vitrine.model.Period.Precision.day);
        }));
        needs.add(with("C-1", b -> {
            b.route = "central_purchasing";
            b.notes = Map.of("route", "UGAP");
        }));
        needs.add(with("S-1", b -> b.route = "call_off"));
        needs.add(with("O-1", b -> b.procedure = "open"));
        needs.add(withProcedureWords("Q-1", "other", "Quasi-régie",
                b -> b.title = "Gestion de la fourrière automobile — SPL Orbe Mobilités"));
        needs.add(with("Q-2", b -> {
            b.procedure = "open";
            b.title = "Nettoyage du siège de la SPL Orbe Mobilités";
        }));
        // « quasi-régie » with a SEM (lawyer O, CD81-27-82): L2511-1 excludes private capital, no exclusion
        needs.add(withProcedureWords("Q-3", "other", "Quasi-régie (L2511-1)",
                b -> b.title = "Mandat de maîtrise d'ouvrage confié à la SEM Tarn Aménagement (quasi-régie)"));
        // the same SEM claim flagged by MAPA_ABOVE_THRESHOLD (lawyer S, CD62-27-05): the planned urgency's wording
        needs.add(withProcedureWords("Q-4", "other", "Quasi-régie (L2511-1)", b -> {
            b.title = "Mandat de maîtrise d'ouvrage confié à la SEM Territoires 62";
            b.risks = mapaAboveThreshold("risk.MAPA_ABOVE_THRESHOLD.inHouse.title");
        }));
        // a planned « urgence impérieuse » the staff report flags (lawyer Q, D35-27-38): the buyer's words only
        needs.add(withProcedureWords("U-1", "negotiated_without_call", "urgence impérieuse (R2122-1)",
                b -> b.risks = mapaAboveThreshold("risk.MAPA_ABOVE_THRESHOLD.urgency.title")));
        // the same ground unflagged (a storm, L19 SD29-27-19): today's wording
        needs.add(withProcedureWords("U-2", "negotiated_without_call", "urgence impérieuse (R2122-1)", b -> { }));
        var config = ConfigLoader.load(Path.of("config"));
        Messages msg = Messages.of("fr");
        site = CatalogueFixture.site(PublicView.of(needs, config, PublicView.Use.PAGES, msg), "fr");
        new Catalogue(new Templates(Path.of("templates"), Locale.FRENCH), Path.of("templates")).write(dir, site);
    }

    static String page(String ref) throws IOException {
        return Files.readString(dir.resolve("needs/ville-beaumont-sur-saone-" + ref.toLowerCase(Locale.ROOT) + ".html"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"D-1", "D-2", "D-3", "C-1", "S-1", "Q-1"})
    void aNeedNotOpenToOffersOffersNothingAnOpenOneOffers(String ref) throws IOException {
        String html = page(ref);
        assertFalse(html.contains("une fois l’avis publié") || html.contains("Toute question posée à l’acheteur sur ce besoin"),
                "no notice will be published, no question is published: " + ref);
        assertTrue(html.contains("Aucun avis ne sera publié pour ce besoin"), ref);
        assertTrue(html.contains("non ouvert aux offres"), ref);
        // « non ouvert » agrees with « besoin », whatever the route's gender (designer Y, D4: « Centrale d’achat (non ouvert…) »)
        assertTrue(html.contains(" : besoin non ouvert aux offres") && !html.contains("(non ouvert"), ref);
        assertFalse(html.contains("Qui peut candidater"), "who may bid");
        assertFalse(html.contains("Toutes les entreprises (marché non réservé)"), "open to all");
        assertFalse(html.contains("L’avis paraîtra"), "no notice to come");
        assertFalse(html.contains("élargir sa connaissance du marché"), "no invitation");
        assertFalse(html.contains("rendez-vous"), "no meeting");
        assertFalse(html.contains(".ics\" type=\"text/calendar\">Ajouter"), "no launch reminder");
        assertFalse(html.contains("Remise des offres"), "no bid deadline");
        assertFalse(Files.exists(dir.resolve("needs/ville-beaumont-sur-saone-" + ref.toLowerCase(Locale.ROOT) + ".ics")));
    }

    @ValueSource(strings = {"O-1", "Q-2", "Q-3"})
    @ParameterizedTest
    void theOpenOneStillOffersThemAll(String ref) throws IOException {
        String html = page(ref);
        assertFalse(html.contains("non ouvert aux offres") || html.contains("aucun avis ne sera publié"), ref);
        assertTrue(html.contains("Toutes les entreprises (marché non réservé)"));
        assertTrue(html.contains("Réserver un rendez-vous"));
        assertTrue(html.contains("L’acheteur souhaite élargir sa connaissance du marché."));
        assertTrue(html.contains(".ics\" type=\"text/calendar\">Ajouter"));
    }

    @Test
    void eachSaysWhatItIsNamingTheCentralPurchasingBodyWhenTheRowGivesIt() throws IOException {
        assertTrue(page("D-1").contains("<h2 id=\"closed-h\">Attribution directe, sans mise en concurrence</h2>"));
        assertTrue(page("D-1").contains("sans publicité ni mise en concurrence préalables"));
        assertTrue(page("D-1").contains("Éditeur titulaire des droits"));
        assertTrue(page("D-2").contains("de moins de 40 000 € HT, article R2122-8"));
        assertTrue(page("C-1").contains("auprès de la centrale d’achat UGAP"), page("C-1"));
        assertTrue(page("S-1").contains("seuls les titulaires de cet accord-cadre seront consultés"));
        assertTrue(page("Q-1").contains("<h2 id=\"closed-h\">Contrat de quasi-régie, sans mise en concurrence</h2>"), page("Q-1"));
        assertTrue(page("Q-1").contains("aucun avis ne sera publié"));
    }

    /**
     * Lawyer Q (§3): a planned urgency the staff report says will not hold must not be stated as settled on the
     * public page; while it is flagged the page gives the buyer's words and says nothing of a notice never published.
     */
    @Test
    void aFlaggedUrgencyClaimGivesOnlyTheBuyersWords() throws IOException {
        String html = page("U-1");
        assertTrue(html.contains("L’acheteur envisage de passer ce marché sans publicité ni mise en concurrence"), html);
        assertTrue(html.contains("urgence impérieuse (R2122-1)"), html);
        assertFalse(html.contains("il ne sera pas ouvert aux offres"), html);
        assertFalse(html.contains("ne sera publié"), html);
        assertFalse(html.contains("non ouvert aux offres"), html);
        assertFalse(html.contains("Non ouvert aux offres"), html);
        assertFalse(html.contains("rendez-vous"), "no meeting");
        // the genuine, unflagged exclusion keeps today's wording
        String genuine = page("U-2");
        assertTrue(genuine.contains("il ne sera pas ouvert aux offres des entreprises"), genuine);
        assertTrue(genuine.contains("Aucun avis ne sera publié pour ce besoin"), genuine);
    }

    /**
     * Lawyer S (CD62-27-05): a « quasi-régie » with a SEM that MAPA_ABOVE_THRESHOLD flags offered a meeting and « L'avis
     * paraîtra sur le profil acheteur » beside « Quasi-régie »: the buyer announced no notice. Like the flagged urgency, the
     * page gives the buyer's words only, no meeting, no notice to come, and does not settle that none will be published.
     */
    @Test
    void aFlaggedSemClaimGivesOnlyTheBuyersWords() throws IOException {
        String html = page("Q-4");
        assertTrue(html.contains("<h2 id=\"closed-h\">Procédure envisagée par l’acheteur</h2>"), html);
        assertTrue(html.contains("L’acheteur envisage de passer ce marché sans publicité ni mise en concurrence préalables ; il indique : « Quasi-régie (L2511-1) »"), html);
        assertFalse(html.contains("rendez-vous"), "no meeting");
        assertFalse(html.contains("L’avis paraîtra"), "no notice to come");
        assertFalse(html.contains("ne sera publié"), html);
        assertFalse(html.contains("non ouvert aux offres") || html.contains("Non ouvert aux offres"), html);
        assertFalse(html.contains("Contrat de quasi-régie"), "the claim is not settled");
    }

    @Test
    void theCalendarHoldsOnlyTheOpenOne() throws IOException {
        String ics = Files.readString(dir.resolve("calendar.ics"));
        assertTrue(ics.contains("UID:ville-beaumont-sur-saone-o-1@vitrine"));
        assertFalse(ics.contains("UID:ville-beaumont-sur-saone-d-1@vitrine"));
        assertFalse(ics.contains("UID:ville-beaumont-sur-saone-c-1@vitrine"));
    }
}
