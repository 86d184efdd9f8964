package org.vitrine.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/**
 * Attacker A, failure 8: a SIGTERM to {@code serve} during a run printed Camel's raw « ERROR
 * org.apache.camel.component.quartz.CamelJob … RejectedExecutionException » between serve's two French stop lines.
 * Once the command line is set up (VitrineCli's logging), that logger says nothing unless {@code -Dvitrine.log} asks.
 * The logger read is a child of CamelJob's, new to this JVM, so slf4j-simple computes its level now from the setting.
 */
class ServeQuartzLogTest {

    @Test
    void camelsQuartzJobLoggerIsSilentOnTheConsole() throws Exception {
        Class.forName(VitrineCli.class.getName(), true, VitrineCli.class.getClassLoader());
        var log = org.slf4j.LoggerFactory.getLogger(VitrineCli.QUARTZ_JOB_LOG + ".probe" + System.nanoTime());
        assertFalse(log.isErrorEnabled(), log.getClass().getName());
    }
}
