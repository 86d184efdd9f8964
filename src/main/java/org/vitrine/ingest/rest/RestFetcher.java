package org.vitrine.ingest.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.vitrine.config.SourceConfig;

/**
 * Fetches every page of a REST source into a folder (page-0001.json, ...) before any record is
 * read, so a source that fails half-way gives nothing rather than half its needs. Retries faults
 * and 5xx/429 answers with exponential back-off; the secret is sent as a header and never written.
 * Only the configured origin (scheme, host, port) is ever asked: a {@code next} link or a redirection
 * elsewhere, a link that is not http(s), or one back to a page already read fails the source. The
 * configured url may be {@code file:} (an export on disk, relative to the config folder); what a page
 * says is never read as a file.
 */
public final class RestFetcher {

    static final ObjectMapper JSON = JsonPages.JSON;
    /**
     * Pages followed at most: a source that has more fails rather than being cut there. 10,000 pages hold a
     * million records at the usual 100 a page, ten times {@code maxRecords}' default.
     */
    static final int MAX_PAGES = 10_000;
    private static final int MAX_REDIRECTS = 5;

    private final Http http;
    private final Map<String, String> env;
    private final Path base;
    private final long maxBytes;
    private final int maxPages;

    /**
     * @param base the folder a {@code file:} url is relative to (the config folder)
     * @param maxBytes the longest page read, from a server or a file
     */
    public RestFetcher(Http http, Map<String, String> env, Path base, long maxBytes) {
        this(http, env, base, maxBytes, MAX_PAGES);
    }

    RestFetcher(Http http, Map<String, String> env, Path base, long maxBytes, int maxPages) {
        this.maxPages = maxPages;
        this.http = http;
        this.env = env;
        this.base = base;
        this.maxBytes = maxBytes;
    }

    /** Fetches all pages into {@code dir}; returns the number of records. */
    public long fetch(SourceConfig s, Path dir) throws SourceFailure, IOException {
        Files.createDirectories(dir);
        SourceConfig.Paging p = s.paging();
        String style = p == null || p.style() == null ? "none" : p.style();
        int size = p == null || p.size() == null ? 100 : p.size();
        long count = 0;
        Long announced = null;
        String next = s.url();
        int page = p == null || p.firstPage() == null ? 1 : p.firstPage();
        boolean file = s.url().startsWith("file:");
        Origin origin = file ? null : Origin.of(URI.create(s.url()));
        java.util.Set<String> visited = new java.util.HashSet<>();
        boolean ended = false;
        long deadline = System.nanoTime() + s.deadline() * 1_000_000_000L;
        for (int n = 1; n <= maxPages; n++) {
            if (n > 1 && System.nanoTime() - deadline > 0) {
                // An API that always has one more page held the run, and its lock, for hours.
                throw new SourceFailure(s.name(), "rest.deadline", n - 1, s.deadline());
            }
            String url = file ? s.url() : switch (style) {
                case "page" -> with(s.url(), Map.of(p.pageParam() == null ? "page" : p.pageParam(), String.valueOf(page + n - 1),
                        p.sizeParam() == null ? "size" : p.sizeParam(), String.valueOf(size)));
                case "offset" -> with(s.url(), Map.of(p.offsetParam() == null ? "offset" : p.offsetParam(), String.valueOf(count),
                        p.limitParam() == null ? "limit" : p.limitParam(), String.valueOf(size)));
                default -> next;
            };
            if (!visited.add(url)) {
                throw new SourceFailure(s.name(), "rest.loop", n, redact(url));
            }
            byte[] bytes = file ? readFile(s) : getWithRetries(s, url, origin);
            if (echoesToken(s, bytes)) {
                // A server that copies the request's credential into its data would have it published with it.
                throw new SourceFailure(s.name(), "rest.token_echoed", n, s.auth().tokenEnv());
            }
            if (!isUtf8(bytes)) {
                // Decoded leniently, the bad bytes would be published as "�" in titles without anyone knowing.
                throw new SourceFailure(s.name(), "rest.not_utf8", n);
            }
            JsonPages.Scan scan = scan(s, n, bytes, count, "next".equals(style) ? (p.nextPointer() == null ? "/next" : p.nextPointer()) : null);
            if (echoesTokenEscaped(s, bytes)) {
                // The same, written with JSON escapes ("\u0053\u0065…"): decoded, it was published in 12 files
                // (outside attacker, issue 16). Checked once the page is known to be sound JSON within the limits.
                throw new SourceFailure(s.name(), "rest.token_echoed", n, s.auth().tokenEnv());
            }
            Files.write(dir.resolve(String.format("page-%05d.json", n)), bytes);
            count += scan.records();
            if (p != null && p.totalPointer() != null && announced == null && scan.total() != null) {
                announced = scan.total();
            }
            boolean more = switch (style) {
                case "page", "offset" -> scan.records() >= size && (announced == null || count < announced);
                case "next" -> {
                    String link = scan.next();
                    next = link != null && !link.isBlank() ? follow(s, n, url, link, origin) : null;
                    yield next != null;
                }
                default -> false;
            };
            if (!more) {
                ended = true;
                break;
            }
        }
        if (!ended) {
            // Stopping here would publish the first pages as if they were all: the source fails instead.
            throw new SourceFailure(s.name(), "rest.max_pages", maxPages);
        }
        if (announced != null && count != announced) {
            throw new SourceFailure(s.name(), "rest.incomplete", count, announced);
        }
        return count;
    }

    /**
     * Reads page {@code n} as a stream: its records counted one by one against {@code maxRecords} (with the
     * {@code before} of earlier pages), each bounded in size, and the total and next link it gives.
     */
    private JsonPages.Scan scan(SourceConfig s, int n, byte[] bytes, long before, String nextPointer) throws SourceFailure, IOException {
        SourceConfig.Paging p = s.paging();
        long[] seen = {before};
        try (JsonParser parser = JsonPages.FACTORY.createParser(bytes)) {
            return JsonPages.walk(parser, s.records(), p == null ? null : p.totalPointer(), nextPointer, record -> {
                if (++seen[0] > s.recordLimit()) {
                    throw new SourceFailure(s.name(), "rest.too_many", s.recordLimit());
                }
                if (!JsonPages.skipRecord(record)) {
                    throw new SourceFailure(s.name(), "rest.record_too_big", n, seen[0] - before, JsonPages.MAX_RECORD_TOKENS);
                }
            });
        } catch (JsonPages.NoRecords e) {
            throw new SourceFailure(s.name(), "rest.no_records", n, s.records() == null ? "/" : s.records());
        } catch (StreamConstraintsException e) {
            var at = e.getLocation();
            throw new SourceFailure(s.name(), "rest.json_limits", n, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    JsonPages.MAX_DEPTH, JsonPages.MAX_STRING);
        } catch (JsonProcessingException e) {
            // Where, not what: the parser's message quotes the text it met, which may be any file's content.
            var at = e.getLocation();
            throw new SourceFailure(s.name(), "rest.malformed", n, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr());
        }
    }

    /** Whether {@code bytes} are UTF-8, checked through a small buffer (no copy of the page as text). */
    static boolean isUtf8(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder();
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(8192);
        while (true) {
            java.nio.charset.CoderResult r = decoder.decode(in, out, true);
            if (r.isError()) {
                return false;
            }
            if (r.isUnderflow()) {
                out.clear();
                return !decoder.flush(out).isError();
            }
            out.clear();
        }
    }

    /** The next page's address, if the link stays on the configured origin; else the source fails. */
    private static String follow(SourceConfig s, int page, String url, String link, Origin origin) throws SourceFailure {
        URI target;
        try {
            target = URI.create(url).resolve(link.strip());
        } catch (IllegalArgumentException e) {
            throw new SourceFailure(s.name(), "rest.bad_link", page, shown(link));
        }
        String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (origin == null || !(scheme.equals("http") || scheme.equals("https"))) {
            throw new SourceFailure(s.name(), "rest.not_http_link", page, shown(link));
        }
        if (!origin.equals(Origin.of(target))) {
            throw new SourceFailure(s.name(), "rest.foreign_link", page, Origin.of(target), origin);
        }
        return target.toString();
    }

    /** A link as quoted in a message: its query (which may carry a key) cut, at most 120 characters. */
    private static String shown(String link) {
        String r = redact(link).replaceAll("\\p{Cntrl}", "");
        return r.length() > 120 ? r.substring(0, 120) + "…" : r;
    }

    /** The configured {@code file:} export, relative to the config folder, at most {@link #maxBytes}. */
    private byte[] readFile(SourceConfig s) throws SourceFailure, IOException {
        Path file = base.resolve(s.url().substring("file:".length()).replaceFirst("\\?.*$", "")).normalize();
        if (!Files.isRegularFile(file)) {
            throw new SourceFailure(s.name(), "rest.unreachable", redact(s.url()), "no such file", 0);
        }
        if (Files.size(file) > maxBytes) {
            throw new SourceFailure(s.name(), "rest.too_large", redact(s.url()), (maxBytes + (1L << 20) - 1) >> 20);
        }
        return Files.readAllBytes(file);
    }

    /** Scheme, host and port of an address: where a credential may be sent. */
    record Origin(String scheme, String host, int port) {
        static Origin of(URI u) {
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(java.util.Locale.ROOT);
            int port = u.getPort() >= 0 ? u.getPort() : "https".equals(scheme) ? 443 : "http".equals(scheme) ? 80 : -1;
            return new Origin(scheme, u.getHost() == null ? "" : u.getHost().toLowerCase(java.util.Locale.ROOT), port);
        }

        @Override
        public String toString() {
            return scheme + "://" + host + ":" + port;
        }
    }

    /** The source's token, stripped, when long enough to look for (4 characters: a shorter one matches by chance). */
    private String echoable(SourceConfig s) {
        if (s.auth() == null || s.auth().tokenEnv() == null) {
            return null;
        }
        String secret = env.get(s.auth().tokenEnv());
        return secret == null || secret.strip().length() < 4 ? null : secret.strip();
    }

    /**
     * The forms of the token a copy check can recognise. In any letter case: the token, its bytes in hexadecimal and
     * percent-encoded (each byte « %54 », or only the characters a URL encodes), and each run of 8 characters at a
     * multiple of 8 when the token has 16 or more, so that any 16 characters of it in a row are found (« only its first
     * characters », seventh attack). As written: its base64 (standard and URL-safe) and base32, padding left out, at each
     * byte offset, so that it is found inside a longer value. A token transformed otherwise (reversed, split across
     * fields, hashed) cannot be recognised: docs/HOSTILE.md says what protects the operator then.
     */
    private Forms echoForms(SourceConfig s) {
        String secret = echoable(s);
        if (secret == null) {
            return null;
        }
        byte[] utf8 = secret.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.util.Set<String> anyCase = new java.util.LinkedHashSet<>();
        anyCase.add(secret.toLowerCase(java.util.Locale.ROOT));
        StringBuilder hex = new StringBuilder();
        StringBuilder percent = new StringBuilder();
        for (byte b : utf8) {
            hex.append(String.format("%02x", b & 0xFF));
            percent.append(String.format("%%%02x", b & 0xFF));
        }
        anyCase.add(hex.toString());
        anyCase.add(percent.toString());
        anyCase.add(java.net.URLEncoder.encode(secret, java.nio.charset.StandardCharsets.UTF_8).toLowerCase(java.util.Locale.ROOT));
        if (secret.length() >= 16) {
            for (int at = 0; at + 8 <= secret.length(); at += 8) {
                anyCase.add(secret.substring(at, at + 8).toLowerCase(java.util.Locale.ROOT));
            }
            anyCase.add(secret.substring(secret.length() - 8).toLowerCase(java.util.Locale.ROOT));
        }
        java.util.List<String> exact = new java.util.ArrayList<>();
        // Base64 of the token inside a longer value (« Bearer <token> », seventh attack): the encoding depends on the
        // token's offset modulo 3, so each of the three offsets gives the characters made of the token's bytes only.
        for (int offset = 0; offset < 3; offset++) {
            byte[] shifted = new byte[offset + utf8.length];
            System.arraycopy(utf8, 0, shifted, offset, utf8.length);
            int groups = shifted.length / 3;
            int from = offset == 0 ? 0 : 4;
            if (4 * groups - from < 8) {
                continue; // too short to tell
            }
            for (java.util.Base64.Encoder e : java.util.List.of(java.util.Base64.getEncoder(), java.util.Base64.getUrlEncoder())) {
                exact.add(e.withoutPadding().encodeToString(shifted).substring(from, 4 * groups));
            }
        }
        // Base32 the same way, by groups of five bytes (eight characters), upper case as RFC 4648 writes it
        for (int offset = 0; offset < 5; offset++) {
            byte[] shifted = new byte[offset + utf8.length];
            System.arraycopy(utf8, 0, shifted, offset, utf8.length);
            int groups = shifted.length / 5;
            int from = offset == 0 ? 0 : 8;
            if (8 * groups - from >= 8) {
                anyCase.add(base32(shifted).substring(from, 8 * groups).toLowerCase(java.util.Locale.ROOT));
            }
        }
        return new Forms(java.util.List.copyOf(anyCase), exact);
    }

    /** The token's forms compared in any letter case, and those compared as written (base64). */
    private record Forms(java.util.List<String> anyCase, java.util.List<String> exact) {
    }

    /** RFC 4648 base32 without padding (the JDK has none; a lone encoder is not worth a library). */
    static String base32(byte[] bytes) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        StringBuilder b = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte x : bytes) {
            buffer = (buffer << 8) | (x & 0xFF);
            bits += 8;
            while (bits >= 5) {
                b.append(alphabet.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            b.append(alphabet.charAt((buffer << (5 - bits)) & 31));
        }
        return b.toString();
    }

    /** True when {@code text} holds one of {@code forms}. */
    private static boolean holds(String text, Forms forms) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        return forms.anyCase().stream().anyMatch(lower::contains) || forms.exact().stream().anyMatch(text::contains);
    }

    /**
     * The letters and digits a text keeps once the cell cleaning has run on it (entities decoded however often they
     * were encoded, tags removed — closed or not —, invisible characters dropped, compatibility forms folded): what is
     * left of a token the server spread with what the cleaning removes (fifth attack: 9 variants were published).
     * The cleaning's own code ({@link org.vitrine.text.CellText}), not a copy that could drift from it.
     */
    static String skeleton(String text) {
        return org.vitrine.text.CellText.skeleton(text);
    }

    /** The prefix of a byte spelt as in code (« 0x54 », « \\x54 », « \\u0054 », « U+0054 »), in a skeleton (no « \\ » nor « + »). */
    private static final java.util.regex.Pattern BYTE_PREFIX = java.util.regex.Pattern.compile("(?:0x|x|u00)([0-9a-f]{2})");
    /** The suffix of a byte spelt as assemblers do (« 54h 6Bh », attacker W), in a skeleton. */
    private static final java.util.regex.Pattern BYTE_SUFFIX = java.util.regex.Pattern.compile("([0-9a-f]{2})h");
    /** A number of the text, read as one decimal byte when it has three digits at most (« 84 », « 084 »). */
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d+");

    /**
     * The token's letter-by-letter forms, made once per page (not once per value): its {@link #skeleton}, its
     * hexadecimal, octal and binary digits and its bytes. A text holds the token when its skeleton holds one of them —
     * a token spread with dashes or spaces (« Tk9x-Q7mZ-… », seventh attack), its hexadecimal with separators
     * (« 56:74:39:… », eighth attack) or once the prefixes or suffixes of code are gone (attacker V: « 0x54 0x6b … »,
     * « \\x54\\x6b… », « \\u0054… »; attacker W: « 54h 6Bh … »), the octal or binary digits in a row (« \\124\\153… »,
     * « 01010100 01101011 … ») — or when its numbers, in their order whatever lies between them, are the token's bytes
     * (« 84 107 … », cut in two by a word). Each form counts only when long enough to tell (8 characters, 8 bytes).
     */
    record Spellings(String skeleton, String hex, String octal, String binary, String bytes) {

        static Spellings of(String token) {
            byte[] utf8 = token.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            StringBuilder octal = new StringBuilder();
            StringBuilder binary = new StringBuilder();
            for (byte x : utf8) {
                octal.append(String.format("%03o", x & 0xFF));
                binary.append(String.format("%8s", Integer.toBinaryString(x & 0xFF)).replace(' ', '0'));
            }
            boolean longEnough = utf8.length >= 8;
            return new Spellings(RestFetcher.skeleton(token), java.util.HexFormat.of().formatHex(utf8), longEnough ? octal.toString() : null,
                    longEnough ? binary.toString() : null, longEnough ? new String(utf8, java.nio.charset.StandardCharsets.ISO_8859_1) : null);
        }

        boolean heldBy(String text) {
            String s = RestFetcher.skeleton(text);
            if (skeleton.length() >= 8 && s.contains(skeleton)) {
                return true;
            }
            if (hex.length() >= 8 && (s.contains(hex) || BYTE_PREFIX.matcher(s).replaceAll("$1").contains(hex)
                    || BYTE_SUFFIX.matcher(s).replaceAll("$1").contains(hex))) {
                return true;
            }
            if (bytes == null) {
                return false;
            }
            if (s.contains(octal) || s.contains(binary)) {
                return true;
            }
            StringBuilder numbers = new StringBuilder();
            java.util.regex.Matcher m = NUMBER.matcher(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC));
            while (m.find()) {
                int v = m.group().length() <= 3 ? Integer.parseInt(m.group()) : 256;
                numbers.append(v <= 255 ? (char) v : '\uFFFF');
            }
            return numbers.indexOf(bytes) >= 0;
        }
    }

    /** True when the page's bytes hold the source's token, in one of its {@link #echoForms} forms. */
    private boolean echoesToken(SourceConfig s, byte[] bytes) {
        Forms forms = echoForms(s);
        if (forms == null) {
            return false;
        }
        // Byte for byte (Latin-1 maps each byte to one char), before the page is known to be UTF-8.
        java.nio.charset.Charset latin1 = java.nio.charset.StandardCharsets.ISO_8859_1;
        java.util.function.Function<java.util.List<String>, java.util.List<String>> raw = l -> l.stream()
                .map(f -> new String(f.getBytes(java.nio.charset.StandardCharsets.UTF_8), latin1)).toList();
        return holds(new String(bytes, latin1), new Forms(raw.apply(forms.anyCase()), raw.apply(forms.exact())));
    }

    /** True when a name or text value of the page, as JSON decodes it, holds the source's token (any {@link #echoForms} form). */
    private boolean echoesTokenEscaped(SourceConfig s, byte[] bytes) {
        Forms forms = echoForms(s);
        if (forms == null) {
            return false;
        }
        Spellings spellings = Spellings.of(echoable(s));
        try (com.fasterxml.jackson.core.JsonParser parser = JsonPages.FACTORY.createParser(bytes)) {
            com.fasterxml.jackson.core.JsonToken t;
            while ((t = parser.nextToken()) != null) {
                if ((t == com.fasterxml.jackson.core.JsonToken.VALUE_STRING || t == com.fasterxml.jackson.core.JsonToken.FIELD_NAME)
                        && (holds(parser.getText(), forms) || spellings.heldBy(parser.getText()))) {
                    return true;
                }
            }
        } catch (IOException e) {
            return false; // not reached: scan() has refused a page that does not parse
        }
        return false;
    }

    private byte[] getWithRetries(SourceConfig s, String first, Origin origin) throws SourceFailure {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json");
        String secret = null;
        if (s.auth() != null && s.auth().tokenEnv() != null) {
            secret = env.get(s.auth().tokenEnv());
            // A CR or LF would add headers of the token's choosing (the JDK refuses it, quoting the value).
            if (secret != null && secret.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                throw new SourceFailure(s.name(), "rest.bad_token", s.auth().tokenEnv());
            }
            String scheme = s.auth().scheme() == null || s.auth().scheme().isBlank() ? "" : s.auth().scheme() + " ";
            headers.put(s.auth().header() == null ? "Authorization" : s.auth().header(), scheme + (secret == null ? "" : secret));
        }
        String problem = "";
        String url = first;
        int redirects = 0;
        for (int attempt = 0; attempt <= s.retryCount(); attempt++) {
            if (attempt > 0) {
                sleep(s.backoff() << (attempt - 1));
            }
            try {
                Http.Response r = http.get(url, headers, s.timeout());
                if (r.status() >= 200 && r.status() < 300) {
                    return r.body();
                }
                if (r.status() >= 300 && r.status() < 400 && r.location() != null && redirects < MAX_REDIRECTS) {
                    // Followed on the same origin only (a trailing slash, http to https is another origin).
                    URI target = URI.create(url).resolve(r.location().strip());
                    if (!origin.equals(Origin.of(target))) {
                        throw new SourceFailure(s.name(), "rest.foreign_redirect", redact(url), Origin.of(target));
                    }
                    url = target.toString();
                    redirects++;
                    attempt--;
                    continue;
                }
                problem = "HTTP " + r.status();
                if (r.status() < 500 && r.status() != 429) {
                    break; // a client error will not heal by asking again
                }
            } catch (Http.TooLarge e) {
                throw new SourceFailure(s.name(), "rest.too_large", redact(url), (e.limit() + (1L << 20) - 1) >> 20);
            } catch (IOException | IllegalArgumentException e) {
                problem = hide(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()), secret);
            }
        }
        throw new SourceFailure(s.name(), "rest.unreachable", redact(url), problem, s.retryCount());
    }

    /**
     * {@code text} with every occurrence of the secret masked: an exception may quote a header. Its hexadecimal too,
     * with or without a separator between bytes (« de:ad:be:ef… », any case): a message may show bytes so.
     */
    static String hide(String text, String secret) {
        if (secret == null || secret.isBlank()) {
            return text;
        }
        String bytes = java.util.HexFormat.of().formatHex(secret.strip().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String hex = "(?i)" + String.join("[:\\-\\s]?", bytes.split("(?<=\\G..)"));
        return text.replace(secret.strip(), "***").replaceAll(hex, "***");
    }

    /** The URL as shown in messages: without its query string, which may hold a key. */
    static String redact(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }

    private static String with(String url, Map<String, String> params) {
        StringBuilder b = new StringBuilder(url);
        char sep = url.contains("?") ? '&' : '?';
        for (var e : new java.util.TreeMap<>(params).entrySet()) {
            b.append(sep).append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
            sep = '&';
        }
        return b.toString();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
