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
        try {
            return new Buffer(cache.createBuffer());
        } catch (IOException e) {
            throw kept(e);
        }
    }

    @Override
    public void close() throws IOException {
        cache.close();
    }

    /** Keeps the first failure, and gives it back to be thrown (a plain catch per call: no lambda made per byte read). */
    private IOException kept(IOException e) {
        if (failure == null) {
            failure = e;
        }
        return e;
    }

    /** Every call of one cached stream, its failures kept. */
    private final class Buffer implements RandomAccess {
        private final RandomAccess b;

        Buffer(RandomAccess b) {
            this.b = b;
        }

        @Override public int read() throws IOException { try { return b.read(); } catch (IOException e) { throw kept(e); } }
        @Override public int read(byte[] bytes, int off, int len) throws IOException { try { return b.read(bytes, off, len); } catch (IOException e) { throw kept(e); } }
        @Override public long getPosition() throws IOException { try { return b.getPosition(); } catch (IOException e) { throw kept(e); } }
        @Override public void seek(long position) throws IOException { try { b.seek(position); } catch (IOException e) { throw kept(e); } }
        @Override public long length() throws IOException { try { return b.length(); } catch (IOException e) { throw kept(e); } }
        @Override public boolean isClosed() { return b.isClosed(); }
        @Override public boolean isEOF() throws IOException { try { return b.isEOF(); } catch (IOException e) { throw kept(e); } }
        @Override public RandomAccessReadView createView(long start, long length) throws IOException { try { return b.createView(start, length); } catch (IOException e) { throw kept(e); } }
        @Override public void write(int value) throws IOException { try { b.write(value); } catch (IOException e) { throw kept(e); } }
        @Override public void write(byte[] bytes) throws IOException { try { b.write(bytes); } catch (IOException e) { throw kept(e); } }
        @Override public void write(byte[] bytes, int off, int len) throws IOException { try { b.write(bytes, off, len); } catch (IOException e) { throw kept(e); } }
        @Override public void clear() throws IOException { try { b.clear(); } catch (IOException e) { throw kept(e); } }
        @Override public void close() throws IOException { try { b.close(); } catch (IOException e) { throw kept(e); } }
    }
}
