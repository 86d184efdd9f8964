package org.vitrine.publish.catalogue;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.model.Need;
import org.vitrine.model.Period;
import org.vitrine.publish.Site;

/**
 * Page facts a supplier acts on (supplier V, lawyer H, issue 18): on a member's share of a groupement the meeting
 * goes to the coordinator's stand and contact, the member named; the buyer's words around the procedure are on the
 * page; a consultation whose bid deadline is over by the event day invites no question; the « lancement possible
 * pendant le salon » mark only on windows of at most a quarter; the exhibitors' table keeps its labels on a phone.
 */
class SupplierPageFactsTest {

    @TempDir
    static Path dir;
    static Site site;

    @BeforeAll
    static void write() throws IOException {
        List<Need> needs = new ArrayList<>(JointGroupTest.needs());
        needs.replaceAll(n -> switch (n.reference()) {
            // lawyer H's GSBDD-27-07 (its memo reference cut by PublicView: PublicProcedureNoteTest) and SDIS « Dispense (L2512-5 10°) »
            // and officer Z's ville-dijon D02 « oui 2 fois » in its renewal column: the new contract's options, as
            // written, never « renews a current contract » (officer Z4, D1)
            case "V-1" -> SupplierPagesTest.with(n, b -> {
                b.notes = Map.of("procedure", "Procédure spécifique (R2123-1 3°)", "renewal_options", "oui 2 fois");
                b.renewal = null;
            });
            // lawyer H's DEP-27-14: launched before the event, bids closing on 18 January, the event on 4 February
            case "V-2" -> SupplierPagesTest.with(n, b -> b.deadline = new Period(LocalDate.of(2027, 1, 18), LocalDate.of(2027, 1, 18), Period.Precision.day));
            default -> n;
        });
        site = CatalogueFixture.write(dir, needs);
    }

    private static String page(String ref) throws IOException {
        Need n = site.needs().stream().filter(x -> ref.equals(x.reference())).findFirst().orElseThrow();
        return Files.readString(dir.resolve("needs/" + n.id() + ".html")).replace('\u202F', ' ').replace('\u00A0', ' ');
    }

    @Test
    void aMembersShareSendsTheMeetingToTheCoordinatorAndNamesTheMember() throws IOException {
        String member = page("G-V"); // Ville de Beaumont-sur-Saône (stand B04); the coordinator is the Métropole (B01)
        assertTrue(member.contains("rendez-vous au stand B01"), "the coordinator's stand");
        assertFalse(member.contains("rendez-vous au stand B04"), "not the member's");
        assertTrue(member.contains("Le coordonnateur, Métropole du Val-de-Saône, mène la consultation : c’est lui que vous rencontrez"
                + " pour ce marché. Ville de Beaumont-sur-Saône, membre du groupement, est au stand B04."), "the member said");
        String coordinator = page("G-M");
        assertTrue(coordinator.contains("rendez-vous au stand B01"));
        assertFalse(coordinator.contains("c’est lui que vous rencontrez"), "the coordinator's own page needs no detour");
    }

    @Test
    void theProcedureNoteIsWhereTheProcedureIs() throws IOException {
        assertTrue(page("V-1").contains("<dt>Procédure</dt><dd>Appel d’offres ouvert — Procédure spécifique (R2123-1 3°)</dd>"),
                page("V-1"));
    }

    @Test
    void theRenewalOptionsAreTheirOwnRowNotACurrentContract() throws IOException {
        assertTrue(page("V-1").contains("<dt>Reconductions</dt><dd>oui 2 fois</dd>"), page("V-1"));
        assertFalse(page("V-1").contains("Renouvelle un marché existant"), page("V-1"));
    }

    @Test
    void aBidDeadlineBeforeTheEventInvitesNoQuestion() throws IOException {
        String html = page("V-2");
        assertTrue(html.contains("La remise des offres est fixée au 18 janvier 2027, avant le salon : le jour du salon, la consultation"
                + " sera close et aucune question ne pourra plus être posée."), html);
        assertFalse(html.contains("Toute question posée à l’acheteur sur ce besoin"), "no invitation");
        assertTrue(page("V-1").contains("Toute question posée à l’acheteur sur ce besoin"), "a need without a deadline keeps it");
    }

    @Test
    void theMaybeLiveMarkOnlyOnAWindowOfAtMostAQuarter() {
        LaunchTiming timing = new LaunchTiming(CatalogueFixture.DATE, 2027, "2027-02-04");
        Need n = SupplierPagesTest.base("V-1");
        Need year = SupplierPagesTest.with(n, b -> b.launch = new Period(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), Period.Precision.year));
        Need half = SupplierPagesTest.with(n, b -> b.launch = new Period(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30), Period.Precision.half));
        Need quarter = SupplierPagesTest.with(n, b -> b.launch = CatalogueFixture.quarter(2027, 1));
        Need month = SupplierPagesTest.with(n, b -> b.launch = CatalogueFixture.month(2027, 2));
        assertTrue(timing.maybeLive(year), "the page keeps its notice");
        assertFalse(timing.maybeLiveMark(year), "« 2027 » says nothing of the event day");
        assertFalse(timing.maybeLiveMark(half));
        assertTrue(timing.maybeLiveMark(quarter));
        assertTrue(timing.maybeLiveMark(month));
    }

    @Test
    void theExhibitorsTableLabelsEachValue() throws IOException {
        String html = Files.readString(dir.resolve("event.html")).replace('\u00A0', ' ');
        assertTrue(html.contains("<td data-label=\"Stand :\">"), "the stand's label");
        assertTrue(html.contains("<td data-label=\"Besoins :\">"), "the count's label");
    }
}
