package org.vitrine.publish;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.vitrine.messages.Messages;
import org.vitrine.text.TokenEcho;

/**
 * The last guard before an edition is switched in: every public text file written (html, js, json, csv, xml, ics,
 * txt) is read for the configured secrets' echoes ({@link TokenEcho}, each line as a value). The cells are checked
 * where the records meet (normalise/SecretCells); this catches what reached a file another way (a template, a
 * configuration text, a future export). A hit fails the run, naming the file: the previous edition stays online.
 */
final class SecretGuard {

    private static final Set<String> TEXT = Set.of("html", "js", "json", "csv", "xml", "ics", "txt");

    /** A public file holding a secret: the message names the file, never the secret. */
    static final class Echoed extends org.vitrine.context.RunRefused {
        Echoed(String message) {
            super(message);
        }
    }

    private SecretGuard() {
    }

    static void check(Path publicDir, List<TokenEcho> secrets, Messages m) throws IOException {
        if (secrets.isEmpty() || !Files.isDirectory(publicDir)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(publicDir)) {
            files = s.filter(Files::isRegularFile).filter(SecretGuard::isText).sorted().toList();
        }
        for (Path f : files) {
            for (TokenEcho secret : secrets) {
                if (holds(f, secret)) {
                    throw new Echoed(m.get("publish.secret_echoed", publicDir.relativize(f).toString().replace('\\', '/')));
                }
            }
        }
    }

    private static boolean isText(Path f) {
        String name = f.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && TEXT.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static boolean holds(Path f, TokenEcho secret) throws IOException {
        TokenEcho.Page page = secret.page();
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE);
        try (BufferedReader in = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(f), decoder))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (page.read(line)) {
                    return true;
                }
            }
        }
        return page.held();
    }
}
