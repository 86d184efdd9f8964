package org.vitrine.publish.risks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.config.ConfigLoader;
import org.vitrine.config.RiskSettings;
import org.vitrine.config.TestBuyers;
import org.vitrine.messages.Fmt;
import org.vitrine.messages.Messages;
import org.vitrine.model.Award;
import org.vitrine.model.Need;

/** EXPECTED_RENEWAL_MISSING as tracked points (lawyer D, defect 11): one per consultation, kept across runs. */
class RenewalItemsTest {

    static final Messages M = Messages.of("fr");
    static final LocalDate EVENT = LocalDate.of(2027, 2, 4);

    static Award award(String id, String notified, String procedure) {
        return new Award(id, "21710001200010", "Photocopieurs", "50313000", "Marché", procedure, LocalDate.parse(notified), 48,
                BigDecimal.valueOf(100_000), List.of(new Award.Holder("1", "Bureautique")), 2, "71", "Code département");
    }

    static List<Need> standIns(List<Award> awards, LocalDate edition) throws Exception {
        RiskSettings settings = ConfigLoader.load(Path.of("config")).risks();
        return RenewalItems.of(Map.of("ville", awards), TestBuyers.of("ville", "21710001200010"), b -> false, settings, M,
                new Fmt(M), edition);
    }

    @Test
    void aConsultationsLotsAreOnePointDueFourWeeksBeforeItsLatestLaunch() throws Exception {
        List<Need> points = standIns(List.of(award("A-1", "2023-04-01", "Appel d'offres ouvert"),
                award("A-2", "2023-04-03", "Appel d'offres ouvert"), award("B-1", "2024-07-01", "Procédure adaptée")),
                LocalDate.of(2026, 11, 26));
        assertEquals(2, points.size(), "A-1 and A-2 are lots of one consultation (same CPV, procedure, duration, month)");
        var a = points.get(0).risks().get(0);
        assertEquals("EXPECTED_RENEWAL_MISSING", a.code());
        assertTrue(a.message().startsWith("Le marché A-1, A-2 ("), a.message());
        // A-2 ends on 2 April 2027; a new contract on the 3rd, open procedure (77 days): launched by 16 January 2027
        assertTrue(a.message().contains("se termine le 2 avril 2027") && a.message().contains("au plus tard le 16 janvier 2027"),
                a.message());
        assertEquals(LocalDate.of(2026, 12, 19), a.due());
        // B-1 ends on 30 June 2028, MAPA (49 days): launched by 13 May 2028, due 15 April 2028
        assertEquals(LocalDate.of(2028, 4, 15), points.get(1).risks().get(0).due());
        assertEquals("internal", points.get(0).visibility(), "a stand-in is never published");
    }

    @Test
    void aBuyerUnderTheLegalityCheckCountsItsTransmissionDaysAsForItsNeeds() throws Exception {
        // lawyer I, 2023-METR-009: the Métropole (legalityCheck: true), traffic lights, 1.1 M€ by an open tender ending
        // 31 March 2027: 77 + 3 transmission days (common.legalityCheckDays, as NeedFacts counts them), launched by 11
        // January 2027, not 14 January; a buyer without the check keeps 77 days
        Award lights = new Award("2023-METR-009", "21710001200010", "Maintenance des feux tricolores", "50232000", "Marché",
                "Appel d'offres ouvert", LocalDate.of(2023, 4, 1), 48, BigDecimal.valueOf(1_100_000),
                List.of(new Award.Holder("1", "Signalisation SA")), 1, "71", "Code département");
        RiskSettings settings = ConfigLoader.load(Path.of("config")).risks();
        org.vitrine.config.BuyerConfig metropole = new org.vitrine.config.BuyerConfig("ville", "Métropole", "21710001200010", "local",
                null, null, null, null, Boolean.TRUE, null, null, null);
        String m = RenewalItems.of(Map.of("ville", List.of(lights)), TestBuyers.of(metropole), b -> false,
                settings, M, new Fmt(M), LocalDate.of(2026, 11, 26)).get(0).risks().get(0).message();
        assertTrue(m.contains("au moins 80 jours du lancement à la notification, dont 3 jours de transmission au contrôle de légalité")
                && m.contains("au plus tard le 11 janvier 2027"), m);
        String without = standIns(List.of(lights), LocalDate.of(2026, 11, 26)).get(0).risks().get(0).message();
        assertTrue(without.contains("au moins 77 jours du lancement à la notification)") && without.contains("au plus tard le 14 janvier 2027"),
                without);
    }

    @Test
    void anEntiteAdjudicatricesNetworkContractIsTimedByItsOwnProcedure() throws Exception {
        // version 2.14 (lawyer J): a negotiated procedure of an energy syndicate for its network takes 110 days (R2161-21,
        // R2161-22), not a pouvoir adjudicateur's 140: a contract ending 30 September 2027 is relaunched by 13 June, not 14 May
        Award lines = new Award("2023-SEL-004", "21710001200010", "Élagage des lignes aériennes", "77211400", "Marché",
                "Procédure avec négociation", LocalDate.of(2023, 10, 1), 48, BigDecimal.valueOf(800_000),
                List.of(new Award.Holder("1", "Élagage SA")), 3, "71", "Code département");
        RiskSettings settings = ConfigLoader.load(Path.of("config")).risks();
        org.vitrine.config.BuyerConfig syndicate = new org.vitrine.config.BuyerConfig("ville", "Syndicat d'énergie", "21710001200010",
                "utility", null, null, null, null, null, null, null, null);
        String m = RenewalItems.of(Map.of("ville", List.of(lines)), TestBuyers.of(syndicate), b -> false,
                settings, M, new Fmt(M), LocalDate.of(2026, 11, 26)).get(0).risks().get(0).message();
        assertTrue(m.contains("au moins 110 jours du lancement à la notification") && m.contains("au plus tard le 13 juin 2027"), m);
        String pa = standIns(List.of(lines), LocalDate.of(2026, 11, 26)).get(0).risks().get(0).message();
        assertTrue(pa.contains("au moins 140 jours") && pa.contains("au plus tard le 14 mai 2027"), pa);
    }

    @Test
    void aSocialServiceUnderItsThresholdIsTimedAsTheMapaItMayBe() throws Exception {
        // lawyer H, 2023REG090: guarding (79713000, Annex XIV) at 540 k€ awarded by an open tender ends 30 June 2027;
        // under 750 k€ a MAPA is lawful (R2123-1 3°): 49 days, launched by 13 May 2027, not 77 days (15 April)
        Award guarding = new Award("2023REG090", "21710001200010", "Prestations de gardiennage du siège", "79713000", "Marché",
                "Appel d'offres ouvert", LocalDate.of(2023, 7, 1), 48, BigDecimal.valueOf(540_000),
                List.of(new Award.Holder("1", "Sécurité SA")), 3, "71", "Code département");
        String m = standIns(List.of(guarding), LocalDate.of(2026, 11, 26)).get(0).risks().get(0).message();
        assertTrue(m.contains("Procédure adaptée (MAPA), possible pour des services sociaux et spécifiques sous leur seuil (R2123-1 3°)")
                && m.contains("au plus tard le 13 mai 2027"), m);
        // at or above 750 k€ the award's open procedure stays
        Award large = new Award("2023REG091", "21710001200010", "Prestations de gardiennage des lycées", "79713000", "Marché",
                "Appel d'offres ouvert", LocalDate.of(2023, 7, 1), 48, BigDecimal.valueOf(900_000),
                List.of(new Award.Holder("1", "Sécurité SA")), 3, "71", "Code département");
        String l = standIns(List.of(large), LocalDate.of(2026, 11, 26)).get(0).risks().get(0).message();
        assertTrue(l.contains("au plus tard le 15 avril 2027"), l);
    }

    @Test
    void aContractEndingBeforeTheYearOrAlreadyEndedIsGraverAndSaysSo() throws Exception {
        // version 2.10, lawyer G T37: 2023CCASA19 ends 31/12/2026, the edition is 26/11/2026
        var before = standIns(List.of(award("C-1", "2023-01-01", "Procédure adaptée")), LocalDate.of(2026, 11, 26)).get(0).risks().get(0);
        assertEquals("high", before.severity());
        assertEquals("S", before.section());
        assertTrue(before.message().contains("aurait dû être lancée le 13 novembre 2026 au plus tard : ce marché se termine avant l’année de la "
                + "prévision ; passez dès maintenant un marché relais régulier"), before.message());
        var ended = standIns(List.of(award("E-1", "2022-09-01", "Procédure adaptée")), LocalDate.of(2026, 11, 26)).get(0).risks().get(0);
        assertEquals("high", ended.severity());
        assertTrue(ended.message().contains("Plus grave : le marché est terminé depuis le 31 août 2026 sans successeur connu, l’acheteur est déjà "
                + "sans contrat"), ended.message());
    }

    @Test
    void aLaunchDatePastForAContractEndingInTheYearIsUrgentAndSaysSo() throws Exception {
        // officer Y, D1: ending 14 January 2027, launch-by date before the edition of 26 November 2026
        var late = standIns(List.of(award("L-1", "2023-01-15", "Appel d'offres ouvert")), LocalDate.of(2026, 11, 26)).get(0).risks().get(0);
        assertEquals("high", late.severity());
        assertEquals("S", late.section());
        assertTrue(late.message().contains("aurait dû être lancée le ") && late.message().contains("au plus tard : lancez-la sans attendre"),
                late.message());
        assertTrue(!late.message().contains("est à lancer au plus tard"), late.message());
    }

    @Test
    void aDismissedRenewalStaysHiddenUntilItsAwardsChange(@TempDir Path tmp) throws Exception {
        List<Award> awards = List.of(award("A-1", "2023-04-01", "Appel d'offres ouvert"));
        String key = new ReportItems(standIns(awards, LocalDate.of(2026, 11, 26)), Tracking.empty(), M, EVENT).items().get(0).key();
        Path file = tmp.resolve("suivi-risques.csv");
        Files.writeString(file, "Besoin;Code;Responsable;Statut;Motif;Clé\nA-1;EXPECTED_RENEWAL_MISSING;Mme Roy;écarté;"
                + "ne sera pas renouvelé;" + key + "\n");
        Tracking tracking = Tracking.read(file, M, w -> { });
        // the next run, a day later: same awards, same figures, still hidden
        ReportItems next = new ReportItems(standIns(awards, LocalDate.of(2026, 11, 27)), tracking, M, EVENT);
        assertEquals(1, next.hidden());
        assertTrue(next.lines("S").isEmpty() && next.lines("L").isEmpty());
        // another lot appears in the data: new figures, back « à faire » with its owner
        ReportItems changed = new ReportItems(standIns(List.of(awards.get(0), award("A-2", "2023-04-03", "Appel d'offres ouvert")),
                LocalDate.of(2026, 11, 27)), tracking, M, EVENT);
        ReportItems.Item back = changed.items().get(0);
        assertNotEquals(key, back.key());
        assertEquals("todo", back.status());
        assertEquals("Mme Roy", back.entry().owner());
    }
}
