package org.vitrine.publish.risks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vitrine.config.AwardOverrides;
import org.vitrine.config.TestBuyers;
import org.vitrine.messages.Fmt;
import org.vitrine.messages.Messages;
import org.vitrine.model.Award;
import org.vitrine.model.AwardLink;
import org.vitrine.model.Cpv;
import org.vitrine.model.Need;
import org.vitrine.model.Period;
import org.vitrine.normalise.Needs;
import org.vitrine.risk.awards.AwardMatcher;

/** The staff report lists one current contract per consultation, not one row per lot. */
class AwardRowsTest {

    private static final String SIRET = "21710001200010";

    private static Award lot(String id, String notified, int amount, Integer bids, String holder) {
        return new Award(id, SIRET, "Maintenance applicative lot " + id, "72267100", "Marché", "Appel d'offres ouvert",
                LocalDate.parse(notified), 48, BigDecimal.valueOf(amount), List.of(new Award.Holder(null, holder)), bids, "75",
                "Code département");
    }

    @Test
    void theLotsOfOneConsultationAreOneRow() {
        List<Award> awards = List.of(lot("2021-001", "2021-01-05", 100_000, 2, "Alpha"), lot("2021-002", "2021-01-12", 50_000, 4, "Beta"),
                lot("2021-003", "2021-01-20", 25_000, null, "Alpha"));
        Need.Builder b = Needs.need("ville", "MAINT-27", "Maintenance applicative", 400_000, "public", "f.xlsx", 2).toBuilder();
        b.cpv = new Cpv("72267100-0", Map.of());
        b.incumbentEnd = new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31), Period.Precision.month);
        Need n = b.build();
        List<AwardLink> links = new AwardMatcher(awards, TestBuyers.of("ville", SIRET), 120, AwardOverrides.none()).links(List.of(n));
        assertEquals(3, links.size(), "every lot is linked");
        Messages m = Messages.of("fr");
        List<AwardRows.LinkRow> rows = AwardRows.links(links, Map.of(n.id(), n), m, new Fmt(m));
        assertEquals(1, rows.size());
        AwardRows.LinkRow r = rows.get(0);
        assertEquals("2021-001", r.awardId());
        assertEquals("un contrat en 3 lots : 2021-001, 2021-002, 2021-003", r.lots());
        assertEquals("Alpha, Beta", r.holder());
        assertEquals("175\u202F000\u00A0€", r.amount());
        assertEquals("2–4", r.bids());
        assertEquals("5 janvier 2021 – 20 janvier 2021", r.notified());
        assertEquals("même code CPV 72267100 ; le marché se termine le 19 janvier 2025, soit la fin du contrat en cours indiquée",
                r.why(), "linked on the incumbent end given: no « (ou la veille du début) » (officer Y, D4)");
    }

    @Test
    void whyALinkNamesTheDateItWasMadeOnTheIncumbentEndOrTheDayBeforeTheStart() {
        Award a = lot("2021-001", "2021-01-05", 100_000, 2, "Alpha"); // 48 months: ends 4 January 2025
        Need.Builder b = Needs.need("ville", "MAINT-27", "Maintenance applicative", 400_000, "public", "f.xlsx", 2).toBuilder();
        b.cpv = new Cpv("72267100-0", Map.of());
        b.contractStart = new Period(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 1), Period.Precision.day);
        Need byStart = b.build();
        b.contractStart = null;
        b.incumbentEnd = new Period(LocalDate.of(2025, 1, 5), LocalDate.of(2025, 1, 5), Period.Precision.day);
        Need byEnd = b.build();
        Messages m = Messages.of("fr");
        AwardMatcher matcher = new AwardMatcher(List.of(a), TestBuyers.of("ville", SIRET), 120, AwardOverrides.none());
        assertEquals("même code CPV 72267100 ; le marché se termine le 4 janvier 2025, à 27 jours de la veille du début d’exécution indiqué",
                AwardRows.links(matcher.links(List.of(byStart)), Map.of(byStart.id(), byStart), m, new Fmt(m)).get(0).why());
        assertEquals("même code CPV 72267100 ; le marché se termine le 4 janvier 2025, à 1 jour de la fin du contrat en cours indiquée",
                AwardRows.links(matcher.links(List.of(byEnd)), Map.of(byEnd.id(), byEnd), m, new Fmt(m)).get(0).why());
        Messages en = Messages.of("en");
        assertEquals("same CPV code 72267100; the contract ends on 4 January 2025, 27 days from the day before the given start",
                AwardRows.links(matcher.links(List.of(byStart)), Map.of(byStart.id(), byStart), en, new Fmt(en)).get(0).why());
    }

    @Test
    void aLinkConfirmedByStaffStillShowsWhatItsDatesAndCodeSay() {
        // officer Y2: « lien confirmé » alone hid that the dates are 7 months apart
        Award a = lot("2021-001", "2021-01-05", 100_000, 2, "Alpha"); // ends 4 January 2025
        Need.Builder b = Needs.need("ville", "MAINT-27", "Maintenance applicative", 400_000, "public", "f.xlsx", 2).toBuilder();
        b.cpv = new Cpv("72267000-4", Map.of());
        b.incumbentEnd = new Period(LocalDate.of(2025, 8, 31), LocalDate.of(2025, 8, 31), Period.Precision.day);
        Need n = b.build();
        Messages m = Messages.of("fr");
        AwardOverrides staff = new AwardOverrides(List.of(new AwardOverrides.Entry("ville", "MAINT-27", "2021-001", "confirm", null)));
        AwardMatcher matcher = new AwardMatcher(List.of(a), TestBuyers.of("ville", SIRET), 120, staff);
        assertEquals("lien confirmé par l’équipe achats (config/award-links.yaml, marché 2021-001) ; le marché se termine le 4 janvier 2025,"
                + " à 239 jours de la fin du contrat en cours indiquée, autre code CPV (72267100 pour le marché, 72267000 pour le besoin)",
                AwardRows.links(matcher.links(List.of(n)), Map.of(n.id(), n), m, new Fmt(m)).get(0).why());
    }

    @Test
    void anEndCopiedFromTheAwardIsNotSaidToBeTheEndTheRowGives() {
        // officer Y4, D3: DEP-27-04 names 2022CB-ASS07 in its remarks and gives no date; the run copies the award's end
        // into the need, and « soit la fin du contrat en cours indiquée » compared that end with itself
        Award a = lot("2021-001", "2021-01-05", 100_000, 2, "Alpha"); // ends 4 January 2025
        Need.Builder b = Needs.need("ville", "MAINT-27", "Maintenance applicative", 400_000, "public", "f.xlsx", 2).toBuilder();
        b.cpv = new Cpv("72267100-0", Map.of());
        b.remarks = "renouvelle le marché 2021-001";
        Need row = b.build();
        List<AwardLink> links = new AwardMatcher(List.of(a), TestBuyers.of("ville", SIRET), 120, AwardOverrides.none()).links(List.of(row));
        b.incumbentEnd = new Period(LocalDate.of(2025, 1, 4), LocalDate.of(2025, 1, 4), Period.Precision.day);
        Need copied = b.build();
        Messages m = Messages.of("fr");
        assertEquals("les remarques du besoin citent le marché 2021-001 (sa référence reste la sienne) ; la ligne ne donne pas la fin du"
                + " contrat en cours : fin le 4 janvier 2025 selon l’attribution 2021-001",
                AwardRows.links(links, Map.of(copied.id(), copied), AwardMatcher::consultation, java.util.Set.of(copied.id()), m, new Fmt(m))
                        .get(0).why());
    }

    private static Award office(String id, String nature, String notified, int months) {
        return new Award(id, SIRET, "Fournitures de bureau", "30192000", nature, nature.startsWith("Accord") ? "Appel d'offres ouvert"
                : "Marché subséquent", LocalDate.parse(notified), months, BigDecimal.valueOf(100_000), List.of(new Award.Holder(null, "Alpha")),
                3, "21", "Code département");
    }

    @Test
    void aFrameworkEndsWithItsOwnEndAndItsCallOffsAreNamedSo() {
        // officer Y4, D2: DEP-27-11 gives 28/02/2027, the framework's end; « fin 31 mai 2027, soit la fin indiquée » was a
        // call-off's end, the other call-off (ended 2025) was left out, and both were called « lots »
        List<Award> awards = List.of(office("2023CB130", "Accord-cadre", "2023-03-01", 48), office("2024CB131", "Marché subséquent",
                "2024-05-10", 12), office("2025CB132", "Marché subséquent", "2025-06-01", 24));
        Need.Builder b = Needs.need("ville", "DEP-27-11", "Accord-cadre de fournitures de bureau", 320_000, "public", "f.xlsx", 2).toBuilder();
        b.cpv = new Cpv("30192000-1", Map.of());
        b.incumbentEnd = new Period(LocalDate.of(2027, 2, 28), LocalDate.of(2027, 2, 28), Period.Precision.day);
        Need n = b.build();
        org.vitrine.risk.awards.Contracts contracts = new org.vitrine.risk.awards.Contracts(awards);
        List<AwardLink> links = new AwardMatcher(awards, TestBuyers.of("ville", SIRET), 120, AwardOverrides.none()).links(List.of(n));
        Messages m = Messages.of("fr");
        List<AwardRows.LinkRow> rows = AwardRows.links(links, Map.of(n.id(), n), contracts::of, m, new Fmt(m));
        assertEquals(1, rows.size(), rows.toString());
        AwardRows.LinkRow r = rows.get(0);
        assertEquals("28 février 2027", r.end());
        assertEquals("même code CPV 30192000 ; le marché se termine le 28 février 2027, soit la fin du contrat en cours indiquée", r.why());
        assertEquals("accord-cadre 2023CB130 et 2 marchés subséquents : 2024CB131, 2025CB132", r.lots());
    }

    @Test
    void aMissingRenewalRowGivesItsLaunchByDateAndItsLookAlikeLine() {
        Award a = lot("2021-001", "2021-01-05", 100_000, 2, "Alpha");
        Award b = lot("2021-002", "2021-01-06", 50_000, 1, "Beta"); // the same consultation: one launch date
        Messages m = Messages.of("fr");
        List<AwardRows.RenewalRow> rows = AwardRows.renewals(List.of(a, b), lots -> LocalDate.of(2024, 9, 1),
                x -> x.id().equals("2021-002") ? "MAINT-27 (f.xlsx, ligne 2)" : null, m, new Fmt(m));
        assertEquals(List.of("2021-001|1er septembre 2024|", "2021-002|1er septembre 2024|MAINT-27 (f.xlsx, ligne 2)"),
                rows.stream().map(r -> r.awardId() + "|" + r.launchBy() + "|" + r.like()).toList());
    }

    @Test
    void aFrameworkItsCallOffAndALotWithoutProcedureAreOneRow() {
        // officer Y3, D4 and D5: CD-27-06 showed a framework and two call-offs as three current contracts
        String siret = SIRET;
        Award framework = new Award("AC-1", siret, "Électricité lot 1", "09310000", "Accord-cadre", "Appel d'offres ouvert",
                LocalDate.parse("2022-01-06"), 60, java.math.BigDecimal.TEN, List.of(), null, "71", "Code département");
        Award lot = new Award("AC-2", siret, "Électricité lot 2", "09310000", "Accord-cadre", null,
                LocalDate.parse("2022-01-20"), 60, java.math.BigDecimal.TEN, List.of(), null, "71", "Code département");
        Award callOff = new Award("MS-1", siret, "Commande 1", "09310000", "Marché subséquent", null,
                LocalDate.parse("2024-02-10"), 35, java.math.BigDecimal.TEN, List.of(), null, "71", "Code département");
        Need.Builder b = Needs.need("ville", "ELEC-27", "Électricité", 400_000, "public", "f.xlsx", 2).toBuilder();
        b.cpv = new Cpv("09310000-5", Map.of());
        b.incumbentEnd = new Period(LocalDate.of(2027, 1, 31), LocalDate.of(2027, 1, 31), Period.Precision.day);
        Need n = b.build();
        List<Award> awards = List.of(framework, lot, callOff);
        AwardMatcher matcher = new AwardMatcher(awards, TestBuyers.of("ville", SIRET), 120, AwardOverrides.none());
        Messages m = Messages.of("fr");
        org.vitrine.risk.awards.Contracts contracts = new org.vitrine.risk.awards.Contracts(awards);
        List<AwardRows.LinkRow> rows = AwardRows.links(matcher.links(List.of(n)), Map.of(n.id(), n), contracts::of, m, new Fmt(m));
        assertEquals(1, rows.size(), rows.toString());
        assertEquals("accord-cadre en 2 lots (AC-1, AC-2) et 1 marché subséquent : MS-1", rows.get(0).lots());
        // the framework's two lots, not the call-off spent under them
        assertEquals("20\u00A0€", rows.get(0).amount());
    }
}
