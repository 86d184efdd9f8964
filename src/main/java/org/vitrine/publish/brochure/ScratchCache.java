package org.vitrine.publish.brochure;

import java.io.IOException;
import org.apache.pdfbox.io.RandomAccess;
import org.apache.pdfbox.io.RandomAccessReadView;
import org.apache.pdfbox.io.RandomAccessStreamCache;

/**
 * PDFBox's page-stream cache, keeping the first I/O failure of its scratch file. openhtmltopdf catches the
 * failure of a text run and draws the run again, so a full disk mid-page came out as « Nested beginText()
 * calls are not allowed » with the IOException lost: {@link PdfRenderer} reports the kept one instead.
 */
final class ScratchCache implements RandomAccessStreamCache {

    private final RandomAccessStreamCache cache;
    private volatile IOException failure;

    ScratchCache(RandomAccessStreamCache cache) {
        this.cache = cache;
    }

    /** The first read or write of the scratch that failed, or null. */
    IOException failure() {
        return failure;
    }

    @Override
    public RandomAccess createBuffer() throws IOException {
        return new Buffer(kept(() -> cache.createBuffer()));
    }

    @Override
    public void close() throws IOException {
        cache.close();
    }

    private interface Io<T> {
        T call() throws IOException;
    }

    private <T> T kept(Io<T> io) throws IOException {
        try {
            return io.call();
        } catch (IOException e) {
            if (failure == null) {
                failure = e;
            }
            throw e;
        }
    }

    /** Every call of one cached stream, its failures kept. */
    private final class Buffer implements RandomAccess {
        private final RandomAccess b;

        Buffer(RandomAccess b) {
            this.b = b;
        }

        @Override public int read() throws IOException { return kept(b::read); }
        @Override public int read(byte[] bytes, int off, int len) throws IOException { return kept(() -> b.read(bytes, off, len)); }
        @Override public long getPosition() throws IOException { return kept(b::getPosition); }
        @Override public void seek(long position) throws IOException { kept(() -> { b.seek(position); return null; }); }
        @Override public long length() throws IOException { return kept(b::length); }
        @Override public boolean isClosed() { return b.isClosed(); }
        @Override public boolean isEOF() throws IOException { return kept(b::isEOF); }
        @Override public RandomAccessReadView createView(long start, long length) throws IOException { return kept(() -> b.createView(start, length)); }
        @Override public void write(int value) throws IOException { kept(() -> { b.write(value); return null; }); }
        @Override public void write(byte[] bytes) throws IOException { kept(() -> { b.write(bytes); return null; }); }
        @Override public void write(byte[] bytes, int off, int len) throws IOException { kept(() -> { b.write(bytes, off, len); return null; }); }
        @Override public void clear() throws IOException { kept(() -> { b.clear(); return null; }); }
        @Override public void close() throws IOException { kept(() -> { b.close(); return null; }); }
    }
}
