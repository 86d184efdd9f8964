package org.vitrine.publish.brochure;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The brochure's QR codes, encoded on a background thread while the template runs and openhtmltopdf lays
 * the pages out, and handed to it as images of the {@value #SCHEME} scheme ({@code <img
 * src="vitrine-qr:12">}): the code of the 12th permalink. On a 2-core machine layout keeps one core,
 * so the codes cost the brochure almost no time, where they were made before the template (on both
 * cores) and carried through the HTML as base64 text. The same codes serve both languages.
 */
public final class QrImages implements FSStreamFactory, AutoCloseable {

    public static final String SCHEME = "vitrine-qr";

    private final Map<String, Integer> indexByUrl = new HashMap<>();
    private final List<CompletableFuture<byte[]>> codes = new ArrayList<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "vitrine-qr");
        t.setDaemon(true);
        return t;
    });

    /** Starts encoding the codes of these permalinks, in this order (the brochure's). */
    public QrImages(List<String> urls) {
        for (String url : urls) {
            if (url != null && !indexByUrl.containsKey(url)) {
                indexByUrl.put(url, codes.size());
                codes.add(CompletableFuture.supplyAsync(() -> QrCodes.png(url), worker));
            }
        }
    }

    /** The {@code src} of the QR code of {@code url}; a permalink not given at the start is encoded now. */
    public synchronized String src(String url) {
        Integer i = indexByUrl.get(url);
        if (i == null) {
            i = codes.size();
            indexByUrl.put(url, i);
            codes.add(CompletableFuture.completedFuture(QrCodes.png(url)));
        }
        return SCHEME + ":" + i;
    }

    /** Waits for every code: for the benchmark's limit, which renders with the codes already made. */
    public void awaitAll() {
        CompletableFuture.allOf(codes.toArray(CompletableFuture[]::new)).join();
    }

    /** The PNG of a {@code vitrine-qr:N} image, waiting for it if it is still being encoded. */
    @Override
    public FSStream getUrl(String uri) {
        byte[] png = png(uri);
        return new FSStream() {
            @Override
            public InputStream getStream() {
                return new ByteArrayInputStream(png);
            }

            @Override
            public Reader getReader() {
                return null; // images are read as bytes
            }
        };
    }

    /**
     * The PNG of {@code uri}. A code that cannot be encoded fails the brochure here rather than leaving an
     * empty frame (openhtmltopdf would only log it): the exception is rethrown by {@link #checkAllDrawn}.
     */
    byte[] png(String uri) {
        CompletableFuture<byte[]> code;
        synchronized (this) {
            int i = Integer.parseInt(uri.substring(SCHEME.length() + 1));
            code = codes.get(i);
        }
        return code.join();
    }

    /** Throws the first encoding failure, if any, so that the brochure is not published without a code. */
    public void checkAllDrawn() throws IOException {
        for (CompletableFuture<byte[]> code : snapshot()) {
            if (code.isCompletedExceptionally()) {
                try {
                    code.join();
                } catch (RuntimeException e) {
                    throw new IOException("a QR code could not be made: " + e.getMessage(), e);
                }
            }
        }
    }

    private synchronized List<CompletableFuture<byte[]>> snapshot() {
        return List.copyOf(codes);
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
