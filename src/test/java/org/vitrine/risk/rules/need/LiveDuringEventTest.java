package org.vitrine.risk.rules.need;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vitrine.risk.rules.need.TestNeeds.day;
import static org.vitrine.risk.rules.need.TestNeeds.month;
import static org.vitrine.risk.rules.need.TestNeeds.need;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vitrine.messages.Messages;
import org.vitrine.model.Need;
import org.vitrine.model.RiskFlag;
import org.vitrine.risk.RiskContext;
import org.vitrine.config.RiskSettings;
import org.vitrine.risk.Thresholds;

/** LIVE_DURING_EVENT, from the examples of docs/RISKS.md §3 (event on 4 February 2027). */
class LiveDuringEventTest {

    private final RuleRun run = RuleRun.of(new LiveDuringEvent());

    private static String variant(Need n) {
        RiskContext c = RiskContext.of(2027, LocalDate.of(2026, 11, 26), RuleRun.EVENT, RiskSettings.defaults(), Thresholds.load(),
                Map.of(), Messages.of("fr"), Map.of(), List.of(n));
        return LiveDuringEvent.variant(c.facts(n), RuleRun.EVENT);
    }

    @Test
    void firesOnAnOpenCallLaunchedOnThe3rdOfFebruaryWhileBidsAreReceived() {
        Need n = need().procedure("open").launch(day(2027, 2, 3)).build();
        RiskFlag f = run.one(n);
        assertEquals("high", f.severity());
        assertEquals("S", f.section());
        assertEquals(java.time.LocalDate.of(2027, 1, 6), f.due(), "section S: the event or the launch less 4 weeks, whichever is first");
        assertEquals("offers", variant(n));
        assertTrue(f.message().startsWith("Lancement 3 février 2027, date limite estimée au 10 mars 2027 : offres en cours"), f.message());
        assertTrue(f.message().contains("n’en parlez pas au stand") && f.message().contains("(L3, R2132-6)"), f.message());
    }

    @Test
    void anItemDueBeforeTheEditionDateIsDueOnIt() {
        // issue 17 fourth review (B CHA-27-08): launched 15/12/2026, the launch less 4 weeks is 17/11, before the
        // edition of 26/11: the item is to deal with now, never a past date shown as ahead
        RiskFlag f = run.one(need().procedure("open").launch(day(2026, 12, 15)).build());
        assertEquals(java.time.LocalDate.of(2026, 11, 26), f.due());
    }

    @Test
    void firesOnAMapaLaunchedOnThe4thOfJanuaryWhileBidsAreAnalysed() {
        Need n = need().procedure("adapted").launch(day(2027, 1, 4)).build();
        assertTrue(run.message(n).contains("offres en cours d’analyse"));
        assertEquals("analysis", variant(n));
    }

    @Test
    void theLatestLaunchOfAWindowDecides() {
        // « T4 2026 », open: launched on 31 December, bids are received until 4 February, the event day; launched earlier,
        // they are in analysis: live either way, « peut-être » (version 2.19, lawyer O)
        Need q4 = need().procedure("open").launch(TestNeeds.quarter(2026, 4)).build();
        assertEquals("offers", variant(q4));
        assertTrue(run.message(q4).startsWith("Lancement 4e trimestre 2026, date limite estimée au 4 février 2027 : offres peut-être encore en cours"),
                run.message(q4));
        // officer Z2, N4: what the estimate rests on, so that two Q4 launches of 4 February and 16 March are understood
        assertTrue(run.message(q4).contains("Date limite estimée : le dernier jour du lancement (31 décembre 2026) plus 35 jours de remise"
                + " des offres, le délai usuel de la procédure (Appel d’offres ouvert)."), run.message(q4));
        Need restricted = need().procedure("restricted").launch(TestNeeds.quarter(2026, 4)).build();
        assertTrue(run.message(restricted).contains("date limite estimée au 16 mars 2027") && run.message(restricted).contains("plus 75 jours"),
                run.message(restricted));
        // a MAPA of December: bids close by 30 January at the latest; under analysis perhaps (INCOMPLETE asks), not live
        assertNull(variant(need().procedure("adapted").launch(month(2026, 12)).build()));
        assertNull(variant(need().procedure("open").launch(TestNeeds.quarter(2026, 4)).notification(day(2027, 1, 29)).build()),
                "a notification given before the event settles it");
    }

    @Test
    void aLaunchKnownToAWindowSaysTheBidsArePerhapsStillBeingReceived() {
        // lawyer O (VM-27-22): « offres en cours » asserted from the last day of December; launched on 1 December, bids
        // close on 5 January and are in analysis on the event day: still no meeting, but the fact is « peut-être »
        String m = run.message(need().procedure("open").launch(month(2026, 12)).build());
        assertTrue(m.contains("offres peut-être encore en cours, sinon en analyse, le jour du salon"), m);
        String sure = run.message(need().procedure("open").launch(day(2027, 2, 3)).build());
        assertTrue(sure.contains("offres en cours le jour du salon"), sure);
    }

    @Test
    void doesNotFireOnFebruaryWhichStraddlesTheEvent() {
        Need n = need().launch(month(2027, 2)).build();
        assertFalse(run.fires(n));
        assertNull(variant(n));
    }

    @Test
    void doesNotFireOnAUgapOrderInJanuary() {
        assertFalse(run.fires(need().route("central_purchasing").procedure(null).launch(day(2027, 1, 15)).build()));
    }

    @Test
    void doesNotFireOnANeedNotifiedBeforeTheEvent() {
        assertFalse(run.fires(need().launch(day(2027, 1, 5)).notification(day(2027, 2, 1)).build()));
    }

    @Test
    void doesNotFireOnANeedNegotiatedWithoutACall() {
        assertFalse(run.fires(need().procedure("negotiated_without_call").launch(day(2027, 1, 20)).build()));
    }

    @Test
    void asksForTheConsultationLinkOnlyWhenItIsMissing() {
        assertTrue(run.message(need().launch(day(2026, 11, 20)).build()).contains("Donnez le lien de la consultation"));
        assertFalse(run.message(need().launch(day(2026, 11, 20)).tenderUrl("https://profil.example/c/1").build())
                .contains("Donnez le lien"));
        assertFalse(run.message(need().launch(day(2027, 1, 20)).build()).contains("Donnez le lien"),
                "launched after the edition date (26 November 2026): no link exists yet");
    }

    @Test
    void theDeadlineColumnDecidesTheVariant() {
        Need n = need().launch(day(2027, 1, 4)).deadline(day(2027, 1, 29)).build();
        assertEquals("analysis", variant(n));
        assertTrue(run.message(n).contains("date limite prévue au 29 janvier 2027"));
    }

    @Test
    void speaksEnglish() {
        assertTrue(RuleRun.of(new LiveDuringEvent()).lang("en").message(need().launch(day(2027, 2, 3)).build())
                .startsWith("Launch 3 February 2027, deadline estimated on 10 March 2027: bids being received"));
    }

    @Test
    void aConsultationWhoseBidsAreDueBeforeTheEventIsNotExhibitedAsAPurchaseToCome() {
        // lawyer F, D10 (VSA-27-15): a MAPA launched on 1 December 2026, bids due on 12 January 2027, event in February
        Need n = need().procedure("adapted").launch(day(2026, 12, 1)).deadline(day(2027, 1, 12)).build();
        String m = run.message(n);
        assertTrue(m.contains("date limite prévue au 12 janvier 2027 : consultation close avant le salon")
                && m.contains("ne la présentez pas comme un achat à venir (retirez-la du salon"), m);
        // closed, it is not running on the event day: no advice for a consultation in progress
        assertFalse(m.contains("en cours le jour du salon") || m.contains("n’en parlez pas au stand"), m);
        assertTrue(run.message(need().launch(day(2027, 2, 3)).build()).contains("n’en parlez pas au stand"));
        assertEquals("closed", variant(n));
        RiskContext c = RiskContext.of(2027, LocalDate.of(2026, 11, 26), RuleRun.EVENT, RiskSettings.defaults(), Thresholds.load(),
                Map.of(), Messages.of("fr"), Map.of(), List.of(n));
        assertEquals("analysis", LiveDuringEvent.live(c.facts(n), RuleRun.EVENT), "its page: in analysis, no meeting");
        // without the buyer's deadline, the estimated notification before the event is no evidence
        assertNull(variant(need().procedure("adapted").launch(day(2026, 12, 1)).build()));
    }

    @Test
    void theStaffLineSaysWhatThePageShowsFromTheDates() {
        // lawyer U, P1 (LFA-27-01, version 2.26): a MAPA launched on 7 December 2026, bids due on 11 January 2027: closed
        // before the event, its page shows it in analysis; the line said « sa page la montre en cours d’attribution »
        Need shut = need().procedure("adapted").launch(day(2026, 12, 7)).deadline(day(2027, 1, 11)).build();
        String m = run.message(shut);
        assertTrue(m.contains("date limite prévue au 11 janvier 2027 : consultation close avant le salon")
                && m.contains("sa page la montre en cours d’analyse le jour du salon, sans prise de rendez-vous"), m);
        assertFalse(m.contains("attribution") || m.contains("en cours le jour du salon"), m);
        String e = RuleRun.of(new LiveDuringEvent()).lang("en").message(shut);
        assertTrue(e.contains("deadline planned on 11 January 2027: consultation closed before the event")
                && e.contains("its page shows its bids as being evaluated on the event day, with no meeting request"), e);
        assertFalse(e.contains("being awarded") || e.contains("running on the event day"), e);
        // bids due after the event: live, as its page says (« sera en cours le jour du salon »)
        Need open = need().procedure("adapted").launch(day(2026, 12, 7)).deadline(day(2027, 2, 15)).build();
        assertEquals("offers", variant(open));
        assertTrue(run.message(open).contains("date limite prévue au 15 février 2027 : offres en cours le jour du salon")
                && run.message(open).contains("n’en parlez pas au stand"), run.message(open));
        String eo = RuleRun.of(new LiveDuringEvent()).lang("en").message(open);
        assertTrue(eo.contains("bids being received on the event day") && eo.contains("Consultation running on the event day"), eo);
    }
}
