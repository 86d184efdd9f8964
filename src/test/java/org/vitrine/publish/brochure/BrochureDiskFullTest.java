package org.vitrine.publish.brochure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.pdfbox.io.RandomAccess;
import org.apache.pdfbox.io.RandomAccessReadWriteBuffer;
import org.apache.pdfbox.io.RandomAccessStreamCache;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up while the brochure's pages are drawn (issue 16, fourth attack): the failure is the
 * disk's, an IOException saying so (the run's exit 6, « Vérifiez l’espace disque »), never PDFBox's
 * « Nested beginText() calls are not allowed » that openhtmltopdf made of it (exit 3, « a source failed »).
 * The disk is PDFBox's page-stream cache, which accepts {@code room} bytes and then fails as a full disk does.
 */
class BrochureDiskFullTest {

    static final String ENOSPC = "No space left on device";

    @TempDir
    Path dir;

    /** The cache of page streams on a disk with {@code room} bytes left. */
    static final class FullDisk implements RandomAccessStreamCache {
        final AtomicLong left;

        FullDisk(long room) {
            left = new AtomicLong(room);
        }

        @Override
        public RandomAccess createBuffer() {
            return new RandomAccessReadWriteBuffer() {
                @Override
                public void write(int b) throws IOException {
                    take(1);
                    super.write(b);
                }

                @Override
                public void write(byte[] b) throws IOException {
                    write(b, 0, b.length);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    take(len);
                    super.write(b, off, len);
                }
            };
        }

        void take(int n) throws IOException {
            if (left.addAndGet(-n) < 0) {
                throw new IOException(ENOSPC);
            }
        }

        @Override
        public void close() {
        }
    }

    /** Room for nothing, for the colour profile, for some pages: the failure is always the disk's. */
    @ParameterizedTest(name = "{0} bytes of room")
    @ValueSource(longs = {0, 100, 4_000, 20_000, 60_000})
    void aFullDiskWhileDrawingIsADiskFailure(long room) {
        StringBuilder pages = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            pages.append("<p>Besoin ").append(i).append(" : entretien des bâtiments, <em>lot ").append(i % 7)
                    .append("</em>, <strong>").append(i * 1000).append(" €</strong>.</p>");
        }
        PdfRenderer renderer = new PdfRenderer(folder -> new FullDisk(room));
        IOException e = assertThrows(IOException.class, () -> renderer.render(BrochureSample.html(pages.toString()),
                BrochureSample.BASE_URI, BrochureSample.META, dir.resolve("brochure.pdf")));
        assertEquals(ENOSPC, e.getMessage(), "the disk's own words, for « L’écriture de l’édition a échoué (IOException : …) »");
        assertTrue(e.getCause() instanceof IOException, "the disk's IOException is the cause: " + e.getCause());
    }
}
