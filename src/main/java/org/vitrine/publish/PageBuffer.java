package org.vitrine.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A page or small file built in memory, then written to disk in UTF-8 in one call. The catalogue writes
 * two files per need: a writer without locking, and an encoder into a reused byte array, are much cheaper
 * than a stream encoding each small piece (or a String copied, then encoded into a new array). The bytes
 * are those of {@code String.getBytes(UTF_8)}: an unpaired surrogate becomes {@code ?}.
 * Not thread-safe: one per thread ({@link #forThread}).
 */
public final class PageBuffer extends Writer {

    private static final int KEEP = 1 << 20;
    private static final ThreadLocal<PageBuffer> BUFFERS = ThreadLocal.withInitial(PageBuffer::new);

    public PageBuffer() {
        // an own buffer, for a writer that may run while this thread's is in use
    }

    private char[] chars = new char[16 * 1024];
    private byte[] bytes = new byte[48 * 1024];
    private int length;

    /** This thread's buffer, emptied: for code that does not write a page while another is being built. */
    public static PageBuffer forThread() {
        PageBuffer b = BUFFERS.get();
        b.reset();
        return b;
    }

    /** Empties the buffer (and gives back the memory of an unusually large page). */
    public void reset() {
        length = 0;
        if (chars.length > KEEP) {
            chars = new char[16 * 1024];
            bytes = new byte[48 * 1024];
        }
    }

    public int length() {
        return length;
    }

    private void ensure(int more) {
        if (length + more > chars.length) {
            chars = java.util.Arrays.copyOf(chars, Math.max(chars.length * 2, length + more));
        }
    }

    @Override
    public void write(char[] buf, int off, int len) {
        ensure(len);
        System.arraycopy(buf, off, chars, length, len);
        length += len;
    }

    @Override
    public void write(String str, int off, int len) {
        ensure(len);
        str.getChars(off, off + len, chars, length);
        length += len;
    }

    @Override
    public void write(String str) {
        write(str, 0, str.length());
    }

    @Override
    public void write(int c) {
        ensure(1);
        chars[length++] = (char) c;
    }

    @Override
    public PageBuffer append(CharSequence csq) {
        if (csq instanceof String s) {
            write(s, 0, s.length());
        } else if (csq instanceof StringBuilder sb) {
            ensure(sb.length());
            sb.getChars(0, sb.length(), chars, length);
            length += sb.length();
        } else {
            write(String.valueOf(csq));
        }
        return this;
    }

    @Override
    public void flush() {
        // nothing buffered elsewhere
    }

    @Override
    public void close() {
        // the buffer is reused
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }

    /** Writes the text to the file in UTF-8 (created or replaced). */
    public void writeTo(Path file) throws IOException {
        int n = encode();
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(bytes, 0, n);
        }
    }

    /** Writes the text to the stream in UTF-8 (the caller resets the buffer to go on). */
    public void writeTo(OutputStream out) throws IOException {
        int n = encode(); // first: it may replace the byte array
        out.write(bytes, 0, n);
    }

    /** UTF-8 into {@code bytes}, as String.getBytes would; returns the number of bytes. */
    private int encode() {
        if (bytes.length < length * 3) {
            bytes = new byte[length * 3];
        }
        char[] c = chars;
        byte[] b = bytes;
        int n = length;
        int j = 0;
        for (int i = 0; i < n; i++) {
            char ch = c[i];
            if (ch < 0x80) {
                b[j++] = (byte) ch;
            } else if (ch < 0x800) {
                b[j++] = (byte) (0xC0 | ch >> 6);
                b[j++] = (byte) (0x80 | ch & 0x3F);
            } else if (!Character.isSurrogate(ch)) {
                b[j++] = (byte) (0xE0 | ch >> 12);
                b[j++] = (byte) (0x80 | ch >> 6 & 0x3F);
                b[j++] = (byte) (0x80 | ch & 0x3F);
            } else if (Character.isHighSurrogate(ch) && i + 1 < n && Character.isLowSurrogate(c[i + 1])) {
                int cp = Character.toCodePoint(ch, c[++i]);
                b[j++] = (byte) (0xF0 | cp >> 18);
                b[j++] = (byte) (0x80 | cp >> 12 & 0x3F);
                b[j++] = (byte) (0x80 | cp >> 6 & 0x3F);
                b[j++] = (byte) (0x80 | cp & 0x3F);
            } else {
                b[j++] = '?';
            }
        }
        return j;
    }
}
