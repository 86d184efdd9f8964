package org.vitrine.run;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;

/**
 * The lock (out/<year>/state/lock) that keeps a scheduled run and a manual rerun from publishing at
 * the same time. The operating system releases it when the process ends, even when killed.
 */
public final class RunLock implements AutoCloseable {

    /** Another run holds the lock; {@code holder} says which (process, start time, command). */
    public static final class Held extends Exception {
        private final String holder;

        Held(String holder) {
            super(holder, null, false, false);
            this.holder = holder;
        }

        public String holder() {
            return holder;
        }
    }

    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static RunLock acquire(Path stateDir, Duration wait, String command) throws IOException, Held {
        Files.createDirectories(stateDir);
        Path file = stateDir.resolve("lock");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            FileLock lock = tryLock(channel);
            if (lock != null) {
                String holder = "pid " + ProcessHandle.current().pid() + ", " + command + ", " + Instant.now();
                channel.truncate(0);
                channel.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
                channel.force(false);
                return new RunLock(channel, lock);
            }
            if (System.nanoTime() >= deadline) {
                String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
                channel.close();
                throw new Held(holder.isEmpty() ? "?" : holder);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                channel.close();
                throw new Held("interrupted");
            }
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by this same process (another run in the same JVM)
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
