package org.vitrine.publish.brochure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class QrImagesTest {

    static final String A = "https://achats.example.fr/vitrine/needs/a.html";
    static final String B = "https://achats.example.fr/vitrine/needs/b.html";

    @Test
    void servesEachPermalinksCodeUnderItsOwnSource() throws Exception {
        try (QrImages qr = new QrImages(List.of(A, B, A))) {
            assertEquals("vitrine-qr:0", qr.src(A));
            assertEquals("vitrine-qr:1", qr.src(B));
            assertArrayEquals(QrCodes.png(B), qr.getUrl(qr.src(B)).getStream().readAllBytes());
            assertNull(qr.getUrl(qr.src(A)).getReader());
            String late = "https://achats.example.fr/vitrine/needs/late.html"; // not announced: encoded on the spot
            assertEquals("vitrine-qr:2", qr.src(late));
            assertArrayEquals(QrCodes.png(late), qr.getUrl("vitrine-qr:2").getStream().readAllBytes());
            qr.checkAllDrawn();
        }
    }

    @Test
    void aCodeThatCannotBeMadeFailsTheBrochure() {
        String tooLong = "https://x.fr/" + "a".repeat(5_000); // beyond a QR code's capacity
        try (QrImages qr = new QrImages(List.of(tooLong))) {
            assertThrows(java.util.concurrent.CompletionException.class, qr::awaitAll);
            assertThrows(IOException.class, qr::checkAllDrawn);
        }
    }
}
