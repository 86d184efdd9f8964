package org.vitrine.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page buffer writes the bytes String.getBytes(UTF_8) gives, however large the text grows. */
class PageBufferTest {

    @TempDir
    Path dir;

    @Test
    void encodesAsStringGetBytes() throws Exception {
        SplittableRandom random = new SplittableRandom(7);
        String[] pieces = {"a", "é", "\u202F", "€", "😀", "\uD83D", "\uDE00", "x\uD83Dy", "<p>", "\r\n", "\u0000", "\uFFFF"};
        for (int size : new int[] {0, 1, 100, 20_000, 300_000}) {
            StringBuilder text = new StringBuilder();
            PageBuffer b = new PageBuffer();
            while (text.length() < size) {
                String p = pieces[random.nextInt(pieces.length)];
                text.append(p);
                if (random.nextBoolean()) {
                    b.write(p);
                } else {
                    b.append(new StringBuilder(p));
                }
            }
            byte[] expected = text.toString().getBytes(StandardCharsets.UTF_8);
            b.writeTo(dir.resolve("page"));
            assertArrayEquals(expected, Files.readAllBytes(dir.resolve("page")), "size " + size);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            b.writeTo(out);
            assertArrayEquals(expected, out.toByteArray(), "stream, size " + size);
        }
    }

    @Test
    void streamsAfterGrowing() throws Exception {
        PageBuffer b = new PageBuffer();
        b.write("é".repeat(100_000)); // more than the first byte array holds
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        b.writeTo(out);
        assertArrayEquals("é".repeat(100_000).getBytes(StandardCharsets.UTF_8), out.toByteArray());
    }
}
