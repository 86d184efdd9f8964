package org.vitrine.ingest;

import org.vitrine.config.InputLimits;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.vitrine.model.RawCell;

/**
 * Runs a reader body so that whatever a library throws becomes a {@link ReadFailure} (never a stack
 * trace for the user), while exceptions thrown by the caller's sink pass through unchanged: sink calls
 * go through a wrapper that tags their exceptions, so the two cannot be confused.
 */
final class ReadGuard {

    interface Body {
        void read(RowSink sink) throws Exception;
    }

    /** Tags a runtime exception thrown by the caller's sink. */
    private static final class SinkFailure extends RuntimeException {
        SinkFailure(RuntimeException original) {
            super(original);
        }
    }

    private ReadGuard() {
    }

    static void run(Path file, InputLimits limits, RowSink sink, Body body) throws ReadFailure {
        checkSize(file, limits);
        try {
            body.read(new GuardedSink(sink));
        } catch (Exception | StackOverflowError e) {
            throw translate(e, limits);
        }
    }

    static void checkSize(Path file, InputLimits limits) throws ReadFailure {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw unreadable(e);
        }
        if (size > limits.maxFileBytes()) {
            throw new ReadFailure("ingest.too_large", mib(size), mib(limits.maxFileBytes()));
        }
    }

    private static ReadFailure translate(Throwable e, InputLimits limits) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SinkFailure s) {
                throw (RuntimeException) s.getCause();
            }
            if (t instanceof ReadFailure f) {
                return f;
            }
            if (t instanceof ZipBudget.Exceeded) {
                return new ReadFailure(e, "ingest.zip_bomb", mib(limits.maxUnzippedBytes()));
            }
        }
        if (e instanceof NoSuchFileException || e instanceof AccessDeniedException) {
            return unreadable(e);
        }
        return corrupt(e);
    }

    static ReadFailure corrupt(Throwable e) {
        String detail = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        // A library message can be long (a whole XML excerpt): keep the first line, bounded.
        detail = detail.lines().findFirst().orElse(detail);
        return new ReadFailure(e, "ingest.corrupt", detail.length() > 200 ? detail.substring(0, 200) + "…" : detail);
    }

    static ReadFailure unreadable(Throwable e) {
        return new ReadFailure(e, "ingest.unreadable", String.valueOf(e.getMessage()));
    }

    /** Mebibytes, rounded up, for messages. */
    static long mib(long bytes) {
        return (bytes + (1L << 20) - 1) >> 20;
    }

    private record GuardedSink(RowSink target) implements RowSink {
        @Override
        public void startSheet(String name) {
            try {
                target.startSheet(name);
            } catch (RuntimeException e) {
                throw new SinkFailure(e);
            }
        }

        @Override
        public void row(int rowNumber, List<RawCell> cells) {
            try {
                target.row(rowNumber, cells);
            } catch (RuntimeException e) {
                throw new SinkFailure(e);
            }
        }

        @Override
        public void comment(int rowNumber, int column, String text) {
            try {
                target.comment(rowNumber, column, text);
            } catch (RuntimeException e) {
                throw new SinkFailure(e);
            }
        }

        @Override
        public void hiddenColumns(java.util.Set<Integer> columns) {
            try {
                target.hiddenColumns(columns);
            } catch (RuntimeException e) {
                throw new SinkFailure(e);
            }
        }

        @Override
        public void sheetMark(String where, String text) {
            try {
                target.sheetMark(where, text);
            } catch (RuntimeException e) {
                throw new SinkFailure(e);
            }
        }

        @Override
        public void hiddenRow(int rowNumber) {
            try {
                target.hiddenRow(rowNumber);
            } catch (RuntimeException e) {
                throw new SinkFailure(e);
            }
        }

        @Override
        public void hiddenSheet(String name) {
            try {
                target.hiddenSheet(name);
            } catch (RuntimeException e) {
                throw new SinkFailure(e);
            }
        }

        @Override
        public void endSheet() {
            try {
                target.endSheet();
            } catch (RuntimeException e) {
                throw new SinkFailure(e);
            }
        }
    }
}
