package org.vitrine.cli;

import java.nio.file.Path;
import java.time.Duration;
import org.vitrine.run.RunLock;

/** Run in a second process by the lock test: holds the run lock until killed. */
public final class HoldLock {

    private HoldLock() {
    }

    public static void main(String[] args) throws Exception {
        try (RunLock lock = RunLock.acquire(Path.of(args[0]), Duration.ofSeconds(5), "test holder")) {
            System.out.println("locked");
            System.out.flush();
            Thread.sleep(60_000);
        }
    }
}
