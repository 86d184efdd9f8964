package org.vitrine.context;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one independent task per item on the machine's cores: the catalogue's pages each depend on
 * their own need only and go to their own file, so the order they are written in changes no byte.
 * The first failure stops the others and is thrown as it was.
 */
public final class Parallel {

    /** One item's work. */
    public interface Task<T> {
        void run(T item) throws IOException;
    }

    /** A piece of work that writes its own files. */
    public interface Job {
        void run() throws IOException;
    }

    private Parallel() {
    }

    /** Threads to use: the cores, at most 4 (the disk is shared; more threads only queue on it). */
    public static int threads() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    /** Runs the jobs, taken in list order by the first free thread. */
    public static void run(List<Job> jobs) throws IOException {
        forEach(jobs, Job::run);
    }

    public static <T> void forEach(List<T> items, Task<T> task) throws IOException {
        forEach(items, threads(), task);
    }

    /** Each item on the first free of at most {@code maxThreads} threads; the first failure stops the others and is thrown. */
    public static <T> void forEach(List<T> items, int maxThreads, Task<T> task) throws IOException {
        int threads = Math.min(maxThreads, items.size());
        if (threads <= 1) {
            for (T item : items) {
                task.run(item);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean failed = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "vitrine-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                running.add(pool.submit(() -> {
                    for (int j; !failed.get() && (j = next.getAndIncrement()) < items.size(); ) {
                        try {
                            task.run(items.get(j));
                        } catch (IOException | RuntimeException | Error e) {
                            failed.set(true);
                            throw e;
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof IOException io) {
                        throw io;
                    } else if (cause instanceof RuntimeException re) {
                        throw re;
                    } else if (cause instanceof Error err) {
                        throw err;
                    }
                    throw new UncheckedIOException(new IOException(cause));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
