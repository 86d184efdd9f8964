package org.vitrine.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vitrine.normalise.Needs.need;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vitrine.config.ConfigLoader;
import org.vitrine.context.Run;
import org.vitrine.messages.Messages;
import org.vitrine.model.Award;
import org.vitrine.model.Cpv;
import org.vitrine.model.Need;
import org.vitrine.model.Period;
import org.vitrine.risk.awards.AwardEvidence;

/**
 * Officer X's defects in the buyer's « Renouvellement attendu absent » lines: the launch-by date (procedure and
 * legality days, as the staff's point), urgent when it has passed or the contract has ended, the look-alike line of
 * the same CPV too far in time to be linked, and a remedy that leaves the line's reference (its id) alone.
 */
class RenewalFeedbackTest {

    static final String REGION = "region-bourgogne-vallees"; // SIRET 23710025600013, legalityCheck: true (config/buyers.yaml)

    static Award award(String id, String cpv, String procedure, String notified, int amount) {
        return new Award(id, "23710025600013", "Marché " + id, cpv, "Marché", procedure, LocalDate.parse(notified), 48,
                BigDecimal.valueOf(amount), List.of(new Award.Holder("77512345600045", "Bureautique Val de Saône")), 2, "71",
                "Code département");
    }

    static List<Feedback.Item> renewals(List<Need> needs, List<Award> awards) throws Exception {
        Run run = new Run(ConfigLoader.load(Path.of("config")), Messages.of("fr"), 2027, LocalDate.of(2026, 11, 26));
        run.needs(needs);
        run.awards(awards);
        AwardEvidence.apply(run);
        return Feedback.items(run).get(REGION).stream().filter(i -> i.kind().startsWith("renewal")).toList();
    }

    static Need copiers(Period incumbentEnd, String remarks) {
        Need.Builder b = need(REGION, "RBV-2027-30", "Photocopieurs des lycées", 900_000, "public", "region.csv", 5).toBuilder();
        b.cpv = new Cpv("50313000-2", java.util.Map.of("fr", "Maintenance de photocopieurs", "en", "Copier maintenance"));
        b.incumbentEnd = incumbentEnd;
        b.remarks = remarks;
        return b.build();
    }

    @Test
    void aMissingRenewalSaysByWhenToLaunchAndNamesTheLineThatLooksLikeIt() throws Exception {
        // 48 months from 1 April 2023 end on 31 March 2027; an open tender, 77 days and 3 of transmission to the
        // prefect (860 000 € ≥ 216 000 €): launched by 11 January 2027. The Région's line of the same CPV says its
        // current contract ends on 30 September 2027: 183 days off, beyond the 120 of the match.
        List<Feedback.Item> lines = renewals(List.of(copiers(new Period(LocalDate.of(2027, 9, 30), LocalDate.of(2027, 9, 30),
                Period.Precision.day), null)), List.of(award("2023RBV077", "50313000", "Appel d'offres ouvert", "2023-04-01", 860_000)));
        assertEquals(1, lines.size(), lines.toString());
        Feedback.Item line = lines.get(0);
        assertEquals("renewal", line.kind(), "not urgent: its launch date is ahead");
        assertTrue(line.reason().contains("lancez la consultation au plus tard le 11 janvier 2027 (Appel d’offres ouvert : au moins 80 "
                + "jours du lancement à la notification, dont 3 jours de transmission au contrôle de légalité)"), line.reason());
        assertTrue(line.reason().contains("Une ligne de la prévision lui ressemble mais n’y a pas été reliée : RBV-2027-30 "
                + "« Photocopieurs des lycées » (region.csv, ligne 5), même code CPV ; la fin du marché actuel qu’elle indique "
                + "(30 septembre 2027) est à 183 jours de la fin de ce marché, au-delà des 120 jours"), line.reason());
        assertEquals("region.csv", line.file());
        assertEquals("5", line.rows());
        assertTrue(line.fix().startsWith("Si la ligne RBV-2027-30 renouvelle ce marché, n’ajoutez pas de ligne"), line.fix());
        assertTrue(line.fix().contains("écrivez « 2023RBV077 » dans sa colonne Remarques"), line.fix());
        // officer Y2, D1: writing the id links the row whatever its date, so the date is corrected too, not instead
        assertTrue(line.fix().contains("pour l’y relier, et corrigez sa date si elle est fausse"), line.fix());
    }

    /**
     * Officer Y, D2: the look-alike reached the buyer's line only; the staff's point (risks.csv, the staff report) said
     * « aucun besoin de la prévision ne le renouvelle » and nothing more, so staff could ask for a duplicate line.
     */
    @Test
    void theStaffPointNamesTheLineThatLooksLikeItInTheSameWords() throws Exception {
        Run run = new Run(ConfigLoader.load(Path.of("config")), Messages.of("fr"), 2027, LocalDate.of(2026, 11, 26));
        run.needs(List.of(copiers(new Period(LocalDate.of(2027, 9, 30), LocalDate.of(2027, 9, 30), Period.Precision.day), null)));
        run.awards(List.of(award("2023RBV077", "50313000", "Appel d'offres ouvert", "2023-04-01", 860_000)));
        AwardEvidence.apply(run);
        List<Need> points = RiskReport.renewalPoints(run, b -> false, new org.vitrine.messages.Fmt(run.messages()));
        assertEquals(1, points.size());
        String point = points.get(0).risks().get(0).message();
        String near = "Une ligne de la prévision lui ressemble mais n’y a pas été reliée : RBV-2027-30 « Photocopieurs des lycées » "
                + "(region.csv, ligne 5), même code CPV ; la fin du marché actuel qu’elle indique (30 septembre 2027) est à 183 jours "
                + "de la fin de ce marché, au-delà des 120 jours dans lesquels les deux sont reliés.";
        assertTrue(point.contains("aucun besoin de la prévision ne le renouvelle. " + near + " Si cette ligne est son renouvellement, "
                + "ne demandez pas de ligne de plus : faites écrire « 2023RBV077 » dans sa colonne Remarques"), point);
        // officer Y2, D5: the point's « À faire » no longer says to add a row while its text says not to ask for one
        assertTrue(run.messages().get("risk.EXPECTED_RENEWAL_MISSING.fix").startsWith("Demandez à l’acheteur d’écrire l’identifiant du marché"));
        Feedback.Item line = Feedback.items(run).get(REGION).stream().filter(i -> i.kind().startsWith("renewal")).findFirst().orElseThrow();
        assertTrue(line.reason().contains(near), "the buyer's line, in the same words: " + line.reason());
        // without a look-alike the point is as before, and its figures (its tracking key) do not depend on the line
        Run alone = new Run(ConfigLoader.load(Path.of("config")), Messages.of("fr"), 2027, LocalDate.of(2026, 11, 26));
        alone.awards(run.awards());
        AwardEvidence.apply(alone);
        var without = RiskReport.renewalPoints(alone, b -> false, new org.vitrine.messages.Fmt(alone.messages())).get(0).risks().get(0);
        assertTrue(!without.message().contains("lui ressemble"), without.message());
        assertEquals(without.figures(), points.get(0).risks().get(0).figures());
    }

    /**
     * Officer Z3: a row naming the contract in its remarks but rejected (here a zero amount) left the renewal « missing »
     * with « ajoutez une ligne »; the buyer's line, the staff's point and the awards table point to that row instead.
     */
    @Test
    void aRejectedRowNamingTheAwardIsPointedToInsteadOfAskingForARow() throws Exception {
        Run run = new Run(ConfigLoader.load(Path.of("config")), Messages.of("fr"), 2027, LocalDate.of(2026, 11, 26));
        run.awards(List.of(award("2023RBV077", "50313000", "Appel d'offres ouvert", "2023-04-01", 860_000)));
        java.util.Map<String, org.vitrine.model.RawCell> f = new java.util.LinkedHashMap<>();
        f.put("reference", org.vitrine.model.RawCell.text("RBV-2027-40"));
        f.put("remarks", org.vitrine.model.RawCell.text("renouvelle le marché 2023-RBV-077"));
        var raw = new org.vitrine.model.RawRecord(new org.vitrine.model.Location("s", "region.csv", "region.csv", 7), f, java.util.Map.of());
        run.report().rejectedRow(org.vitrine.model.RejectedRow.of(raw, List.of(new org.vitrine.model.Reject("s", "region.csv", "region.csv", 7,
                "Montant", "0", "Montant nul.", "Donnez le montant.", REGION))));
        // a rejected row of another buyer naming it is not this buyer's
        run.report().rejectedRow(new org.vitrine.model.RejectedRow("ville-beaumont-sur-saone", "ville.csv", "ville.csv", 3, "2023RBV077", "x"));
        AwardEvidence.apply(run);
        Feedback.Item line = Feedback.items(run).get(REGION).stream().filter(i -> i.kind().startsWith("renewal")).findFirst().orElseThrow();
        assertEquals("region.csv", line.file());
        assertEquals("7", line.rows());
        assertTrue(line.reason().contains("Une ligne le nomme, mais elle a été refusée et n’est donc pas dans la prévision : region.csv, ligne 7 "
                + "(Montant « 0 » : Montant nul.)"), line.reason());
        assertTrue(line.fix().startsWith("N’ajoutez pas de ligne : corrigez la ligne 7 de region.csv"), line.fix());
        assertTrue(!line.fix().contains("Ajoutez une ligne"), line.fix());
        String point = RiskReport.renewalPoints(run, b -> false, new org.vitrine.messages.Fmt(run.messages())).get(0).risks().get(0).message();
        assertTrue(point.contains("a été refusée et n’est donc pas dans la prévision : region.csv, ligne 7 (Montant « 0 » : Montant nul.). Ne demandez pas "
                + "de ligne de plus"), point);
        assertEquals("ligne refusée : region.csv, ligne 7 (Montant « 0 » : Montant nul.)",
                RiskReport.like(run, run.awards().get(0), java.util.Map.of(), run.messages()));
    }

    /**
     * Officer Y, D3: « écrivez … dans sa colonne Remarques » went to files that have no such column (the Région's and
     * the Métropole's examples): the remedy says to add one, under a header columns.yaml reads as remarks.
     */
    @Test
    void aFileWithoutARemarksColumnIsToldToAddOne() throws Exception {
        Award copier = award("2023RBV077", "50313000", "Appel d'offres ouvert", "2023-04-01", 860_000);
        Need other = need(REGION, "RBV-2027-31", "Gardiennage", 100_000, "public", "region.csv", 6); // no look-alike
        Period farEnd = new Period(LocalDate.of(2027, 9, 30), LocalDate.of(2027, 9, 30), Period.Precision.day);
        for (boolean withColumn : new boolean[] {false, true}) {
            for (List<Need> needs : List.of(List.of(other), List.of(copiers(farEnd, null)))) {
                Run run = new Run(ConfigLoader.load(Path.of("config")), Messages.of("fr"), 2027, LocalDate.of(2026, 11, 26));
                run.report().columnHeader("region.csv", "title", "Objet");
                if (withColumn) {
                    run.report().columnHeader("region.csv", "remarks", "Commentaires");
                }
                run.needs(needs);
                run.awards(List.of(copier));
                AwardEvidence.apply(run);
                Feedback.Item line = Feedback.items(run).get(REGION).stream().filter(i -> i.kind().startsWith("renewal"))
                        .findFirst().orElseThrow();
                String add = needs.get(0) == other
                        ? "Votre fichier n’a pas de colonne de remarques : ajoutez-en une, d’en-tête Remarques, Commentaire ou "
                                + "Observations (elle n’est jamais publiée). Ajoutez une ligne"
                        : "sa référence ne change pas ; votre fichier n’en a pas : ajoutez une colonne d’en-tête Remarques, "
                                + "Commentaire ou Observations)";
                assertEquals(!withColumn, line.fix().contains(add), line.fix());
                assertEquals(withColumn, line.fix().contains("écrivez « 2023RBV077 » dans sa colonne Commentaires"), line.fix());
            }
        }
    }

    @Test
    void theRemedyNamesTheAwardInTheRemarksWhichLinkItWithoutChangingTheReference() throws Exception {
        Award copier = award("2023RBV077", "50313000", "Appel d'offres ouvert", "2023-04-01", 860_000);
        String fix = renewals(List.of(), List.of(copier)).get(0).fix();
        assertTrue(fix.contains("écrivez « 2023RBV077 » dans sa colonne Remarques") && !fix.contains("colonne Référence"), fix);
        // done as told: the line keeps its reference (its id), the award is linked, no line is missing any more
        Need told = copiers(new Period(LocalDate.of(2027, 9, 30), LocalDate.of(2027, 9, 30), Period.Precision.day),
                "renouvelle le marché 2023RBV077");
        assertEquals(List.of(), renewals(List.of(told), List.of(copier)));
        assertEquals("RBV-2027-30", told.reference());
    }

    @Test
    void aRenewalWhoseLaunchDatePassedOrWhoseContractEndedIsUrgentAndSaysSo() throws Exception {
        // MAPA, 49 days, no transmission under 216 000 €: ending 31 December 2026, launched by 13 November 2026 (passed);
        // ended 31 August 2026, before the edition of 26 November 2026: the buyer is already without a contract
        List<Feedback.Item> lines = renewals(List.of(), List.of(award("2023RBV100", "90910000", "Procédure adaptée", "2023-01-01", 100_000),
                award("2022RBV200", "79710000", "Procédure adaptée", "2022-09-01", 100_000)));
        assertEquals(2, lines.size(), lines.toString());
        Feedback.Item ended = lines.get(0);
        assertEquals("renewal_urgent", ended.kind());
        assertTrue(ended.reason().contains("Urgent : ce marché est terminé depuis le 31 août 2026 et aucun marché qui lui succède n’est "
                + "connu : vous êtes déjà sans contrat"), ended.reason());
        Feedback.Item late = lines.get(1);
        assertEquals("renewal_urgent", late.kind());
        assertTrue(late.reason().contains("Urgent : pour qu’un nouveau contrat commence le lendemain, la consultation aurait dû être "
                + "lancée au plus tard le 13 novembre 2026"), late.reason());
    }
}
