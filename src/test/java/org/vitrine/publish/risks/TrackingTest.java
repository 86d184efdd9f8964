package org.vitrine.publish.risks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vitrine.messages.Messages;

/** The staff's tracking file: statuses by item key, owners and due dates carried over to the same need and code. */
class TrackingTest {

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({"'', todo", "à faire, todo", "A FAIRE, todo", "fait, done", "Done, done", "écarté, dismissed", "Écartée, dismissed",
            "dismissed, dismissed"})
    void readsTheStatusesStaffWrite(String text, String status) {
        assertEquals(Tracking.Status.valueOf(status), Tracking.status(text));
    }

    private Tracking read(String... lines) throws Exception {
        Path f = tmp.resolve("suivi-risques.csv");
        Files.writeString(f, "\uFEFFBesoin;Code;Responsable;Échéance;Statut;Motif;Clé\n" + String.join("\n", lines) + "\n");
        List<String> warnings = new ArrayList<>();
        Tracking t = Tracking.read(f, Messages.of("fr"), warnings::add);
        this.warnings = warnings;
        return t;
    }

    private List<String> warnings = List.of();

    @Test
    void aDismissedItemStaysDismissedOnlyWithTheSameFigures() throws Exception {
        Tracking t = read("n1;SHORT_NOTICE;A. Martin;15/01/2027;écarté;date du salon erronée;n1|SHORT_NOTICE|abc");
        assertEquals(Tracking.Status.dismissed, t.of("n1|SHORT_NOTICE|abc").status());
        Tracking.Entry changed = t.of("n1|SHORT_NOTICE|def");
        assertEquals(Tracking.Status.todo, changed.status(), "new figures: back to à faire");
        assertEquals("A. Martin", changed.owner(), "the owner carries over");
        assertEquals(LocalDate.of(2027, 1, 15), changed.due());
        assertEquals(Tracking.Status.todo, t.of("n2|SHORT_NOTICE|abc").status());
    }

    @Test
    void aLineThatCannotBeReadIsReportedAndReadAsToDo() throws Exception {
        Tracking t = read("n1;X;;32/13/2027;peut-être;;n1|X|abc");
        assertEquals(Tracking.Status.todo, t.of("n1|X|abc").status());
        assertEquals(2, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("statut « peut-être » inconnu"), warnings.toString());
    }

    @Test
    void noFileMeansEverythingToDo() {
        assertEquals(Tracking.Status.todo, Tracking.read(tmp.resolve("absent.csv"), Messages.of("fr"), w -> { }).of("a|B|c").status());
    }
}
