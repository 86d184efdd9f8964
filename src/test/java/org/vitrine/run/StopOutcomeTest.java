package org.vitrine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;
import org.vitrine.config.ConfigLoader;
import org.vitrine.context.Run;
import org.vitrine.messages.Messages;

/**
 * Issue 16, outside attacker: `vitrine serve` stopped mid-run said « L’écriture de l’édition a échoué
 * (NoSuchFileException) … code 6 » (the stop removed the folder under a page being written), or « La publication a
 * été interrupted (RejectedExecutionException …) … code 3 » (Camel shutting down). Once a stop was asked, whatever
 * fails is the stop's doing: said as the stop, exit 7.
 */
class StopOutcomeTest {

    static Run failedWith(Throwable t) throws Exception {
        Run run = new Run(ConfigLoader.load(Path.of("config")), Messages.of("fr"), 2027, LocalDate.of(2026, 11, 26));
        run.fail(t);
        return run;
    }

    static String[] outcome(Throwable t, boolean stopAsked) throws Exception {
        StringWriter text = new StringWriter();
        int exit = YearlyJob.outcome(failedWith(t), Messages.of("fr"), new PrintWriter(text, true), stopAsked);
        return new String[] {String.valueOf(exit), text.toString()};
    }

    @Test
    void aFailureAfterTheStopIsSaidAsTheStop() throws Exception {
        for (Throwable t : new Throwable[] {new NoSuchFileException("/out/2027/editions/.tmp-x/public/needs/a.html"),
                new RejectedExecutionException("Interrupted while waiting for asynchronous callback for exchangeId: 1")}) {
            String[] r = outcome(t, true);
            assertEquals(String.valueOf(ExitCode.STOPPED), r[0], r[1]);
            assertTrue(r[1].contains("Exécution arrêtée à la demande"), r[1]);
            assertFalse(r[1].contains("NoSuchFileException") || r[1].contains("exchangeId") || r[1].contains("disque"), r[1]);
        }
    }

    @Test
    void withoutAStopAFullDiskIsStillAWriteFailure() throws Exception {
        String[] r = outcome(new NoSuchFileException("/out/x"), false);
        assertEquals(String.valueOf(ExitCode.WRITE_FAILED), r[0], r[1]);
        assertTrue(r[1].contains("L’écriture de l’édition a échoué"), r[1]);
    }

    /** A run refused on purpose (a secret in a staged public file, issue 16) says its own sentence, no class name. */
    @Test
    void aRefusedRunSaysItsSentenceAsItIs() throws Exception {
        String sentence = "Le fichier public assets/needs-index.js contient un secret de la configuration.";
        String[] r = outcome(new org.apache.camel.RuntimeCamelException(new org.vitrine.context.RunRefused(sentence)), false);
        assertEquals(String.valueOf(ExitCode.SOURCE_FAILED), r[0], r[1]);
        assertEquals(sentence, r[1].strip());
    }
}
