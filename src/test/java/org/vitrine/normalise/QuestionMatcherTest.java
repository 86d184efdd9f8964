package org.vitrine.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vitrine.messages.Messages;
import org.vitrine.config.ConfigLoader;
import org.vitrine.model.FileCounts;
import org.vitrine.model.Location;
import org.vitrine.model.Need;
import org.vitrine.model.Question;
import org.vitrine.model.RawCell;
import org.vitrine.model.RawRecord;
import org.vitrine.context.Run;

/** Questions and answers find their needs by id, page address or buyer and reference; every row is counted. */
class QuestionMatcherTest {

    static final LocalDate EDITION = LocalDate.of(2026, 11, 26);
    Run run;
    QuestionMatcher matcher;
    Need cleaning = Needs.need("ville-a", "R-1", "Nettoyage", 50_000, "public", "a.xlsx", 2);
    Need secret = Needs.need("ville-a", "R-2", "Étude", 50_000, "internal", "a.xlsx", 3);
    int row = 1;

    @BeforeEach
    void setUp() throws Exception {
        run = new Run(ConfigLoader.load(Path.of("config")), Messages.of("fr"), 2027, EDITION);
        matcher = new QuestionMatcher(run.config(), run.messages(), 2027);
    }

    RawRecord row(String... fieldsAndValues) {
        Map<String, RawCell> fields = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            fields.put(fieldsAndValues[i], RawCell.text(fieldsAndValues[i + 1]));
        }
        run.report().counts("qa", "q.csv").rowsRead++;
        return new RawRecord(new Location("qa", "q.csv", "q.csv", ++row), fields, Map.of());
    }

    List<Need> attach(List<RawRecord> rows, Map<String, Need> previous) {
        return matcher.attach(List.of(cleaning, secret), rows, previous, EDITION, run);
    }

    @Test
    void matchesByIdPageAddressAndReference() {
        List<Need> out = attach(List.of(
                row("need", cleaning.id(), "question", "Q1 ?", "answer", "R1."),
                row("need", "https://x.example/2027/needs/" + cleaning.id() + ".html#top", "question", "Q2 ?"),
                row("buyer", "ville-a", "reference", " r-1 ", "question", "Q3 ?", "answer", "R3.")), Map.of());
        List<Question> qs = out.get(0).questions();
        assertEquals(List.of("Q1 ?", "Q2 ?", "Q3 ?"), qs.stream().map(Question::question).toList());
        assertNull(qs.get(1).answer(), "no answer yet");
        assertTrue(qs.stream().allMatch(q -> EDITION.equals(q.published())));
        assertEquals(3, run.report().counts("qa", "q.csv").published);
        assertTrue(run.report().counts("qa", "q.csv").balanced());
    }

    @Test
    void countsEveryRowAndRejectsWhatCannotBeMatched() {
        List<Need> out = attach(List.of(
                row("need", secret.id(), "question", "Q ?"),
                row("need", cleaning.id(), "question", "Same ?", "answer", "A."),
                row("need", cleaning.id(), "question", "Same ?", "answer", "A."),
                row("need", "ville-a-nope", "question", "Lost ?"),
                row("question", "Which need ?"),
                row("need", cleaning.id(), "question", "When ?", "asked", "mars 2027"),
                row("need", cleaning.id(), "answer", "An answer without a question")), Map.of());
        FileCounts c = run.report().counts("qa", "q.csv");
        assertEquals(1, c.internalOnly, "a question about an internal need stays internal");
        assertEquals(1, c.published);
        assertEquals(1, c.duplicates);
        assertEquals(4, c.rejected);
        assertTrue(c.balanced());
        assertEquals(1, out.get(1).questions().size(), "kept with its internal need, never published");
        List<String> reasons = run.report().rejects().stream().map(r -> r.column() + " " + r.reason()).toList();
        assertTrue(reasons.get(0).contains("ville-a-nope"), reasons.toString());
        assertTrue(reasons.get(1).contains("de quel besoin"), reasons.toString());
        assertTrue(reasons.get(2).contains("Date incomplète"), reasons.toString());
        assertTrue(reasons.get(3).contains("la question"), reasons.toString());
    }

    /**
     * The officer's Q&A file: « departement-morvan-sud-cd-27-99 » names no need, and its line went to
     * sans-acheteur.csv saying only « unknown ». The id's prefix is a configured buyer: the line is that buyer's,
     * naming the reference it means and what to check.
     */
    @Test
    void anUnknownNeedIdGoesToTheBuyerItsPrefixNamesWithTheReferenceItMeans() {
        attach(List.of(row("need", "departement-morvan-sud-cd-27-99", "question", "Le nettoyage des gymnases est-il inclus ?"),
                row("need", "inconnu-27-01", "question", "Q ?")), Map.of());
        var lines = run.report().rejects();
        assertEquals("departement-morvan-sud", lines.get(0).buyer());
        assertTrue(lines.get(0).reason().contains("désigne un besoin de ") && lines.get(0).reason().contains("(référence « cd-27-99 »)"),
                lines.get(0).reason());
        assertTrue(lines.get(0).fix().contains("« cd-27-99 » existe"), lines.get(0).fix());
        assertNull(lines.get(1).buyer(), "an id no buyer's: no buyer to send it to");
        assertTrue(lines.get(1).reason().contains("inconnu-27-01"), lines.get(1).reason());
    }

    @Test
    void keepsTheFirstPublicationDateAndSortsByDateAsked() {
        Question old = new Question("Old ?", "A.", null, null, LocalDate.of(2026, 10, 1));
        Need before = cleaning.withQuestions(List.of(old));
        RawRecord late = row("need", cleaning.id(), "question", "New ?", "asked", "01/11/2026");
        RawRecord early = row("need", cleaning.id(), "question", "Old ?", "answer", "A.");
        early.fields().put("asked", RawCell.date(LocalDateTime.of(2026, 9, 30, 0, 0)));
        List<Question> qs = attach(List.of(late, early), Map.of(cleaning.id(), before)).get(0).questions();
        assertEquals("Old ?", qs.get(0).question(), "oldest question first");
        assertEquals(LocalDate.of(2026, 10, 1), qs.get(0).published(), "first published in an earlier edition");
        assertEquals(EDITION, qs.get(1).published());
        assertEquals(LocalDate.of(2026, 11, 1), qs.get(1).asked());
    }

    /** Issue 16: a contact in an answer was removed from the public files without a word to the buyer. */
    @Test
    void aContactOrANameInAnAnswerIsToldToTheBuyer() {
        attach(List.of(row("need", cleaning.id(), "question", "Qui contacter ?", "answer", "Écrire à marie.dupont@ville-a.fr ou à M. Durand."),
                row("need", cleaning.id(), "question", "Une visite ?", "answer", "Oui, au collège Jean Moulin.")), Map.of());
        var lines = run.report().rejects();
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.stream().allMatch(r -> org.vitrine.model.Reject.WARNING.equals(r.kind()) && "ville-a".equals(r.buyer())
                && "q.csv".equals(r.file()) && r.row() == 2), lines.toString());
        assertTrue(lines.get(0).reason().contains("donne une coordonnée (marie.dupont@ville-a.fr)")
                && lines.get(0).fix().startsWith("Une réponse publiée est lue par tous les candidats"), lines.get(0).toString());
        assertTrue(lines.get(1).reason().contains("nomme une personne (M. Durand)"), lines.get(1).toString());
        FileCounts c = run.report().counts("qa", "q.csv");
        assertEquals(2, c.published, "published, without them (PublicView)");
        assertEquals(2, c.warnings);
        assertTrue(c.balanced());
    }
}
