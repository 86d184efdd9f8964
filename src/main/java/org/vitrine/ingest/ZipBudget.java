package org.vitrine.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Caps the uncompressed bytes taken out of one zip (xlsx, ods): first the sizes the archive declares,
 * then the bytes really inflated, since declared sizes can lie. Exceeding it ends in
 * {@code ingest.zip_bomb} (see {@link ReadGuard}).
 */
final class ZipBudget {

    /** Thrown from inside streams (where only IOExceptions may pass), turned into a ReadFailure by ReadGuard. */
    static final class Exceeded extends IOException {
        Exceeded() {
            super("uncompressed size over the limit");
        }
    }

    private final long max;
    private long used;
    private boolean exceeded;

    ZipBudget(long max) {
        this.max = max;
    }

    /** Refuses an archive whose declared entry sizes already add up to more than the limit. */
    void checkDeclared(ZipFile zip) throws Exceeded {
        long declared = 0;
        for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements();) {
            long size = en.nextElement().getSize();
            if (size > 0) {
                declared += size;
                if (declared > max) {
                    throw new Exceeded();
                }
            }
        }
    }

    InputStream open(ZipFile zip, ZipEntry entry) throws IOException {
        return new Counting(zip.getInputStream(entry));
    }

    /** Inflates an entry only to count its real size. */
    void drain(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = open(zip, entry)) {
            byte[] buf = new byte[65_536];
            while (in.read(buf) >= 0) {
                // counting only
            }
        }
    }

    /**
     * True once the limit was passed. An XML parser may turn the Exceeded thrown under it into its own
     * error without a cause (seen on a sheet of blank space): callers check this before calling it corrupt.
     */
    boolean exceeded() {
        return exceeded;
    }

    private void add(long n) throws Exceeded {
        used += n;
        if (used > max) {
            exceeded = true;
            throw new Exceeded();
        }
    }

    private final class Counting extends FilterInputStream {
        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            add(Math.max(0, skipped));
            return skipped;
        }
    }
}
