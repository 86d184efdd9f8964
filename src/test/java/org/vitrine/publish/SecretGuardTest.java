package org.vitrine.publish;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vitrine.messages.Messages;
import org.vitrine.text.TokenEcho;

/** The last guard before the switch: a public text file holding a configured secret fails the run, naming the file. */
class SecretGuardTest {

    static final String TOKEN = "Vt7Qk2Mx9RpL4wZc8NbE3hYs6JdF1gAu";

    @TempDir
    Path pub;

    void written() throws Exception {
        Files.createDirectories(pub.resolve("data"));
        Files.createDirectories(pub.resolve("needs"));
        Files.writeString(pub.resolve("index.html"), "<html><body><h1>Salon inversé 2027</h1><p>Billettique</p></body></html>\n");
        Files.writeString(pub.resolve("data/needs.csv"), "id;title\nchu-1;Billettique\n");
        Files.writeString(pub.resolve("brochure.pdf"), TOKEN); // not a text file: the brochure is made from the same needs
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "data/needs.json|{\"title\":\"Clé " + TOKEN + "\"}",
            "needs/chu-1.html|<p>&#86;&#116;&#55;&#81;&#107;&#50;&#77;&#120;&#57;&#82;&#112;&#76;&#52;&#119;&#90;&#99;&#56;&#78;&#98;</p>",
            "assets/needs-index.js|var n=[\"\\u0056\\u0074\\u0037\\u0051\\u006b\\u0032\\u004d\\u0078\\u0039\\u0052\\u0070\\u004c\"];",
            "feed.xml|<title>VnQ3UWsyTXg5UnBMNHdaYzhOYkUzaFlzNkpkRjFnQXU=</title>",
            "calendar.ics|SUMMARY:Billettique " + TOKEN,
            "robots.txt|# " + TOKEN})
    void aPublicTextFileHoldingTheTokenFailsTheRunNamingIt(String file, String text) throws Exception {
        written();
        Files.createDirectories(pub.resolve(file).getParent());
        Files.writeString(pub.resolve(file), text);
        SecretGuard.Echoed e = assertThrows(SecretGuard.Echoed.class,
                () -> SecretGuard.check(pub, List.of(TokenEcho.of(TOKEN)), Messages.of("fr")));
        assertTrue(e.getMessage().contains(file) && e.getMessage().contains("n’est pas mise en ligne"), e.getMessage());
        assertFalse(e.getMessage().contains(TOKEN));
    }

    @Test
    void anEditionWithoutTheTokenPasses() throws Exception {
        written();
        assertDoesNotThrow(() -> SecretGuard.check(pub, List.of(TokenEcho.of(TOKEN)), Messages.of("fr")));
        assertDoesNotThrow(() -> SecretGuard.check(pub, List.of(), Messages.of("fr")));
    }
}
