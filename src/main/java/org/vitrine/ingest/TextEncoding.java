package org.vitrine.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Guesses the encoding of a text file from its first bytes: a BOM, UTF-16 without BOM (zero bytes in
 * every other position), strict UTF-8, otherwise Windows-1252 (which also reads ISO-8859-1 text).
 */
record TextEncoding(Charset charset, int bomLength) {

    static final int HEAD_BYTES = 64 * 1024;
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    static byte[] head(Path file, int max) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(max);
        }
    }

    static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    static final Charset UTF_32BE = Charset.forName("UTF-32BE");

    static TextEncoding detect(byte[] head) {
        // UTF-32 first: its little-endian mark begins like UTF-16's.
        if (startsWith(head, 0xFF, 0xFE, 0, 0)) {
            return new TextEncoding(UTF_32LE, 4);
        }
        if (startsWith(head, 0, 0, 0xFE, 0xFF)) {
            return new TextEncoding(UTF_32BE, 4);
        }
        Charset utf32 = utf32WithoutBom(head);
        if (utf32 != null) {
            return new TextEncoding(utf32, 0);
        }
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            return new TextEncoding(StandardCharsets.UTF_8, 3);
        }
        if (startsWith(head, 0xFF, 0xFE)) {
            return new TextEncoding(StandardCharsets.UTF_16LE, 2);
        }
        if (startsWith(head, 0xFE, 0xFF)) {
            return new TextEncoding(StandardCharsets.UTF_16BE, 2);
        }
        Charset utf16 = utf16WithoutBom(head);
        if (utf16 != null) {
            return new TextEncoding(utf16, 0);
        }
        return new TextEncoding(isUtf8(head) ? StandardCharsets.UTF_8 : WINDOWS_1252, 0);
    }

    /** UTF-16 or UTF-32: zero bytes are part of the text, not a sign of a binary file. */
    boolean isUtf16() {
        return charset.equals(StandardCharsets.UTF_16LE) || charset.equals(StandardCharsets.UTF_16BE)
                || charset.equals(UTF_32LE) || charset.equals(UTF_32BE);
    }

    /** Mostly-ASCII UTF-32 has three zero bytes in every four. */
    private static Charset utf32WithoutBom(byte[] head) {
        int n = Math.min(head.length, 4096) & ~3;
        if (n < 8) {
            return null;
        }
        int le = 0;
        int be = 0;
        for (int i = 0; i < n; i += 4) {
            le += head[i] != 0 && head[i + 1] == 0 && head[i + 2] == 0 && head[i + 3] == 0 ? 1 : 0;
            be += head[i] == 0 && head[i + 1] == 0 && head[i + 2] == 0 && head[i + 3] != 0 ? 1 : 0;
        }
        int units = n / 4;
        return le > units * 0.6 ? UTF_32LE : be > units * 0.6 ? UTF_32BE : null;
    }

    /** The head decoded, BOM removed, a character cut at the end dropped. */
    String decode(byte[] head) {
        return charset.decode(ByteBuffer.wrap(head, bomLength, head.length - bomLength)).toString().replace("\uFFFD", "");
    }

    static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Mostly-ASCII UTF-16 has a zero byte in nearly every odd (LE) or even (BE) position. */
    private static Charset utf16WithoutBom(byte[] head) {
        int n = Math.min(head.length, 4096) & ~1;
        if (n < 4) {
            return null;
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i < n; i += 2) {
            if (head[i] == 0) {
                zeroEven++;
            }
            if (head[i + 1] == 0) {
                zeroOdd++;
            }
        }
        int pairs = n / 2;
        if (zeroOdd > pairs * 0.4 && zeroEven < pairs * 0.05) {
            return StandardCharsets.UTF_16LE;
        }
        if (zeroEven > pairs * 0.4 && zeroOdd < pairs * 0.05) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean isUtf8(byte[] head) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        // endOfInput false: a multi-byte character cut by the 64 KiB window is not an error.
        return !d.decode(ByteBuffer.wrap(head), CharBuffer.allocate(head.length + 1), false).isError();
    }
}
